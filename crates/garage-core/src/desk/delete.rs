//! The desk's side of deleting: permission, token and the undo window around the core's
//! transaction. The undo window is kept in memory, measured on the monotonic clock (U3).

use std::time::Instant;

use rusqlite::{Transaction, TransactionBehavior};

use uuid::Uuid;

use super::undo_window::{Held, HeldForUndo};
use super::Desk;
use crate::delete::{
    self, no_fault, DeleteCheck, DeleteOutcome, DeleteResult, Deleted, PendingUndo, UndoResult, UNDO_WINDOW,
};
use crate::error::CoreError;
use crate::staff::Permission;
use crate::sync::outbox;
use crate::sync::protocol::Mutation;

/// A delete that may still be undone by the session that made it.
#[derive(Debug, Clone)]
pub struct PendingDelete {
    pub session_id: Uuid,
    pub customer_id: Uuid,
    pub customer_name: String,
    pub committed: Instant,
}

impl PendingDelete {
    fn remaining(&self, now: Instant) -> Option<std::time::Duration> {
        UNDO_WINDOW.checked_sub(now.saturating_duration_since(self.committed)).filter(|d| !d.is_zero())
    }

    fn to_pending_undo(&self, batch_id: Uuid, now: Instant) -> Option<PendingUndo> {
        self.remaining(now).map(|left| PendingUndo {
            batch_id,
            customer_id: self.customer_id,
            customer_name: self.customer_name.clone(),
            remaining_ms: u32::try_from(left.as_millis()).unwrap_or(u32::MAX),
        })
    }
}

impl HeldForUndo for PendingDelete {
    fn session_id(&self) -> Uuid {
        self.session_id
    }

    fn committed(&self) -> Instant {
        self.committed
    }
}

impl Desk {
    /// D2: the pre-flight check for the dialog.
    pub fn check_delete(&self, customer_id: Uuid) -> Result<DeleteCheck, CoreError> {
        self.require(Permission::CustomersDelete)?;
        let check = delete::preflight(&self.connection(), customer_id)?;
        Ok(check.to_check(customer_id, &self.messages, self.locale()))
    }

    /// D7, D8, D9, D12, D13: one customer, the typed token, one transaction.
    pub fn delete_customer(&self, customer_id: Uuid, typed_token: &str) -> Result<DeleteResult, CoreError> {
        let locale = self.locale();
        // Queued trimmed (the comparison ignores the spaces around it): the push stays small
        // however many spaces were typed.
        let change = delete::DeleteCustomer { customer_id, token: typed_token.trim().to_owned(), locale };
        // The undo window opens before the delete commits (see `mutate_holding`), and closes
        // again if the commit fails.
        let registered = std::cell::Cell::new(None);
        let result = self.mutate_holding(change, |session, outcome| {
            if let Deleted::Done { batch_id, customer_name } = outcome {
                let pending = PendingDelete {
                    session_id: session.id,
                    customer_id,
                    customer_name: customer_name.clone(),
                    committed: self.clock.monotonic(),
                };
                self.pending().insert(*batch_id, pending);
                registered.set(Some(*batch_id));
            }
        });
        let (_, outcome) = result.inspect_err(|_| {
            if let Some(batch_id) = registered.get() {
                self.pending().remove(&batch_id);
            }
        })?;
        match outcome {
            Deleted::Done { batch_id, .. } => {
                let undo = self.pending().get(&batch_id).and_then(|p| p.to_pending_undo(batch_id, p.committed));
                Ok(DeleteResult { outcome: DeleteOutcome::Deleted, undo, check: None })
            }
            Deleted::Blocked(preflight) => Ok(DeleteResult {
                outcome: DeleteOutcome::Blocked,
                undo: None,
                check: Some(preflight.to_check(customer_id, &self.messages, locale)),
            }),
        }
    }

    /// U2–U5: undo within 30 s, by the session that deleted, whole or not at all. The window is
    /// checked under the cache's lock, where the sync decides what to push: a delete is either
    /// undone here or sent, never both (issue 12).
    pub fn undo_delete(&self, batch_id: Uuid) -> Result<UndoResult, CoreError> {
        let held = Held { pending: &self.pending_undo, batches: "delete_batches", what: "delete" };
        let (session, mut conn) = self.open_undo(held, batch_id)?;
        let actor = self.actor(&session);
        let tx = Transaction::new(&mut conn, TransactionBehavior::Immediate)?;
        let (customer_id, customer_name, put_back) =
            delete::undo_in(&tx, &actor, batch_id, "customer.undo_delete", &mut no_fault)?;
        // The delete, still held in the outbox, never leaves the desk.
        outbox::drop_batch(&tx, batch_id)?;
        // D13: an undone delete still counts, on the server too. In place of the delete, which
        // never leaves the desk, the server is told it was made and undone.
        let mut record = Mutation {
            id: actor.mutation_id,
            staff_id: actor.staff_id,
            created_at: actor.now.clone(),
            kind: delete::RecordUndoneDelete { customer_id, batch_id }.into(),
            credential_id: None,
            proof: None,
        };
        crate::credentials::sign_mutation(&session.credential, self.device_id, &mut record);
        // The rows the undo put back differ from the server's by their stamps only: they are
        // fetched again once the server has the record, so this desk ends as the server holds them.
        let mut rows = vec![("delete_batches", batch_id.to_string()), ("customers", customer_id.to_string())];
        for (table, ids) in [
            ("vehicles", &put_back.vehicles),
            ("registrations", &put_back.registrations),
            ("conversations", &put_back.conversations),
        ] {
            rows.extend(ids.iter().map(|id| (table, id.to_string())));
        }
        outbox::enqueue(&tx, &record, None, &rows)?;
        outbox::refresh_after_answer(&tx, record.id)?;
        tx.commit()?;
        drop(conn);
        self.pending().remove(&batch_id);
        self.sync_notify.notify_one();
        Ok(UndoResult { customer_id, customer_name })
    }

    /// The newest delete this session can still undo, for the list's banner (U1).
    pub fn pending_undo(&self) -> Result<Option<PendingUndo>, CoreError> {
        let session = self.require_session()?;
        let now = self.clock.monotonic();
        let mut pending = self.pending();
        pending.retain(|_, p| p.remaining(now).is_some());
        Ok(pending
            .iter()
            .filter(|(_, p)| p.session_id == session.id)
            .max_by_key(|(_, p)| p.committed)
            .and_then(|(batch, p)| p.to_pending_undo(*batch, now)))
    }

    pub(super) fn pending(&self) -> std::sync::MutexGuard<'_, std::collections::HashMap<Uuid, PendingDelete>> {
        self.pending_undo.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
    }
}
