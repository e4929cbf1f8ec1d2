//! Merging duplicate customers and the duplicate suggestions (README M1–M10, DS1–DS5): the
//! review, the merge, its undo, the suggested pairs and "Not a duplicate". Rules live in the core.

use std::sync::Arc;

use garage_core::merge::{DuplicateSuggestion, MergeResult, MergeReview, MergeUndoResult, MergeValues};
use garage_core::Desk;
use tauri::State;
use uuid::Uuid;

use crate::blocking::with_desk;
use crate::ipc_arg::Arg;
use crate::ipc_error::{ipc, IpcResult};

#[tauri::command]
pub async fn merge_review(desk: State<'_, Arc<Desk>>, customer_ids: Arg<Vec<Uuid>>) -> IpcResult<MergeReview> {
    with_desk(&desk, move |desk| ipc(desk, desk.merge_review(&customer_ids.get(desk, "customerIds")?))).await
}

#[tauri::command]
pub async fn merge_customers(
    desk: State<'_, Arc<Desk>>,
    survivor_id: Arg<Uuid>,
    merged_ids: Arg<Vec<Uuid>>,
    values: Arg<MergeValues>,
    token: Arg<String>,
) -> IpcResult<MergeResult> {
    with_desk(&desk, move |desk| {
        let survivor_id = survivor_id.get(desk, "survivorId")?;
        let merged_ids = merged_ids.get(desk, "mergedIds")?;
        let values = values.get(desk, "values")?;
        let token = token.get(desk, "token")?;
        ipc(desk, desk.merge_customers(survivor_id, &merged_ids, values, &token))
    })
    .await
}

#[tauri::command]
pub async fn undo_merge(desk: State<'_, Arc<Desk>>, batch_id: Arg<Uuid>) -> IpcResult<MergeUndoResult> {
    with_desk(&desk, move |desk| ipc(desk, desk.undo_merge(batch_id.get(desk, "batchId")?))).await
}

#[tauri::command]
pub async fn duplicate_suggestions(desk: State<'_, Arc<Desk>>) -> IpcResult<Vec<DuplicateSuggestion>> {
    with_desk(&desk, |desk| ipc(desk, desk.duplicate_suggestions())).await
}

#[tauri::command]
pub async fn dismiss_duplicate(
    desk: State<'_, Arc<Desk>>,
    customer_a: Arg<Uuid>,
    customer_b: Arg<Uuid>,
) -> IpcResult<()> {
    with_desk(&desk, move |desk| {
        let (a, b) = (customer_a.get(desk, "customerA")?, customer_b.get(desk, "customerB")?);
        ipc(desk, desk.dismiss_duplicate(a, b))
    })
    .await
}
