//! People's credentials on desks (issue 9): the public keys the server registered when it checked
//! a PIN, and the check of every pushed change's proof against them. The server keeps no secret
//! that would let anyone sign as a person.

use garage_core::credentials::{verify_mutation, ProofCheck};
use garage_core::sync::protocol::Mutation;
use garage_core::CoreError;
use rusqlite::{params, Connection, OptionalExtension};
use uuid::Uuid;

/// Why a credential stopped being accepted.
pub const REVOKED_DEVICE: &str = "device revoked";
pub const REVOKED_PIN_CHANGE: &str = "PIN changed";

/// Whether `public_key` is an Ed25519 public key as the protocol sends one (32 bytes, hex).
pub fn valid_public_key(public_key: &str) -> bool {
    hex::decode(public_key)
        .ok()
        .and_then(|bytes| <[u8; 32]>::try_from(bytes).ok())
        .is_some_and(|bytes| ed25519_dalek::VerifyingKey::from_bytes(&bytes).is_ok())
}

/// The credential of `staff_id` on `device_id` after a successful PIN check: `keep` if it is
/// theirs, on that desk and not revoked; otherwise a new one for `public_key`.
pub fn issue(
    conn: &Connection,
    device_id: Uuid,
    staff_id: Uuid,
    public_key: &str,
    keep: Option<Uuid>,
    now: &str,
) -> Result<Uuid, CoreError> {
    if let Some(keep) = keep {
        let still_valid: bool = conn.query_row(
            "SELECT EXISTS (SELECT 1 FROM credentials
                             WHERE id = ?1 AND device_id = ?2 AND staff_id = ?3 AND revoked_at IS NULL)",
            params![keep.to_string(), device_id.to_string(), staff_id.to_string()],
            |r| r.get(0),
        )?;
        if still_valid {
            return Ok(keep);
        }
    }
    let id = Uuid::new_v4();
    let inserted = conn.execute(
        "INSERT INTO credentials (id, device_id, staff_id, public_key, issued_at) VALUES (?1, ?2, ?3, ?4, ?5)
         ON CONFLICT (public_key) DO NOTHING",
        params![id.to_string(), device_id.to_string(), staff_id.to_string(), public_key, now],
    )?;
    if inserted == 0 {
        // A public key is registered once: a desk always makes a new one.
        return Err(CoreError::InvalidInput("public key already registered"));
    }
    Ok(id)
}

/// Revokes every credential of `staff_id` (their PIN changed); returns how many.
pub fn revoke_staff(conn: &Connection, staff_id: Uuid, reason: &str, now: &str) -> Result<usize, CoreError> {
    Ok(conn.execute(
        "UPDATE credentials SET revoked_at = ?2, revoked_reason = ?3 WHERE staff_id = ?1 AND revoked_at IS NULL",
        params![staff_id.to_string(), now, reason],
    )?)
}

/// Revokes every credential on `device_id` (IT revoked the desk); returns how many.
pub fn revoke_device(conn: &Connection, device_id: Uuid, reason: &str, now: &str) -> Result<usize, CoreError> {
    Ok(conn.execute(
        "UPDATE credentials SET revoked_at = ?2, revoked_reason = ?3 WHERE device_id = ?1 AND revoked_at IS NULL",
        params![device_id.to_string(), now, reason],
    )?)
}

/// Whether `m`, pushed by `device_id`, is proven to come from its author on that desk: `None`
/// when it is, else the refusal.
pub fn check_proof(conn: &Connection, device_id: Uuid, m: &Mutation) -> Result<Option<CoreError>, CoreError> {
    let Some(credential_id) = m.credential_id else { return Ok(Some(CoreError::ProofMissing)) };
    if m.proof.is_none() {
        return Ok(Some(CoreError::ProofMissing));
    }
    let row: Option<(String, String, String, Option<String>)> = conn
        .prepare_cached("SELECT device_id, staff_id, public_key, revoked_at FROM credentials WHERE id = ?1")?
        .query_row([credential_id.to_string()], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))
        .optional()?;
    let Some((device, staff, public_key, revoked_at)) = row else { return Ok(Some(CoreError::ProofInvalid)) };
    // Someone else's credential, or one from another desk, proves nothing about this change.
    if device != device_id.to_string() || staff != m.staff_id.to_string() {
        return Ok(Some(CoreError::ProofInvalid));
    }
    if verify_mutation(&public_key, device_id, m) != ProofCheck::Valid {
        return Ok(Some(CoreError::ProofInvalid));
    }
    // Checked after the signature, so only the credential's holder learns it was revoked.
    if revoked_at.is_some() {
        return Ok(Some(CoreError::CredentialRevoked));
    }
    Ok(None)
}
