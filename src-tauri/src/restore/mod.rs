//! Restoring a deleted customer after the undo window (README R1–R8): the dialog's check and
//! the restore. Rules live in the core.

use garage_core::restore::{RestoreCheck, RestoreResult};
use garage_core::Desk;
use uuid::Uuid;

use crate::ipc_error::{ipc, IpcResult};

pub fn check_restore_customer(desk: &Desk, customer_id: Uuid) -> IpcResult<RestoreCheck> {
    ipc(desk, desk.check_restore(customer_id))
}

pub fn restore_customer(desk: &Desk, customer_id: Uuid, batch_id: Uuid) -> IpcResult<RestoreResult> {
    ipc(desk, desk.restore_customer(customer_id, batch_id))
}
