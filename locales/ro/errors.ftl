# Mesaje pe care Rust le întoarce utilizatorului (erorile trec prin IPC ca { code, message }).

error-not-signed-in = Autentificați-vă din nou pentru a continua.
error-wrong-pin = PIN greșit. { $attempts ->
    [0] Contul este acum blocat pentru câteva minute.
    [one] Mai aveți { $attempts } încercare înainte de blocarea contului.
    [few] Mai aveți { $attempts } încercări înainte de blocarea contului.
   *[other] Mai aveți { $attempts } de încercări înainte de blocarea contului.
}
error-locked-out = Prea multe PIN-uri greșite. Contul este blocat până la { $time }. Cereți ajutorul unui manager dacă este urgent.
error-permission-denied = Nu aveți permisiunea pentru această acțiune. Cereți-o unui proprietar.
error-not-found = Înregistrarea nu a fost găsită. Poate a fost ștearsă sau mutată.
error-invalid-input = Ceva din această cerere nu este valid. Verificați și încercați din nou.
error-storage = Datele locale nu au putut fi citite sau salvate. Reporniți Garage Desk; dacă problema persistă, contactați IT.
error-internal = A apărut o eroare în Garage Desk și nu s-a modificat nimic. Încercați din nou; dacă se tot întâmplă, anunțați IT (detaliile sunt în jurnalul calculatorului).
error-wrong-token = Pentru confirmare, tastați exact { $token }, cu majuscule.
error-rate-limited = Limită atinsă - prea multe ștergeri în această oră. Puteți șterge din nou la { $time }.
error-already-deleted = Acest client a fost deja șters. Nu este nevoie de nicio acțiune.
error-undo-expired = Este prea târziu pentru anulare: au trecut cele 30 de secunde. Un proprietar poate restaura clientul din filtrul Șterși al listei de clienți. Dacă nimeni de aici nu poate, contactați asistența.
error-undo-not-allowed = Doar persoana care a șters acest client, în aceeași sesiune, poate anula ștergerea.
error-plate-taken = Anularea nu s-a făcut: numărul { $plate } este acum pe alt vehicul. Nu s-a restaurat nimic.
error-invalid-amount = Introduceți o sumă în lire și penny, de exemplu 12.50.
error-amount-too-large = Suma depășește restul de plată de { $outstanding }.
error-invoice-not-unpaid = Această factură nu mai are nimic de plată. Poate a fost deja plătită, anulată sau trecută pe pierderi.
error-reason-required = Indicați un motiv. Va fi păstrat împreună cu factura.
error-reason-too-long = Motivul este prea lung: poate avea cel mult { $max } { $max ->
    [one] caracter
    [few] caractere
   *[other] de caractere
}.
error-not-active = Acesta este deja finalizat. Reîncărcați lista pentru a vedea starea actuală.
error-first-sign-in-needs-server = Serverul central nu poate fi contactat și nu v-ați autentificat încă pe acest calculator. Autentificați-vă aici o dată când serverul este disponibil; după aceea vă puteți autentifica aici și fără conexiune.
error-device-locked-out = Pe acest calculator s-au încercat prea multe PIN-uri greșite. Autentificarea aici este suspendată până la { $time }.
error-proof-missing = Serverul central a refuzat această modificare deoarece nu dovedește cine a făcut-o. Autentificați-vă din nou când serverul este disponibil, apoi refaceți modificarea.
error-proof-invalid = Serverul central nu a putut confirma cine a făcut această modificare pe acest calculator, așa că a refuzat-o.
error-credential-revoked = Autentificarea dumneavoastră pe acest calculator a fost retrasă (PIN-ul a fost schimbat sau IT v-a deconectat), așa că serverul central a refuzat această modificare. Autentificați-vă din nou când serverul este disponibil.
error-unsupported-change = Serverul central nu poate prelua această modificare (poate trebuie actualizat), așa că a fost pusă deoparte. Anunțați IT; nimic altceva nu este blocat.
error-restore-plate-taken = Clientul nu a fost restaurat: numărul { $plate } este acum pe alt vehicul. Nu s-a schimbat nimic.
error-not-deleted = Acest client nu mai este șters: poate că altcineva l-a restaurat deja. Nu s-a schimbat nimic.
error-delete-changed = Acest client a fost șters din nou după ce ați deschis restaurarea. Închideți fereastra și deschideți-o din nou pentru a vedea ce ar reveni.
error-merge-count = Alegeți între 2 și 5 clienți de combinat.
error-already-merged = Unul dintre acești clienți a fost deja combinat cu o altă înregistrare. Căutați din nou pentru a găsi înregistrarea rezultată.
error-merge-changed = Unul dintre acești clienți a fost modificat după ce ați deschis verificarea. Nu s-a combinat nimic: deschideți din nou verificarea pentru a vedea datele actuale.
error-server-error = Serverul central nu a putut verifica PIN-ul dumneavoastră (eroare { $status }). Încercați din nou sau anunțați IT dacă se tot întâmplă.
