# Interfejs Garage Desk (pl). Te same identyfikatory co w en-GB/ui.ftl i ro/ui.ftl.

## App

app-title = Garage Desk
loading = Wczytywanie…
error-unexpected = Coś poszło nie tak i Garage Desk nie dokończył tej operacji. Spróbuj ponownie; jeśli błąd się powtarza, uruchom aplikację ponownie.
action-try-again = Spróbuj ponownie
skip-to-content = Przejdź do treści głównej

## Start-up

startup-problem-heading = Nie można uruchomić Garage Desk
startup-problem-call-it = Zadzwoń do działu IT i przeczytaj im powyższy komunikat. Możesz go też zaznaczyć i skopiować.
startup-problem-close = Zamknij Garage Desk

## Sign-in

sign-in-heading = Zaloguj się do Garage Desk
sign-in-staff-legend = Kto jest przy recepcji?
sign-in-choose-hint = Wybierz swoje imię i nazwisko, aby się zalogować.
sign-in-no-staff = Na tym komputerze nie ma jeszcze żadnych pracowników. Poproś właściciela warsztatu o dodanie Cię.
sign-in-downloading = Pobieranie danych warsztatu z serwera centralnego… Pracownicy pojawią się tutaj, gdy tylko dotrą.
sign-in-not-enrolled = Serwer centralny nie przyjął tego stanowiska, więc nie można wyświetlić pracowników. Poproś dział IT o sprawdzenie przyczyny w dzienniku stanowiska: najczęściej na tym komputerze nie ustawiono klucza rejestracji warsztatu (enrolment_key w pliku ustawień komputera).
sign-in-waiting-offline = To stanowisko nie może jeszcze połączyć się z serwerem centralnym. Pracownicy pojawią się tutaj po pobraniu danych warsztatu.
sign-in-locked = Zablokowany
sign-in-pin-label = PIN dla: { $name }
sign-in-pin-missing = Wpisz swój PIN
sign-in-submit = Zaloguj się
sign-in-submitting = Logowanie…

## Roles

role-owner = Właściciel
role-manager = Kierownik
role-service-advisor = Doradca serwisowy
role-technician = Mechanik

## Frame

nav-label = Menu główne
nav-customers = Klienci
search-label = Szukaj klientów
search-placeholder = Szukaj: nazwisko, telefon, e-mail, kod pocztowy, nr rej.
search-shortcut-hint = Ctrl K
menu-switch-user = Zmień użytkownika
menu-language = Język
menu-sign-out = Wyloguj się
language-en-GB = English (UK)
language-pl = Polski
language-ro = Română

## Customer list

customers-heading = Klienci
customer-filter-label = Pokaż klientów
customer-filter-active = Aktywni
customer-filter-deleted = Usunięci
customer-list-deleted-note = Usunięci klienci są widoczni tylko do odczytu. Nie pojawiają się w wyszukiwaniu ani nigdzie indziej.
customer-column-name = Nazwa
customer-column-phone = Telefon
customer-column-postcode = Kod pocztowy
customer-column-plates = Pojazdy
customer-column-last-visit = Ostatnia wizyta
customer-column-deleted-on = Data usunięcia
customer-list-showing = Wyświetlono { $from }–{ $to } z { $total }
customer-list-showing-capped = Wyświetlono { $from }–{ $to } z ponad { $total }
customer-list-found =
    { $total ->
        [one] Znaleziono { $total } klienta
        [few] Znaleziono { $total } klientów
        [many] Znaleziono { $total } klientów
       *[other] Znaleziono { $total } klienta
    }
customer-list-found-capped = Znaleziono ponad { $total } klientów
customer-list-empty-search-title = Brak klientów pasujących do „{ $text }”
customer-list-empty-search-hint = Sprawdź pisownię albo wpisz numer telefonu, kod pocztowy lub numer rejestracyjny. Numer rejestracyjny można wpisać ze spacją lub bez.
customer-list-empty-title = Nie ma jeszcze żadnych klientów
customer-list-empty-hint = Klienci pojawią się tutaj po dodaniu lub po synchronizacji z serwerem warsztatu.
customer-list-empty-deleted-title = Nie ma usuniętych klientów
customer-list-empty-deleted-hint = Usunięci klienci są tu widoczni tylko do odczytu. Przejdź do zakładki Aktywni, aby zobaczyć pozostałych.
pager-label = Strony wyników
pager-previous = Poprzednia
pager-next = Następna

## Customer page

