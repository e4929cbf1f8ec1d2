// Hand-written stand-in for the file generated from the Rust types.
// It will be overwritten by the generated bindings, which have the same shape.

export type Locale = "en-GB" | "pl" | "ro";
export type Role = "owner" | "manager" | "service_advisor" | "technician";
export type Permission = "customers.view" | "customers.edit" | "customers.delete" | "work_orders.complete" | "work_orders.close" | "work_orders.cancel" | "invoices.take_payment" | "invoices.void" | "invoices.write_off" | "conversations.close" | "staff.manage_permissions";
export type StaffMember = { id: string, displayName: string, role: Role, locale: Locale, locked: boolean, };
export type SessionInfo = { sessionId: string, user: StaffMember, permissions: Array<Permission>, };
export type CustomerFilter = "active" | "deleted";
export type CustomerQuery = { text: string, filter: CustomerFilter, page: number, pageSize: number, };
export type CustomerListRow = { id: string, name: string, phone: string | null, postcode: string | null, plates: Array<string>, lastVisit: string | null, deletedAt: string | null, };
export type CustomerPage = { rows: Array<CustomerListRow>, total: number, page: number, pageSize: number, };
export type Customer = { id: string, name: string, phone: string | null, email: string | null, addressLine: string | null, town: string | null, postcode: string | null, createdAt: string, deletedAt: string | null, };
export type Vehicle = { id: string, make: string, model: string, colour: string | null, year: number | null, active: boolean, plate: string | null, previousPlates: Array<string>, };
export type WorkOrderStatus = "booked" | "in_progress" | "awaiting_parts" | "awaiting_authorisation" | "ready_for_collection" | "completed" | "closed" | "cancelled";
export type WorkOrder = { id: string, number: string, description: string, status: WorkOrderStatus, active: boolean, vehiclePlate: string | null, vehicleLabel: string | null, createdAt: string, };
export type InvoiceStatus = "draft" | "issued" | "paid" | "void" | "written_off";
export type Invoice = { id: string, number: string, status: InvoiceStatus, issuedAt: string | null, totalPence: number, outstandingPence: number, billedName: string | null, unpaid: boolean, };
export type ConversationStatus = "open" | "snoozed" | "closed";
export type Channel = "sms" | "email";
export type Conversation = { id: string, channel: Channel, subject: string, lastMessage: string, status: ConversationStatus, lastMessageAt: string, };
export type ConsentChannel = "sms" | "email" | "post" | "phone";
export type ConsentKind = "given" | "withdrawn";
export type ConsentSource = "front_desk" | "phone" | "web_form" | "email_link" | "import";
export type ConsentEvent = { id: string, channel: ConsentChannel, kind: ConsentKind, source: ConsentSource, occurredAt: string, };
export type CustomerDetail = { customer: Customer, vehicles: Array<Vehicle>, workOrders: Array<WorkOrder>, invoices: Array<Invoice>, conversations: Array<Conversation>, consentEvents: Array<ConsentEvent>, };
export type ErrorCode = "not_signed_in" | "wrong_pin" | "locked_out" | "permission_denied" | "not_found" | "invalid_input" | "storage";
export type IpcError = { code: ErrorCode, message: string, };
