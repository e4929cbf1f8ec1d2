//! Garage Desk's Tauri shell: windows, and commands that convert IPC input, call the core
//! ([`garage_core::Desk`]), and convert its output. No rule is decided here.

pub mod bindings;
pub mod blocking;
pub mod command_names;
pub mod customers;
pub mod delete;
pub mod ipc_arg;
pub mod ipc_error;
pub mod merge;
pub mod resolve;
pub mod restore;
pub mod staff;
pub mod startup;
pub mod sync;
pub mod windows;

/// Registers every command the UI may call (the same list as build.rs and the capability file).
pub fn with_commands<R: tauri::Runtime>(builder: tauri::Builder<R>) -> tauri::Builder<R> {
    builder.invoke_handler(tauri::generate_handler![
        staff::list_staff,
        staff::sign_in,
        staff::sign_out,
        staff::current_session,
        staff::set_my_locale,
        customers::search_customers,
        customers::get_customer,
        delete::check_delete_customer,
        delete::delete_customer,
        delete::undo_delete,
        delete::pending_undo,
        restore::check_restore_customer,
        restore::restore_customer,
        merge::merge_review,
        merge::merge_customers,
        merge::undo_merge,
        merge::duplicate_suggestions,
        merge::dismiss_duplicate,
        resolve::list_work_orders,
        resolve::list_invoices,
        resolve::list_conversations,
        resolve::update_work_order,
        resolve::take_payment,
        resolve::void_invoice,
        resolve::write_off_invoice,
        resolve::close_conversation,
        windows::open_blocker_window,
        windows::return_to_customer,
        staff::admin::staff_permissions,
        staff::admin::set_staff_permission,
        sync::sync_status,
        sync::sync_problems,
        sync::mark_sync_problem_read,
        startup::startup_state,
        startup::ui_ready,
    ])
}

/// Starts the app; `started` is when the process began, for the start-up time in the log.
pub fn run(started: std::time::Instant) {
    startup::run(started)
}

#[cfg(test)]
mod capability_tests;
#[cfg(test)]
mod command_tests;
#[cfg(test)]
mod delete_command_tests;
#[cfg(test)]
mod hardening_tests;
#[cfg(test)]
mod ipc_fuzz_args;
#[cfg(test)]
mod ipc_fuzz_tests;
#[cfg(test)]
mod merge_command_tests;
#[cfg(test)]
mod off_main_thread_tests;
#[cfg(test)]
mod restore_command_tests;
