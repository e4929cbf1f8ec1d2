# Restoring a deleted customer after the undo window: the dialog's sentences, worded by Rust (README R2–R4).

restore-impact = This will bring back this customer, { $vehicles ->
    [one] { $vehicles } vehicle
   *[other] { $vehicles } vehicles
} and { $conversations ->
    [one] { $conversations } conversation
   *[other] { $conversations } conversations
}, as they were before the delete. Work orders, invoices and consent history stayed on file all along and do not change.
restore-blocked-plate = This customer cannot be restored: plate { $plate } is now on another vehicle. Nothing has been changed. If the plate should come back to this customer, take it off that vehicle first.
restore-left-out-vehicle-moved = { $vehicle } is on another customer’s record now and stays there.
restore-left-out-vehicle-changed = { $vehicle } was changed after the delete and stays as it is.
restore-left-out-plate-changed = Plate { $plate } was changed after the delete and stays as it is.
restore-left-out-conversation-changed = The conversation “{ $subject }” was changed after the delete and stays as it is.
