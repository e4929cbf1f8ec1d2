//! The IPC contract: every command the UI may call is declared once, in `commands.rs` (its name,
//! arguments, answer and windows), and this module is what that declaration expands to
//! ([`COMMANDS`], [`with_commands`], the TypeScript types). The features implement the commands;
//! [`capabilities`] and [`typescript`] write the files generated from it (see `crate::bindings`).

pub mod capabilities;
#[macro_use]
mod declare;
pub mod typescript;

// The types the declaration names.
use garage_core::customers::{ContactDetails, CustomerDetail, CustomerPage, CustomerQuery};
use garage_core::delete::{BlockerKind, DeleteCheck, DeleteResult, PendingUndo, UndoResult};
use garage_core::desk::SessionInfo;
use garage_core::i18n::Locale;
use garage_core::merge::{DuplicateSuggestion, MergeResult, MergeReview, MergeUndoResult};
use garage_core::resolve::{ConversationListRow, InvoiceListRow, ListFilter, WorkOrderAction, WorkOrderListRow};
use garage_core::restore::{RestoreCheck, RestoreResult};
use garage_core::staff::{Permission, PermissionSetting, StaffMember, StaffPermissions};
use garage_core::sync::engine::status::{SyncProblem, SyncStatus};
use uuid::Uuid;

use crate::startup::StartupState;

pub use capabilities::Window;

include!("commands.rs");

/// One declared command.
#[derive(Debug, Clone, Copy)]
pub struct Command {
    pub name: &'static str,
    /// The arguments' Rust names; see [`wire_name`].
    pub args: &'static [&'static str],
    pub windows: &'static [Window],
}

impl Command {
    /// The arguments as the UI sends them.
    pub fn wire_args(&self) -> Vec<String> {
        self.args.iter().map(|arg| wire_name(arg)).collect()
    }

    pub fn allowed_in(&self, window: Window) -> bool {
        self.windows.contains(&window)
    }
}

/// A command's arguments and answer as TypeScript types.
#[derive(Debug, Clone)]
pub struct Signature {
    pub args: Vec<String>,
    pub answer: String,
}

/// The declared command called `name`.
pub fn command(name: &str) -> Option<&'static Command> {
    COMMANDS.iter().find(|c| c.name == name)
}

/// Every command's name, in the order declared.
pub fn command_names() -> Vec<&'static str> {
    COMMANDS.iter().map(|c| c.name).collect()
}

/// An argument's name on the wire: `customer_id` is `customerId`, as Tauri reads it.
pub fn wire_name(rust_name: &str) -> String {
    let mut parts = rust_name.split('_');
    let first = parts.next().unwrap_or_default().to_owned();
    parts.fold(first, |mut name, part| {
        let mut chars = part.chars();
        name.extend(chars.next().map(|c| c.to_ascii_uppercase()));
        name.push_str(chars.as_str());
        name
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wire_names_are_camel_case() {
        assert_eq!(wire_name("customer_id"), "customerId");
        assert_eq!(wire_name("customer_a"), "customerA");
        assert_eq!(wire_name("pin"), "pin");
    }

    #[test]
    fn every_command_is_declared_once_for_some_window() {
        let mut names = command_names();
        names.sort();
        names.dedup();
        assert_eq!(names.len(), COMMANDS.len());
        assert!(COMMANDS.iter().all(|c| !c.windows.is_empty()));
    }
}
