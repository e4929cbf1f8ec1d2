//! The sync's status and problems for the UI (S3, S5). The engine itself lives in the core.

use std::sync::Arc;

use garage_core::sync::status::{SyncProblem, SyncStatus};
use garage_core::Desk;
use tauri::State;
use uuid::Uuid;

use crate::ipc_arg::Arg;
use crate::ipc_error::{ipc, IpcResult};

#[tauri::command]
pub fn sync_status(desk: State<'_, Arc<Desk>>) -> IpcResult<SyncStatus> {
    ipc(&desk, desk.sync_status())
}

#[tauri::command]
pub fn sync_problems(desk: State<'_, Arc<Desk>>) -> IpcResult<Vec<SyncProblem>> {
    ipc(&desk, desk.sync_problems())
}

#[tauri::command]
pub fn mark_sync_problem_read(desk: State<'_, Arc<Desk>>, problem_id: Arg<Uuid>) -> IpcResult<()> {
    ipc(&desk, desk.mark_problem_read(problem_id.get(&desk, "problemId")?))
}
