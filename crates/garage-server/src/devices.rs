//! Registered desks and who signed in on which.

use chrono::Utc;
use garage_core::clock::to_storage;
use garage_core::CoreError;
use rusqlite::{params, Connection, OptionalExtension};
use uuid::Uuid;

use crate::auth::{new_token, token_hash};

/// Registers `device_id` (again): any token it had before stops working. Returns the new token.
pub fn register(conn: &Connection, device_id: Uuid, name: &str) -> Result<String, CoreError> {
    let token = new_token();
    conn.execute(
        "INSERT INTO devices (id, name, token_hash, registered_at) VALUES (?1, ?2, ?3, ?4)
         ON CONFLICT (id) DO UPDATE SET name = excluded.name, token_hash = excluded.token_hash,
                                        registered_at = excluded.registered_at",
        params![device_id.to_string(), name, token_hash(&token), to_storage(Utc::now())],
    )?;
    Ok(token)
}

pub fn by_token_hash(conn: &Connection, hash: &str) -> Result<Option<Uuid>, CoreError> {
    let id: Option<String> = conn
        .prepare_cached("SELECT id FROM devices WHERE token_hash = ?1")?
        .query_row([hash], |r| r.get(0))
        .optional()?;
    Ok(id.and_then(|id| Uuid::parse_str(&id).ok()))
}

/// Records a sign-in on a device; returns the new session token.
pub fn record_sign_in(conn: &Connection, device_id: Uuid, staff_id: Uuid, now: &str) -> Result<String, CoreError> {
    let token = new_token();
    conn.execute(
        "INSERT INTO device_staff (device_id, staff_id, session_token_hash, signed_in_at) VALUES (?1, ?2, ?3, ?4)
         ON CONFLICT (device_id, staff_id) DO UPDATE SET session_token_hash = excluded.session_token_hash,
                                                         signed_in_at = excluded.signed_in_at",
        params![device_id.to_string(), staff_id.to_string(), token_hash(&token), now],
    )?;
    Ok(token)
}
