//! The filter the three blocker lists share (D4).

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
