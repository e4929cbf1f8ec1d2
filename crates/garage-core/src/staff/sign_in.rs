//! PIN check with lock-out after repeated failures, persisted so a restart does not reset it.

use std::time::Duration;

use chrono::{DateTime, Utc};
use rusqlite::{params, Connection, OptionalExtension};
use uuid::Uuid;

use super::{find_staff, verify_pin, StaffMember};
use crate::clock::{from_storage, to_storage};
use crate::error::CoreError;

/// Wrong PINs in a row before the account locks.
pub const MAX_FAILED_ATTEMPTS: u32 = 5;
/// How long a locked account stays locked.
pub const LOCKOUT: Duration = Duration::from_secs(5 * 60);

pub fn sign_in(conn: &Connection, staff_id: Uuid, pin: &str, now: DateTime<Utc>) -> Result<StaffMember, CoreError> {
    let row: Option<(String, u32, Option<String>)> = conn
        .query_row(
            "SELECT pin_hash, failed_attempts, locked_until FROM staff_users WHERE id = ?1 AND active = 1",
            params![staff_id.to_string()],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )
        .optional()?;
    let (hash, failed, locked_until) = row.ok_or(CoreError::NotFound("staff member"))?;
    if let Some(until) = locked_until.as_deref().and_then(from_storage).filter(|t| *t > now) {
        return Err(CoreError::LockedOut { until });
    }
    // A lock that has run out starts the count afresh.
    let failed = if locked_until.is_some() { 0 } else { failed };

    if verify_pin(pin, &hash) {
        conn.execute(
            "UPDATE staff_users SET failed_attempts = 0, locked_until = NULL WHERE id = ?1",
            params![staff_id.to_string()],
        )?;
        return find_staff(conn, staff_id, now);
    }

    let failed = failed + 1;
    if failed >= MAX_FAILED_ATTEMPTS {
        let until = now + chrono::Duration::from_std(LOCKOUT).expect("lockout fits");
        conn.execute(
            "UPDATE staff_users SET failed_attempts = ?2, locked_until = ?3 WHERE id = ?1",
            params![staff_id.to_string(), failed, to_storage(until)],
        )?;
    } else {
        conn.execute(
            "UPDATE staff_users SET failed_attempts = ?2, locked_until = NULL WHERE id = ?1",
            params![staff_id.to_string(), failed],
        )?;
    }
    Err(CoreError::WrongPin { attempts_left: MAX_FAILED_ATTEMPTS.saturating_sub(failed) })
}
