//! The desk's side of merging (M1–M10) and of the duplicate suggestions (DS1–DS5): the
//! permission and the typed token around the core's review and transaction, and the undo window
//! of a merge, kept in memory and measured on the monotonic clock like a delete's (U3).

use std::time::Instant;

use uuid::Uuid;

use super::undo_window::{Held, HeldForUndo};
use super::Desk;
use crate::customers::ContactDetails;
use crate::delete::UNDO_WINDOW;
use crate::error::CoreError;
use crate::merge::{self, DuplicateSuggestion, MergeResult, MergeReview, MergeUndoResult, PendingMergeUndo};
use crate::staff::Permission;

/// A merge that may still be undone by the session that made it.
#[derive(Debug, Clone)]
pub struct PendingMerge {
    pub session_id: Uuid,
    pub survivor_id: Uuid,
    pub survivor_name: String,
    pub committed: Instant,
}

impl PendingMerge {
    fn remaining(&self, now: Instant) -> Option<std::time::Duration> {
        UNDO_WINDOW.checked_sub(now.saturating_duration_since(self.committed)).filter(|d| !d.is_zero())
    }
}

impl HeldForUndo for PendingMerge {
    fn session_id(&self) -> Uuid {
        self.session_id
    }

    fn committed(&self) -> Instant {
        self.committed
    }
}

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
        let registered = std::cell::Cell::new(None);
        let result = self.mutate_holding(change, |session, merged| {
            let pending = PendingMerge {
                session_id: session.id,
                survivor_id: merged.survivor_id,
                survivor_name: merged.survivor_name.clone(),
                committed: self.clock.monotonic(),
            };
            self.pending_merges().insert(merged.batch_id, pending);
            registered.set(Some(merged.batch_id));
        });
        let (_, merged) = result.inspect_err(|_| {
            if let Some(batch_id) = registered.get() {
                self.pending_merges().remove(&batch_id);
            }
        })?;
        let undo = self.pending_merges().get(&merged.batch_id).and_then(|p| {
            p.remaining(p.committed).map(|left| PendingMergeUndo {
                batch_id: merged.batch_id,
                survivor_id: p.survivor_id,
                survivor_name: p.survivor_name.clone(),
                remaining_ms: u32::try_from(left.as_millis()).unwrap_or(u32::MAX),
            })
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
        let held = Held { pending: &self.pending_merges, batches: "merge_batches", what: "merge" };
        let (session, mut conn) = self.open_undo(held, batch_id)?;
        let actor = self.actor(&session);
        let tx = rusqlite::Transaction::new(&mut conn, rusqlite::TransactionBehavior::Immediate)?;
        let (survivor_id, survivor_name) = merge::undo_merge_in(&tx, &actor, batch_id, "customer.undo_merge")?;
        // The merge, still held in the outbox, never leaves the desk.
        crate::sync::outbox::drop_batch(&tx, batch_id)?;
        tx.commit()?;
        self.pending_merges().remove(&batch_id);
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

    pub(super) fn merge_is_undoable(&self, batch_id: Uuid, now: Instant) -> bool {
        self.pending_merges().get(&batch_id).is_some_and(|p| p.remaining(now).is_some())
    }

    fn pending_merges(&self) -> std::sync::MutexGuard<'_, std::collections::HashMap<Uuid, PendingMerge>> {
        self.pending_merges.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
    }
}
