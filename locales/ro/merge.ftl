# Combinarea clienților duplicați și sugestiile de duplicate: propoziții formulate de Rust (README M1–M10, DS1–DS5).

merge-impact = Aceasta va combina { $others ->
    [one] { $others } înregistrare
   *[other] { $others } înregistrări
} cu cea pe care o păstrați, mutând la aceasta { $vehicles ->
    [one] { $vehicles } vehicul
   *[other] { $vehicles } vehicule
}, { $workOrders ->
    [one] { $workOrders } comandă de lucru
   *[other] { $workOrders } comenzi de lucru
} și { $invoices ->
    [one] { $invoices } factură
   *[other] { $invoices } facturi
}. Facturile păstrează numele pe care au fost emise. Înregistrările combinate sunt ascunse, nu șterse.
merge-note-plates-kept = Ambele înregistrări au vehicule ({ $plates }): toate vehiculele se păstrează, fiecare cu numărul său de înmatriculare.
merge-note-conversations-stay = { $count } conversații deschise rămân conversații separate.
duplicate-reason-same-phone = Același număr de telefon
duplicate-reason-same-email = Aceeași adresă de e-mail
duplicate-reason-same-plate = Același număr de înmatriculare pe ambele înregistrări
duplicate-reason-similar-name-same-postcode = Nume asemănător la același cod poștal
