// The Tauri commands, typed by the generated `Commands` map (commandBindings.ts, from the Rust
// declaration in src-tauri/src/ipc/commands.rs): a wrong command name, argument name or argument
// type fails the type-check, and each answer has its Rust type. Arguments are camelCase.
import { invoke, type InvokeArgs } from "@tauri-apps/api/core";
import type {
  BlockerKind,
  CustomerQuery,
  ListFilter,
  Locale,
  ContactDetails,
  Permission,
  PermissionSetting,
  WorkOrderAction,
} from "./bindings";
import type { Commands } from "./commandBindings";

export type CommandName = keyof Commands;
export type CommandArgs<C extends CommandName> = Commands[C]["args"];
export type CommandResult<C extends CommandName> = Commands[C]["result"];
/** A command's arguments as `call` takes them: none, or the one object Tauri reads them from. */
type ArgumentList<C extends CommandName> = CommandArgs<C> extends Record<string, never> ? [] : [args: CommandArgs<C>];

/** Calls a Rust command; a refusal rejects with its `IpcError` (see ipcError.ts). */
export function call<C extends CommandName>(command: C, ...args: ArgumentList<C>): Promise<CommandResult<C>> {
  return invoke<CommandResult<C>>(command, ...(args as [InvokeArgs?]));
}

// Start-up.

/** The language before anyone signs in, and why the desk could not start, if it could not. */
export function startupState() {
  return call("startup_state");
}

/** The first interactive screen is showing: Rust logs the start-up time (main window only). */
export function uiReady() {
  return call("ui_ready");
}

// Signing in.

export function listStaff() {
  return call("list_staff");
}

export function signIn(staffId: string, pin: string) {
  return call("sign_in", { staffId, pin });
}

export function signOut() {
  return call("sign_out");
}

export function currentSession() {
  return call("current_session");
}

export function setMyLocale(locale: Locale) {
  return call("set_my_locale", { locale });
}

export function searchCustomers(query: CustomerQuery) {
  return call("search_customers", { query });
}

export function getCustomer(customerId: string) {
  return call("get_customer", { customerId });
}

// Deleting a customer (D2–D13) and undo (U1–U6).

export function checkDeleteCustomer(customerId: string) {
  return call("check_delete_customer", { customerId });
}

export function deleteCustomer(customerId: string, token: string) {
  return call("delete_customer", { customerId, token });
}

export function undoDelete(batchId: string) {
  return call("undo_delete", { batchId });
}

/** The newest undo this session may still do, with the time left on Rust's clock. */
export function pendingUndo() {
  return call("pending_undo");
}

// Restoring a deleted customer after the undo window (README R1–R8).

/** What restoring the customer's current delete would put back, or why it cannot. */
export function checkRestoreCustomer(customerId: string) {
  return call("check_restore_customer", { customerId });
}

/** M1–M5: the review of 2–5 customers, worded by Rust. */
export function mergeReview(customerIds: string[]) {
  return call("merge_review", { customerIds });
}

/** M3–M9: merges the others into the survivor, keeping the picked values; Rust checks the token. */
export function mergeCustomers(
  survivorId: string,
  mergedIds: string[],
  values: ContactDetails,
  token: string,
) {
  return call("merge_customers", { survivorId, mergedIds, values, token });
}

/** M7: undoes a merge within its 30 seconds, in the session that made it. */
export function undoMerge(batchId: string) {
  return call("undo_merge", { batchId });
}

/** DS1–DS3: the likely duplicate pairs, strongest first. */
export function duplicateSuggestions() {
  return call("duplicate_suggestions");
}

/** DS4: "Not a duplicate", for good. */
export function dismissDuplicate(customerA: string, customerB: string) {
  return call("dismiss_duplicate", { customerA, customerB });
}

/** Restores the customer from the delete the check named. */
export function restoreCustomer(customerId: string, batchId: string) {
  return call("restore_customer", { customerId, batchId });
}

// The lists that resolve blockers, and their row actions (D4, D5).

export function listWorkOrders(filter: ListFilter) {
  return call("list_work_orders", { filter });
}

export function listInvoices(filter: ListFilter) {
  return call("list_invoices", { filter });
}

export function listConversations(filter: ListFilter) {
  return call("list_conversations", { filter });
}

export function updateWorkOrder(workOrderId: string, action: WorkOrderAction) {
  return call("update_work_order", { workOrderId, action });
}

/** `amount` is the text as typed ("12.50" or "£12.50"); Rust parses it. */
export function takePayment(invoiceId: string, amount: string) {
  return call("take_payment", { invoiceId, amount });
}

export function voidInvoice(invoiceId: string, reason: string) {
  return call("void_invoice", { invoiceId, reason });
}

export function writeOffInvoice(invoiceId: string, reason: string) {
  return call("write_off_invoice", { invoiceId, reason });
}

export function closeConversation(conversationId: string) {
  return call("close_conversation", { conversationId });
}

// Windows.

/** Rust opens (or brings forward) the blocker window of this kind for this customer. */
export function openBlockerWindow(customerId: string, kind: BlockerKind) {
  return call("open_blocker_window", { customerId, kind });
}

/** Rust brings the main window forward and tells it to show this customer ("show-customer"). */
export function returnToCustomer(customerId: string) {
  return call("return_to_customer", { customerId });
}

// Staff and permissions (Owners).

export function staffPermissions() {
  return call("staff_permissions");
}

export function setStaffPermission(
  staffId: string,
  permission: Permission,
  setting: PermissionSetting,
) {
  return call("set_staff_permission", { staffId, permission, setting });
}

// Sync with the central server (S3, S5).

/** Connection, waiting changes, download progress; works before sign-in (unread problems need a user). */
export function syncStatus() {
  return call("sync_status");
}

/** The signed-in user's sync problems, newest first, each message already worded in their language. */
export function syncProblems() {
  return call("sync_problems");
}

export function markSyncProblemRead(problemId: string) {
  return call("mark_sync_problem_read", { problemId });
}
