//! The desk's side of deleting: permission, token and the undo window around the core's
//! transaction. The undo window is kept in memory, measured on the monotonic clock (U3).

use std::time::Instant;

use rusqlite::{Transaction, TransactionBehavior};

use uuid::Uuid;

use super::undo_window::{held, Held, HeldForUndo};
use super::Desk;
use crate::delete::{self, no_fault, DeleteCheck, DeleteOutcome, DeleteResult, Deleted, PendingUndo, UndoResult};
use crate::error::CoreError;
use crate::staff::Permission;
use crate::sync::outbox;
use crate::sync::protocol::Mutation;

/// What the list's banner offers while delete `batch_id`, held for undo, may still be undone.
fn pending_undo(batch_id: Uuid, held: &HeldForUndo, now: Instant) -> Option<PendingUndo> {
    Some(PendingUndo {
        batch_id,
        customer_id: held.customer_id,
        customer_name: held.customer_name.clone(),
        remaining_ms: held.remaining_ms(now)?,
    })
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
        let (outcome, left) = self.mutate_held(change, &self.pending_undo, |outcome| match outcome {
            Deleted::Done { batch_id, customer_name } => Some((*batch_id, customer_id, customer_name.clone())),
            Deleted::Blocked(_) => None,
        })?;
        match outcome {
            Deleted::Done { batch_id, customer_name } => {
                let undo = left.map(|remaining_ms| PendingUndo { batch_id, customer_id, customer_name, remaining_ms });
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
        let window = Held { pending: &self.pending_undo, batches: "delete_batches", what: "delete" };
        let (session, mut conn) = self.open_undo(window, batch_id)?;
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
        pending.retain(|_, h| h.remaining_ms(now).is_some());
        Ok(pending
            .iter()
            .filter(|(_, p)| p.session_id == session.id)
            .max_by_key(|(_, p)| p.committed)
            .and_then(|(batch, h)| pending_undo(*batch, h, now)))
    }

    pub(super) fn pending(&self) -> std::sync::MutexGuard<'_, std::collections::HashMap<Uuid, HeldForUndo>> {
        held(&self.pending_undo)
    }
}
