//! The shapes of a work order the customer page, the work-order list and the actions send.

use crate::resolve::ListCustomer;
use serde::{Deserialize, Serialize};
use ts_rs::TS;
use uuid::Uuid;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum WorkOrderStatus {
    Booked,
    InProgress,
    AwaitingParts,
    AwaitingAuthorisation,
    ReadyForCollection,
    Completed,
    Closed,
    Cancelled,
}

impl WorkOrderStatus {
    pub const ALL: [WorkOrderStatus; 8] = [
        WorkOrderStatus::Booked,
        WorkOrderStatus::InProgress,
        WorkOrderStatus::AwaitingParts,
        WorkOrderStatus::AwaitingAuthorisation,
        WorkOrderStatus::ReadyForCollection,
        WorkOrderStatus::Completed,
        WorkOrderStatus::Closed,
        WorkOrderStatus::Cancelled,
    ];

    pub fn id(self) -> &'static str {
        match self {
            WorkOrderStatus::Booked => "booked",
            WorkOrderStatus::InProgress => "in_progress",
            WorkOrderStatus::AwaitingParts => "awaiting_parts",
            WorkOrderStatus::AwaitingAuthorisation => "awaiting_authorisation",
            WorkOrderStatus::ReadyForCollection => "ready_for_collection",
            WorkOrderStatus::Completed => "completed",
            WorkOrderStatus::Closed => "closed",
            WorkOrderStatus::Cancelled => "cancelled",
        }
    }

    /// The statuses of an active work order, in [`Self::ALL`]'s order.
    pub const ACTIVE: [WorkOrderStatus; 5] = [
        WorkOrderStatus::Booked,
        WorkOrderStatus::InProgress,
        WorkOrderStatus::AwaitingParts,
        WorkOrderStatus::AwaitingAuthorisation,
        WorkOrderStatus::ReadyForCollection,
    ];

    /// Active work orders block a delete (product.md §2). The view `active_work_orders`
    /// (migration 0010) is SQL's side of this; a test holds the two together.
    pub fn is_active(self) -> bool {
        Self::ACTIVE.contains(&self)
    }
}

/// A work order on the customer page.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct WorkOrder {
    pub id: Uuid,
    pub number: String,
    pub description: String,
    pub status: WorkOrderStatus,
    pub active: bool,
    pub vehicle_plate: Option<String>,
    /// "Ford Focus".
    pub vehicle_label: Option<String>,
    pub created_at: String,
}

/// A work order in the list of one customer's or the whole garage's (D4).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct WorkOrderListRow {
    #[serde(flatten)]
    pub work_order: WorkOrder,
    #[serde(flatten)]
    pub customer: ListCustomer,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum WorkOrderAction {
    Complete,
    Close,
    Cancel,
}
