// Typed wrappers over the Tauri commands. Argument names are camelCase, as Tauri expects.
import { invoke } from "@tauri-apps/api/core";
import type {
  BlockerKind,
  ConversationListRow,
  CustomerDetail,
  CustomerPage,
  CustomerQuery,
  DeleteCheck,
  DeleteResult,
  DuplicateSuggestion,
  MergeResult,
  MergeReview,
  MergeUndoResult,
  MergeValues,
  InvoiceListRow,
  ListFilter,
  Locale,
  PendingUndo,
  RestoreCheck,
  RestoreResult,
  Permission,
  PermissionSetting,
  SessionInfo,
  StaffMember,
  StaffPermissions,
  StartupState,
  SyncProblem,
  SyncStatus,
  UndoResult,
  WorkOrderAction,
  WorkOrderListRow,
} from "./bindings";

// Start-up.

/** The language before anyone signs in, and why the desk could not start, if it could not. */
export function startupState(): Promise<StartupState> {
  return invoke<StartupState>("startup_state");
}

/** The first interactive screen is showing: Rust logs the start-up time (main window only). */
export function uiReady(): Promise<null> {
  return invoke<null>("ui_ready");
}

// Signing in.

export function listStaff(): Promise<StaffMember[]> {
  return invoke<StaffMember[]>("list_staff");
}

export function signIn(staffId: string, pin: string): Promise<SessionInfo> {
  return invoke<SessionInfo>("sign_in", { staffId, pin });
}

export function signOut(): Promise<null> {
  return invoke<null>("sign_out");
}

export function currentSession(): Promise<SessionInfo | null> {
  return invoke<SessionInfo | null>("current_session");
}

export function setMyLocale(locale: Locale): Promise<SessionInfo> {
  return invoke<SessionInfo>("set_my_locale", { locale });
}

export function searchCustomers(query: CustomerQuery): Promise<CustomerPage> {
  return invoke<CustomerPage>("search_customers", { query });
}

export function getCustomer(customerId: string): Promise<CustomerDetail> {
  return invoke<CustomerDetail>("get_customer", { customerId });
}

// Deleting a customer (D2–D13) and undo (U1–U6).

export function checkDeleteCustomer(customerId: string): Promise<DeleteCheck> {
  return invoke<DeleteCheck>("check_delete_customer", { customerId });
}

export function deleteCustomer(customerId: string, token: string): Promise<DeleteResult> {
  return invoke<DeleteResult>("delete_customer", { customerId, token });
}

export function undoDelete(batchId: string): Promise<UndoResult> {
  return invoke<UndoResult>("undo_delete", { batchId });
}

/** The newest undo this session may still do, with the time left on Rust's clock. */
export function pendingUndo(): Promise<PendingUndo | null> {
  return invoke<PendingUndo | null>("pending_undo");
}

// Restoring a deleted customer after the undo window (README R1–R8).

/** What restoring the customer's current delete would put back, or why it cannot. */
export function checkRestoreCustomer(customerId: string): Promise<RestoreCheck> {
  return invoke<RestoreCheck>("check_restore_customer", { customerId });
}

/** M1–M5: the review of 2–5 customers, worded by Rust. */
export function mergeReview(customerIds: string[]): Promise<MergeReview> {
  return invoke<MergeReview>("merge_review", { customerIds });
}

/** M3–M9: merges the others into the survivor, keeping the picked values; Rust checks the token. */
export function mergeCustomers(
  survivorId: string,
  mergedIds: string[],
  values: MergeValues,
  token: string,
): Promise<MergeResult> {
  return invoke<MergeResult>("merge_customers", { survivorId, mergedIds, values, token });
}

/** M7: undoes a merge within its 30 seconds, in the session that made it. */
export function undoMerge(batchId: string): Promise<MergeUndoResult> {
  return invoke<MergeUndoResult>("undo_merge", { batchId });
}

/** DS1–DS3: the likely duplicate pairs, strongest first. */
export function duplicateSuggestions(): Promise<DuplicateSuggestion[]> {
  return invoke<DuplicateSuggestion[]>("duplicate_suggestions");
}

/** DS4: "Not a duplicate", for good. */
export function dismissDuplicate(customerA: string, customerB: string): Promise<null> {
  return invoke<null>("dismiss_duplicate", { customerA, customerB });
}

/** Restores the customer from the delete the check named. */
export function restoreCustomer(customerId: string, batchId: string): Promise<RestoreResult> {
  return invoke<RestoreResult>("restore_customer", { customerId, batchId });
}

// The lists that resolve blockers, and their row actions (D4, D5).

export function listWorkOrders(filter: ListFilter): Promise<WorkOrderListRow[]> {
  return invoke<WorkOrderListRow[]>("list_work_orders", { filter });
}

export function listInvoices(filter: ListFilter): Promise<InvoiceListRow[]> {
  return invoke<InvoiceListRow[]>("list_invoices", { filter });
}

export function listConversations(filter: ListFilter): Promise<ConversationListRow[]> {
  return invoke<ConversationListRow[]>("list_conversations", { filter });
}

export function updateWorkOrder(workOrderId: string, action: WorkOrderAction): Promise<WorkOrderListRow> {
  return invoke<WorkOrderListRow>("update_work_order", { workOrderId, action });
}

/** `amount` is the text as typed ("12.50" or "£12.50"); Rust parses it. */
export function takePayment(invoiceId: string, amount: string): Promise<InvoiceListRow> {
  return invoke<InvoiceListRow>("take_payment", { invoiceId, amount });
}

export function voidInvoice(invoiceId: string, reason: string): Promise<InvoiceListRow> {
  return invoke<InvoiceListRow>("void_invoice", { invoiceId, reason });
}

export function writeOffInvoice(invoiceId: string, reason: string): Promise<InvoiceListRow> {
  return invoke<InvoiceListRow>("write_off_invoice", { invoiceId, reason });
}

export function closeConversation(conversationId: string): Promise<ConversationListRow> {
  return invoke<ConversationListRow>("close_conversation", { conversationId });
}

// Windows.

/** Rust opens (or brings forward) the blocker window of this kind for this customer. */
export function openBlockerWindow(customerId: string, kind: BlockerKind): Promise<null> {
  return invoke<null>("open_blocker_window", { customerId, kind });
}

/** Rust brings the main window forward and tells it to show this customer ("show-customer"). */
export function returnToCustomer(customerId: string): Promise<null> {
  return invoke<null>("return_to_customer", { customerId });
}

// Staff and permissions (Owners).

export function staffPermissions(): Promise<StaffPermissions[]> {
  return invoke<StaffPermissions[]>("staff_permissions");
}

export function setStaffPermission(
  staffId: string,
  permission: Permission,
  setting: PermissionSetting,
): Promise<StaffPermissions> {
  return invoke<StaffPermissions>("set_staff_permission", { staffId, permission, setting });
}

// Sync with the central server (S3, S5).

/** Connection, waiting changes, download progress; works before sign-in (unread problems need a user). */
export function syncStatus(): Promise<SyncStatus> {
  return invoke<SyncStatus>("sync_status");
}

/** The signed-in user's sync problems, newest first, each message already worded in their language. */
export function syncProblems(): Promise<SyncProblem[]> {
  return invoke<SyncProblem[]>("sync_problems");
}

export function markSyncProblemRead(problemId: string): Promise<null> {
  return invoke<null>("mark_sync_problem_read", { problemId });
}
