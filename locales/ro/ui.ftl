# Interfața Garage Desk (ro). Aceiași identificatori ca în en-GB/ui.ftl și pl/ui.ftl.

## App

app-title = Garage Desk
loading = Se încarcă…
error-unexpected = Ceva nu a mers bine și Garage Desk nu a putut termina operațiunea. Încercați din nou; dacă problema persistă, reporniți aplicația.
action-try-again = Încercați din nou
skip-to-content = Salt la conținutul principal

## Start-up

startup-problem-heading = Garage Desk nu poate porni
startup-problem-call-it = Sunați la departamentul IT și citiți-le mesajul de mai sus. Îl puteți, de asemenea, selecta și copia.
startup-problem-close = Închideți Garage Desk

## Sign-in

sign-in-heading = Conectați-vă la Garage Desk
sign-in-staff-legend = Cine este la recepție?
sign-in-choose-hint = Alegeți-vă numele pentru a vă conecta.
sign-in-no-staff = Pe acest calculator nu există încă niciun angajat. Cereți proprietarului service-ului să vă adauge.
sign-in-downloading = Se preiau datele service-ului de pe serverul central… Angajații vor apărea aici imediat ce sosesc.
sign-in-not-enrolled = Serverul central nu a acceptat acest calculator, deci angajații nu pot fi afișați. Cereți departamentului IT să verifice motivul în jurnalul calculatorului: de cele mai multe ori cheia de înrolare a service-ului nu este setată pe acest calculator (enrolment_key în fișierul de setări al calculatorului).
sign-in-waiting-offline = Acest calculator nu poate accesa încă serverul central. Angajații vor apărea aici după ce datele service-ului au fost descărcate.
sign-in-locked = Blocat
sign-in-pin-label = PIN pentru { $name }
sign-in-pin-missing = Introduceți PIN-ul
sign-in-submit = Conectare
sign-in-submitting = Se conectează…

## Roles

role-owner = Proprietar
role-manager = Manager
role-service-advisor = Consilier service
role-technician = Mecanic

## Frame

nav-label = Meniu principal
nav-customers = Clienți
search-label = Căutați clienți
search-placeholder = Căutare: nume, telefon, e-mail, cod poștal, nr. înmatriculare
search-shortcut-hint = Ctrl K
menu-switch-user = Schimbați utilizatorul
menu-language = Limba
menu-sign-out = Deconectare
language-en-GB = English (UK)
language-pl = Polski
language-ro = Română

## Customer list

customers-heading = Clienți
customer-filter-label = Afișați clienții
customer-filter-active = Activi
customer-filter-deleted = Șterși
customer-list-deleted-note = Clienții șterși sunt afișați doar pentru citire. Nu apar în căutare și nici în altă parte.
customer-column-name = Nume
customer-column-phone = Telefon
customer-column-postcode = Cod poștal
customer-column-plates = Vehicule
customer-column-last-visit = Ultima vizită
customer-column-deleted-on = Șters la
customer-list-showing = Se afișează { $from }–{ $to } din { $total }
customer-list-showing-capped = Se afișează { $from }–{ $to } din peste { $total }
customer-list-found =
    { $total ->
        [one] A fost găsit { $total } client
        [few] Au fost găsiți { $total } clienți
       *[other] Au fost găsiți { $total } de clienți
    }
customer-list-found-capped = Au fost găsiți peste { $total } de clienți
customer-list-empty-search-title = Niciun client nu corespunde cu „{ $text }”
customer-list-empty-search-hint = Verificați ortografia sau încercați un număr de telefon, un cod poștal ori un număr de înmatriculare. Numărul se poate scrie cu sau fără spațiu.
customer-list-empty-title = Nu există încă niciun client
customer-list-empty-hint = Clienții apar aici după ce sunt adăugați sau sincronizați de pe serverul service-ului.
customer-list-empty-deleted-title = Nu există clienți șterși
customer-list-empty-deleted-hint = Clienții șterși apar aici doar pentru citire. Treceți la Activi pentru a-i vedea pe ceilalți.
pager-label = Pagini de rezultate
pager-previous = Anterioara
pager-next = Următoarea

