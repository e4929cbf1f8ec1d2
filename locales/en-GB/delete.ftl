# The delete dialog's sentences, worded by Rust from the pre-flight check (D3, D6).

delete-blocker-work-orders = { $count ->
    [one] { $count } active work order
   *[other] { $count } active work orders
}
delete-blocker-work-orders-including = { $workOrders } (including { $onPlate } on { $plate })
delete-blocker-invoices = { $count ->
    [one] { $count } unpaid invoice totalling { $total }
   *[other] { $count } unpaid invoices totalling { $total }
}
delete-blocker-conversations = { $count ->
    [one] { $count } active conversation
   *[other] { $count } active conversations
}
delete-impact = This will hide this customer, { $vehicles ->
    [one] { $vehicles } vehicle
   *[other] { $vehicles } vehicles
}, and { $conversations ->
    [one] { $conversations } closed conversation
   *[other] { $conversations } closed conversations
}. Historical work orders and paid invoices stay on file.
blocker-window-title-work-orders = Work orders — { $customer }
blocker-window-title-invoices = Invoices — { $customer }
blocker-window-title-conversations = Conversations — { $customer }
