# Garage Desk web UI (en-GB). Every id here exists in pl/ui.ftl and ro/ui.ftl too.

## App

app-title = Garage Desk
loading = Loading…
error-unexpected = Something went wrong and Garage Desk could not finish this. Try again; if it keeps happening, restart the app.
action-try-again = Try again
skip-to-content = Skip to main content

## Start-up

startup-problem-heading = Garage Desk can’t start
startup-problem-call-it = Call IT and read them the message above. You can also select it and copy it.
startup-problem-close = Close Garage Desk

## Sign-in

sign-in-heading = Sign in to Garage Desk
sign-in-staff-legend = Who is at the desk?
sign-in-choose-hint = Choose your name to sign in.
sign-in-no-staff = No staff are set up on this computer yet. Ask the garage owner to add you.
sign-in-downloading = Getting the garage from the central server… Staff appear here once they have arrived.
sign-in-not-enrolled = The central server did not accept this desk, so no staff can be shown. Ask IT to check the desk's log for the reason: most often the garage's enrolment key is not set on this PC (enrolment_key in the machine-wide settings file).
sign-in-waiting-offline = This desk cannot reach the central server yet. Staff appear here once the garage has been downloaded.
sign-in-locked = Locked
sign-in-pin-label = PIN for { $name }
sign-in-pin-missing = Enter your PIN
sign-in-submit = Sign in
sign-in-submitting = Signing in…

## Roles

role-owner = Owner
role-manager = Manager
role-service-advisor = Service advisor
role-technician = Technician

## Frame

nav-label = Main
nav-customers = Customers
search-label = Search customers
search-placeholder = Search by name, phone, email, postcode or plate
search-shortcut-hint = Ctrl K
menu-switch-user = Switch user
menu-language = Language
menu-sign-out = Sign out
language-en-GB = English (UK)
language-pl = Polski
language-ro = Română

## Customer list

customers-heading = Customers
customer-filter-label = Show customers
customer-filter-active = Active
customer-filter-deleted = Deleted
customer-list-deleted-note = Deleted customers are shown read-only. They do not appear in search or anywhere else.
customer-column-name = Name
customer-column-phone = Phone
customer-column-postcode = Postcode
customer-column-plates = Vehicles
customer-column-last-visit = Last visit
customer-column-deleted-on = Deleted on
customer-list-showing = Showing { $from }–{ $to } of { $total }
customer-list-showing-capped = Showing { $from }–{ $to } of more than { $total }
customer-list-found =
    { $total ->
        [one] { $total } customer found
       *[other] { $total } customers found
    }
customer-list-found-capped = More than { $total } customers found
customer-list-empty-search-title = No customers match “{ $text }”
customer-list-empty-search-hint = Check the spelling, or try a phone number, postcode or number plate instead. Plates can be typed with or without the space.
customer-list-empty-title = There are no customers yet
customer-list-empty-hint = Customers appear here once they are added or synced from the garage’s server.
customer-list-empty-deleted-title = There are no deleted customers
customer-list-empty-deleted-hint = Customers you delete are listed here, read-only. Switch to Active to see everyone else.
pager-label = Pages of results
pager-previous = Previous
pager-next = Next

## Customer page

customer-back-to-list = Back to customers
contact-details-label = Contact details
contact-phone = Phone
contact-email = Email
contact-address = Address
contact-postcode = Postcode
contact-none = No contact details recorded.
customer-deleted-notice-title = This customer was deleted on { $date }.
customer-deleted-notice-body = Their records are shown read-only and cannot be changed.

vehicles-heading = Vehicles
vehicles-active-count =
    { $count ->
        [one] { $count } active vehicle
       *[other] { $count } active vehicles
    }
vehicles-empty = No vehicles recorded for this customer.
vehicle-column-plate = Plate
vehicle-column-vehicle = Vehicle
vehicle-column-colour = Colour
vehicle-column-year = Year
vehicle-column-previous-plates = Previous plates
vehicle-no-plate = No plate
vehicle-inactive = Inactive

