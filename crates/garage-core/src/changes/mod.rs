//! Every change a person can make, registered once (issue 13). Each is a type in its own domain
//! folder (`delete/change.rs`, `merge/change.rs`, `invoices/change.rs`, …) implementing [`Change`]: the permission it
//! needs, how it applies under the rules (on the desk that made it, and again on the central
//! server), whether it wrote anything, the rows it touched and the batch a desk holds back while
//! it can be undone. [`registry!`] below turns the list into the wire's [`MutationKind`] and the
//! matching [`Applied`], so a change missing any part, or missing from the list, fails to compile.
//!
//! Adding a change: one type implementing [`Change`] in its folder, plus one line in the list.

use chrono::{DateTime, Utc};
use rusqlite::Connection;
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::audit::Actor;
use crate::error::CoreError;
use crate::staff::{self, Permission};

pub use crate::conversations::CloseConversation;
pub use crate::delete::{DeleteCustomer, RecordUndoneDelete};
pub use crate::invoices::{TakePayment, VoidInvoice, WriteOffInvoice};
pub use crate::merge::{DismissDuplicate, MergeCustomers};
pub use crate::restore::RestoreCustomer;
pub use crate::staff::{SetLocale, SetStaffPermission};
pub use crate::work_orders::UpdateWorkOrder;

/// Rows a change wrote, as (table, key): shielded from pulls until the server answers, and put
/// back as the server holds them if it refuses the change.
pub type TouchedRows = Vec<(&'static str, String)>;

/// One kind of change (see the module).
pub trait Change {
    /// What applying it returns to whoever applied it.
    type Outcome: std::fmt::Debug;

    /// The permission it needs now (`None`: anyone signed in, e.g. their own language).
    fn permission(&self) -> Option<Permission>;

    /// Applies it under the rules inside `tx`; the caller has checked [`Change::permission`].
    fn apply(&self, tx: &Connection, actor: &Actor, now: DateTime<Utc>) -> Result<Self::Outcome, CoreError>;

    /// The rows change `mutation_id` wrote (see [`TouchedRows`]).
    fn touched_rows(
        &self,
        tx: &Connection,
        mutation_id: Uuid,
        outcome: &Self::Outcome,
    ) -> Result<TouchedRows, CoreError>;

    /// Whether anything was written (a delete stopped by a new blocker writes nothing).
    fn changed(_outcome: &Self::Outcome) -> bool {
        true
    }

    /// The batch a desk holds back from the server while it can be undone there.
    fn held_batch(_outcome: &Self::Outcome) -> Option<Uuid> {
        None
    }
}

/// Checks the permission, read from the database each time (a revocation bites at once), then
/// applies `change` inside `tx`.
pub fn apply_checked<C: Change>(
    change: &C,
    tx: &Connection,
    actor: &Actor,
    now: DateTime<Utc>,
) -> Result<C::Outcome, CoreError> {
    if let Some(permission) = change.permission() {
        if !staff::effective_permissions(tx, actor.staff_id)?.contains(&permission) {
            return Err(CoreError::PermissionDenied(permission.id()));
        }
    }
    change.apply(tx, actor, now)
}

macro_rules! registry {
    ($($variant:ident),* $(,)?) => {
        /// A change as it travels in a [`Mutation`](crate::sync::protocol::Mutation):
        /// `{"name": "delete_customer", "args": {…}}`.
        #[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
        #[serde(tag = "name", content = "args", rename_all = "snake_case")]
        pub enum MutationKind {
            $($variant($variant),)*
        }

        /// What applying a [`MutationKind`] did.
        #[derive(Debug)]
        pub enum Applied {
            $($variant(<$variant as Change>::Outcome),)*
        }

        $(impl From<$variant> for MutationKind {
            fn from(change: $variant) -> MutationKind {
                MutationKind::$variant(change)
            }
        })*

        impl MutationKind {
            /// The permission the change needs, if any.
            pub fn permission(&self) -> Option<Permission> {
                match self {
                    $(MutationKind::$variant(change) => change.permission(),)*
                }
            }

            /// The change under the rules, inside the caller's transaction: what the central
            /// server does with a pushed change (S3).
            pub fn apply(&self, tx: &Connection, actor: &Actor, now: DateTime<Utc>) -> Result<Applied, CoreError> {
                Ok(match self {
                    $(MutationKind::$variant(change) => Applied::$variant(apply_checked(change, tx, actor, now)?),)*
                })
            }
        }

        impl MutationKind {
            /// The rows change `mutation_id` wrote, from what applying it returned.
            pub fn touched_rows(&self, tx: &Connection, mutation_id: Uuid, applied: &Applied) -> Result<TouchedRows, CoreError> {
                match (self, applied) {
                    $((MutationKind::$variant(change), Applied::$variant(outcome)) => change.touched_rows(tx, mutation_id, outcome),)*
                    _ => Err(CoreError::Internal(format!("{self:?} answered with {applied:?}"))),
                }
            }
        }

        impl Applied {
            /// Whether anything was written.
            pub fn changed(&self) -> bool {
                match self {
                    $(Applied::$variant(outcome) => <$variant as Change>::changed(outcome),)*
                }
            }
        }
    };
}

registry! {
    DeleteCustomer,
    RecordUndoneDelete,
    RestoreCustomer,
    MergeCustomers,
    DismissDuplicate,
    UpdateWorkOrder,
    TakePayment,
    VoidInvoice,
    WriteOffInvoice,
    CloseConversation,
    SetStaffPermission,
    SetLocale,
}

#[cfg(test)]
mod tests;
