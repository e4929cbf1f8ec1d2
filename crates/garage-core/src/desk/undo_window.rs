//! U2–U4 and M7: who may undo a delete or a merge, and until when. The window is checked under
//! the cache's lock, where the sync decides what to push, so a change is either undone here or
//! sent, never both (issue 12).

use std::collections::HashMap;
use std::sync::{Mutex, MutexGuard};
use std::time::Instant;

use rusqlite::Connection;
use uuid::Uuid;

use super::{Desk, Session};
use crate::delete::UNDO_WINDOW;
use crate::error::CoreError;

/// A change this run of the app holds back while it may be undone.
pub(super) trait HeldForUndo: Clone {
    fn session_id(&self) -> Uuid;
    fn committed(&self) -> Instant;
}

/// The changes of one kind held for undo, and where their batches are kept.
pub(super) struct Held<'a, P> {
    pub pending: &'a Mutex<HashMap<Uuid, P>>,
    /// The table of their batches (`delete_batches`, `merge_batches`).
    pub batches: &'static str,
    /// What they are, for a batch nobody knows.
    pub what: &'static str,
}

impl Desk {
    /// The session and the locked cache, to undo `batch_id` now: or why not (never held here,
    /// held by another session, its window closed).
    pub(super) fn open_undo<P: HeldForUndo>(
        &self,
        held: Held<'_, P>,
        batch_id: Uuid,
    ) -> Result<(Session, MutexGuard<'_, Connection>), CoreError> {
        let session = self.require_session()?;
        let lock = |m: &Mutex<HashMap<Uuid, P>>| m.lock().unwrap_or_else(|p| p.into_inner()).get(&batch_id).cloned();
        let Some(pending) = lock(held.pending) else {
            let known: bool = self.connection().query_row(
                &format!("SELECT EXISTS (SELECT 1 FROM {} WHERE id = ?1)", held.batches),
                [batch_id.to_string()],
                |r| r.get(0),
            )?;
            return Err(if known { CoreError::UndoExpired } else { CoreError::NotFound(held.what) });
        };
        if pending.session_id() != session.id {
            return Err(CoreError::UndoNotAllowed);
        }
        let conn = self.connection();
        if self.clock.monotonic().saturating_duration_since(pending.committed()) >= UNDO_WINDOW {
            drop(conn);
            held.pending.lock().unwrap_or_else(|p| p.into_inner()).remove(&batch_id);
            return Err(CoreError::UndoExpired);
        }
        Ok((session, conn))
    }
}
