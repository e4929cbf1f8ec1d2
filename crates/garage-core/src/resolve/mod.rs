//! Resolving blockers (D4, D5): the filtered lists and the actions on their rows.

mod actions;
mod changes;
mod lists;
mod money;
mod types;

pub use actions::*;
pub use changes::{CloseConversation, TakePayment, UpdateWorkOrder, VoidInvoice, WriteOffInvoice};
pub use lists::*;
pub use money::{parse_pounds, MAX_PENCE};
pub use types::*;

#[cfg(test)]
mod tests;
