// Every IPC command the UI may call, declared once (issue 13): its name, its arguments and their
// types, what it answers, and which windows may call it. From this list come the commands Tauri
// registers, the app manifest (build.rs includes this file), the capability files and the
// TypeScript `Commands` map (`src/bindings.rs` writes those; a test fails when they are stale).
//
// `feature { kind name(argument: Type, …) -> Answer, [windows]; }`: the module `feature`
// implements `name` (see `declare.rs`):
//   desk  `fn name(&Desk, arguments…) -> IpcResult<Answer>`, run on the blocking pool;
//   app   `async fn name(AppHandle<R>, arguments…) -> IpcResult<Answer>`.
// Arguments are camelCase on the wire; a refusal is `{ code, message }` (`IpcError`).
// Windows: `Main`, and `Blockers`, the blocker windows (D4); see `capabilities.rs`.

declare_commands! {
    staff {
        desk list_staff() -> Vec<StaffMember>, [Main];
        app sign_in(staff_id: Uuid, pin: String) -> SessionInfo, [Main];
        desk sign_out() -> (), [Main];
        desk current_session() -> Option<SessionInfo>, [Main, Blockers];
        desk set_my_locale(locale: Locale) -> SessionInfo, [Main];
    }
    customers {
        desk search_customers(query: CustomerQuery) -> CustomerPage, [Main];
        desk get_customer(customer_id: Uuid) -> CustomerDetail, [Main, Blockers];
    }
    delete {
        desk check_delete_customer(customer_id: Uuid) -> DeleteCheck, [Main];
        desk delete_customer(customer_id: Uuid, token: String) -> DeleteResult, [Main];
        desk undo_delete(batch_id: Uuid) -> UndoResult, [Main];
        desk pending_undo() -> Option<PendingUndo>, [Main];
    }
    restore {
        desk check_restore_customer(customer_id: Uuid) -> RestoreCheck, [Main];
        desk restore_customer(customer_id: Uuid, batch_id: Uuid) -> RestoreResult, [Main];
    }
    merge {
        desk merge_review(customer_ids: Vec<Uuid>) -> MergeReview, [Main];
        desk merge_customers(survivor_id: Uuid, merged_ids: Vec<Uuid>, values: ContactDetails, token: String)
            -> MergeResult, [Main];
        desk undo_merge(batch_id: Uuid) -> MergeUndoResult, [Main];
        desk duplicate_suggestions() -> Vec<DuplicateSuggestion>, [Main];
        desk dismiss_duplicate(customer_a: Uuid, customer_b: Uuid) -> (), [Main];
    }
    resolve {
        desk list_work_orders(filter: ListFilter) -> Vec<WorkOrderListRow>, [Main, Blockers];
        desk list_invoices(filter: ListFilter) -> Vec<InvoiceListRow>, [Main, Blockers];
        desk list_conversations(filter: ListFilter) -> Vec<ConversationListRow>, [Main, Blockers];
        desk update_work_order(work_order_id: Uuid, action: WorkOrderAction) -> WorkOrderListRow, [Main, Blockers];
        desk take_payment(invoice_id: Uuid, amount: String) -> InvoiceListRow, [Main, Blockers];
        desk void_invoice(invoice_id: Uuid, reason: String) -> InvoiceListRow, [Main, Blockers];
        desk write_off_invoice(invoice_id: Uuid, reason: String) -> InvoiceListRow, [Main, Blockers];
        desk close_conversation(conversation_id: Uuid) -> ConversationListRow, [Main, Blockers];
    }
    windows {
        app open_blocker_window(customer_id: Uuid, kind: BlockerKind) -> (), [Main];
        app return_to_customer(customer_id: Uuid) -> (), [Blockers];
    }
    staff::admin {
        desk staff_permissions() -> Vec<StaffPermissions>, [Main];
        desk set_staff_permission(staff_id: Uuid, permission: Permission, setting: PermissionSetting)
            -> StaffPermissions, [Main];
    }
    sync {
        desk sync_status() -> SyncStatus, [Main, Blockers];
        desk sync_problems() -> Vec<SyncProblem>, [Main];
        desk mark_sync_problem_read(problem_id: Uuid) -> (), [Main];
    }
    startup {
        app startup_state() -> StartupState, [Main];
        app ui_ready() -> (), [Main];
    }
}
