//! Garage Desk's Tauri shell: windows, and commands that convert IPC input, call the core
//! ([`garage_core::Desk`]), and convert its output. No rule is decided here.

pub mod bindings;
pub mod blocking;
pub mod customers;
pub mod delete;
pub mod ipc;
pub mod ipc_arg;
pub mod ipc_error;
pub mod merge;
pub mod resolve;
pub mod restore;
pub mod staff;
pub mod startup;
pub mod sync;
pub mod windows;

/// Registers every command the UI may call, as `ipc/commands.rs` declares them.
pub use ipc::with_commands;

/// Starts the app; `started` is when the process began, for the start-up time in the log.
pub fn run(started: std::time::Instant) {
    startup::run(started)
}

#[cfg(test)]
mod capability_tests;
#[cfg(test)]
mod command_tests;
#[cfg(test)]
mod delete_command_tests;
#[cfg(test)]
mod hardening_tests;
#[cfg(test)]
mod ipc_fuzz_args;
#[cfg(test)]
mod ipc_fuzz_tests;
#[cfg(test)]
mod merge_command_tests;
#[cfg(test)]
mod off_main_thread_tests;
#[cfg(test)]
mod restore_command_tests;