work-orders-heading = Work orders
work-orders-empty = No work orders for this customer.
work-order-column-number = Number
work-order-column-vehicle = Vehicle
work-order-column-description = Description
work-order-column-status = Status
work-order-column-created = Created
work-order-status-booked = Booked
work-order-status-in-progress = In progress
work-order-status-awaiting-parts = Awaiting parts
work-order-status-awaiting-authorisation = Awaiting authorisation
work-order-status-ready-for-collection = Ready for collection
work-order-status-completed = Completed
work-order-status-closed = Closed
work-order-status-cancelled = Cancelled

invoices-heading = Invoices
invoices-empty = No invoices for this customer.
invoice-column-number = Number
invoice-column-issued = Issued
invoice-column-total = Total
invoice-column-outstanding = Outstanding
invoice-column-status = Status
invoice-column-billed-name = Name on invoice
invoice-not-issued = Not issued
invoice-status-draft = Draft
invoice-status-issued = Issued
invoice-status-paid = Paid
invoice-status-void = Void
invoice-status-written-off = Written off

conversations-heading = Conversations
conversations-empty = No conversations with this customer.
conversation-column-channel = Channel
conversation-column-subject = Subject
conversation-column-last-message = Last message
conversation-column-status = Status
conversation-column-date = Last message at
conversation-status-open = Open
conversation-status-snoozed = Snoozed
conversation-status-closed = Closed
channel-sms = SMS
channel-email = Email

consent-heading = Consent history
consent-empty = No marketing consent has been recorded for this customer.
consent-column-date = Date
consent-column-channel = Channel
consent-column-change = Consent
consent-column-source = Source
consent-channel-sms = SMS
consent-channel-email = Email
consent-channel-post = Post
consent-channel-phone = Phone
consent-kind-given = Given
consent-kind-withdrawn = Withdrawn
consent-source-front-desk = Front desk
consent-source-phone = Phone call
consent-source-web-form = Web form
consent-source-email-link = Email link
consent-source-import = Import

## Shared actions

action-cancel = Cancel
action-close = Close

## Navigation

nav-work-orders = Work orders
nav-invoices = Invoices
nav-conversations = Conversations
nav-staff-permissions = Staff and permissions

## Deleting a customer (D1–D8). Blocker texts and the impact sentence come worded from Rust.

delete-customer-button = Delete customer
delete-already-deleted-tooltip = Customer already deleted
delete-dialog-title = Delete { $name }?
delete-checking = Checking whether this customer can be deleted…
delete-blocked-intro = This customer cannot be deleted yet. Resolve these first:
delete-blocked-changed = Something changed since this dialog opened, so nothing was deleted. This is what blocks the delete now.
delete-blocker-opens-window = (opens in a new window)
delete-blocked-hint = Each link opens the list in a new window, showing only this customer. When they are resolved, come back and click Delete customer again.
delete-already-deleted = This customer has already been deleted. No action is needed.
delete-token-label = Type { $token } to confirm
delete-running = Deleting…

## After a delete: toast and banner (D11, U1)

deleted-title = Customer deleted
deleted-body = { $name } is hidden from search and lists.
deleted-undo-over = It can no longer be undone here. If this was a mistake, an Owner can restore them from the Deleted filter of the customer list.
undo-action = Undo
undo-running = Undoing…
undo-restored-title = Customer restored
undo-restored-body = { $name } is back, with their vehicles and conversations.
undo-open-customer = Open { $name }
deleted-refused-title = Delete refused
deleted-refused-body = The central server did not delete { $name }: they are back on the customer list. The sync message says why.
banner-dismiss = Dismiss
toast-label = Notification
toast-region-label = Notifications (F8)
toast-close = Close notification
toast-undo-alt = Undo from the “Customer deleted” banner at the top of the customer list.

## Work orders, invoices and conversations lists (D5)

