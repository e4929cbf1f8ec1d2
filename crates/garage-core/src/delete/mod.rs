//! Deleting a customer (product.md §3, §4): what blocks it ([`Blockers`]) and its one wording,
//! pre-flight, the confirmation token, the soft-delete transaction, the rate limit and undo. The
//! desk ([`crate::Desk`]) adds permissions and the undo window around these.

mod blockers;
mod change;
mod preflight;
mod token;
mod transaction;
mod types;

pub use blockers::Blockers;
pub use change::{DeleteCustomer, RecordUndoneDelete};
pub use preflight::{preflight, Preflight};
pub use token::{token, token_matches, typed_matches};
pub use transaction::{
    delete_customer, delete_in, no_fault, put_back_in, rate_limit, record_undone_in, undo_delete, undo_in, Deleted,
    PutBack, DELETES_PER_HOUR, DELETE_STEPS, UNDO_STEPS,
};
pub use types::*;

#[cfg(test)]
mod blockers_tests;
#[cfg(test)]
mod tests;

/// U1: how long undo stays possible after the commit, on the monotonic clock.
pub const UNDO_WINDOW: std::time::Duration = std::time::Duration::from_secs(30);
