# Frazele dialogului de ștergere, formulate de Rust din verificarea preliminară (D3, D6).

delete-blocker-work-orders = { $count ->
    [one] { $count } comandă de lucru activă
    [few] { $count } comenzi de lucru active
   *[other] { $count } de comenzi de lucru active
}
delete-blocker-work-orders-including = { $workOrders } (dintre care { $onPlate } pentru { $plate })
delete-blocker-invoices = { $count ->
    [one] { $count } factură neplătită în valoare totală de { $total }
    [few] { $count } facturi neplătite în valoare totală de { $total }
   *[other] { $count } de facturi neplătite în valoare totală de { $total }
}
delete-blocker-conversations = { $count ->
    [one] { $count } conversație activă
    [few] { $count } conversații active
   *[other] { $count } de conversații active
}
delete-impact = Vor fi ascunși acest client, { $vehicles ->
    [one] { $vehicles } vehicul
    [few] { $vehicles } vehicule
   *[other] { $vehicles } de vehicule
} și { $conversations ->
    [one] { $conversations } conversație închisă
    [few] { $conversations } conversații închise
   *[other] { $conversations } de conversații închise
}. Comenzile de lucru istorice și facturile plătite rămân în evidență.
blocker-window-title-work-orders = Comenzi de lucru — { $customer }
blocker-window-title-invoices = Facturi — { $customer }
blocker-window-title-conversations = Conversații — { $customer }
