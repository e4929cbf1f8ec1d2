/// The commands the UI may call. tauri-build generates `allow-<command>` permissions for each,
/// and with an app manifest a command not granted by a capability file cannot be called at all.
#[rustfmt::skip]
const COMMANDS: &[&str] = &[
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
];

fn main() {
    tauri_build::try_build(
        tauri_build::Attributes::new().app_manifest(tauri_build::AppManifest::new().commands(COMMANDS)),
    )
    .expect("tauri-build");
}
