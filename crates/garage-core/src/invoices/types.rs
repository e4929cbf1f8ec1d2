//! The shapes of an invoice the customer page, the invoice list and the actions send.

use crate::resolve::ListCustomer;
use serde::{Deserialize, Serialize};
use ts_rs::TS;
use uuid::Uuid;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum InvoiceStatus {
    Draft,
    Issued,
    Paid,
    Void,
    WrittenOff,
}

impl InvoiceStatus {
    pub const ALL: [InvoiceStatus; 5] = [
        InvoiceStatus::Draft,
        InvoiceStatus::Issued,
        InvoiceStatus::Paid,
        InvoiceStatus::Void,
        InvoiceStatus::WrittenOff,
    ];

    pub fn id(self) -> &'static str {
        match self {
            InvoiceStatus::Draft => "draft",
            InvoiceStatus::Issued => "issued",
            InvoiceStatus::Paid => "paid",
            InvoiceStatus::Void => "void",
            InvoiceStatus::WrittenOff => "written_off",
        }
    }

    /// Issued with something still outstanding (part-paid included): an unpaid invoice, which
    /// blocks a delete and is what a payment, a void or a write-off acts on. The view
    /// `unpaid_invoices` (migration 0010) is SQL's side of this; a test holds the two together.
    pub fn is_unpaid(self, outstanding_pence: i64) -> bool {
        self == InvoiceStatus::Issued && outstanding_pence > 0
    }
}

/// An invoice on the customer page.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Invoice {
    pub id: Uuid,
    pub number: String,
    pub status: InvoiceStatus,
    pub issued_at: Option<String>,
    #[ts(type = "number")]
    pub total_pence: i64,
    #[ts(type = "number")]
    pub outstanding_pence: i64,
    /// The customer's name as it was when the invoice was issued.
    pub billed_name: Option<String>,
    /// Issued with something still outstanding (part-paid included): blocks a delete.
    pub unpaid: bool,
}

/// An invoice in the list of one customer's or the whole garage's (D4).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct InvoiceListRow {
    #[serde(flatten)]
    pub invoice: Invoice,
    #[serde(flatten)]
    pub customer: ListCustomer,
}