list-filter-legend = Show
list-filter-open-only = Open only
list-filter-unpaid-only = Unpaid only
list-filter-all = All
list-column-customer = Customer
list-column-customer-on-invoice = Name on invoice
list-column-actions = Actions
list-customer-deleted = Deleted customer
list-empty-open-hint = Nothing here needs action. Choose All to see finished ones too.
list-empty-hint = Records appear here once they are created or synced from the garage’s server.
work-orders-list-empty-open = No active work orders
work-orders-list-empty = There are no work orders yet
work-order-action-complete = Complete
work-order-action-close = Close
work-order-action-cancel = Cancel
work-order-action-done = Work order { $number } updated.
invoices-list-empty-open = No unpaid invoices
invoices-list-empty = There are no invoices yet
invoice-action-payment = Take payment
invoice-action-void = Void
invoice-action-write-off = Write off
invoice-payment-label = Amount paid on { $number }
invoice-payment-hint = In pounds, like 12.50 or £12.50. { $outstanding } is outstanding.
invoice-payment-submit = Record payment
invoice-reason-hint = The reason is kept with the invoice.
invoice-void-label = Why is { $number } being voided?
invoice-void-submit = Void invoice
invoice-write-off-label = Why is the { $outstanding } on { $number } being written off?
invoice-write-off-submit = Write off { $outstanding }
invoice-payment-done = Payment recorded on { $number }.
invoice-void-done = Invoice { $number } voided.
invoice-write-off-done = The balance of { $number } was written off.
conversations-list-empty-open = No open conversations
conversations-list-empty = There are no conversations yet
conversation-action-close = Close
conversation-closed-done = Conversation “{ $subject }” closed.

## Blocker windows (D4)

blocker-title-work-orders = Work orders — { $customer }
blocker-title-invoices = Invoices — { $customer }
blocker-title-conversations = Conversations — { $customer }
blocker-banner-label = Deleting a customer
blocker-banner = Finish resolving these, then return to complete deleting { $customer }
blocker-return = Return to customer
blocker-all-resolved = All resolved — return to the customer to finish deleting
blocker-remaining =
    { $count ->
        [one] { $count } still to resolve
       *[other] { $count } still to resolve
    }
blocker-filter-to-resolve = Still to resolve
blocker-filter-all = All, including finished
blocker-sign-in-first = Sign in from the main window, then open this list again from the delete dialog.

## Staff and permissions

staff-permissions-heading = Staff and permissions
staff-permissions-intro = Everyone gets their role’s permissions. Tick or untick a box to grant or revoke one permission for one person; the change applies at once and reaches the other desks at the next sync.
staff-permissions-column-permission = Permission
permission-customers-view = View customers
permission-customers-edit = Edit customers
permission-customers-delete = Delete customers
permission-customers-restore = Restore deleted customers
permission-customers-merge = Merge duplicate customers
permission-work-orders-complete = Complete work orders
permission-work-orders-close = Close work orders
permission-work-orders-cancel = Cancel work orders
permission-invoices-take-payment = Take payments
permission-invoices-void = Void invoices
permission-invoices-write-off = Write off invoices
permission-conversations-close = Close conversations
permission-staff-manage-permissions = Manage staff permissions
permission-source-granted = granted
permission-source-revoked = revoked
permission-reset = Reset
permission-reset-label = Reset to role default: { $permission }, { $name }

## Sync with the central server (S3, S5). Problem messages come worded from Rust.

sync-status-standalone = This desk only
sync-status-online = Online
sync-status-online-waiting =
    { $count ->
        [one] Online · { $count } waiting
       *[other] Online · { $count } waiting
    }
sync-status-syncing = Syncing
sync-status-syncing-waiting =
    { $count ->
        [one] Syncing · { $count } waiting
       *[other] Syncing · { $count } waiting
    }
sync-status-not-enrolled = Not enrolled
sync-status-offline = Offline
sync-status-offline-waiting =
    { $count ->
        [one] Offline · { $count } change waiting
       *[other] Offline · { $count } changes waiting
    }
