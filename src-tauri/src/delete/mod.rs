//! The delete dialog, the delete itself, and undo (D2–D13, U1–U6). Rules live in the core.

use std::sync::Arc;

use garage_core::delete::{DeleteCheck, DeleteResult, PendingUndo, UndoResult};
use garage_core::Desk;
use tauri::State;
use uuid::Uuid;

use crate::blocking::with_desk;
use crate::ipc_arg::Arg;
use crate::ipc_error::{ipc, IpcResult};

#[tauri::command]
pub async fn check_delete_customer(desk: State<'_, Arc<Desk>>, customer_id: Arg<Uuid>) -> IpcResult<DeleteCheck> {
    with_desk(&desk, move |desk| ipc(desk, desk.check_delete(customer_id.get(desk, "customerId")?))).await
}

#[tauri::command]
pub async fn delete_customer(
    desk: State<'_, Arc<Desk>>,
    customer_id: Arg<Uuid>,
    token: Arg<String>,
) -> IpcResult<DeleteResult> {
    with_desk(&desk, move |desk| {
        let (customer_id, token) = (customer_id.get(desk, "customerId")?, token.get(desk, "token")?);
        ipc(desk, desk.delete_customer(customer_id, &token))
    })
    .await
}

#[tauri::command]
pub async fn undo_delete(desk: State<'_, Arc<Desk>>, batch_id: Arg<Uuid>) -> IpcResult<UndoResult> {
    with_desk(&desk, move |desk| ipc(desk, desk.undo_delete(batch_id.get(desk, "batchId")?))).await
}

#[tauri::command]
pub async fn pending_undo(desk: State<'_, Arc<Desk>>) -> IpcResult<Option<PendingUndo>> {
    with_desk(&desk, |desk| ipc(desk, desk.pending_undo())).await
}
