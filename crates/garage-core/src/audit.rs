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
    let id = Uuid::new_v4();
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
#[derive(Debug, Clone)]
pub struct Actor {
    pub staff_id: Uuid,
    pub device_id: Uuid,
    pub now: String,
}

impl Actor {
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
        record(
            conn,
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