customer-back-to-list = Wróć do listy klientów
contact-details-label = Dane kontaktowe
contact-phone = Telefon
contact-email = E-mail
contact-address = Adres
contact-postcode = Kod pocztowy
contact-none = Brak zapisanych danych kontaktowych.
customer-deleted-notice-title = Ten klient został usunięty dnia { $date }.
customer-deleted-notice-body = Jego dane są widoczne tylko do odczytu i nie można ich zmieniać.

vehicles-heading = Pojazdy
vehicles-active-count =
    { $count ->
        [one] { $count } aktywny pojazd
        [few] { $count } aktywne pojazdy
        [many] { $count } aktywnych pojazdów
       *[other] { $count } aktywnego pojazdu
    }
vehicles-empty = Ten klient nie ma zapisanych pojazdów.
vehicle-column-plate = Nr rejestracyjny
vehicle-column-vehicle = Pojazd
vehicle-column-colour = Kolor
vehicle-column-year = Rok
vehicle-column-previous-plates = Poprzednie numery
vehicle-no-plate = Brak numeru
vehicle-inactive = Nieaktywny

work-orders-heading = Zlecenia
work-orders-empty = Ten klient nie ma żadnych zleceń.
work-order-column-number = Numer
work-order-column-vehicle = Pojazd
work-order-column-description = Opis
work-order-column-status = Status
work-order-column-created = Utworzono
work-order-status-booked = Zarezerwowane
work-order-status-in-progress = W trakcie
work-order-status-awaiting-parts = Czeka na części
work-order-status-awaiting-authorisation = Czeka na akceptację
work-order-status-ready-for-collection = Gotowe do odbioru
work-order-status-completed = Wykonane
work-order-status-closed = Zamknięte
work-order-status-cancelled = Anulowane

invoices-heading = Faktury
invoices-empty = Ten klient nie ma żadnych faktur.
invoice-column-number = Numer
invoice-column-issued = Wystawiono
invoice-column-total = Kwota
invoice-column-outstanding = Do zapłaty
invoice-column-status = Status
invoice-column-billed-name = Nazwa na fakturze
invoice-not-issued = Niewystawiona
invoice-status-draft = Szkic
invoice-status-issued = Wystawiona
invoice-status-paid = Opłacona
invoice-status-void = Anulowana
invoice-status-written-off = Spisana

conversations-heading = Rozmowy
conversations-empty = Brak rozmów z tym klientem.
conversation-column-channel = Kanał
conversation-column-subject = Temat
conversation-column-last-message = Ostatnia wiadomość
conversation-column-status = Status
conversation-column-date = Data ostatniej wiadomości
conversation-status-open = Otwarta
conversation-status-snoozed = Odłożona
conversation-status-closed = Zamknięta
channel-sms = SMS
channel-email = E-mail

consent-heading = Historia zgód
consent-empty = Dla tego klienta nie zapisano żadnych zgód marketingowych.
consent-column-date = Data
consent-column-channel = Kanał
consent-column-change = Zgoda
consent-column-source = Źródło
consent-channel-sms = SMS
consent-channel-email = E-mail
consent-channel-post = Poczta
consent-channel-phone = Telefon
consent-kind-given = Udzielona
consent-kind-withdrawn = Wycofana
consent-source-front-desk = Recepcja
consent-source-phone = Rozmowa telefoniczna
consent-source-web-form = Formularz internetowy
consent-source-email-link = Link w e-mailu
consent-source-import = Import

## Shared actions

action-cancel = Anuluj
action-close = Zamknij

## Navigation

nav-work-orders = Zlecenia
nav-invoices = Faktury
nav-conversations = Rozmowy
nav-staff-permissions = Pracownicy i uprawnienia

## Deleting a customer (D1–D8). Blocker texts and the impact sentence come worded from Rust.

delete-customer-button = Usuń klienta
delete-already-deleted-tooltip = Klient został już usunięty
delete-dialog-title = Usunąć klienta { $name }?
delete-checking = Sprawdzanie, czy można usunąć tego klienta…
delete-blocked-intro = Tego klienta nie można jeszcze usunąć. Najpierw załatw te sprawy:
delete-blocked-changed = Od otwarcia tego okna coś się zmieniło, więc nic nie zostało usunięte. Oto, co teraz blokuje usunięcie.
delete-blocker-opens-window = (otwiera się w nowym oknie)
delete-blocked-hint = Każdy link otwiera listę w nowym oknie, tylko z tym klientem. Gdy wszystko będzie załatwione, wróć i ponownie kliknij Usuń klienta.
delete-already-deleted = Ten klient został już usunięty. Nie trzeba nic robić.
delete-token-label = Wpisz { $token }, aby potwierdzić
delete-running = Usuwanie…

