# Garage Desk web UI (en-GB). Every id here exists in pl/ui.ftl and ro/ui.ftl too.

## App

app-title = Garage Desk
loading = Loading…
error-unexpected = Something went wrong and Garage Desk could not finish this. Try again; if it keeps happening, restart the app.
action-try-again = Try again
skip-to-content = Skip to main content

## Sign-in

sign-in-heading = Sign in to Garage Desk
sign-in-staff-legend = Who is at the desk?
sign-in-choose-hint = Choose your name to sign in.
sign-in-no-staff = No staff are set up on this computer yet. Ask the garage owner to add you.
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
customer-list-found =
    { $total ->
        [one] { $total } customer found
       *[other] { $total } customers found
    }
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
