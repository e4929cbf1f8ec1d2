//! M3–M8 and DS4 as changes: merging customers, and marking a pair "Not a duplicate".

use chrono::{DateTime, Utc};
use rusqlite::Connection;
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use super::{dismiss_in, merge_in, token_matches, Merged, MOVED_TABLES};
use crate::audit::Actor;
use crate::changes::{Change, TouchedRows};
use crate::customers::ContactDetails;
use crate::error::CoreError;
use crate::i18n::Locale;
use crate::staff::Permission;

/// Merges `merged_ids` into `survivor_id`, keeping `values`, with the token as typed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MergeCustomers {
    pub survivor_id: Uuid,
    pub merged_ids: Vec<Uuid>,
    pub values: ContactDetails,
    pub token: String,
    pub locale: Locale,
}

impl Change for MergeCustomers {
    type Outcome = Merged;

    fn permission(&self) -> Option<Permission> {
        Some(Permission::CustomersMerge)
    }

    fn apply(&self, tx: &Connection, actor: &Actor, _now: DateTime<Utc>) -> Result<Merged, CoreError> {
        if !token_matches(self.locale, &self.token) {
            return Err(CoreError::WrongMergeToken);
        }
        merge_in(tx, actor, self.survivor_id, &self.merged_ids, &self.values)
    }

    /// M7: held back while it can be undone.
    fn held_batch(merged: &Merged) -> Option<Uuid> {
        Some(merged.batch_id)
    }

    fn touched_rows(&self, _tx: &Connection, _mutation_id: Uuid, merged: &Merged) -> Result<TouchedRows, CoreError> {
        let mut rows = vec![("customers", merged.survivor_id.to_string())];
        rows.extend(merged.merged_ids.iter().map(|id| ("customers", id.to_string())));
        rows.push(("merge_batches", merged.batch_id.to_string()));
        for moved in &merged.moved {
            if let Some((table, _)) = MOVED_TABLES.iter().find(|(t, _)| *t == moved.table) {
                rows.push((*table, moved.id.to_string()));
            }
        }
        Ok(rows)
    }
}

/// DS4: "Not a duplicate" for a suggested pair. The outcome is the dismissal's id.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DismissDuplicate {
    pub customer_a: Uuid,
    pub customer_b: Uuid,
}

impl Change for DismissDuplicate {
    type Outcome = Uuid;

    fn permission(&self) -> Option<Permission> {
        Some(Permission::CustomersMerge)
    }

    fn apply(&self, tx: &Connection, actor: &Actor, _now: DateTime<Utc>) -> Result<Uuid, CoreError> {
        dismiss_in(tx, actor, self.customer_a, self.customer_b)
    }

    fn touched_rows(&self, _tx: &Connection, _mutation_id: Uuid, dismissal: &Uuid) -> Result<TouchedRows, CoreError> {
        Ok(vec![("duplicate_dismissals", dismissal.to_string())])
    }
}
