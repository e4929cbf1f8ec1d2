//! D5: moving a work order on (complete, close, cancel) as a change; each needs its own permission.

use chrono::{DateTime, Utc};
use rusqlite::Connection;
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::audit::Actor;
use crate::changes::{Change, TouchedRows};
use crate::error::CoreError;
use crate::staff::Permission;

use super::{update_work_order, WorkOrderAction, WorkOrderListRow};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct UpdateWorkOrder {
    pub work_order_id: Uuid,
    pub action: WorkOrderAction,
}

impl Change for UpdateWorkOrder {
    type Outcome = WorkOrderListRow;

    fn permission(&self) -> Option<Permission> {
        Some(match self.action {
            WorkOrderAction::Complete => Permission::WorkOrdersComplete,
            WorkOrderAction::Close => Permission::WorkOrdersClose,
            WorkOrderAction::Cancel => Permission::WorkOrdersCancel,
        })
    }

    fn apply(&self, tx: &Connection, actor: &Actor, _now: DateTime<Utc>) -> Result<WorkOrderListRow, CoreError> {
        update_work_order(tx, actor, self.work_order_id, self.action)
    }

    fn touched_rows(&self, _tx: &Connection, _id: Uuid, row: &WorkOrderListRow) -> Result<TouchedRows, CoreError> {
        Ok(vec![("work_orders", row.work_order.id.to_string())])
    }
}
