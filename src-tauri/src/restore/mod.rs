//! Restoring a deleted customer after the undo window (README R1–R8): the dialog's check and
//! the restore. Rules live in the core.

use std::sync::Arc;

use garage_core::restore::{RestoreCheck, RestoreResult};
use garage_core::Desk;
use tauri::State;
use uuid::Uuid;

use crate::blocking::with_desk;
use crate::ipc_arg::Arg;
use crate::ipc_error::{ipc, IpcResult};

#[tauri::command]
pub async fn check_restore_customer(desk: State<'_, Arc<Desk>>, customer_id: Arg<Uuid>) -> IpcResult<RestoreCheck> {
    with_desk(&desk, move |desk| ipc(desk, desk.check_restore(customer_id.get(desk, "customerId")?))).await
}

#[tauri::command]
pub async fn restore_customer(
    desk: State<'_, Arc<Desk>>,
    customer_id: Arg<Uuid>,
    batch_id: Arg<Uuid>,
) -> IpcResult<RestoreResult> {
    with_desk(&desk, move |desk| {
        let (customer_id, batch_id) = (customer_id.get(desk, "customerId")?, batch_id.get(desk, "batchId")?);
        ipc(desk, desk.restore_customer(customer_id, batch_id))
    })
    .await
}
