# Komunikaty zwracane użytkownikowi przez Rust (błędy przez IPC jako { code, message }).

error-not-signed-in = Zaloguj się ponownie, aby kontynuować.
error-wrong-pin = Nieprawidłowy PIN. { $attempts ->
    [0] Konto zostało zablokowane na kilka minut.
    [one] Pozostała { $attempts } próba przed zablokowaniem konta.
    [few] Pozostały { $attempts } próby przed zablokowaniem konta.
   *[many] Pozostało { $attempts } prób przed zablokowaniem konta.
}
error-locked-out = Zbyt wiele błędnych PIN-ów. Konto jest zablokowane do { $time }. Jeśli to pilne, poproś kierownika.
error-permission-denied = Nie masz uprawnień do tej czynności. Poproś właściciela o ich nadanie.
error-not-found = Nie znaleziono tego rekordu. Mógł zostać usunięty lub przeniesiony.
error-invalid-input = Część danych w tym żądaniu jest nieprawidłowa. Sprawdź je i spróbuj ponownie.
error-storage = Nie udało się odczytać ani zapisać danych lokalnych. Uruchom ponownie Garage Desk; jeśli problem się powtarza, skontaktuj się z działem IT.
error-internal = Wystąpił błąd wewnątrz Garage Desk i nic nie zostało zmienione. Spróbuj ponownie; jeśli to się powtarza, powiadom dział IT (szczegóły są w dzienniku stanowiska).
error-wrong-token = Aby potwierdzić, wpisz dokładnie { $token } wielkimi literami.
error-rate-limited = Limit usunięć - zbyt wiele usunięć w tej godzinie. Kolejne usunięcie będzie możliwe o { $time }.
error-already-deleted = Ten klient został już usunięty. Nie trzeba nic robić.
error-undo-expired = Za późno na cofnięcie: minęło 30 sekund. Właściciel może przywrócić klienta z zakładki Usunięci na liście klientów. Jeśli nikt tutaj nie może, skontaktuj się z pomocą techniczną.
error-undo-not-allowed = Usunięcie może cofnąć tylko osoba, która go dokonała, w tej samej sesji.
error-plate-taken = Nie cofnięto: numer { $plate } jest teraz przypisany do innego pojazdu. Niczego nie przywrócono.
error-invalid-amount = Wpisz kwotę w funtach i pensach, np. 12.50.
error-amount-too-large = To więcej niż pozostałe do zapłaty { $outstanding }.
error-invoice-not-unpaid = Na tej fakturze nie ma nic do zapłaty. Mogła już zostać opłacona, unieważniona lub spisana.
error-reason-required = Podaj powód. Zostanie zapisany przy fakturze.
error-reason-too-long = Ten powód jest za długi: może mieć najwyżej { $max } { $max ->
    [one] znak
    [few] znaki
   *[many] znaków
}.
error-not-active = To jest już zakończone. Odśwież listę, aby zobaczyć aktualny stan.
error-first-sign-in-needs-server = Nie można połączyć się z serwerem centralnym, a nie logowałeś się wcześniej na tym stanowisku. Zaloguj się tu raz, gdy serwer jest dostępny; potem możesz logować się tu także bez połączenia.
error-device-locked-out = Na tym stanowisku wpisano zbyt wiele błędnych PIN-ów. Logowanie tutaj jest wstrzymane do { $time }.
error-proof-missing = Serwer centralny odrzucił tę zmianę, ponieważ nie zawiera potwierdzenia, kto ją wprowadził. Zaloguj się ponownie, gdy serwer jest dostępny, i wprowadź zmianę jeszcze raz.
error-proof-invalid = Serwer centralny nie mógł potwierdzić, kto wprowadził tę zmianę na tym stanowisku, więc ją odrzucił.
error-credential-revoked = Twoje logowanie na tym stanowisku zostało cofnięte (zmieniono Twój PIN albo dział IT Cię wylogował), więc serwer centralny odrzucił tę zmianę. Zaloguj się ponownie, gdy serwer jest dostępny.
error-unsupported-change = Serwer centralny nie może przyjąć tej zmiany (może wymagać aktualizacji), więc została odłożona. Powiadom dział IT; nic innego nie jest wstrzymane.
error-restore-plate-taken = Klienta nie przywrócono: numer { $plate } jest teraz przypisany do innego pojazdu. Niczego nie zmieniono.
error-not-deleted = Ten klient nie jest już usunięty: ktoś mógł go już przywrócić. Niczego nie zmieniono.
error-delete-changed = Ten klient został ponownie usunięty po otwarciu okna przywracania. Zamknij je i otwórz ponownie, aby zobaczyć, co wróci.
error-merge-count = Wybierz od 2 do 5 klientów do scalenia.
error-already-merged = Jeden z tych klientów został już scalony z innym rekordem. Wyszukaj ponownie, aby znaleźć rekord, którym się stał.
error-merge-changed = Jeden z tych klientów został zmieniony po otwarciu przeglądu. Nic nie zostało scalone: otwórz przegląd ponownie, aby zobaczyć aktualne dane.
error-server-error = Serwer centralny nie mógł sprawdzić Twojego PIN-u (błąd { $status }). Spróbuj ponownie, a jeśli to się powtarza, powiadom dział IT.