## Customer page

customer-back-to-list = Înapoi la clienți
contact-details-label = Date de contact
contact-phone = Telefon
contact-email = E-mail
contact-address = Adresă
contact-postcode = Cod poștal
contact-none = Nu există date de contact înregistrate.
customer-deleted-notice-title = Acest client a fost șters pe { $date }.
customer-deleted-notice-body = Datele sale sunt afișate doar pentru citire și nu pot fi modificate.

vehicles-heading = Vehicule
vehicles-active-count =
    { $count ->
        [one] { $count } vehicul activ
        [few] { $count } vehicule active
       *[other] { $count } de vehicule active
    }
vehicles-empty = Nu există vehicule înregistrate pentru acest client.
vehicle-column-plate = Nr. înmatriculare
vehicle-column-vehicle = Vehicul
vehicle-column-colour = Culoare
vehicle-column-year = An
vehicle-column-previous-plates = Numere anterioare
vehicle-no-plate = Fără număr
vehicle-inactive = Inactiv

work-orders-heading = Comenzi de lucru
work-orders-empty = Nu există comenzi de lucru pentru acest client.
work-order-column-number = Număr
work-order-column-vehicle = Vehicul
work-order-column-description = Descriere
work-order-column-status = Stare
work-order-column-created = Creată
work-order-status-booked = Programată
work-order-status-in-progress = În lucru
work-order-status-awaiting-parts = Așteaptă piese
work-order-status-awaiting-authorisation = Așteaptă aprobare
work-order-status-ready-for-collection = Gata de ridicare
work-order-status-completed = Finalizată
work-order-status-closed = Închisă
work-order-status-cancelled = Anulată

invoices-heading = Facturi
invoices-empty = Nu există facturi pentru acest client.
invoice-column-number = Număr
invoice-column-issued = Emisă
invoice-column-total = Total
invoice-column-outstanding = De plată
invoice-column-status = Stare
invoice-column-billed-name = Nume pe factură
invoice-not-issued = Neemisă
invoice-status-draft = Ciornă
invoice-status-issued = Emisă
invoice-status-paid = Plătită
invoice-status-void = Anulată
invoice-status-written-off = Trecută pe pierderi

conversations-heading = Conversații
conversations-empty = Nu există conversații cu acest client.
conversation-column-channel = Canal
conversation-column-subject = Subiect
conversation-column-last-message = Ultimul mesaj
conversation-column-status = Stare
conversation-column-date = Data ultimului mesaj
conversation-status-open = Deschisă
conversation-status-snoozed = Amânată
conversation-status-closed = Închisă
channel-sms = SMS
channel-email = E-mail

consent-heading = Istoricul consimțămintelor
consent-empty = Nu a fost înregistrat niciun consimțământ de marketing pentru acest client.
consent-column-date = Data
consent-column-channel = Canal
consent-column-change = Consimțământ
consent-column-source = Sursă
consent-channel-sms = SMS
consent-channel-email = E-mail
consent-channel-post = Poștă
consent-channel-phone = Telefon
consent-kind-given = Acordat
consent-kind-withdrawn = Retras
consent-source-front-desk = Recepție
consent-source-phone = Apel telefonic
consent-source-web-form = Formular web
consent-source-email-link = Link din e-mail
consent-source-import = Import

## Shared actions

action-cancel = Anulați
action-close = Închideți

## Navigation

nav-work-orders = Comenzi de lucru
nav-invoices = Facturi
nav-conversations = Conversații
nav-staff-permissions = Personal și permisiuni

## Deleting a customer (D1–D8). Blocker texts and the impact sentence come worded from Rust.

delete-customer-button = Ștergeți clientul
delete-already-deleted-tooltip = Clientul a fost deja șters
delete-dialog-title = Ștergeți clientul { $name }?
delete-checking = Se verifică dacă acest client poate fi șters…
delete-blocked-intro = Acest client nu poate fi șters încă. Rezolvați mai întâi următoarele:
delete-blocked-changed = Ceva s-a schimbat de când ați deschis această fereastră, așa că nu s-a șters nimic. Iată ce blochează acum ștergerea.
delete-blocker-opens-window = (se deschide într-o fereastră nouă)
delete-blocked-hint = Fiecare link deschide lista într-o fereastră nouă, doar pentru acest client. După ce le rezolvați, reveniți și apăsați din nou Ștergeți clientul.
delete-already-deleted = Acest client a fost deja șters. Nu trebuie să faceți nimic.
delete-token-label = Tastați { $token } pentru a confirma
delete-running = Se șterge…

