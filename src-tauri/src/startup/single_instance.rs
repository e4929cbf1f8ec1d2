//! One Garage Desk per data folder: a second launch hands over to the running one, which comes to
//! the front, and exits. (Two processes on one cache would fight over it.) A second desk on
//! another data folder, as `scripts/run-second-desk.sh` starts, runs alongside.

use std::path::Path;

use tauri::plugin::TauriPlugin;
use tauri::{AppHandle, Manager, Runtime};
use uuid::Uuid;

use super::paths::IDENTIFIER;

pub fn plugin<R: Runtime>(data_dir: Option<&Path>) -> TauriPlugin<R> {
    let builder = tauri_plugin_single_instance::Builder::new().callback(|app, _argv, _cwd| focus_main(app));
    match data_dir {
        Some(dir) => builder.dbus_id(instance_id(dir)).build(),
        None => builder.build(),
    }
}

/// The D-Bus name for a data folder other than the default: stable for the folder, and a valid
/// name element (it starts with a letter).
pub fn instance_id(data_dir: &Path) -> String {
    let key = Uuid::new_v5(&Uuid::NAMESPACE_URL, data_dir.to_string_lossy().as_bytes()).simple().to_string();
    format!("{IDENTIFIER}.d{}", &key[..16])
}

fn focus_main<R: Runtime>(app: &AppHandle<R>) {
    log::info!("a second launch handed over to this one: bringing the main window to the front");
    if let Some(window) = app.get_webview_window("main") {
        let _ = window.unminimize();
        let _ = window.show();
        let _ = window.set_focus();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn instance_ids_are_stable_per_folder_and_valid_bus_names() {
        let a = instance_id(Path::new("/tmp/desk-1"));
        assert_eq!(a, instance_id(Path::new("/tmp/desk-1")));
        assert_ne!(a, instance_id(Path::new("/tmp/desk-2")));
        let last = a.rsplit('.').next().unwrap();
        assert!(last.starts_with('d') && last.chars().all(|c| c.is_ascii_alphanumeric()), "{a}");
    }
}