sync-status-server-problem = Server problem
sync-status-server-problem-waiting =
    { $count ->
        [one] Server problem · { $count } change waiting
       *[other] Server problem · { $count } changes waiting
    }
sync-server-problem-hint = The central server answers with an error. Changes made here wait on this desk and are sent when it recovers. If it lasts, tell IT.
sync-not-enrolled-hint = The central server does not accept this desk: its enrolment key is missing or wrong, IT removed the desk from the server, or another desk is enrolled under this desk's id (the desk's log says which). Changes made here wait on this desk.
sync-standalone-hint = This desk works on its own, without a central server.
sync-last-sync = Last synced with the central server: { $time }
sync-never-synced = Not synced with the central server yet
sync-problems-count =
    { $count ->
        [one] { $count } unread sync problem
       *[other] { $count } unread sync problems
    }
sync-download =
    { $total ->
        [one] Downloading the garage… { $received } of { $total } record
       *[other] Downloading the garage… { $received } of { $total } records
    }
sync-download-starting = Downloading the garage…
sync-problems-banner =
    { $count ->
        [one] The central server refused a change you made
       *[other] The central server refused { $count } changes you made
    }
sync-problems-show = Show
sync-problems-title = Changes the central server refused
sync-problems-intro = Each change was undone on this desk; nothing else was lost. Newest first.
sync-problems-empty = The central server has not refused any of your changes.
sync-problem-mark-read = Mark as read
sync-problem-marking = Marking…
sync-problem-read-label = Read
sync-problems-close = Close

## Restoring a deleted customer after the undo window (README R1–R8)

customer-column-actions = Actions
restore-action = Restore
restore-action-label = Restore { $name }
restore-dialog-title = Restore { $name }?
restore-checking = Checking what can be restored…
restore-deleted-on = Deleted on { $date }
restore-plates-label = Plates that come back:
restore-left-out-heading = Left as it is:
restore-confirm-button = Restore customer
restore-running = Restoring…
restored-title = Customer restored
restored-body = { $name } is back on the customer list with { $vehicles ->
    [one] { $vehicles } vehicle
   *[other] { $vehicles } vehicles
} and { $conversations ->
    [one] { $conversations } conversation
   *[other] { $conversations } conversations
}.
restored-open-customer = Open { $name }

## Merging duplicate customers and duplicate suggestions (README M1–M10, DS1–DS5)

merge-open = Merge customers
duplicates-open = Duplicate suggestions
merge-dialog-title = Merge customers
merge-search-label = Find the records to merge (name, phone, email, postcode or plate)
merge-results-label = Matching customers
merge-picked = { $count } of 5 picked{ $count ->
    [0] .
   *[other] : { $names }
}
merge-review-button = Review fields
merge-keep-label = The record to keep
merge-keep-record = Keep this record
merge-most-history = Most history
merge-history = Vehicles { $vehicles } · Work orders { $workOrders } · Invoices { $invoices }
merge-field-name = Name
merge-field-phone = Phone
merge-field-email = Email
merge-field-address-line = Address
merge-field-town = Town
merge-field-postcode = Postcode
merge-empty = (none)
merge-agreeing = { $count ->
    [one] { $count } field is the same on every record
   *[other] { $count } fields are the same on every record
}
merge-token-label = Type { $token } to confirm
merge-confirm-button = Merge customers
merge-done = { $count ->
    [one] { $count } record was merged into { $name }.
   *[other] { $count } records were merged into { $name }.
} You can undo this for 30 seconds.
merge-undone = The merge was undone: the records are separate again.
merge-undo-button = Undo merge
merge-open-survivor = Open { $name }
customer-merged-from = The record you opened was merged into this one.
duplicates-title = Duplicate suggestions
duplicates-none = No likely duplicates. Records that share a phone, an email, a plate, or a similar name at the same postcode appear here.
duplicates-why = Why they were suggested
duplicates-dismiss = Not a duplicate
duplicates-review = Review and merge
