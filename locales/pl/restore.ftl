# Restoring a deleted customer after the undo window: the dialog's sentences, worded by Rust (README R2–R4).

restore-impact = Przywrócone zostaną: ten klient, { $vehicles ->
    [one] { $vehicles } pojazd
    [few] { $vehicles } pojazdy
    [many] { $vehicles } pojazdów
   *[other] { $vehicles } pojazdu
} i { $conversations ->
    [one] { $conversations } rozmowa
    [few] { $conversations } rozmowy
    [many] { $conversations } rozmów
   *[other] { $conversations } rozmowy
} — w stanie sprzed usunięcia. Zlecenia, faktury i historia zgód cały czas pozostawały w systemie i się nie zmienią.
restore-blocked-plate = Tego klienta nie można przywrócić: numer { $plate } jest teraz przypisany do innego pojazdu. Niczego nie zmieniono. Jeśli ten numer ma wrócić do tego klienta, najpierw zdejmij go z tamtego pojazdu.
restore-left-out-vehicle-moved = { $vehicle } należy teraz do innego klienta i tam pozostanie.
restore-left-out-vehicle-changed = { $vehicle } został zmieniony po usunięciu i pozostanie bez zmian.
restore-left-out-plate-changed = Numer { $plate } został zmieniony po usunięciu i pozostanie bez zmian.
restore-left-out-conversation-changed = Rozmowa „{ $subject }” została zmieniona po usunięciu i pozostanie bez zmian.
