# Messages that Rust returns to the user (errors cross IPC as { code, message }).

error-not-signed-in = Please sign in again to continue.
error-wrong-pin = That PIN is not right. { $attempts ->
    [0] This account is now locked for a few minutes.
    [one] You have { $attempts } more try before the account is locked.
   *[other] You have { $attempts } more tries before the account is locked.
}
error-locked-out = Too many wrong PINs. This account is locked until { $time }. Ask a manager if you need in sooner.
error-permission-denied = You do not have permission to do that. Ask an Owner to grant it.
error-not-found = That record could not be found. It may have been deleted or moved.
error-invalid-input = Something in that request was not valid. Check it and try again.
error-storage = The local data could not be read or saved. Restart Garage Desk; if this keeps happening, contact IT.
error-internal = Something went wrong inside Garage Desk, and nothing was changed. Try again; if it keeps happening, tell IT (the desk's log has the details).
error-wrong-token = Type { $token } exactly, in capital letters, to confirm.
error-rate-limited = Rate limited - too many deletes this hour. You can delete again at { $time }.
error-already-deleted = This customer has already been deleted. No action is needed.
error-undo-expired = It is too late to undo: the 30 seconds have passed. An Owner can restore this customer from the Deleted filter of the customer list. Contact support if no one here can.
error-undo-not-allowed = Only the person who deleted this customer, in the same sign-in, can undo it.
error-plate-taken = Undo did not happen: plate { $plate } is now on another vehicle. Nothing was restored.
error-invalid-amount = Enter an amount in pounds and pence, like 12.50.
error-amount-too-large = That is more than the { $outstanding } outstanding.
error-invoice-not-unpaid = This invoice has nothing left to pay. It may have been paid, voided or written off already.
error-reason-required = Give a reason. It is kept with the invoice.
error-reason-too-long = That reason is too long: keep it to { $max } characters or fewer.
error-not-active = This is already finished. Reload the list to see its current state.
error-first-sign-in-needs-server = The central server cannot be reached, and you have not signed in on this desk before. Sign in here once while it is online; after that you can sign in here offline too.
error-device-locked-out = Too many wrong PINs have been tried on this desk. Sign-in here is paused until { $time }.
error-proof-missing = The central server refused this change because it carries no proof of who made it. Sign in again while the server can be reached, then make the change again.
error-proof-invalid = The central server could not confirm who made this change on this desk, so it refused it.
error-credential-revoked = Your sign-in on this desk was withdrawn (your PIN was changed, or IT signed you out), so the central server refused this change. Sign in again while the server can be reached.
error-unsupported-change = The central server cannot take this change (it may need updating), so it was set aside. Tell IT; nothing else is held up.
error-restore-plate-taken = The customer was not restored: plate { $plate } is now on another vehicle. Nothing has been changed.
error-not-deleted = This customer is not deleted any more: someone may have restored them already. Nothing has been changed.
error-delete-changed = This customer was deleted again after you opened Restore. Close it and open Restore again to see what would come back.
error-merge-count = Choose between 2 and 5 customers to merge.
error-already-merged = One of these customers has already been merged into another record. Search again to find the record they became.
error-merge-changed = One of these customers was changed after you opened the review. Nothing has been merged: open the review again to see the current details.
error-server-error = The central server could not check your PIN (error { $status }). Try again, or tell IT if it keeps happening.
