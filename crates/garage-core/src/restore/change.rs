//! R6: restoring a customer after the undo window, as a change.

use chrono::{DateTime, Utc};
use rusqlite::Connection;
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use super::{restore_in, Restored};
use crate::audit::Actor;
use crate::changes::{Change, TouchedRows};
use crate::error::CoreError;
use crate::staff::Permission;

/// The customer's delete `batch_id`, put back.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RestoreCustomer {
    pub customer_id: Uuid,
    pub batch_id: Uuid,
}

impl Change for RestoreCustomer {
    type Outcome = Restored;

    fn permission(&self) -> Option<Permission> {
        Some(Permission::CustomersRestore)
    }

    fn apply(&self, tx: &Connection, actor: &Actor, _now: DateTime<Utc>) -> Result<Restored, CoreError> {
        restore_in(tx, actor, self.customer_id, self.batch_id, &mut crate::delete::no_fault)
    }

    fn touched_rows(
        &self,
        _tx: &Connection,
        _mutation_id: Uuid,
        restored: &Restored,
    ) -> Result<TouchedRows, CoreError> {
        let mut rows = vec![("customers", self.customer_id.to_string()), ("delete_batches", self.batch_id.to_string())];
        let put_back = &restored.put_back;
        for (table, ids) in [
            ("vehicles", &put_back.vehicles),
            ("registrations", &put_back.registrations),
            ("conversations", &put_back.conversations),
        ] {
            rows.extend(ids.iter().map(|id| (table, id.to_string())));
        }
        Ok(rows)
    }
}
