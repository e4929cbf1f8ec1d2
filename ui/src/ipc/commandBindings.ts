// Generated from the IPC declaration (src-tauri/src/ipc/commands.rs) by src-tauri/src/bindings.rs.
// Do not edit by hand: run `UPDATE_BINDINGS=1 cargo test -p garage-desk bindings` after changing it.

import type {
  BlockerKind,
  ContactDetails,
  ConversationListRow,
  CustomerDetail,
  CustomerPage,
  CustomerQuery,
  DeleteCheck,
  DeleteResult,
  DuplicateSuggestion,
  InvoiceListRow,
  ListFilter,
  Locale,
  MergeResult,
  MergeReview,
  MergeUndoResult,
  PendingUndo,
  Permission,
  PermissionSetting,
  RestoreCheck,
  RestoreResult,
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

/** Every IPC command: its arguments as the UI sends them, and what it answers. */
export type Commands = {
  list_staff: { args: Record<string, never>; result: Array<StaffMember> };
  sign_in: { args: { staffId: string; pin: string }; result: SessionInfo };
  sign_out: { args: Record<string, never>; result: null };
  current_session: { args: Record<string, never>; result: SessionInfo | null };
  set_my_locale: { args: { locale: Locale }; result: SessionInfo };
  search_customers: { args: { query: CustomerQuery }; result: CustomerPage };
  get_customer: { args: { customerId: string }; result: CustomerDetail };
  check_delete_customer: { args: { customerId: string }; result: DeleteCheck };
  delete_customer: { args: { customerId: string; token: string }; result: DeleteResult };
  undo_delete: { args: { batchId: string }; result: UndoResult };
  pending_undo: { args: Record<string, never>; result: PendingUndo | null };
  check_restore_customer: { args: { customerId: string }; result: RestoreCheck };
  restore_customer: { args: { customerId: string; batchId: string }; result: RestoreResult };
  merge_review: { args: { customerIds: Array<string> }; result: MergeReview };
  merge_customers: { args: { survivorId: string; mergedIds: Array<string>; values: ContactDetails; token: string }; result: MergeResult };
  undo_merge: { args: { batchId: string }; result: MergeUndoResult };
  duplicate_suggestions: { args: Record<string, never>; result: Array<DuplicateSuggestion> };
  dismiss_duplicate: { args: { customerA: string; customerB: string }; result: null };
  list_work_orders: { args: { filter: ListFilter }; result: Array<WorkOrderListRow> };
  list_invoices: { args: { filter: ListFilter }; result: Array<InvoiceListRow> };
  list_conversations: { args: { filter: ListFilter }; result: Array<ConversationListRow> };
  update_work_order: { args: { workOrderId: string; action: WorkOrderAction }; result: WorkOrderListRow };
  take_payment: { args: { invoiceId: string; amount: string }; result: InvoiceListRow };
  void_invoice: { args: { invoiceId: string; reason: string }; result: InvoiceListRow };
  write_off_invoice: { args: { invoiceId: string; reason: string }; result: InvoiceListRow };
  close_conversation: { args: { conversationId: string }; result: ConversationListRow };
  open_blocker_window: { args: { customerId: string; kind: BlockerKind }; result: null };
  return_to_customer: { args: { customerId: string }; result: null };
  staff_permissions: { args: Record<string, never>; result: Array<StaffPermissions> };
  set_staff_permission: { args: { staffId: string; permission: Permission; setting: PermissionSetting }; result: StaffPermissions };
  sync_status: { args: Record<string, never>; result: SyncStatus };
  sync_problems: { args: Record<string, never>; result: Array<SyncProblem> };
  mark_sync_problem_read: { args: { problemId: string }; result: null };
  startup_state: { args: Record<string, never>; result: StartupState };
  ui_ready: { args: Record<string, never>; result: null };
};
