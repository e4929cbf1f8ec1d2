//! The files generated from the IPC declaration (`src/ipc/commands.rs`) and committed: the
//! TypeScript types (`ui/src/ipc/bindings.ts`, from the Rust types by ts-rs), the `Commands` map
//! (`ui/src/ipc/commandBindings.ts`) and the capability files (`capabilities/*.json`, which
//! tauri-build reads at build time). A test fails when one is stale; regenerate them all with
//! `UPDATE_BINDINGS=1 cargo test -p garage-desk bindings`.

use ts_rs::Config;

use crate::ipc::typescript;

/// Where the generated files live, relative to this crate.
pub const BINDINGS_PATH: &str = "../ui/src/ipc/bindings.ts";
pub const COMMAND_BINDINGS_PATH: &str = "../ui/src/ipc/commandBindings.ts";

/// `bindings.ts`: one `export type` per IPC type.
pub fn typescript() -> String {
    typescript::types(&Config::new())
}

/// `commandBindings.ts`: each command's arguments and result.
pub fn command_typescript() -> String {
    typescript::commands(&Config::new())
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::*;
    use crate::ipc::capabilities::{capability_files, DIR};

    /// Writes `generated` to `path` under `UPDATE_BINDINGS`, then fails if they differ.
    fn up_to_date(path: &str, generated: &str) {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(path);
        if std::env::var_os("UPDATE_BINDINGS").is_some() {
            std::fs::write(&path, generated).unwrap();
        }
        let committed = std::fs::read_to_string(&path).unwrap_or_default();
        assert!(
            committed == generated,
            "{} is stale: run `UPDATE_BINDINGS=1 cargo test -p garage-desk bindings`",
            path.display()
        );
    }

    #[test]
    fn bindings_ts_is_up_to_date() {
        up_to_date(BINDINGS_PATH, &typescript());
    }

    #[test]
    fn command_bindings_ts_is_up_to_date() {
        up_to_date(COMMAND_BINDINGS_PATH, &command_typescript());
    }

    #[test]
    fn capability_bindings_are_up_to_date_and_alone() {
        let files = capability_files();
        for (path, json) in &files {
            up_to_date(path, json);
        }
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join(DIR);
        let mut present: Vec<String> = std::fs::read_dir(&dir)
            .unwrap()
            .map(|entry| format!("{DIR}/{}", entry.unwrap().file_name().to_string_lossy()))
            .collect();
        let mut expected: Vec<String> = files.into_iter().map(|(path, _)| path).collect();
        present.sort();
        expected.sort();
        assert_eq!(present, expected, "tauri-build reads every file in {}", dir.display());
    }
}
