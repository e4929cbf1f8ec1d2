//! U2–U4 and M7: who may undo a delete or a merge, and until when. The window is kept in memory
//! (a restart forgets it, U3) and measured on the monotonic clock. It is checked under the cache's
//! lock, where the sync decides what to push, so a change is either undone here or sent, never
//! both (issue 12).

use std::cell::Cell;
use std::collections::HashMap;
use std::sync::{Mutex, MutexGuard};
use std::time::{Duration, Instant};

use rusqlite::Connection;
use uuid::Uuid;

use super::{Desk, Session};
use crate::changes::Change;
use crate::delete::UNDO_WINDOW;
use crate::error::CoreError;
use crate::sync::protocol::MutationKind;

/// A delete or a merge this run of the app holds back while the session that made it may undo it.
#[derive(Debug, Clone)]
pub struct HeldForUndo {
    pub session_id: Uuid,
    /// The customer it is about: the one deleted, or the one a merge kept.
    pub customer_id: Uuid,
    pub customer_name: String,
    pub committed: Instant,
}

impl HeldForUndo {
    /// The time left to undo it at `now`, in ms; `None` once the window has closed.
    pub fn remaining_ms(&self, now: Instant) -> Option<u32> {
        let left = UNDO_WINDOW.checked_sub(now.saturating_duration_since(self.committed)).filter(|d| !d.is_zero())?;
        Some(window_ms(left))
    }
}

/// A stretch of the undo window in ms, as the UI counts it down.
fn window_ms(left: Duration) -> u32 {
    u32::try_from(left.as_millis()).unwrap_or(u32::MAX)
}

/// The deletes, or the merges, held for undo, by batch.
pub(super) type HeldBatches = Mutex<HashMap<Uuid, HeldForUndo>>;

/// The batches held, locked.
pub(super) fn held(batches: &HeldBatches) -> MutexGuard<'_, HashMap<Uuid, HeldForUndo>> {
    batches.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
}

/// The changes of one kind held for undo, and where their batches are kept.
pub(super) struct Held<'a> {
    pub pending: &'a HeldBatches,
    /// The table of their batches (`delete_batches`, `merge_batches`).
    pub batches: &'static str,
    /// What they are, for a batch nobody knows.
    pub what: &'static str,
}

impl Desk {
    /// [`Desk::mutate`] for a change that can be undone: the batch `hold` names in its outcome
    /// (with the customer it is about) is held for this session before the change commits (see
    /// `mutate_holding`), and let go again if the commit fails. Returns the outcome and, when a
    /// batch is held, the ms left to undo it: the whole window, as it has only just opened.
    pub(super) fn mutate_held<C>(
        &self,
        change: C,
        batches: &HeldBatches,
        hold: impl Fn(&C::Outcome) -> Option<(Uuid, Uuid, String)>,
    ) -> Result<(C::Outcome, Option<u32>), CoreError>
    where
        C: Change + Into<MutationKind>,
    {
        let registered = Cell::new(None);
        let result = self.mutate_holding(change, |session, outcome| {
            if let Some((batch_id, customer_id, customer_name)) = hold(outcome) {
                let committed = self.clock.monotonic();
                held(batches)
                    .insert(batch_id, HeldForUndo { session_id: session.id, customer_id, customer_name, committed });
                registered.set(Some(batch_id));
            }
        });
        let (_, outcome) = result.inspect_err(|_| {
            if let Some(batch_id) = registered.get() {
                held(batches).remove(&batch_id);
            }
        })?;
        Ok((outcome, registered.get().map(|_| window_ms(UNDO_WINDOW))))
    }

    /// Whether this run of the app may still undo batch `batch_id`, a delete or a merge (its push
    /// waits until not).
    pub fn is_undoable(&self, batch_id: Uuid) -> bool {
        let now = self.clock.monotonic();
        [&self.pending_undo, &self.pending_merges]
            .into_iter()
            .any(|batches| held(batches).get(&batch_id).is_some_and(|h| h.remaining_ms(now).is_some()))
    }

    /// The session and the locked cache, to undo `batch_id` now: or why not (never held here,
    /// held by another session, its window closed).
    pub(super) fn open_undo(
        &self,
        held_batches: Held<'_>,
        batch_id: Uuid,
    ) -> Result<(Session, MutexGuard<'_, Connection>), CoreError> {
        let session = self.require_session()?;
        let Some(pending) = held(held_batches.pending).get(&batch_id).cloned() else {
            let known: bool = self.connection().query_row(
                &format!("SELECT EXISTS (SELECT 1 FROM {} WHERE id = ?1)", held_batches.batches),
                [batch_id.to_string()],
                |r| r.get(0),
            )?;
            return Err(if known { CoreError::UndoExpired } else { CoreError::NotFound(held_batches.what) });
        };
        if pending.session_id != session.id {
            return Err(CoreError::UndoNotAllowed);
        }
        let conn = self.connection();
        if pending.remaining_ms(self.clock.monotonic()).is_none() {
            drop(conn);
            held(held_batches.pending).remove(&batch_id);
            return Err(CoreError::UndoExpired);
        }
        Ok((session, conn))
    }
}
