//! The delete as a change (D7–D9, D13), and the record of a delete undone before it left its desk.

use chrono::{DateTime, Utc};
use rusqlite::Connection;
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use super::{delete_in, no_fault, record_undone_in, token_matches, Deleted};
use crate::audit::Actor;
use crate::changes::{Change, TouchedRows};
use crate::error::CoreError;
use crate::i18n::Locale;
use crate::staff::Permission;

/// D7–D9: one customer, with the token as typed in the desk's language.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DeleteCustomer {
    pub customer_id: Uuid,
    pub token: String,
    pub locale: Locale,
}

impl Change for DeleteCustomer {
    type Outcome = Deleted;

    fn permission(&self) -> Option<Permission> {
        Some(Permission::CustomersDelete)
    }

    fn apply(&self, tx: &Connection, actor: &Actor, now: DateTime<Utc>) -> Result<Deleted, CoreError> {
        if !token_matches(self.locale, &self.token) {
            return Err(CoreError::WrongToken);
        }
        delete_in(tx, actor, now, self.customer_id, &mut no_fault)
    }

    fn changed(outcome: &Deleted) -> bool {
        matches!(outcome, Deleted::Done { .. })
    }

    /// U1: held back while it can be undone.
    fn held_batch(outcome: &Deleted) -> Option<Uuid> {
        match outcome {
            Deleted::Done { batch_id, .. } => Some(*batch_id),
            Deleted::Blocked(_) => None,
        }
    }

    fn touched_rows(&self, tx: &Connection, _mutation_id: Uuid, outcome: &Deleted) -> Result<TouchedRows, CoreError> {
        let Deleted::Done { batch_id, .. } = outcome else { return Ok(Vec::new()) };
        let mut rows = vec![("customers", self.customer_id.to_string()), ("delete_batches", batch_id.to_string())];
        for (table, column) in [
            ("vehicles", "delete_batch_id"),
            ("registrations", "ended_by_batch_id"),
            ("conversations", "delete_batch_id"),
        ] {
            let mut stmt = tx.prepare_cached(&format!("SELECT id FROM {table} WHERE {column} = ?1"))?;
            let ids = stmt.query_map([batch_id.to_string()], |r| r.get::<_, String>(0))?;
            for id in ids {
                rows.push((table, id?));
            }
        }
        Ok(rows)
    }
}

/// D13 (issue 12): a delete its desk undid before sending it, recorded on the server so its rate
/// limit counts it. No permission: it records what the person already did.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RecordUndoneDelete {
    pub customer_id: Uuid,
    pub batch_id: Uuid,
}

impl Change for RecordUndoneDelete {
    type Outcome = ();

    fn permission(&self) -> Option<Permission> {
        None
    }

    fn apply(&self, tx: &Connection, actor: &Actor, _now: DateTime<Utc>) -> Result<(), CoreError> {
        record_undone_in(tx, actor, self.customer_id, self.batch_id)
    }

    /// Only the batch here: the desk that undid it queues it beside the rows its undo put back.
    fn touched_rows(&self, _tx: &Connection, _mutation_id: Uuid, _outcome: &()) -> Result<TouchedRows, CoreError> {
        Ok(vec![("delete_batches", self.batch_id.to_string())])
    }
}
