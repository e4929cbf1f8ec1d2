//! D5: completing, closing or cancelling an active work order, inside the caller's transaction
//! (which also queues the change for the server), audited; bad input changes nothing.

use rusqlite::{params, Connection};
use serde_json::json;
use uuid::Uuid;

use super::queries::work_order;
use super::types::*;
use crate::audit::Actor;
use crate::error::CoreError;

pub fn update_work_order(
    tx: &Connection,
    actor: &Actor,
    id: Uuid,
    action: WorkOrderAction,
) -> Result<WorkOrderListRow, CoreError> {
    let before = work_order(tx, id)?;
    if !before.work_order.active {
        return Err(CoreError::NotActive);
    }
    let status = match action {
        WorkOrderAction::Complete => "completed",
        WorkOrderAction::Close => "closed",
        WorkOrderAction::Cancel => "cancelled",
    };
    tx.execute(
        "UPDATE work_orders SET status = ?2, updated_at = ?3 WHERE id = ?1",
        params![id.to_string(), status, actor.now],
    )?;
    actor.record(
        tx,
        &format!("work_order.{status}"),
        "work_order",
        id,
        None,
        json!({ "from": before.work_order.status, "to": status }),
    )?;
    work_order(tx, id)
}
