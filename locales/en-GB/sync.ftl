# What the sync with the central server tells people (S3, S5), worded by Rust.

sync-problem-delete-blocked = The central server did not delete { $customer }: { $blockers }. { $customer } is back on the customer list; resolve these, then delete again.
sync-problem-rejected = The central server refused a change you made: { $reason } It has been undone on this desk.
sync-reason-rate-limited = Rate limited - too many deletes this hour.
sync-reason-amount-too-large = The amount was more than was outstanding.
sync-reason-plate-taken = A released plate was already on another vehicle.
sync-reason-delete-blocked = The customer still had open work, unpaid invoices or active conversations.
sync-reason-server-error = The central server failed while checking it.
sync-problem-restore-refused = The central server did not restore { $customer }: { $reason } { $customer } is back under Deleted on this desk.
sync-reason-restore-plate-taken = Plate { $plate } is on another vehicle on the server.
sync-problem-merge-refused = The central server did not merge { $customers }: { $reason } The records are separate again on this desk.
sync-problem-not-put-back = Some of it could not be put back on this desk as the central server holds it: { $rows }. Tell support; they can see what in the audit log.
sync-not-put-back-registration = the registration { $plate }
sync-not-put-back-row = a record in { $table }
