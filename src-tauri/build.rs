#[path = "src/command_names.rs"]
mod command_names;
use command_names::COMMANDS;

fn main() {
    tauri_build::try_build(
        tauri_build::Attributes::new().app_manifest(tauri_build::AppManifest::new().commands(COMMANDS)),
    )
    .expect("tauri-build");
}
