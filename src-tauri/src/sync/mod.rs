//! The sync's status and problems for the UI (S3, S5). The engine itself lives in the core.

use std::sync::Arc;

use garage_core::sync::status::{SyncProblem, SyncStatus};
use garage_core::Desk;
use tauri::State;
use uuid::Uuid;

use crate::blocking::with_desk;
use crate::ipc_arg::Arg;
use crate::ipc_error::{ipc, IpcResult};

#[tauri::command]
pub async fn sync_status(desk: State<'_, Arc<Desk>>) -> IpcResult<SyncStatus> {
    with_desk(&desk, |desk| ipc(desk, desk.sync_status())).await
}

#[tauri::command]
pub async fn sync_problems(desk: State<'_, Arc<Desk>>) -> IpcResult<Vec<SyncProblem>> {
    with_desk(&desk, |desk| ipc(desk, desk.sync_problems())).await
}

#[tauri::command]
pub async fn mark_sync_problem_read(desk: State<'_, Arc<Desk>>, problem_id: Arg<Uuid>) -> IpcResult<()> {
    with_desk(&desk, move |desk| ipc(desk, desk.mark_problem_read(problem_id.get(desk, "problemId")?))).await
}
