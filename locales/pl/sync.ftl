# Komunikaty synchronizacji z serwerem centralnym (S3, S5), układane przez Rust.

sync-problem-delete-blocked = Serwer centralny nie usunął klienta { $customer }: { $blockers }. { $customer } wrócił na listę klientów; rozwiąż te sprawy i usuń ponownie.
sync-problem-rejected = Serwer centralny odrzucił wprowadzoną przez Ciebie zmianę: { $reason } Zmiana została cofnięta na tym stanowisku.
sync-reason-rate-limited = Limit usunięć - zbyt wiele usunięć w tej godzinie.
sync-reason-amount-too-large = Kwota była większa niż pozostało do zapłaty.
sync-reason-plate-taken = Zwolniony numer rejestracyjny był już przypisany do innego pojazdu.
sync-reason-delete-blocked = Klient miał jeszcze otwarte zlecenia, nieopłacone faktury lub aktywne rozmowy.
sync-reason-server-error = Serwer centralny uległ awarii podczas jej sprawdzania.
sync-problem-restore-refused = Serwer centralny nie przywrócił klienta { $customer }: { $reason } Klient { $customer } jest na tym stanowisku z powrotem wśród usuniętych.
sync-reason-restore-plate-taken = Na serwerze numer { $plate } jest przypisany do innego pojazdu.
sync-problem-merge-refused = Serwer centralny nie scalił klientów { $customers }: { $reason } Na tym stanowisku rekordy są znowu osobne.
sync-problem-not-put-back = Części tej zmiany nie udało się przywrócić na tym stanowisku do stanu z serwera centralnego: { $rows }. Powiadom wsparcie; szczegóły są w dzienniku audytu.
sync-not-put-back-registration = rejestracji { $plate }
sync-not-put-back-row = rekordu w { $table }
