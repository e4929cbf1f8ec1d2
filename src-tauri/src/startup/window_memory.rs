//! The main window's size and position, remembered between runs (tauri-plugin-window-state).
//! The plugin saves when the app exits normally; saving again a second after the window stops
//! moving keeps it when the PC is switched off at the wall or the app is killed.

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::Duration;

use tauri::plugin::TauriPlugin;
use tauri::{AppHandle, Manager, Runtime, WindowEvent};
use tauri_plugin_window_state::{AppHandleExt, StateFlags};

pub fn plugin<R: Runtime>() -> TauriPlugin<R> {
    // Blocker windows are per customer: remembering each would grow the file without end.
    tauri_plugin_window_state::Builder::new().with_filter(|label| label == "main").build()
}

#[derive(Default)]
pub struct PendingSave(Arc<AtomicU64>);

/// Call for every window event; saves once the main window has been still for a second.
pub fn on_window_event<R: Runtime>(window: &tauri::Window<R>, event: &WindowEvent) {
    if window.label() != "main" || !matches!(event, WindowEvent::Moved(_) | WindowEvent::Resized(_)) {
        return;
    }
    let app: AppHandle<R> = window.app_handle().clone();
    let Some(pending) = app.try_state::<PendingSave>() else { return };
    let counter = pending.0.clone();
    let generation = counter.fetch_add(1, Ordering::SeqCst) + 1;
    tauri::async_runtime::spawn(async move {
        tokio::time::sleep(Duration::from_secs(1)).await;
        if counter.load(Ordering::SeqCst) == generation {
            if let Err(error) = app.save_window_state(StateFlags::all()) {
                log::warn!("could not save the window's size and position: {error}");
            }
        }
    });
}