## After a delete: toast and banner (D11, U1)

deleted-title = Client șters
deleted-body = { $name } nu mai apare în căutare și în liste.
deleted-undo-over = Ștergerea nu mai poate fi anulată de aici. Dacă a fost o greșeală, un proprietar poate restaura clientul din filtrul Șterși al listei de clienți.
undo-action = Anulați ștergerea
undo-running = Se anulează…
undo-restored-title = Client restaurat
undo-restored-body = Clientul { $name } a fost restaurat, împreună cu vehiculele și conversațiile sale.
undo-open-customer = Deschideți { $name }
deleted-refused-title = Ștergere refuzată
deleted-refused-body = Serverul central nu l-a șters pe clientul { $name }: acesta este din nou în lista de clienți. Mesajul de sincronizare explică de ce.
banner-dismiss = Închideți mesajul
toast-label = Notificare
toast-region-label = Notificări (F8)
toast-close = Închideți notificarea
toast-undo-alt = Anulați ștergerea din mesajul „Client șters” din partea de sus a listei de clienți.

## Work orders, invoices and conversations lists (D5)

list-filter-legend = Afișați
list-filter-open-only = Doar deschise
list-filter-unpaid-only = Doar neplătite
list-filter-all = Toate
list-column-customer = Client
list-column-customer-on-invoice = Numele de pe factură
list-column-actions = Acțiuni
list-customer-deleted = Client șters
list-empty-open-hint = Nimic de aici nu necesită acțiuni. Alegeți Toate pentru a le vedea și pe cele încheiate.
list-empty-hint = Înregistrările apar aici după ce sunt create sau sincronizate de pe serverul service-ului.
work-orders-list-empty-open = Nu există comenzi de lucru active
work-orders-list-empty = Nu există încă nicio comandă de lucru
work-order-action-complete = Finalizați
work-order-action-close = Închideți
work-order-action-cancel = Anulați
work-order-action-done = Comanda de lucru { $number } a fost actualizată.
invoices-list-empty-open = Nu există facturi neplătite
invoices-list-empty = Nu există încă nicio factură
invoice-action-payment = Încasați o plată
invoice-action-void = Anulați factura
invoice-action-write-off = Treceți pe pierderi
invoice-payment-label = Suma plătită pentru { $number }
invoice-payment-hint = În lire, de exemplu 12.50 sau £12.50. Rest de plată: { $outstanding }.
invoice-payment-submit = Înregistrați plata
invoice-reason-hint = Motivul se păstrează împreună cu factura.
invoice-void-label = De ce se anulează factura { $number }?
invoice-void-submit = Anulați factura
invoice-write-off-label = De ce se trec pe pierderi { $outstanding } de pe factura { $number }?
invoice-write-off-submit = Treceți pe pierderi { $outstanding }
invoice-payment-done = Plata a fost înregistrată pe factura { $number }.
invoice-void-done = Factura { $number } a fost anulată.
invoice-write-off-done = Soldul facturii { $number } a fost trecut pe pierderi.
conversations-list-empty-open = Nu există conversații deschise
conversations-list-empty = Nu există încă nicio conversație
conversation-action-close = Închideți
conversation-closed-done = Conversația „{ $subject }” a fost închisă.

## Blocker windows (D4)

blocker-title-work-orders = Comenzi de lucru — { $customer }
blocker-title-invoices = Facturi — { $customer }
blocker-title-conversations = Conversații — { $customer }
blocker-banner-label = Ștergerea unui client
blocker-banner = Rezolvați-le pe acestea, apoi reveniți pentru a termina ștergerea clientului { $customer }
blocker-return = Înapoi la client
blocker-all-resolved = Totul este rezolvat — reveniți la client pentru a termina ștergerea
blocker-remaining =
    { $count ->
        [one] A mai rămas { $count } element de rezolvat
        [few] Au mai rămas { $count } elemente de rezolvat
       *[other] Au mai rămas { $count } de elemente de rezolvat
    }
