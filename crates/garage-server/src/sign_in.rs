//! A staff member signing in on a device: the PIN and the lock-out are the core's, and a wrong PIN
//! is counted even though the answer is a refusal.

use chrono::Utc;
use garage_core::clock::to_storage;
use garage_core::staff::{self, StaffMember};
use garage_core::{CoreError, ErrorCode};
use rusqlite::{Connection, Transaction, TransactionBehavior};
use uuid::Uuid;

use crate::devices;

/// `Ok(Err(refusal))` for a wrong PIN, a lock-out or an unknown staff member.
pub fn sign_in(
    conn: &mut Connection,
    device_id: Uuid,
    staff_id: Uuid,
    pin: &str,
) -> Result<Result<(String, StaffMember), CoreError>, CoreError> {
    let now = Utc::now();
    let tx = Transaction::new(conn, TransactionBehavior::Immediate)?;
    match staff::sign_in(&tx, staff_id, pin, now) {
        Ok(member) => {
            let token = devices::record_sign_in(&tx, device_id, staff_id, &to_storage(now))?;
            tx.commit()?;
            Ok(Ok((token, member)))
        }
        Err(e) if e.code() == ErrorCode::Storage => Err(e),
        Err(refusal) => {
            // Keeps the failed attempt (and any lock) the check recorded.
            tx.commit()?;
            Ok(Err(refusal))
        }
    }
}
