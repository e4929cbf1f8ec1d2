//! The append-only audit log: who did what, when, from which device, with the ids touched.

use rusqlite::{params, Connection};
use uuid::Uuid;

use crate::error::CoreError;

pub struct AuditEntry<'a> {
    pub occurred_at: &'a str,
    pub actor: Option<Uuid>,
    pub device: Uuid,
    /// e.g. "staff.sign_in", "customer.delete".
    pub action: &'a str,
    pub subject_type: &'a str,
    pub subject_id: Option<Uuid>,
    pub batch: Option<Uuid>,
    pub details: serde_json::Value,
}

pub fn record(conn: &Connection, entry: &AuditEntry<'_>) -> Result<Uuid, CoreError> {
    record_with_id(conn, Uuid::new_v4(), entry)
}

fn record_with_id(conn: &Connection, id: Uuid, entry: &AuditEntry<'_>) -> Result<Uuid, CoreError> {
    conn.prepare_cached(
        "INSERT INTO audit_entries (id, occurred_at, actor_id, device_id, action, subject_type, subject_id, batch_id, details)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
    )?
    .execute(params![
        id.to_string(),
        entry.occurred_at,
        entry.actor.map(|a| a.to_string()),
        entry.device.to_string(),
        entry.action,
        entry.subject_type,
        entry.subject_id.map(|s| s.to_string()),
        entry.batch.map(|b| b.to_string()),
        entry.details.to_string(),
    ])?;
    Ok(id)
}

/// Who is acting, from where, and when (storage form): what every audited change needs.
/// `mutation_id` names the change: rows it creates get ids derived from it, so the device and
/// the server, replaying the same change, create the very same rows.
#[derive(Debug, Clone)]
pub struct Actor {
    pub staff_id: Uuid,
    pub device_id: Uuid,
    pub now: String,
    pub mutation_id: Uuid,
}

impl Actor {
    /// The id of the row this change creates for `what`.
    pub fn derived_id(&self, what: &str) -> Uuid {
        crate::ids::derived_id(self.mutation_id, what)
    }

    /// Records `action` on `subject` by this actor.
    pub fn record(
        &self,
        conn: &Connection,
        action: &str,
        subject_type: &str,
        subject_id: Uuid,
        batch: Option<Uuid>,
        details: serde_json::Value,
    ) -> Result<Uuid, CoreError> {
        record_with_id(
            conn,
            self.derived_id(&format!("audit:{action}:{subject_id}")),
            &AuditEntry {
                occurred_at: &self.now,
                actor: Some(self.staff_id),
                device: self.device_id,
                action,
                subject_type,
                subject_id: Some(subject_id),
                batch,
                details,
            },
        )
    }
}
