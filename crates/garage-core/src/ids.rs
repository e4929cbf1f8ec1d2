//! Ids of the rows a change creates, derived from the change's own id, so that the desk that made
//! the change and the server that applies it again create the very same rows (a delete's batch, a
//! payment, audit entries). A leaf module: the audit, the domain changes and the sync protocol all
//! use it, and it uses none of them.

use uuid::Uuid;

/// The id of the row called `what` that the change `mutation_id` creates.
pub fn derived_id(mutation_id: Uuid, what: &str) -> Uuid {
    Uuid::new_v5(&mutation_id, what.as_bytes())
}
