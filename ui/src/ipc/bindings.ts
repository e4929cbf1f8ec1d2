// Generated from the Rust types by src-tauri/src/bindings.rs. Do not edit by hand:
// run `UPDATE_BINDINGS=1 cargo test -p garage-desk bindings` after changing them.

export type Blocker = { kind: BlockerKind, count: number, text: string, };
export type BlockerKind = "work_orders" | "invoices" | "conversations";
export type Channel = "sms" | "email";
export type ConsentChannel = "sms" | "email" | "post" | "phone";
export type ConsentEvent = { id: string, channel: ConsentChannel, kind: ConsentKind, source: ConsentSource, occurredAt: string, };
export type ConsentKind = "given" | "withdrawn";
export type ConsentSource = "front_desk" | "phone" | "web_form" | "email_link" | "import";
export type ContactDetails = { name: string, phone: string | null, email: string | null, addressLine: string | null, town: string | null, postcode: string | null, };
export type Conversation = { id: string, channel: Channel, subject: string, lastMessage: string, status: ConversationStatus, lastMessageAt: string, };
export type ConversationListRow = { id: string, channel: Channel, subject: string, lastMessage: string, status: ConversationStatus, lastMessageAt: string, customerId: string, 
/**
 * The name at issue: an invoice's billed name where the row has one, else today's name.
 */
customerName: string, customerDeleted: boolean, };
export type ConversationStatus = "open" | "snoozed" | "closed";
export type Customer = { id: string, createdAt: string, deletedAt: string | null, name: string, phone: string | null, email: string | null, addressLine: string | null, town: string | null, postcode: string | null, };
export type CustomerDetail = { customer: Customer, 
/**
 * M6: the customer that was asked for, when it was merged into this one.
 */
mergedFrom: string | null, vehicles: Array<Vehicle>, workOrders: Array<WorkOrder>, invoices: Array<Invoice>, conversations: Array<Conversation>, consentEvents: Array<ConsentEvent>, };
export type CustomerFilter = "active" | "deleted";
export type CustomerListRow = { id: string, name: string, phone: string | null, postcode: string | null, 
/**
 * Current plates of the customer's vehicles, formatted ("AB12 CDE").
 */
plates: Array<string>, 
/**
 * UTC, RFC 3339: when the newest work order was opened.
 */
lastVisit: string | null, deletedAt: string | null, };
export type CustomerPage = { rows: Array<CustomerListRow>, 
/**
 * How many customers match, at most `COUNT_CAP`.
 */
total: number, 
/**
 * More than `total` customers match: the list says "more than 1,000" and pages on while pages are full.
 */
totalCapped: boolean, page: number, pageSize: number, };
export type CustomerQuery = { text: string, filter: CustomerFilter, 
/**
 * 0-based.
 */
page: number, pageSize: number, };
export type DeleteCheck = { customerId: string, customerName: string, state: DeleteState, 
/**
 * Empty unless blocked.
 */
blockers: Array<Blocker>, 
/**
 * Active vehicles the delete hides.
 */
vehicles: number, 
/**
 * Open and snoozed conversations the delete closes.
 */
closedConversations: number, 
/**
 * D6's sentence, in the user's language (empty unless confirm).
 */
impact: string, 
/**
 * The token this user must type: DELETE, USUŃ or ȘTERGE (D7).
 */
token: string, };
export type DeleteOutcome = "deleted" | "blocked";
export type DeleteResult = { outcome: DeleteOutcome, 
/**
 * Set when deleted.
 */
undo: PendingUndo | null, 
/**
 * Set when blocked: the new blocker list for the dialog.
 */
check: DeleteCheck | null, };
export type DeleteState = "blocked" | "confirm" | "already_deleted";
export type DownloadProgress = { received: number, total: number, };
export type DuplicateReason = "same_phone" | "same_email" | "same_plate" | "similar_name_same_postcode";
export type DuplicateSide = { id: string, name: string, phone: string | null, postcode: string | null, history: HistoryCounts, };
export type DuplicateSuggestion = { a: DuplicateSide, b: DuplicateSide, reasons: Array<DuplicateReason>, 
/**
 * The reasons worded for the user, one line each.
 */
why: Array<string>, };
export type ErrorCode = "not_signed_in" | "wrong_pin" | "locked_out" | "permission_denied" | "not_found" | "invalid_input" | "storage" | "wrong_token" | "rate_limited" | "already_deleted" | "undo_expired" | "undo_not_allowed" | "plate_taken" | "invalid_amount" | "amount_too_large" | "invoice_not_unpaid" | "reason_required" | "reason_too_long" | "not_active" | "delete_blocked" | "not_deleted" | "delete_changed" | "merge_count" | "already_merged" | "merge_changed" | "first_sign_in_needs_server" | "device_locked_out" | "proof_missing" | "proof_invalid" | "credential_revoked" | "unsupported_change" | "internal" | "settings_invalid" | "data_folder_unavailable" | "server_error";
export type FieldReview = { field: MergeField, 
/**
 * Every record holds the same value (the review collapses it).
 */
agree: boolean, 
/**
 * The record whose value is pre-selected: the survivor's, or the first record that has one.
 */
preselectedFrom: string, };
export type HistoryCounts = { vehicles: number, workOrders: number, invoices: number, conversations: number, consentEvents: number, };
export type Invoice = { id: string, number: string, status: InvoiceStatus, issuedAt: string | null, totalPence: number, outstandingPence: number, 
/**
 * The customer's name as it was when the invoice was issued.
 */
billedName: string | null, 
/**
 * Issued with something still outstanding (part-paid included): blocks a delete.
 */
unpaid: boolean, };
export type InvoiceListRow = { id: string, number: string, status: InvoiceStatus, issuedAt: string | null, totalPence: number, outstandingPence: number, 
/**
 * The customer's name as it was when the invoice was issued.
 */
billedName: string | null, 
/**
 * Issued with something still outstanding (part-paid included): blocks a delete.
 */
unpaid: boolean, customerId: string, 
/**
 * The name at issue: an invoice's billed name where the row has one, else today's name.
 */
customerName: string, customerDeleted: boolean, };
export type InvoiceStatus = "draft" | "issued" | "paid" | "void" | "written_off";
export type IpcError = { code: ErrorCode, message: string, };
export type LeftOut = { kind: LeftOutKind, text: string, };
export type LeftOutKind = "vehicle_moved" | "vehicle_changed" | "plate_changed" | "conversation_changed";
export type ListFilter = { 
/**
 * One customer's rows (deleted customers included), or the whole garage's newest.
 */
customerId: string | null, 
/**
 * Only what blocks a delete: active work orders, unpaid invoices, open conversations.
 */
onlyOpen: boolean, };
export type Locale = "en-GB" | "pl" | "ro";
export type MergeField = "name" | "phone" | "email" | "address_line" | "town" | "postcode";
export type MergeRecord = { id: string, values: ContactDetails, 
/**
 * UTC, RFC 3339.
 */
createdAt: string, history: HistoryCounts, 
/**
 * Current plates of its vehicles, formatted.
 */
plates: Array<string>, };
export type MergeResult = { survivorId: string, survivorName: string, 
/**
 * How many records were merged into the survivor.
 */
merged: number, undo: PendingMergeUndo | null, };
export type MergeReview = { records: Array<MergeRecord>, fields: Array<FieldReview>, 
/**
 * M2: the record with most history (the oldest when tied).
 */
survivorId: string, 
/**
 * What the merge does with things both records have, in the user's language (M5).
 */
notes: Array<string>, 
/**
 * The sentence of what will happen, in the user's language.
 */
impact: string, 
/**
 * The word to type to confirm, in the user's language (M9).
 */
token: string, };
export type MergeUndoResult = { survivorId: string, survivorName: string, };
export type PendingMergeUndo = { batchId: string, survivorId: string, survivorName: string, remainingMs: number, };
export type PendingUndo = { batchId: string, customerId: string, customerName: string, 
/**
 * Milliseconds left on Rust's monotonic clock when this was read.
 */
remainingMs: number, };
export type Permission = "customers.view" | "customers.edit" | "customers.delete" | "customers.restore" | "customers.merge" | "work_orders.complete" | "work_orders.close" | "work_orders.cancel" | "invoices.take_payment" | "invoices.void" | "invoices.write_off" | "conversations.close" | "staff.manage_permissions";
export type PermissionSetting = "grant" | "revoke" | "role_default";
export type PermissionSource = "role" | "granted" | "revoked" | "not_in_role";
export type PermissionState = { permission: Permission, held: boolean, source: PermissionSource, };
export type RestoreCheck = { customerId: string, customerName: string, 
/**
 * The delete this restore puts back: the restore command must name it (R8).
 */
batchId: string, 
/**
 * UTC, RFC 3339: when the delete was made.
 */
deletedAt: string, state: RestoreState, 
/**
 * Vehicles that come back.
 */
vehicles: number, 
/**
 * Their plates, formatted ("AB12 CDE").
 */
plates: Array<string>, 
/**
 * Conversations that go back to open or snoozed.
 */
conversations: number, 
/**
 * The sentence of what comes back (confirm), or why nothing can (plate taken), in the
 * user's language.
 */
impact: string, 
/**
 * What will not come back, one line each (R4).
 */
leftOut: Array<LeftOut>, };
export type RestoreResult = { customerId: string, customerName: string, vehicles: number, conversations: number, 
/**
 * What the delete changed that the restore left as it is (R4).
 */
leftOut: Array<LeftOut>, };
export type RestoreState = "confirm" | "plate_taken";
export type Role = "owner" | "manager" | "service_advisor" | "technician";
export type SessionInfo = { sessionId: string, user: StaffMember, permissions: Array<Permission>, };
export type StaffMember = { id: string, displayName: string, role: Role, locale: Locale, 
/**
 * Locked out after too many wrong PINs, at the time of reading.
 */
locked: boolean, };
export type StaffPermissions = { staff: StaffMember, permissions: Array<PermissionState>, };
export type StartupState = { 
/**
 * The language before anyone signs in.
 */
defaultLocale: Locale, 
/**
 * Why the desk could not start (a settings file or the data folder), if it could not.
 */
problem: IpcError | null, };
export type SyncConnection = "standalone" | "online" | "syncing" | "offline" | "not_enrolled" | "server_problem";
export type SyncProblem = { id: string, occurredAt: string, message: string, read: boolean, };
export type SyncStatus = { connection: SyncConnection, 
/**
 * Local changes waiting for the server.
 */
waiting: number, 
/**
 * UTC, RFC 3339: when a push and pull last completed.
 */
lastSync: string | null, 
/**
 * Set during the initial download.
 */
download: DownloadProgress | null, 
/**
 * The signed-in user's unread sync problems.
 */
unreadProblems: number, };
export type UndoResult = { customerId: string, customerName: string, };
export type Vehicle = { id: string, make: string, model: string, colour: string | null, year: number | null, active: boolean, 
/**
 * The current plate, formatted.
 */
plate: string | null, previousPlates: Array<string>, };
export type WorkOrder = { id: string, number: string, description: string, status: WorkOrderStatus, active: boolean, vehiclePlate: string | null, 
/**
 * "Ford Focus".
 */
vehicleLabel: string | null, createdAt: string, };
export type WorkOrderAction = "complete" | "close" | "cancel";
export type WorkOrderListRow = { id: string, number: string, description: string, status: WorkOrderStatus, active: boolean, vehiclePlate: string | null, 
/**
 * "Ford Focus".
 */
vehicleLabel: string | null, createdAt: string, customerId: string, 
/**
 * The name at issue: an invoice's billed name where the row has one, else today's name.
 */
customerName: string, customerDeleted: boolean, };
export type WorkOrderStatus = "booked" | "in_progress" | "awaiting_parts" | "awaiting_authorisation" | "ready_for_collection" | "completed" | "closed" | "cancelled";