## After a delete: toast and banner (D11, U1)

deleted-title = Klient usunięty
deleted-body = { $name } nie pojawia się już w wyszukiwaniu ani na listach.
deleted-undo-over = Tutaj nie można już tego cofnąć. Jeśli to pomyłka, właściciel może przywrócić klienta z zakładki Usunięci na liście klientów.
undo-action = Cofnij
undo-running = Cofanie…
undo-restored-title = Klient przywrócony
undo-restored-body = Przywrócono klienta { $name } wraz z pojazdami i rozmowami.
undo-open-customer = Otwórz: { $name }
deleted-refused-title = Usunięcie odrzucone
deleted-refused-body = Serwer centralny nie usunął klienta { $name }: klient wrócił na listę klientów. Powód podaje komunikat synchronizacji.
banner-dismiss = Zamknij komunikat
toast-label = Powiadomienie
toast-region-label = Powiadomienia (F8)
toast-close = Zamknij powiadomienie
toast-undo-alt = Cofnij w komunikacie „Klient usunięty” na górze listy klientów.

## Work orders, invoices and conversations lists (D5)

list-filter-legend = Pokaż
list-filter-open-only = Tylko otwarte
list-filter-unpaid-only = Tylko nieopłacone
list-filter-all = Wszystkie
list-column-customer = Klient
list-column-customer-on-invoice = Nazwa na fakturze
list-column-actions = Działania
list-customer-deleted = Klient usunięty
list-empty-open-hint = Nic tu nie wymaga działania. Wybierz Wszystkie, aby zobaczyć także zakończone.
list-empty-hint = Pozycje pojawią się tutaj po utworzeniu lub po synchronizacji z serwerem warsztatu.
work-orders-list-empty-open = Brak aktywnych zleceń
work-orders-list-empty = Nie ma jeszcze żadnych zleceń
work-order-action-complete = Oznacz jako wykonane
work-order-action-close = Zamknij
work-order-action-cancel = Anuluj
work-order-action-done = Zaktualizowano zlecenie { $number }.
invoices-list-empty-open = Brak nieopłaconych faktur
invoices-list-empty = Nie ma jeszcze żadnych faktur
invoice-action-payment = Przyjmij płatność
invoice-action-void = Anuluj fakturę
invoice-action-write-off = Spisz saldo
invoice-payment-label = Kwota wpłacona na fakturę { $number }
invoice-payment-hint = W funtach, np. 12.50 lub £12.50. Do zapłaty pozostało { $outstanding }.
invoice-payment-submit = Zapisz płatność
invoice-reason-hint = Powód zostanie zapisany przy fakturze.
invoice-void-label = Dlaczego faktura { $number } jest anulowana?
invoice-void-submit = Anuluj fakturę
invoice-write-off-label = Dlaczego kwota { $outstanding } z faktury { $number } jest spisywana?
invoice-write-off-submit = Spisz { $outstanding }
invoice-payment-done = Zapisano płatność na fakturze { $number }.
invoice-void-done = Anulowano fakturę { $number }.
invoice-write-off-done = Spisano saldo faktury { $number }.
conversations-list-empty-open = Brak otwartych rozmów
conversations-list-empty = Nie ma jeszcze żadnych rozmów
conversation-action-close = Zamknij
conversation-closed-done = Zamknięto rozmowę „{ $subject }”.

## Blocker windows (D4)

blocker-title-work-orders = Zlecenia — { $customer }
blocker-title-invoices = Faktury — { $customer }
blocker-title-conversations = Rozmowy — { $customer }
blocker-banner-label = Usuwanie klienta
blocker-banner = Załatw te sprawy, a potem wróć, aby dokończyć usuwanie klienta { $customer }
blocker-return = Wróć do klienta
blocker-all-resolved = Wszystko załatwione — wróć do klienta, aby dokończyć usuwanie
blocker-remaining =
    { $count ->
        [one] Pozostała { $count } sprawa do załatwienia
        [few] Pozostały { $count } sprawy do załatwienia
        [many] Pozostało { $count } spraw do załatwienia
       *[other] Pozostało { $count } sprawy do załatwienia
    }
