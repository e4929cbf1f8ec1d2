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
