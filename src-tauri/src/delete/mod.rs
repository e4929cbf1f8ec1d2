//! The delete dialog, the delete itself, and undo (D2–D13, U1–U6). Rules live in the core.

use garage_core::delete::{DeleteCheck, DeleteResult, PendingUndo, UndoResult};
use garage_core::Desk;
use uuid::Uuid;

use crate::ipc_error::{ipc, IpcResult};

pub fn check_delete_customer(desk: &Desk, customer_id: Uuid) -> IpcResult<DeleteCheck> {
    ipc(desk, desk.check_delete(customer_id))
}

pub fn delete_customer(desk: &Desk, customer_id: Uuid, token: String) -> IpcResult<DeleteResult> {
    ipc(desk, desk.delete_customer(customer_id, &token))
}

pub fn undo_delete(desk: &Desk, batch_id: Uuid) -> IpcResult<UndoResult> {
    ipc(desk, desk.undo_delete(batch_id))
}

pub fn pending_undo(desk: &Desk) -> IpcResult<Option<PendingUndo>> {
    ipc(desk, desk.pending_undo())
}
