//! Registered desks and who signed in on which.

use chrono::Utc;
use garage_core::clock::to_storage;
use garage_core::CoreError;
use rusqlite::{params, Connection, OptionalExtension};
use uuid::Uuid;

use crate::auth::{new_token, token_hash};
use crate::credentials;

/// Registers `device_id` (again): any token it had before stops working. Returns the new token,
/// or `None` if IT revoked the device (it stays revoked, its row untouched).
pub fn register(conn: &Connection, device_id: Uuid, name: &str) -> Result<Option<String>, CoreError> {
    let token = new_token();
    // One statement, so a revocation between a check and the write cannot be missed.
    let changed = conn.execute(
        "INSERT INTO devices (id, name, token_hash, registered_at) VALUES (?1, ?2, ?3, ?4)
         ON CONFLICT (id) DO UPDATE SET name = excluded.name, token_hash = excluded.token_hash,
                                        registered_at = excluded.registered_at
         WHERE devices.revoked_at IS NULL",
        params![device_id.to_string(), name, token_hash(&token), to_storage(Utc::now())],
    )?;
    Ok((changed == 1).then_some(token))
}

/// Whose token has this hash, if anyone's.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenOwner {
    Active(Uuid),
    /// IT revoked the device: its token is refused.
    Revoked(Uuid),
}

pub fn by_token_hash(conn: &Connection, hash: &str) -> Result<Option<TokenOwner>, CoreError> {
    let row: Option<(String, Option<String>)> = conn
        .prepare_cached("SELECT id, revoked_at FROM devices WHERE token_hash = ?1")?
        .query_row([hash], |r| Ok((r.get(0)?, r.get(1)?)))
        .optional()?;
    Ok(row.and_then(|(id, revoked_at)| {
        let id = Uuid::parse_str(&id).ok()?;
        Some(if revoked_at.is_some() { TokenOwner::Revoked(id) } else { TokenOwner::Active(id) })
    }))
}

/// A registered device, as IT sees it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DeviceInfo {
    pub id: String,
    pub name: String,
    pub registered_at: String,
    pub revoked_at: Option<String>,
    /// How many staff have signed in on it.
    pub staff: i64,
}

/// Every registered device, oldest registration first.
pub fn list(conn: &Connection) -> Result<Vec<DeviceInfo>, CoreError> {
    let mut stmt = conn.prepare(
        "SELECT d.id, d.name, d.registered_at, d.revoked_at,
                (SELECT count(*) FROM device_staff s WHERE s.device_id = d.id)
           FROM devices d ORDER BY d.registered_at, d.id",
    )?;
    let rows = stmt.query_map([], |r| {
        Ok(DeviceInfo {
            id: r.get(0)?,
            name: r.get(1)?,
            registered_at: r.get(2)?,
            revoked_at: r.get(3)?,
            staff: r.get(4)?,
        })
    })?;
    Ok(rows.collect::<Result<_, _>>()?)
}

/// What [`revoke`] did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Revocation {
    Revoked { name: String },
    AlreadyRevoked { name: String, at: String },
    Unknown,
}

/// Revokes `device_id` at `now`: its token and its people's credentials are refused from then on.
pub fn revoke(conn: &Connection, device_id: Uuid, now: &str) -> Result<Revocation, CoreError> {
    let id = device_id.to_string();
    let row: Option<(String, Option<String>)> = conn
        .query_row("SELECT name, revoked_at FROM devices WHERE id = ?1", [&id], |r| Ok((r.get(0)?, r.get(1)?)))
        .optional()?;
    Ok(match row {
        None => Revocation::Unknown,
        Some((name, Some(at))) => Revocation::AlreadyRevoked { name, at },
        Some((name, None)) => {
            conn.execute("UPDATE devices SET revoked_at = ?2 WHERE id = ?1 AND revoked_at IS NULL", params![id, now])?;
            // Its people's credentials go with it (issue 9).
            credentials::revoke_device(conn, device_id, credentials::REVOKED_DEVICE, now)?;
            Revocation::Revoked { name }
        }
    })
}

/// Records a sign-in on a device with the credential it confirmed (the `devices` list counts
/// who signed in where; the column keeps a hash of the credential's id).
pub fn record_sign_in(
    conn: &Connection,
    device_id: Uuid,
    staff_id: Uuid,
    credential_id: Uuid,
    now: &str,
) -> Result<(), CoreError> {
    conn.execute(
        "INSERT INTO device_staff (device_id, staff_id, session_token_hash, signed_in_at) VALUES (?1, ?2, ?3, ?4)
         ON CONFLICT (device_id, staff_id) DO UPDATE SET session_token_hash = excluded.session_token_hash,
                                                         signed_in_at = excluded.signed_in_at",
        params![device_id.to_string(), staff_id.to_string(), token_hash(&credential_id.to_string()), now],
    )?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_revoked_device_is_told_apart_and_cannot_register_again() {
        let dir = tempfile::tempdir().unwrap();
        let conn = crate::database::open(&dir.path().join("server.db")).unwrap();
        let (a, b) = (Uuid::new_v4(), Uuid::new_v4());
        let token_a = register(&conn, a, "Front desk").unwrap().unwrap();
        let token_b = register(&conn, b, "Workshop").unwrap().unwrap();
        assert_eq!(by_token_hash(&conn, &token_hash(&token_a)).unwrap(), Some(TokenOwner::Active(a)));
        assert_eq!(by_token_hash(&conn, &token_hash("nope")).unwrap(), None);

        let now = "2026-11-30T11:00:00Z";
        assert_eq!(revoke(&conn, a, now).unwrap(), Revocation::Revoked { name: "Front desk".into() });
        assert_eq!(
            revoke(&conn, a, "2026-12-01T00:00:00Z").unwrap(),
            Revocation::AlreadyRevoked { name: "Front desk".into(), at: now.into() }
        );
        assert_eq!(revoke(&conn, Uuid::new_v4(), now).unwrap(), Revocation::Unknown);
        assert_eq!(by_token_hash(&conn, &token_hash(&token_a)).unwrap(), Some(TokenOwner::Revoked(a)));
        assert_eq!(by_token_hash(&conn, &token_hash(&token_b)).unwrap(), Some(TokenOwner::Active(b)));

        assert_eq!(register(&conn, a, "Stolen laptop").unwrap(), None);
        let listed = list(&conn).unwrap();
        let revoked = listed.iter().find(|d| d.id == a.to_string()).unwrap();
        assert_eq!((revoked.name.as_str(), revoked.revoked_at.as_deref()), ("Front desk", Some(now)));
        assert_eq!(by_token_hash(&conn, &token_hash(&token_a)).unwrap(), Some(TokenOwner::Revoked(a)));
        assert_eq!(listed.len(), 2);
    }
}
