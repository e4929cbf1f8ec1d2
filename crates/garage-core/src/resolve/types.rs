//! The filter the three blocker lists share, and whose each of their rows is (D4).

use serde::{Deserialize, Serialize};
use ts_rs::TS;
use uuid::Uuid;

/// Which rows a list shows.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ListFilter {
    /// One customer's rows (deleted customers included), or the whole garage's newest.
    pub customer_id: Option<Uuid>,
    /// Only what blocks a delete: active work orders, unpaid invoices, open conversations.
    pub only_open: bool,
}

/// Whose a row of a list is (D4): the list shows the item as the customer page does, and this.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ListCustomer {
    pub customer_id: Uuid,
    /// The name at issue: an invoice's billed name where the row has one, else today's name.
    pub customer_name: String,
    pub customer_deleted: bool,
}

impl ListCustomer {
    /// Read from the three columns at `first` (id, name, deleted), which follow the item's own.
    pub(crate) fn at(r: &rusqlite::Row<'_>, first: usize) -> rusqlite::Result<ListCustomer> {
        Ok(ListCustomer {
            customer_id: crate::db::uuid_at(r, first)?,
            customer_name: r.get(first + 1)?,
            customer_deleted: r.get(first + 2)?,
        })
    }
}
