# Zdania okna usuwania, układane przez Rust na podstawie kontroli wstępnej (D3, D6).

delete-blocker-work-orders = { $count ->
    [one] { $count } aktywne zlecenie
    [few] { $count } aktywne zlecenia
   *[many] { $count } aktywnych zleceń
}
delete-blocker-work-orders-including = { $workOrders } (w tym { $onPlate } dla { $plate })
delete-blocker-invoices = { $count ->
    [one] { $count } nieopłacona faktura na łączną kwotę { $total }
    [few] { $count } nieopłacone faktury na łączną kwotę { $total }
   *[many] { $count } nieopłaconych faktur na łączną kwotę { $total }
}
delete-blocker-conversations = { $count ->
    [one] { $count } aktywna rozmowa
    [few] { $count } aktywne rozmowy
   *[many] { $count } aktywnych rozmów
}
delete-impact = Zostanie ukryty ten klient, { $vehicles ->
    [one] { $vehicles } pojazd
    [few] { $vehicles } pojazdy
   *[many] { $vehicles } pojazdów
} oraz { $conversations ->
    [one] { $conversations } zamknięta rozmowa
    [few] { $conversations } zamknięte rozmowy
   *[many] { $conversations } zamkniętych rozmów
}. Historyczne zlecenia i opłacone faktury pozostają w archiwum.
blocker-window-title-work-orders = Zlecenia — { $customer }
blocker-window-title-invoices = Faktury — { $customer }
blocker-window-title-conversations = Rozmowy — { $customer }
