//! Which windows may call which commands: one capability file per kind of window in
//! `src-tauri/capabilities/`, written from the declaration (`commands.rs`) and committed. tauri-build
//! reads them at build time; `crate::bindings` fails a test when one is stale.

use serde::Serialize;

use super::COMMANDS;

/// Where tauri-build reads the capability files, relative to the crate.
pub const DIR: &str = "capabilities";

/// A kind of window, as the declaration names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Window {
    /// The main window.
    Main,
    /// A blocker window (D4), labelled `blockers-<kind>-<customer>` (`windows::blocker_window_label`).
    Blockers,
}

impl Window {
    pub const ALL: [Window; 2] = [Window::Main, Window::Blockers];

    fn capability(self) -> Capability {
        match self {
            Window::Main => Capability {
                file: "main",
                identifier: "main-window",
                description: "The main window: sign-in, customers, the delete flow, restore, merge and duplicate \
                              suggestions, the lists, staff and permissions.",
                labels: &["main"],
                built_in: &["core:event:allow-listen", "core:event:allow-unlisten", "core:window:allow-close"],
            },
            Window::Blockers => Capability {
                file: "blockers",
                identifier: "blocker-windows",
                description: "A blocker window (D4): one customer's work orders, invoices or conversations, their \
                              actions, the sync status that refreshes them, and Return to customer. No sign-in, no \
                              delete.",
                labels: &["blockers-*"],
                built_in: &[],
            },
        }
    }
}

struct Capability {
    /// `capabilities/<file>.json`.
    file: &'static str,
    identifier: &'static str,
    description: &'static str,
    /// Window labels, as Tauri matches them (`*` is any text).
    labels: &'static [&'static str],
    /// Tauri's own permissions the window holds.
    built_in: &'static [&'static str],
}

/// A capability file as tauri-build reads it.
#[derive(Serialize)]
struct CapabilityFile<'a> {
    #[serde(rename = "$schema")]
    schema: &'a str,
    identifier: &'a str,
    description: &'a str,
    windows: &'a [&'a str],
    permissions: Vec<String>,
}

/// The permission tauri-build makes for a command in the app manifest.
pub fn permission(command: &str) -> String {
    format!("allow-{}", command.replace('_', "-"))
}

/// Each capability file, as (path relative to the crate, contents).
pub fn capability_files() -> Vec<(String, String)> {
    Window::ALL
        .iter()
        .map(|&window| {
            let capability = window.capability();
            let declared = COMMANDS.iter().filter(|c| c.allowed_in(window)).map(|c| permission(c.name));
            let file = CapabilityFile {
                schema: "../gen/schemas/desktop-schema.json",
                identifier: capability.identifier,
                description: capability.description,
                windows: capability.labels,
                permissions: capability.built_in.iter().map(|p| p.to_string()).chain(declared).collect(),
            };
            let json = serde_json::to_string_pretty(&file).expect("a capability serialises");
            (format!("{DIR}/{}.json", capability.file), json + "\n")
        })
        .collect()
}
