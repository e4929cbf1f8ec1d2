//! Garage Desk core: everything a rule decides lives here, away from the Tauri shell.
//!
//! The shell (`src-tauri`) converts IPC input, calls [`desk::Desk`], and converts the output.

pub mod audit;
pub mod cache_key;
pub mod changes;
pub mod clock;
pub mod conversations;
pub mod credentials;
pub mod customers;
pub mod db;
pub mod delete;
pub mod demo;
pub mod desk;
pub mod error;
pub mod i18n;
pub mod ids;
pub mod invoices;
pub mod merge;
pub mod plates;
pub mod resolve;
pub mod restore;
pub mod settings;
pub mod staff;
pub mod sync;
pub mod work_orders;

/// Test helpers, shared with the other crates' tests (feature `testing`).
#[cfg(any(test, feature = "testing"))]
pub mod testing;

pub use desk::Desk;
pub use error::{CoreError, ErrorCode};
