fn main() {
    // An app manifest, as Garage Desk has: the `ready` command is callable only where a
    // capability grants `allow-ready` (capabilities/main.json).
    tauri_build::try_build(
        tauri_build::Attributes::new().app_manifest(tauri_build::AppManifest::new().commands(&["ready"])),
    )
    .expect("tauri-build");
}
