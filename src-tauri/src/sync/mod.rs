//! The sync's status and problems for the UI (S3, S5). The engine itself lives in the core.

use garage_core::sync::engine::status::{SyncProblem, SyncStatus};
use garage_core::Desk;
use uuid::Uuid;

use crate::ipc_error::{ipc, IpcResult};

pub fn sync_status(desk: &Desk) -> IpcResult<SyncStatus> {
    ipc(desk, desk.sync_status())
}

pub fn sync_problems(desk: &Desk) -> IpcResult<Vec<SyncProblem>> {
    ipc(desk, desk.sync_problems())
}

pub fn mark_sync_problem_read(desk: &Desk, problem_id: Uuid) -> IpcResult<()> {
    ipc(desk, desk.mark_problem_read(problem_id))
}
