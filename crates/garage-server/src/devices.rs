//! Registered desks and who signed in on which.

use chrono::Utc;
use garage_core::clock::to_storage;
use garage_core::CoreError;
use rusqlite::{params, Connection, OptionalExtension, Transaction, TransactionBehavior};
use uuid::Uuid;

use crate::auth::{new_token, token_hash};
use crate::credentials;

/// What [`register`] did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Registration {
    /// A new id, or the desk registered under it proving its token: the token it is to use.
    Registered(String),
    /// IT revoked the device: it stays revoked, its row untouched.
    Revoked,
    /// The id is registered to a desk whose token the request did not prove: its row untouched.
    /// The id is in every audit row that desk syncs, so knowing it proves nothing (issue 12).
    AlreadyRegistered,
    /// Another device has this token: nothing is stored.
    TokenInUse,
}

/// Registers `device_id`: a new id with `proposed` (the token the desk made; else a new one). An id
/// registered already is registered again only with `proof`, its current token, which it keeps (a
/// registration retried after its answer was lost gets the same answer, and nothing the desk holds
/// stops working); only its name may change.
pub fn register(
    conn: &mut Connection,
    device_id: Uuid,
    name: &str,
    proposed: Option<&str>,
    proof: Option<&str>,
) -> Result<Registration, CoreError> {
    let id = device_id.to_string();
    // Immediate: a revocation by `garage-server revoke-device` cannot slip between check and write.
    let tx = Transaction::new(conn, TransactionBehavior::Immediate)?;
    let row: Option<(String, Option<String>)> = tx
        .query_row("SELECT token_hash, revoked_at FROM devices WHERE id = ?1", [&id], |r| Ok((r.get(0)?, r.get(1)?)))
        .optional()?;
    let registration = match (row, proof) {
        (Some((_, Some(_))), _) => Registration::Revoked,
        (Some((held, None)), Some(proof)) if token_hash(proof) == held => {
            tx.execute("UPDATE devices SET name = ?2 WHERE id = ?1", params![id, name])?;
            Registration::Registered(proof.to_owned())
        }
        (Some((_, None)), _) => Registration::AlreadyRegistered,
        (None, _) => {
            let token = proposed.map_or_else(new_token, str::to_owned);
            let hash = token_hash(&token);
            if by_token_hash(&tx, &hash)?.is_some() {
                Registration::TokenInUse
            } else {
                tx.execute(
                    "INSERT INTO devices (id, name, token_hash, registered_at) VALUES (?1, ?2, ?3, ?4)",
                    params![id, name, hash, to_storage(Utc::now())],
                )?;
                Registration::Registered(token)
            }
        }
    };
    tx.commit()?;
    Ok(registration)
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
        let (_dir, mut conn) = crate::database::test_database::empty();
        let (a, b) = (Uuid::new_v4(), Uuid::new_v4());
        let registered = |r: Registration| match r {
            Registration::Registered(token) => token,
            other => panic!("not registered: {other:?}"),
        };
        let token_a = registered(register(&mut conn, a, "Front desk", None, None).unwrap());
        let token_b = registered(register(&mut conn, b, "Workshop", None, None).unwrap());
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

        assert_eq!(register(&mut conn, a, "Stolen laptop", None, None).unwrap(), Registration::Revoked);
        assert_eq!(register(&mut conn, a, "Stolen laptop", None, Some(&token_a)).unwrap(), Registration::Revoked);
        let listed = list(&conn).unwrap();
        let revoked = listed.iter().find(|d| d.id == a.to_string()).unwrap();
        assert_eq!((revoked.name.as_str(), revoked.revoked_at.as_deref()), ("Front desk", Some(now)));
        assert_eq!(by_token_hash(&conn, &token_hash(&token_a)).unwrap(), Some(TokenOwner::Revoked(a)));
        assert_eq!(listed.len(), 2);
    }

    #[test]
    fn issue12_path4_an_active_device_is_registered_again_only_with_its_token() {
        let (_dir, mut conn) = crate::database::test_database::empty();
        let (a, b) = (Uuid::new_v4(), Uuid::new_v4());
        let chosen = "0a".repeat(32);
        let registered = Registration::Registered(chosen.clone());
        assert_eq!(register(&mut conn, a, "Front desk", Some(&chosen), None).unwrap(), registered);
        let row = |conn: &Connection| -> (String, String, String) {
            conn.query_row("SELECT name, token_hash, registered_at FROM devices WHERE id = ?1", [a.to_string()], |r| {
                Ok((r.get(0)?, r.get(1)?, r.get(2)?))
            })
            .unwrap()
        };
        let before = row(&conn);
        let other = "0b".repeat(32);
        for (proposed, proof) in
            [(None, None), (Some(other.as_str()), None), (Some(chosen.as_str()), Some(other.as_str()))]
        {
            let answer = register(&mut conn, a, "Intruder", proposed, proof).unwrap();
            assert_eq!(answer, Registration::AlreadyRegistered, "{proposed:?} {proof:?}");
        }
        assert_eq!(row(&conn), before, "untouched");

        // The desk itself keeps its token (a retry after a lost answer) and may take a new name.
        assert_eq!(register(&mut conn, a, "Reception", Some(&chosen), Some(&chosen)).unwrap(), registered);
        assert_eq!(register(&mut conn, a, "Reception", None, Some(&chosen)).unwrap(), registered);
        assert_eq!(row(&conn).0, "Reception");
        assert_eq!((row(&conn).1, row(&conn).2), (before.1, before.2));

        // Another id cannot take a token a device has; a bearer means nothing for a new id.
        assert_eq!(register(&mut conn, b, "Workshop", Some(&chosen), None).unwrap(), Registration::TokenInUse);
        assert_eq!(list(&conn).unwrap().len(), 1);
        let token_b = match register(&mut conn, b, "Workshop", None, Some(&chosen)).unwrap() {
            Registration::Registered(token) => token,
            other => panic!("{other:?}"),
        };
        assert_ne!(token_b, chosen);
    }
}
