//! A staff member signing in on a device (issue 9): wrong PINs are counted per desk and person (the
//! core's lock-out: five lock that person out at that desk only, issue 12) and per device (a desk
//! guessing at many people's PINs is paused), both kept across restarts; a right PIN registers or
//! confirms the person's credential there.

use std::time::Duration;

use chrono::{DateTime, Utc};
use garage_core::clock::to_storage;
use garage_core::staff::{self, stored_count, FailedPins, Lockout, StaffMember};
use garage_core::sync::protocol::SignInRequest;
use garage_core::{CoreError, ErrorCode};
use rusqlite::{params, Connection, OptionalExtension, Transaction, TransactionBehavior};
use uuid::Uuid;

use crate::{credentials, devices};

/// Ten wrong PINs from one device in a row, whoever they were for, pause it for five minutes.
pub const DEVICE_LOCKOUT: Lockout = Lockout { max_failed: 10, duration: Duration::from_secs(5 * 60) };

/// `Ok(Err(refusal))` for a wrong PIN, a lock-out or an unknown staff member; `Ok(Ok(..))` with
/// the person's credential id on this device.
pub fn sign_in(
    conn: &mut Connection,
    device_id: Uuid,
    request: &SignInRequest,
) -> Result<Result<(Uuid, StaffMember), CoreError>, CoreError> {
    let now = Utc::now();
    let tx = Transaction::new(conn, TransactionBehavior::Immediate)?;
    if let Some(until) = device_locked_until(&tx, device_id, now)? {
        return Ok(Err(CoreError::DeviceLockedOut { until }));
    }
    match staff::sign_in(&tx, request.staff_id, &request.pin, now, &AtDevice(device_id)) {
        Ok(member) => {
            tx.execute("DELETE FROM device_sign_in_attempts WHERE device_id = ?1", [device_id.to_string()])?;
            let stamp = to_storage(now);
            let credential = credentials::issue(
                &tx,
                device_id,
                request.staff_id,
                &request.public_key,
                request.credential_id,
                &stamp,
            )?;
            devices::record_sign_in(&tx, device_id, request.staff_id, credential, &stamp)?;
            tx.commit()?;
            Ok(Ok((credential, member)))
        }
        Err(e) if e.code() == ErrorCode::Storage => Err(e),
        Err(refusal) => {
            if matches!(refusal, CoreError::WrongPin { .. } | CoreError::NotFound(_)) {
                count_device_failure(&tx, device_id, now)?;
            }
            // Keeps the failed attempt (and any lock) the checks recorded.
            tx.commit()?;
            Ok(Err(refusal))
        }
    }
}

/// A person's wrong PINs at one device: `device_staff_sign_in_attempts`, no row while there are
/// none. A lock-out there does not follow the person to another desk.
struct AtDevice(Uuid);

impl FailedPins for AtDevice {
    fn load(&self, conn: &Connection, staff_id: Uuid) -> Result<(u32, Option<String>), CoreError> {
        stored_count(
            conn,
            "SELECT failed_attempts, locked_until FROM device_staff_sign_in_attempts
              WHERE device_id = ?1 AND staff_id = ?2",
            params![self.0.to_string(), staff_id.to_string()],
        )
    }

    fn save(
        &self,
        conn: &Connection,
        staff_id: Uuid,
        failed: u32,
        locked_until: Option<&str>,
    ) -> Result<(), CoreError> {
        let (device, staff) = (self.0.to_string(), staff_id.to_string());
        if failed == 0 && locked_until.is_none() {
            conn.execute(
                "DELETE FROM device_staff_sign_in_attempts WHERE device_id = ?1 AND staff_id = ?2",
                params![device, staff],
            )?;
            return Ok(());
        }
        conn.execute(
            "INSERT INTO device_staff_sign_in_attempts (device_id, staff_id, failed_attempts, locked_until)
             VALUES (?1, ?2, ?3, ?4)
             ON CONFLICT (device_id, staff_id) DO UPDATE SET failed_attempts = excluded.failed_attempts,
                                                            locked_until = excluded.locked_until",
            params![device, staff, failed, locked_until],
        )?;
        if locked_until.is_some() {
            tracing::warn!(device = %self.0, staff = %staff_id, "too many wrong PINs for this person at this desk: locked out here");
        }
        Ok(())
    }
}

fn device_locked_until(
    conn: &Connection,
    device_id: Uuid,
    now: DateTime<Utc>,
) -> Result<Option<DateTime<Utc>>, CoreError> {
    let until: Option<Option<String>> = conn
        .query_row(
            "SELECT locked_until FROM device_sign_in_attempts WHERE device_id = ?1",
            [device_id.to_string()],
            |r| r.get(0),
        )
        .optional()?;
    Ok(Lockout::holds(until.flatten().as_deref(), now))
}

fn count_device_failure(conn: &Connection, device_id: Uuid, now: DateTime<Utc>) -> Result<(), CoreError> {
    let (failed, locked_until): (u32, Option<String>) = conn
        .query_row(
            "SELECT failed_attempts, locked_until FROM device_sign_in_attempts WHERE device_id = ?1",
            [device_id.to_string()],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?
        .unwrap_or((0, None));
    let (failed, locked_until) = DEVICE_LOCKOUT.after_failure(failed, locked_until.as_deref(), now);
    conn.execute(
        "INSERT INTO device_sign_in_attempts (device_id, failed_attempts, locked_until) VALUES (?1, ?2, ?3)
         ON CONFLICT (device_id) DO UPDATE SET failed_attempts = excluded.failed_attempts,
                                               locked_until = excluded.locked_until",
        params![device_id.to_string(), failed, locked_until],
    )?;
    if locked_until.is_some() {
        tracing::warn!(device = %device_id, "too many wrong PINs from this device: sign-in paused");
    }
    Ok(())
}
