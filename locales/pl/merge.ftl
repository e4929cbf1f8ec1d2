# Scalanie zduplikowanych klientów i sugestie duplikatów: zdania tworzone przez Rust (README M1–M10, DS1–DS5).

merge-impact = Spowoduje to scalenie { $others ->
    [one] { $others } rekordu
   *[other] { $others } rekordów
} z rekordem, który zachowujesz, i przeniesienie do niego { $vehicles ->
    [one] { $vehicles } pojazdu
   *[other] { $vehicles } pojazdów
}, { $workOrders ->
    [one] { $workOrders } zlecenia
   *[other] { $workOrders } zleceń
} i { $invoices ->
    [one] { $invoices } faktury
   *[other] { $invoices } faktur
}. Faktury zachowują nazwę, na którą zostały wystawione. Scalone rekordy zostaną ukryte, a nie usunięte.
merge-note-plates-kept = Oba rekordy mają pojazdy ({ $plates }): wszystkie pojazdy zostają, każdy z własną tablicą rejestracyjną.
merge-note-conversations-stay = { $count ->
    [one] { $count } otwarta rozmowa pozostaje osobną rozmową.
    [few] { $count } otwarte rozmowy pozostają osobnymi rozmowami.
   *[other] { $count } otwartych rozmów pozostaje osobnymi rozmowami.
}
duplicate-reason-same-phone = Ten sam numer telefonu
duplicate-reason-same-email = Ten sam adres e-mail
duplicate-reason-same-plate = Ta sama tablica rejestracyjna w obu rekordach
duplicate-reason-similar-name-same-postcode = Podobne nazwisko pod tym samym kodem pocztowym
