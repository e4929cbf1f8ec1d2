//! Every custom command, by name: build.rs declares them in the app manifest (so tauri-build
//! generates an `allow-<command>` permission for each and a command no capability grants cannot be
//! called at all), and the capability tests call each one from every kind of window.

#[rustfmt::skip]
pub const COMMANDS: &[&str] = &[
    "list_staff",
    "sign_in",
    "sign_out",
    "current_session",
    "set_my_locale",
    "search_customers",
    "get_customer",
    "check_delete_customer",
    "delete_customer",
    "undo_delete",
    "pending_undo",
    "check_restore_customer",
    "restore_customer",
    "list_work_orders",
    "list_invoices",
    "list_conversations",
    "update_work_order",
    "take_payment",
    "void_invoice",
    "write_off_invoice",
    "close_conversation",
    "open_blocker_window",
    "return_to_customer",
    "staff_permissions",
    "set_staff_permission",
    "sync_status",
    "sync_problems",
    "mark_sync_problem_read",
    "startup_state",
    "ui_ready",
];
