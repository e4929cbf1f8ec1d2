//! Garage Desk's Tauri shell: windows, and commands that convert IPC input, call the core
//! ([`garage_core::Desk`]), and convert its output. No rule is decided here.

pub mod bindings;
pub mod customers;
pub mod data_dir;
pub mod delete;
pub mod ipc_error;
pub mod resolve;
pub mod staff;
pub mod sync;
pub mod windows;

use std::sync::Arc;

use garage_core::clock::SystemClock;
use garage_core::sync::engine::Engine;
use garage_core::Desk;
use tauri::Manager;

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
    ])
}

pub fn run() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let override_dir = data_dir::data_dir_override(args.clone());
    let server = data_dir::server_url(args);
    with_commands(tauri::Builder::default())
        .plugin(tauri_plugin_window_state::Builder::default().build())
        .setup(move |app| {
            let dir = match override_dir {
                Some(dir) => dir,
                None => app.path().app_data_dir()?,
            };
            // With a central server the garage is downloaded from it; alone, a demo is seeded.
            let desk = Arc::new(Desk::open_with(&dir, Arc::new(SystemClock), server.is_none())?);
            eprintln!("garage-desk: data in {}", dir.display());
            if let Some(url) = &server {
                eprintln!("garage-desk: syncing with {url}");
                tauri::async_runtime::spawn(Engine::new(desk.clone(), url).run());
            }
            app.manage(desk);
            app.manage(staff::SyncServer(server.as_deref().map(garage_core::sync::client::Client::new)));
            Ok(())
        })
        .run(tauri::generate_context!())
        .expect("Garage Desk could not start");
}

#[cfg(test)]
mod command_tests;
#[cfg(test)]
mod delete_command_tests;
