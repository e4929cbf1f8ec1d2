//! PIN check with lock-out after repeated failures, persisted so a restart does not reset it.
//! The lock-out is the database's own: a desk counts its offline sign-ins on the person's row (the
//! columns are never synced); the central server counts per desk and person (issue 12), through
//! [`FailedPins`], so a lock-out at one desk does not follow the person to another.

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

/// A lock-out rule: `max_failed` wrong PINs in a row lock for `duration`, and a lock that has run
/// out starts the count afresh. The core's per-person rule, and the central server's per-device one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Lockout {
    pub max_failed: u32,
    pub duration: Duration,
}

/// Per person: [`MAX_FAILED_ATTEMPTS`] wrong PINs lock for [`LOCKOUT`].
pub const PERSON_LOCKOUT: Lockout = Lockout { max_failed: MAX_FAILED_ATTEMPTS, duration: LOCKOUT };

impl Lockout {
    /// The end of a stored lock, if it still holds at `now`.
    pub fn holds(locked_until: Option<&str>, now: DateTime<Utc>) -> Option<DateTime<Utc>> {
        locked_until.and_then(from_storage).filter(|t| *t > now)
    }

    /// The count of wrong PINs and the lock (if it now locks) after one more, from the stored ones
    /// (a lock that is stored has run out: [`Lockout::holds`] refused before any check).
    pub fn after_failure(&self, failed: u32, locked_until: Option<&str>, now: DateTime<Utc>) -> (u32, Option<String>) {
        let failed = if locked_until.is_some() { 1 } else { failed + 1 };
        let until = (failed >= self.max_failed)
            .then(|| to_storage(now + chrono::Duration::from_std(self.duration).expect("lockout fits")));
        (failed, until)
    }
}

/// Where a person's wrong PINs in a row, and their lock, are counted.
pub trait FailedPins {
    /// The count and the stored lock of `staff_id` (none yet: `(0, None)`).
    fn load(&self, conn: &Connection, staff_id: Uuid) -> Result<(u32, Option<String>), CoreError>;
    /// Stores them; `(0, None)` after a right PIN.
    fn save(&self, conn: &Connection, staff_id: Uuid, failed: u32, locked_until: Option<&str>)
        -> Result<(), CoreError>;
}

/// The count and the stored lock that `sql` selects (`failed_attempts, locked_until` of one row),
/// `(0, None)` when there is no row: what each [`FailedPins::load`] reads, from its own place.
pub fn stored_count(
    conn: &Connection,
    sql: &str,
    key: impl rusqlite::Params,
) -> Result<(u32, Option<String>), CoreError> {
    Ok(conn.query_row(sql, key, |r| Ok((r.get(0)?, r.get(1)?))).optional()?.unwrap_or((0, None)))
}

/// The person's own row (`staff_users.failed_attempts`, `locked_until`, never synced): a desk's
/// count of the PINs typed at it offline.
pub struct OnStaffRow;

impl FailedPins for OnStaffRow {
    fn load(&self, conn: &Connection, staff_id: Uuid) -> Result<(u32, Option<String>), CoreError> {
        stored_count(
            conn,
            "SELECT failed_attempts, locked_until FROM staff_users WHERE id = ?1",
            [staff_id.to_string()],
        )
    }

    fn save(
        &self,
        conn: &Connection,
        staff_id: Uuid,
        failed: u32,
        locked_until: Option<&str>,
    ) -> Result<(), CoreError> {
        conn.execute(
            "UPDATE staff_users SET failed_attempts = ?2, locked_until = ?3 WHERE id = ?1",
            params![staff_id.to_string(), failed, locked_until],
        )?;
        Ok(())
    }
}

/// Signs in against the PIN hash (the central server, which alone holds them), counting wrong
/// PINs in `count`.
pub fn sign_in(
    conn: &Connection,
    staff_id: Uuid,
    pin: &str,
    now: DateTime<Utc>,
    count: &dyn FailedPins,
) -> Result<StaffMember, CoreError> {
    let (member, ()) = sign_in_counted(conn, staff_id, now, count, |conn| {
        let hash: Option<String> =
            conn.query_row("SELECT pin_hash FROM staff_users WHERE id = ?1", [staff_id.to_string()], |r| r.get(0))?;
        Ok(hash.is_some_and(|hash| verify_pin(pin, &hash)).then_some(()))
    })?;
    Ok(member)
}

/// [`sign_in_counted`] with the count on the person's own row: a desk's sign-ins.
pub fn sign_in_with<T>(
    conn: &Connection,
    staff_id: Uuid,
    now: DateTime<Utc>,
    check: impl FnOnce(&Connection) -> Result<Option<T>, CoreError>,
) -> Result<(StaffMember, T), CoreError> {
    sign_in_counted(conn, staff_id, now, &OnStaffRow, check)
}

/// The lock-out around a PIN check: refuses someone who is not an active staff member, or who is
/// locked in `count`, without checking; runs `check` (`Some` when the PIN is right), and counts a
/// failure or clears the count.
pub fn sign_in_counted<T>(
    conn: &Connection,
    staff_id: Uuid,
    now: DateTime<Utc>,
    count: &dyn FailedPins,
    check: impl FnOnce(&Connection) -> Result<Option<T>, CoreError>,
) -> Result<(StaffMember, T), CoreError> {
    let active: bool = conn.query_row(
        "SELECT EXISTS (SELECT 1 FROM staff_users WHERE id = ?1 AND active = 1)",
        params![staff_id.to_string()],
        |r| r.get(0),
    )?;
    if !active {
        return Err(CoreError::NotFound("staff member"));
    }
    let (failed, locked_until) = count.load(conn, staff_id)?;
    if let Some(until) = Lockout::holds(locked_until.as_deref(), now) {
        return Err(CoreError::LockedOut { until });
    }

    if let Some(verified) = check(conn)? {
        count.save(conn, staff_id, 0, None)?;
        return Ok((find_staff(conn, staff_id, now)?, verified));
    }

    let (failed, until) = PERSON_LOCKOUT.after_failure(failed, locked_until.as_deref(), now);
    count.save(conn, staff_id, failed, until.as_deref())?;
    Err(CoreError::WrongPin { attempts_left: MAX_FAILED_ATTEMPTS.saturating_sub(failed) })
}
