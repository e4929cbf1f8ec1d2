//! Resolving blockers (D4, D5): the filter the three blocker lists share and how they read their
//! rows ([`ListQuery`](list_query::ListQuery)), and the one door
//! through which the desk, the sync and the shell reach the lists and the actions on their rows.
//! Each list and action lives with its rows, in [`crate::work_orders`], [`crate::invoices`] and
//! [`crate::conversations`].

mod list_query;
mod types;

pub use crate::conversations::{close_conversation, conversation, list_conversations, ConversationListRow};
pub use crate::invoices::{
    invoice, list_invoices, parse_pounds, take_payment, void_invoice, write_off_invoice, InvoiceListRow, MAX_PENCE,
    MAX_REASON_CHARS,
};
pub use crate::work_orders::{list_work_orders, update_work_order, work_order, WorkOrderAction, WorkOrderListRow};
pub(crate) use list_query::ListQuery;
pub use types::{ListCustomer, ListFilter};

/// The garage-wide lists show the newest rows up to this many.
pub const LIST_LIMIT: u32 = 200;

#[cfg(test)]
mod tests;
