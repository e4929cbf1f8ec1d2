//! Hardening: every command, custom or built in, called from every kind of window label through
//! Tauri's real ACL. Which windows may call a command is declared with it (`ipc/commands.rs`);
//! these tests check that the ACL built from the capability files grants exactly that, and that
//! the declaration keeps a blocker window's few rights.

use serde_json::{json, Value};

use crate::command_tests::{app, call_in};
use crate::ipc::{command_names, Window, COMMANDS};

/// Built-in and plugin commands: only the main window may listen to events and close itself.
const MAIN_ONLY_BUILT_IN: &[&str] = &["plugin:event|listen", "plugin:event|unlisten", "plugin:window|close"];
const NOBODY: &[&str] = &[
    "plugin:event|emit",
    "plugin:window|set_size",
    "plugin:webview|create_webview_window",
    "plugin:window-state|save_window_state",
    "plugin:window-state|restore_state",
    "plugin:log|log",
    "plugin:shell|open",
    "plugin:fs|read_file",
    "plugin:opener|open_url",
];

/// The commands declared for a blocker window (D4): its customer, its list and the list's actions,
/// the sync status that refreshes it, and Return to customer.
fn blocker_window() -> Vec<&'static str> {
    COMMANDS.iter().filter(|c| c.allowed_in(Window::Blockers)).map(|c| c.name).collect()
}

fn declared_for(window: Window, command: &str) -> bool {
    COMMANDS.iter().any(|c| c.name == command && c.allowed_in(window))
}

fn allowed(label: &str, command: &str) -> bool {
    match label {
        "main" => MAIN_ONLY_BUILT_IN.contains(&command) || declared_for(Window::Main, command),
        label if label.starts_with("blockers-") => declared_for(Window::Blockers, command),
        _ => false,
    }
}

fn refused(result: &Result<Value, Value>) -> bool {
    matches!(result, Err(Value::String(text)) if text.contains("not allowed"))
}

#[test]
fn every_command_from_every_window_label_is_allowed_only_where_a_capability_grants_it() {
    let app = app();
    let labels = [
        "main",
        "blockers-work-orders-0b6c4f0e-4a53-4f8e-9d0a-2f1b3c4d5e6f",
        "blockers-invoices-x",
        "blockers",
        "main-2",
        "Main",
        "stranger",
    ];
    let commands: Vec<&str> =
        command_names().into_iter().chain(MAIN_ONLY_BUILT_IN.iter().copied()).chain(NOBODY.iter().copied()).collect();
    let mut wrong = Vec::new();
    for label in labels {
        let window = match label {
            "main" => app.main.clone(),
            "stranger" => app.other.clone(),
            label => app.window(label),
        };
        for command in &commands {
            // Arguments are left out: an allowed command answers with an argument error (or runs,
            // harmlessly), a refused one never reaches its code.
            let result = call_in(&window, command, json!({}));
            if refused(&result) == allowed(label, command) {
                wrong.push(format!("{label} → {command}: {result:?}"));
            }
            if let Err(Value::String(text)) = &result {
                assert!(
                    !(allowed(label, command) && text.contains("not found")),
                    "{command} is granted but not registered: {text}"
                );
            }
        }
    }
    assert!(wrong.is_empty(), "windows allowed or refused the wrong commands:\n{}", wrong.join("\n"));
}

#[test]
fn the_blocker_capability_grants_exactly_what_blocker_windows_use() {
    let file: Value = serde_json::from_str(include_str!("../capabilities/blockers.json")).unwrap();
    let mut granted: Vec<String> = file["permissions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p.as_str().unwrap().trim_start_matches("allow-").replace('-', "_"))
        .collect();
    let mut used: Vec<String> = blocker_window().iter().map(|c| c.to_string()).collect();
    granted.sort();
    used.sort();
    assert_eq!(granted, used);
}

/// The policy behind the blocker capability's description: whatever else a blocker window is given
/// one day, it never signs anyone in or out, deletes, restores, merges or changes permissions.
#[test]
fn a_blocker_window_is_never_given_the_main_windows_powers() {
    let never = [
        "sign_in",
        "sign_out",
        "delete_customer",
        "undo_delete",
        "restore_customer",
        "merge_customers",
        "undo_merge",
        "set_staff_permission",
    ];
    let given: Vec<&str> = blocker_window().into_iter().filter(|c| never.contains(c)).collect();
    assert!(given.is_empty(), "blocker windows may call {given:?}");
    for command in never {
        assert!(command_names().contains(&command), "{command} is not a command any more");
    }
}

#[test]
fn no_shell_fs_or_opener_plugin_is_built_in() {
    let manifest = include_str!("../Cargo.toml");
    for plugin in ["tauri-plugin-shell", "tauri-plugin-fs", "tauri-plugin-opener", "tauri-plugin-http"] {
        assert!(!manifest.contains(plugin), "{plugin} must not be a dependency");
    }
}