blocker-filter-to-resolve = Do załatwienia
blocker-filter-all = Wszystkie, także zakończone
blocker-sign-in-first = Zaloguj się w oknie głównym, a potem otwórz tę listę ponownie z okna usuwania klienta.

## Staff and permissions

staff-permissions-heading = Pracownicy i uprawnienia
staff-permissions-intro = Każdy ma uprawnienia swojej roli. Zaznacz lub odznacz pole, aby nadać lub odebrać jedno uprawnienie jednej osobie; zmiana działa od razu i trafi na pozostałe stanowiska przy następnej synchronizacji.
staff-permissions-column-permission = Uprawnienie
permission-customers-view = Przeglądanie klientów
permission-customers-edit = Edycja klientów
permission-customers-delete = Usuwanie klientów
permission-customers-restore = Przywracanie usuniętych klientów
permission-customers-merge = Scalanie zduplikowanych klientów
permission-work-orders-complete = Oznaczanie zleceń jako wykonane
permission-work-orders-close = Zamykanie zleceń
permission-work-orders-cancel = Anulowanie zleceń
permission-invoices-take-payment = Przyjmowanie płatności
permission-invoices-void = Anulowanie faktur
permission-invoices-write-off = Spisywanie sald faktur
permission-conversations-close = Zamykanie rozmów
permission-staff-manage-permissions = Zarządzanie uprawnieniami pracowników
permission-source-granted = nadane
permission-source-revoked = odebrane
permission-reset = Przywróć
permission-reset-label = Przywróć ustawienie roli: { $permission }, { $name }

## Sync with the central server (S3, S5). Problem messages come worded from Rust.

sync-status-standalone = Tylko to stanowisko
sync-status-online = Połączono
sync-status-online-waiting =
    { $count ->
        [one] Połączono · { $count } zmiana w kolejce
        [few] Połączono · { $count } zmiany w kolejce
        [many] Połączono · { $count } zmian w kolejce
       *[other] Połączono · { $count } zmiany w kolejce
    }
sync-status-syncing = Synchronizacja
sync-status-syncing-waiting =
    { $count ->
        [one] Synchronizacja · { $count } zmiana w kolejce
        [few] Synchronizacja · { $count } zmiany w kolejce
        [many] Synchronizacja · { $count } zmian w kolejce
       *[other] Synchronizacja · { $count } zmiany w kolejce
    }
sync-status-not-enrolled = Niezarejestrowane
sync-status-offline = Brak połączenia
sync-status-offline-waiting =
    { $count ->
        [one] Brak połączenia · { $count } zmiana czeka
        [few] Brak połączenia · { $count } zmiany czekają
        [many] Brak połączenia · { $count } zmian czeka
       *[other] Brak połączenia · { $count } zmiany czeka
    }
sync-status-server-problem = Problem z serwerem
sync-status-server-problem-waiting =
    { $count ->
        [one] Problem z serwerem · { $count } zmiana czeka
        [few] Problem z serwerem · { $count } zmiany czekają
        [many] Problem z serwerem · { $count } zmian czeka
       *[other] Problem z serwerem · { $count } zmiany czeka
    }
sync-server-problem-hint = Serwer centralny odpowiada błędem. Zmiany wprowadzone tutaj czekają na tym stanowisku i zostaną wysłane, gdy serwer zacznie działać. Jeśli to trwa, powiadom dział IT.
sync-not-enrolled-hint = Serwer centralny nie akceptuje tego stanowiska: brak klucza rejestracji, klucz jest błędny, dział IT usunął stanowisko z serwera albo pod identyfikatorem tego stanowiska zarejestrowano już inne (przyczynę podaje dziennik stanowiska). Zmiany wprowadzone tutaj czekają na tym stanowisku.
sync-standalone-hint = To stanowisko działa samodzielnie, bez serwera centralnego.
sync-last-sync = Ostatnia synchronizacja z serwerem centralnym: { $time }
sync-never-synced = Jeszcze nie zsynchronizowano z serwerem centralnym
sync-problems-count =
    { $count ->
        [one] { $count } nieprzeczytany problem z synchronizacją
        [few] { $count } nieprzeczytane problemy z synchronizacją
        [many] { $count } nieprzeczytanych problemów z synchronizacją
       *[other] { $count } nieprzeczytanego problemu z synchronizacją
    }
sync-download =
    { $total ->
        [one] Pobieranie danych warsztatu… { $received } z { $total } rekordu
        [few] Pobieranie danych warsztatu… { $received } z { $total } rekordów
        [many] Pobieranie danych warsztatu… { $received } z { $total } rekordów
       *[other] Pobieranie danych warsztatu… { $received } z { $total } rekordu
    }
