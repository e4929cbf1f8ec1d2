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
