# Merging duplicate customers and the duplicate suggestions: sentences worded by Rust (README M1–M10, DS1–DS5).

merge-impact = This will merge { $others ->
    [one] { $others } record
   *[other] { $others } records
} into the one you keep, moving { $vehicles ->
    [one] { $vehicles } vehicle
   *[other] { $vehicles } vehicles
}, { $workOrders ->
    [one] { $workOrders } work order
   *[other] { $workOrders } work orders
} and { $invoices ->
    [one] { $invoices } invoice
   *[other] { $invoices } invoices
} to it. Invoices keep the name they were issued to. The merged records are hidden, not erased.
merge-note-plates-kept = Both records have vehicles ({ $plates }): every vehicle is kept, each with its own plate.
merge-note-conversations-stay = { $count } open conversations stay as separate conversations.
duplicate-reason-same-phone = Same phone number
duplicate-reason-same-email = Same email address
duplicate-reason-same-plate = Same vehicle plate on both records
duplicate-reason-similar-name-same-postcode = Similar name at the same postcode