blocker-filter-to-resolve = De rezolvat
blocker-filter-all = Toate, inclusiv cele încheiate
blocker-sign-in-first = Conectați-vă din fereastra principală, apoi deschideți din nou această listă din fereastra de ștergere.

## Staff and permissions

staff-permissions-heading = Personal și permisiuni
staff-permissions-intro = Fiecare persoană primește permisiunile rolului său. Bifați sau debifați o căsuță pentru a acorda sau retrage o permisiune unei singure persoane; schimbarea se aplică imediat și ajunge la celelalte calculatoare la următoarea sincronizare.
staff-permissions-column-permission = Permisiune
permission-customers-view = Vizualizarea clienților
permission-customers-edit = Modificarea clienților
permission-customers-delete = Ștergerea clienților
permission-customers-restore = Restaurarea clienților șterși
permission-customers-merge = Combinarea clienților duplicați
permission-work-orders-complete = Finalizarea comenzilor de lucru
permission-work-orders-close = Închiderea comenzilor de lucru
permission-work-orders-cancel = Anularea comenzilor de lucru
permission-invoices-take-payment = Încasarea plăților
permission-invoices-void = Anularea facturilor
permission-invoices-write-off = Trecerea facturilor pe pierderi
permission-conversations-close = Închiderea conversațiilor
permission-staff-manage-permissions = Gestionarea permisiunilor personalului
permission-source-granted = acordată
permission-source-revoked = retrasă
permission-reset = Resetați
permission-reset-label = Resetați la valoarea rolului: { $permission }, { $name }

## Sync with the central server (S3, S5). Problem messages come worded from Rust.

sync-status-standalone = Doar acest calculator
sync-status-online = Conectat
sync-status-online-waiting =
    { $count ->
        [one] Conectat · { $count } modificare în așteptare
        [few] Conectat · { $count } modificări în așteptare
       *[other] Conectat · { $count } de modificări în așteptare
    }
sync-status-syncing = Se sincronizează
sync-status-syncing-waiting =
    { $count ->
        [one] Se sincronizează · { $count } modificare în așteptare
        [few] Se sincronizează · { $count } modificări în așteptare
       *[other] Se sincronizează · { $count } de modificări în așteptare
    }
sync-status-not-enrolled = Neînrolat
sync-status-offline = Fără conexiune
sync-status-offline-waiting =
    { $count ->
        [one] Fără conexiune · { $count } modificare în așteptare
        [few] Fără conexiune · { $count } modificări în așteptare
       *[other] Fără conexiune · { $count } de modificări în așteptare
    }
sync-status-server-problem = Problemă la server
sync-status-server-problem-waiting =
    { $count ->
        [one] Problemă la server · { $count } modificare în așteptare
        [few] Problemă la server · { $count } modificări în așteptare
       *[other] Problemă la server · { $count } de modificări în așteptare
    }
sync-server-problem-hint = Serverul central răspunde cu o eroare. Modificările făcute aici așteaptă pe acest calculator și sunt trimise când serverul își revine. Dacă durează, anunțați IT.
sync-not-enrolled-hint = Serverul central nu acceptă acest calculator: cheia de înrolare lipsește sau este greșită, departamentul IT a eliminat calculatorul de pe server sau un alt calculator este deja înrolat cu identificatorul acestuia (jurnalul calculatorului spune care). Modificările făcute aici așteaptă pe acest calculator.
sync-standalone-hint = Acest calculator funcționează singur, fără server central.
sync-last-sync = Ultima sincronizare cu serverul central: { $time }
sync-never-synced = Încă nu s-a sincronizat cu serverul central
sync-problems-count =
    { $count ->
        [one] { $count } problemă de sincronizare necitită
        [few] { $count } probleme de sincronizare necitite
       *[other] { $count } de probleme de sincronizare necitite
    }
