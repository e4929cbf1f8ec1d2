/// The commands the UI may call. tauri-build generates `allow-<command>` permissions for each,
/// and with an app manifest a command not granted by a capability file cannot be called at all.
const COMMANDS: &[&str] =
    &["list_staff", "sign_in", "sign_out", "current_session", "set_my_locale", "search_customers", "get_customer"];

fn main() {
    tauri_build::try_build(
        tauri_build::Attributes::new().app_manifest(tauri_build::AppManifest::new().commands(COMMANDS)),
    )
    .expect("tauri-build");
}
