//! The desk's side of merging (M1–M10) and of the duplicate suggestions (DS1–DS5): the
//! permission and the typed token around the core's review and transaction, and the undo window
//! of a merge, kept in memory and measured on the monotonic clock like a delete's (U3).

use uuid::Uuid;

use super::undo_window::{held, Held};
use super::Desk;
use crate::customers::ContactDetails;
use crate::error::CoreError;
use crate::merge::{self, DuplicateSuggestion, MergeResult, MergeReview, MergeUndoResult, PendingMergeUndo};
use crate::staff::Permission;

impl Desk {
    /// M1–M5: the review of 2–5 customers, for the merge screen.
    pub fn merge_review(&self, customer_ids: &[Uuid]) -> Result<MergeReview, CoreError> {
        self.require(Permission::CustomersMerge)?;
        let locale = self.locale();
        merge::review(&self.connection(), customer_ids, &self.messages, locale)
    }

    /// M3–M9: merges `merged_ids` into `survivor_id` keeping `values`, once the user typed the
    /// token, in one transaction that also queues it for the server (held back while it can be
    /// undone).
    pub fn merge_customers(
        &self,
        survivor_id: Uuid,
        merged_ids: &[Uuid],
        values: ContactDetails,
        typed_token: &str,
    ) -> Result<MergeResult, CoreError> {
        let locale = self.locale();
        let change = crate::merge::MergeCustomers {
            survivor_id,
            merged_ids: merged_ids.to_vec(),
            values,
            token: typed_token.trim().to_owned(),
            locale,
        };
        let (merged, left) = self.mutate_held(change, &self.pending_merges, |merged| {
            Some((merged.batch_id, merged.survivor_id, merged.survivor_name.clone()))
        })?;
        let undo = left.map(|remaining_ms| PendingMergeUndo {
            batch_id: merged.batch_id,
            survivor_id: merged.survivor_id,
            survivor_name: merged.survivor_name.clone(),
            remaining_ms,
        });
        Ok(MergeResult {
            survivor_id: merged.survivor_id,
            survivor_name: merged.survivor_name,
            merged: merged.merged_ids.len() as u32,
            undo,
        })
    }

    /// M7: undo within 30 s, by the session that merged, whole or not at all.
    pub fn undo_merge(&self, batch_id: Uuid) -> Result<MergeUndoResult, CoreError> {
        let window = Held { pending: &self.pending_merges, batches: "merge_batches", what: "merge" };
        let (session, mut conn) = self.open_undo(window, batch_id)?;
        let actor = self.actor(&session);
        let tx = rusqlite::Transaction::new(&mut conn, rusqlite::TransactionBehavior::Immediate)?;
        let (survivor_id, survivor_name) = merge::undo_merge_in(&tx, &actor, batch_id, "customer.undo_merge")?;
        // The merge, still held in the outbox, never leaves the desk.
        crate::sync::outbox::drop_batch(&tx, batch_id)?;
        tx.commit()?;
        held(&self.pending_merges).remove(&batch_id);
        Ok(MergeUndoResult { survivor_id, survivor_name })
    }

    /// DS1–DS4: the likely duplicate pairs, strongest first.
    pub fn duplicate_suggestions(&self) -> Result<Vec<DuplicateSuggestion>, CoreError> {
        self.require(Permission::CustomersMerge)?;
        let locale = self.locale();
        merge::suggestions(&self.connection(), &self.messages, locale)
    }

    /// DS4: "Not a duplicate", for good and on every desk.
    pub fn dismiss_duplicate(&self, customer_a: Uuid, customer_b: Uuid) -> Result<(), CoreError> {
        self.mutate(crate::merge::DismissDuplicate { customer_a, customer_b })?;
        Ok(())
    }
}