sync-download-starting = Pobieranie danych warsztatu…
sync-problems-banner =
    { $count ->
        [one] Serwer centralny odrzucił wprowadzoną przez Ciebie zmianę
        [few] Serwer centralny odrzucił { $count } wprowadzone przez Ciebie zmiany
        [many] Serwer centralny odrzucił { $count } wprowadzonych przez Ciebie zmian
       *[other] Serwer centralny odrzucił { $count } wprowadzonej przez Ciebie zmiany
    }
sync-problems-show = Pokaż
sync-problems-title = Zmiany odrzucone przez serwer centralny
sync-problems-intro = Każda z tych zmian została cofnięta na tym stanowisku; nic więcej nie przepadło. Najnowsze na górze.
sync-problems-empty = Serwer centralny nie odrzucił żadnej z Twoich zmian.
sync-problem-mark-read = Oznacz jako przeczytane
sync-problem-marking = Oznaczanie…
sync-problem-read-label = Przeczytane
sync-problems-close = Zamknij

## Restoring a deleted customer after the undo window (README R1–R8)

customer-column-actions = Działania
restore-action = Przywróć
restore-action-label = Przywróć klienta { $name }
restore-dialog-title = Przywrócić klienta { $name }?
restore-checking = Sprawdzanie, co można przywrócić…
restore-deleted-on = Usunięto { $date }
restore-plates-label = Wracające numery rejestracyjne:
restore-left-out-heading = Pozostanie bez zmian:
restore-confirm-button = Przywróć klienta
restore-running = Przywracanie…
restored-title = Klient przywrócony
restored-body = Klient { $name } jest z powrotem na liście klientów: { $vehicles ->
    [one] { $vehicles } pojazd
    [few] { $vehicles } pojazdy
    [many] { $vehicles } pojazdów
   *[other] { $vehicles } pojazdu
} i { $conversations ->
    [one] { $conversations } rozmowa
    [few] { $conversations } rozmowy
    [many] { $conversations } rozmów
   *[other] { $conversations } rozmowy
}.
restored-open-customer = Otwórz klienta { $name }

## Merging duplicate customers and duplicate suggestions (README M1–M10, DS1–DS5)

merge-open = Scal klientów
duplicates-open = Sugerowane duplikaty
merge-dialog-title = Scal klientów
merge-search-label = Znajdź rekordy do scalenia (nazwisko, telefon, e-mail, kod pocztowy lub tablica)
merge-results-label = Pasujący klienci
merge-picked = Wybrano { $count } z 5{ $count ->
    [0] .
   *[other] : { $names }
}
merge-review-button = Przejrzyj pola
merge-keep-label = Rekord do zachowania
merge-keep-record = Zachowaj ten rekord
merge-most-history = Najwięcej historii
merge-history = Pojazdy: { $vehicles } · Zlecenia: { $workOrders } · Faktury: { $invoices }
merge-field-name = Imię i nazwisko
merge-field-phone = Telefon
merge-field-email = E-mail
merge-field-address-line = Adres
merge-field-town = Miejscowość
merge-field-postcode = Kod pocztowy
merge-empty = (brak)
merge-agreeing = { $count ->
    [one] { $count } pole jest takie samo we wszystkich rekordach
    [few] { $count } pola są takie same we wszystkich rekordach
   *[many] { $count } pól jest takich samych we wszystkich rekordach
}
merge-token-label = Wpisz { $token }, aby potwierdzić
merge-confirm-button = Scal klientów
merge-done = { $count ->
    [one] { $count } rekord scalono z klientem { $name }.
    [few] { $count } rekordy scalono z klientem { $name }.
   *[many] { $count } rekordów scalono z klientem { $name }.
} Możesz to cofnąć przez 30 sekund.
merge-undone = Scalenie cofnięto: rekordy są znowu osobne.
merge-undo-button = Cofnij scalenie
merge-open-survivor = Otwórz: { $name }
customer-merged-from = Otwarty rekord został scalony z tym klientem.
duplicates-title = Sugerowane duplikaty
duplicates-none = Brak prawdopodobnych duplikatów. Pojawiają się tu rekordy z tym samym telefonem, e-mailem, tablicą lub podobnym nazwiskiem pod tym samym kodem pocztowym.
duplicates-why = Dlaczego zasugerowano
duplicates-dismiss = To nie duplikat
duplicates-review = Przejrzyj i scal
