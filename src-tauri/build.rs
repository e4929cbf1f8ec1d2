// Every command the declaration (src/ipc/commands.rs) names goes into the app manifest, so
// tauri-build makes an `allow-<command>` permission for each, and a command no capability grants
// cannot be called at all. Only the names are read here: the types are never resolved.
macro_rules! declare_commands {
    ($( $($feature:ident)::+ { $( $kind:ident $name:ident ($($args:tt)*) -> $out:ty, [$($window:ident),+]; )* } )*) => {
        const COMMANDS: &[&str] = &[$($(stringify!($name)),*),*];
    };
}
include!("src/ipc/commands.rs");

fn main() {
    tauri_build::try_build(
        tauri_build::Attributes::new().app_manifest(tauri_build::AppManifest::new().commands(COMMANDS)),
    )
    .expect("tauri-build");
}
