//! PIN check with lock-out after repeated failures, persisted so a restart does not reset it.
//! The lock-out is the database's own: the central server's for online sign-ins, and a desk's for
//! its offline ones (the columns are never synced).

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

/// Signs in against the PIN hash (the central server, which alone holds them).
pub fn sign_in(conn: &Connection, staff_id: Uuid, pin: &str, now: DateTime<Utc>) -> Result<StaffMember, CoreError> {
    let (member, ()) = sign_in_with(conn, staff_id, now, |conn| {
        let hash: Option<String> =
            conn.query_row("SELECT pin_hash FROM staff_users WHERE id = ?1", [staff_id.to_string()], |r| r.get(0))?;
        Ok(hash.is_some_and(|hash| verify_pin(pin, &hash)).then_some(()))
    })?;
    Ok(member)
}

/// The lock-out around a PIN check: refuses a locked account without checking, runs `check`
/// (`Some` when the PIN is right), and counts a failure or clears the count.
pub fn sign_in_with<T>(
    conn: &Connection,
    staff_id: Uuid,
    now: DateTime<Utc>,
    check: impl FnOnce(&Connection) -> Result<Option<T>, CoreError>,
) -> Result<(StaffMember, T), CoreError> {
    let row: Option<(u32, Option<String>)> = conn
        .query_row(
            "SELECT failed_attempts, locked_until FROM staff_users WHERE id = ?1 AND active = 1",
            params![staff_id.to_string()],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?;
    let (failed, locked_until) = row.ok_or(CoreError::NotFound("staff member"))?;
    if let Some(until) = locked_until.as_deref().and_then(from_storage).filter(|t| *t > now) {
        return Err(CoreError::LockedOut { until });
    }
    // A lock that has run out starts the count afresh.
    let failed = if locked_until.is_some() { 0 } else { failed };

    if let Some(verified) = check(conn)? {
        conn.execute(
            "UPDATE staff_users SET failed_attempts = 0, locked_until = NULL WHERE id = ?1",
            params![staff_id.to_string()],
        )?;
        return Ok((find_staff(conn, staff_id, now)?, verified));
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
