//! Merging duplicate customers and the duplicate suggestions (README M1–M10, DS1–DS5): the
//! review, the merge, its undo, the suggested pairs and "Not a duplicate". Rules live in the core.

use garage_core::customers::ContactDetails;
use garage_core::merge::{DuplicateSuggestion, MergeResult, MergeReview, MergeUndoResult};
use garage_core::Desk;
use uuid::Uuid;

use crate::ipc_error::{ipc, IpcResult};

pub fn merge_review(desk: &Desk, customer_ids: Vec<Uuid>) -> IpcResult<MergeReview> {
    ipc(desk, desk.merge_review(&customer_ids))
}

pub fn merge_customers(
    desk: &Desk,
    survivor_id: Uuid,
    merged_ids: Vec<Uuid>,
    values: ContactDetails,
    token: String,
) -> IpcResult<MergeResult> {
    ipc(desk, desk.merge_customers(survivor_id, &merged_ids, values, &token))
}

pub fn undo_merge(desk: &Desk, batch_id: Uuid) -> IpcResult<MergeUndoResult> {
    ipc(desk, desk.undo_merge(batch_id))
}

pub fn duplicate_suggestions(desk: &Desk) -> IpcResult<Vec<DuplicateSuggestion>> {
    ipc(desk, desk.duplicate_suggestions())
}

pub fn dismiss_duplicate(desk: &Desk, customer_a: Uuid, customer_b: Uuid) -> IpcResult<()> {
    ipc(desk, desk.dismiss_duplicate(customer_a, customer_b))
}
