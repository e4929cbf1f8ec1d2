//! Customers: the list and its search, the customer page, and the search terms behind both. The
//! page's work orders, invoices and conversations are read by their own modules
//! ([`crate::work_orders`], [`crate::invoices`], [`crate::conversations`]); their shapes are
//! named here too, as part of the page.

mod detail;
mod search;
mod search_plan;
mod search_terms;
mod types;

pub use detail::customer_detail;
pub use search::{search_customers, MAX_PAGE_SIZE};
pub use search_plan::COUNT_CAP;
pub use search_terms::{normalise_query, reindex_all, reindex_customer, terms_for};
pub use types::*;

pub use crate::conversations::{Channel, Conversation, ConversationStatus};
pub use crate::invoices::{Invoice, InvoiceStatus};
pub use crate::work_orders::{WorkOrder, WorkOrderStatus};

#[cfg(test)]
mod search_tests;
#[cfg(test)]
mod tests;
