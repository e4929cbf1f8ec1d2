//! Invoices: their statuses and which are unpaid (an unpaid one blocks its customer's delete,
//! product.md §2), the rows the customer page and the invoice list (D4) show, and taking a
//! payment, voiding or writing one off (D5), with the amounts staff type for a payment.
//!
//! SQL reads the unpaid ones through the view `unpaid_invoices` (migration 0010), whose
//! condition is [`InvoiceStatus::is_unpaid`]'s.

mod actions;
mod change;
mod money;
mod queries;
mod types;

pub use actions::{take_payment, void_invoice, write_off_invoice, MAX_REASON_CHARS};
pub use change::{TakePayment, VoidInvoice, WriteOffInvoice};
pub use money::{parse_pounds, MAX_PENCE};
pub(crate) use queries::unpaid_for_customer;
#[cfg(test)]
pub(crate) use queries::UNPAID_SQL;
pub use queries::{for_customer, invoice, list_invoices};
pub use types::*;

#[cfg(test)]
mod tests;
