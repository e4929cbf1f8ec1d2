# Interfața Garage Desk (ro). Aceiași identificatori ca în en-GB/ui.ftl și pl/ui.ftl.

## App

app-title = Garage Desk
loading = Se încarcă…
error-unexpected = Ceva nu a mers bine și Garage Desk nu a putut termina operațiunea. Încercați din nou; dacă problema persistă, reporniți aplicația.
action-try-again = Încercați din nou
skip-to-content = Salt la conținutul principal

## Sign-in

sign-in-heading = Conectați-vă la Garage Desk
sign-in-staff-legend = Cine este la recepție?
sign-in-choose-hint = Alegeți-vă numele pentru a vă conecta.
sign-in-no-staff = Pe acest calculator nu există încă niciun angajat. Cereți proprietarului service-ului să vă adauge.
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
customer-list-found =
    { $total ->
        [one] A fost găsit { $total } client
        [few] Au fost găsiți { $total } clienți
       *[other] Au fost găsiți { $total } de clienți
    }
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
