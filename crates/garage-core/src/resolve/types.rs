//! The lists that resolve blockers (D4, D5), and the actions on their rows.

use serde::{Deserialize, Serialize};
use ts_rs::TS;
use uuid::Uuid;

use crate::customers::{Channel, ConversationStatus, InvoiceStatus, WorkOrderStatus};

/// Which rows a list shows.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ListFilter {
    /// One customer's rows (deleted customers included), or the whole garage's newest.
    pub customer_id: Option<Uuid>,
    /// Only what blocks a delete: active work orders, unpaid invoices, open conversations.
    pub only_open: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct WorkOrderListRow {
    pub id: Uuid,
    pub number: String,
    pub customer_id: Uuid,
    /// The name at issue: the invoice's billed name when there is one, else today's name.
    pub customer_name: String,
    pub customer_deleted: bool,
    pub description: String,
    pub status: WorkOrderStatus,
    pub active: bool,
    pub vehicle_plate: Option<String>,
    pub vehicle_label: Option<String>,
    pub created_at: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct InvoiceListRow {
    pub id: Uuid,
    pub number: String,
    pub customer_id: Uuid,
    /// The name at issue (billed name), else today's name for a draft.
    pub customer_name: String,
    pub customer_deleted: bool,
    pub status: InvoiceStatus,
    pub issued_at: Option<String>,
    #[ts(type = "number")]
    pub total_pence: i64,
    #[ts(type = "number")]
    pub outstanding_pence: i64,
    pub unpaid: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ConversationListRow {
    pub id: Uuid,
    pub customer_id: Uuid,
    pub customer_name: String,
    pub customer_deleted: bool,
    pub channel: Channel,
    pub subject: String,
    pub last_message: String,
    pub status: ConversationStatus,
    pub last_message_at: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum WorkOrderAction {
    Complete,
    Close,
    Cancel,
}