sync-download =
    { $total ->
        [one] Se descarcă datele service-ului… { $received } din { $total } înregistrare
        [few] Se descarcă datele service-ului… { $received } din { $total } înregistrări
       *[other] Se descarcă datele service-ului… { $received } din { $total } de înregistrări
    }
sync-download-starting = Se descarcă datele service-ului…
sync-problems-banner =
    { $count ->
        [one] Serverul central a refuzat o modificare făcută de dumneavoastră
        [few] Serverul central a refuzat { $count } modificări făcute de dumneavoastră
       *[other] Serverul central a refuzat { $count } de modificări făcute de dumneavoastră
    }
sync-problems-show = Afișați
sync-problems-title = Modificări refuzate de serverul central
sync-problems-intro = Fiecare modificare a fost anulată pe acest calculator; nimic altceva nu s-a pierdut. Cele mai noi sunt primele.
sync-problems-empty = Serverul central nu a refuzat nicio modificare de-a dumneavoastră.
sync-problem-mark-read = Marcați ca citit
sync-problem-marking = Se marchează…
sync-problem-read-label = Citit
sync-problems-close = Închideți

## Restoring a deleted customer after the undo window (README R1–R8)

customer-column-actions = Acțiuni
restore-action = Restaurați
restore-action-label = Restaurați clientul { $name }
restore-dialog-title = Restaurați clientul { $name }?
restore-checking = Se verifică ce se poate restaura…
restore-deleted-on = Șters la { $date }
restore-plates-label = Numere care revin:
restore-left-out-heading = Rămân așa cum sunt:
restore-confirm-button = Restaurați clientul
restore-running = Se restaurează…
restored-title = Client restaurat
restored-body = Clientul { $name } este din nou în lista de clienți, cu { $vehicles ->
    [one] { $vehicles } vehicul
    [few] { $vehicles } vehicule
   *[other] { $vehicles } de vehicule
} și { $conversations ->
    [one] { $conversations } conversație
    [few] { $conversations } conversații
   *[other] { $conversations } de conversații
}.
restored-open-customer = Deschideți clientul { $name }

## Merging duplicate customers and duplicate suggestions (README M1–M10, DS1–DS5)

merge-open = Combină clienți
duplicates-open = Duplicate sugerate
merge-dialog-title = Combină clienți
merge-search-label = Găsiți înregistrările de combinat (nume, telefon, e-mail, cod poștal sau număr de înmatriculare)
merge-results-label = Clienți găsiți
merge-picked = { $count } din 5 selectate{ $count ->
    [0] .
   *[other] : { $names }
}
merge-review-button = Verifică câmpurile
merge-keep-label = Înregistrarea păstrată
merge-keep-record = Păstrează această înregistrare
merge-most-history = Cel mai mult istoric
merge-history = Vehicule: { $vehicles } · Comenzi: { $workOrders } · Facturi: { $invoices }
merge-field-name = Nume
merge-field-phone = Telefon
merge-field-email = E-mail
merge-field-address-line = Adresă
merge-field-town = Localitate
merge-field-postcode = Cod poștal
merge-empty = (nimic)
merge-agreeing = { $count ->
    [one] { $count } câmp este identic în toate înregistrările
   *[other] { $count } câmpuri sunt identice în toate înregistrările
}
merge-token-label = Tastați { $token } pentru a confirma
merge-confirm-button = Combină clienții
merge-done = { $count ->
    [one] { $count } înregistrare a fost combinată cu { $name }.
   *[other] { $count } înregistrări au fost combinate cu { $name }.
} Puteți anula timp de 30 de secunde.
merge-undone = Combinarea a fost anulată: înregistrările sunt din nou separate.
merge-undo-button = Anulează combinarea
merge-open-survivor = Deschide { $name }
customer-merged-from = Înregistrarea deschisă a fost combinată cu aceasta.
duplicates-title = Duplicate sugerate
duplicates-none = Nu există duplicate probabile. Aici apar înregistrările cu același telefon, e-mail, număr de înmatriculare sau nume asemănător la același cod poștal.
duplicates-why = De ce au fost sugerate
duplicates-dismiss = Nu este duplicat
duplicates-review = Verifică și combină
