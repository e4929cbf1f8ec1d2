# Combinarea clienților duplicați și sugestiile de duplicate: propoziții formulate de Rust (README M1–M10, DS1–DS5).

merge-impact = Aceasta va combina { $others ->
    [one] { $others } înregistrare
    [few] { $others } înregistrări
   *[other] { $others } de înregistrări
} cu cea pe care o păstrați, mutând la aceasta { $vehicles ->
    [one] { $vehicles } vehicul
    [few] { $vehicles } vehicule
   *[other] { $vehicles } de vehicule
}, { $workOrders ->
    [one] { $workOrders } comandă de lucru
    [few] { $workOrders } comenzi de lucru
   *[other] { $workOrders } de comenzi de lucru
} și { $invoices ->
    [one] { $invoices } factură
    [few] { $invoices } facturi
   *[other] { $invoices } de facturi
}. Facturile păstrează numele pe care au fost emise. Înregistrările combinate sunt ascunse, nu șterse.
merge-note-plates-kept = Ambele înregistrări au vehicule ({ $plates }): toate vehiculele se păstrează, fiecare cu numărul său de înmatriculare.
merge-note-conversations-stay = { $count ->
    [few] { $count } conversații deschise rămân conversații separate.
   *[other] { $count } de conversații deschise rămân conversații separate.
}
duplicate-reason-same-phone = Același număr de telefon
duplicate-reason-same-email = Aceeași adresă de e-mail
duplicate-reason-same-plate = Același număr de înmatriculare pe ambele înregistrări
duplicate-reason-similar-name-same-postcode = Nume asemănător la același cod poștal
