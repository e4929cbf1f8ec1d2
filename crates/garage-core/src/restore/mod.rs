//! Restoring a deleted customer after the undo window (issue 11, README R1–R8): the dialog's
//! check and the restore itself. The desk ([`crate::Desk`]) adds the permission; the central
//! server replays the same restore against its own rows.

mod change;
mod plan;
mod transaction;
mod types;

pub use change::RestoreCustomer;
pub use plan::{plan, Plan};
pub use transaction::{restore_in, Restored};
pub use types::*;

#[cfg(test)]
mod tests;
