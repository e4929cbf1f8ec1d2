//! A person's credential kept on the desk, encrypted under a key derived from their PIN.

use argon2::Argon2;
use chacha20poly1305::aead::{Aead, KeyInit, Payload};
use chacha20poly1305::{ChaCha20Poly1305, Key, Nonce};
use ed25519_dalek::SigningKey;
use rusqlite::{params, Connection, OptionalExtension};
use uuid::Uuid;

use super::Credential;
use crate::error::CoreError;

/// What the desk keeps of a credential, apart from the encrypted key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredCredential {
    pub credential_id: Uuid,
    pub public_key: String,
    /// Made on a desk without a central server (the standalone demo).
    pub local_only: bool,
}

/// The key that wraps the credential: Argon2id (the argon2 crate's defaults, OWASP's minimum:
/// 19 MiB, 2 passes) over the PIN with a per-credential salt.
fn wrapping_key(pin: &str, salt: &[u8]) -> Result<Key, CoreError> {
    let mut key = [0u8; 32];
    Argon2::default()
        .hash_password_into(pin.as_bytes(), salt, &mut key)
        .map_err(|e| CoreError::Internal(format!("argon2: {e}")))?;
    Ok(Key::from(key))
}

/// Binds the ciphertext to its person and credential: a wrapped key copied onto another row
/// does not decrypt.
fn associated_data(staff_id: Uuid, credential_id: Uuid) -> Vec<u8> {
    format!("garage-desk credential v1\n{staff_id}\n{credential_id}").into_bytes()
}

/// Keeps `credential` for `staff_id`, wrapped under `pin`, replacing any earlier one.
pub fn store(
    conn: &Connection,
    staff_id: Uuid,
    credential: &Credential,
    pin: &str,
    local_only: bool,
    now: &str,
) -> Result<(), CoreError> {
    let salt: [u8; 16] = rand::random();
    let nonce: [u8; 12] = rand::random();
    let cipher = ChaCha20Poly1305::new(&wrapping_key(pin, &salt)?);
    let aad = associated_data(staff_id, credential.id);
    let wrapped = cipher
        .encrypt(Nonce::from_slice(&nonce), Payload { msg: credential.key.as_bytes(), aad: &aad })
        .map_err(|_| CoreError::Internal("credential encryption failed".into()))?;
    conn.execute(
        "INSERT INTO staff_credentials (staff_id, credential_id, public_key, kdf_salt, nonce, wrapped_key, local_only, stored_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)
         ON CONFLICT (staff_id) DO UPDATE SET credential_id = excluded.credential_id, public_key = excluded.public_key,
             kdf_salt = excluded.kdf_salt, nonce = excluded.nonce, wrapped_key = excluded.wrapped_key,
             local_only = excluded.local_only, stored_at = excluded.stored_at",
        params![
            staff_id.to_string(),
            credential.id.to_string(),
            credential.public_key(),
            &salt[..],
            &nonce[..],
            wrapped,
            local_only,
            now
        ],
    )?;
    Ok(())
}

/// The credential `staff_id` holds on this desk, if any.
pub fn has_credential(conn: &Connection, staff_id: Uuid) -> Result<Option<StoredCredential>, CoreError> {
    Ok(conn
        .query_row(
            "SELECT credential_id, public_key, local_only FROM staff_credentials WHERE staff_id = ?1",
            [staff_id.to_string()],
            |r| {
                Ok(StoredCredential {
                    credential_id: crate::db::uuid_at(r, 0)?,
                    public_key: r.get(1)?,
                    local_only: r.get(2)?,
                })
            },
        )
        .optional()?)
}

/// `staff_id`'s credential unlocked with `pin`: `Ok(None)` when the PIN does not decrypt it (a
/// wrong PIN), `FirstSignInNeedsServer` when this desk holds none for them.
pub fn unlock(conn: &Connection, staff_id: Uuid, pin: &str) -> Result<Option<Credential>, CoreError> {
    type Row = (Uuid, Vec<u8>, Vec<u8>, Vec<u8>);
    let row: Option<Row> = conn
        .query_row(
            "SELECT credential_id, kdf_salt, nonce, wrapped_key FROM staff_credentials WHERE staff_id = ?1",
            [staff_id.to_string()],
            |r| Ok((crate::db::uuid_at(r, 0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
        )
        .optional()?;
    let (credential_id, salt, nonce, wrapped) = row.ok_or(CoreError::FirstSignInNeedsServer)?;
    if nonce.len() != 12 {
        return Ok(None);
    }
    let cipher = ChaCha20Poly1305::new(&wrapping_key(pin, &salt)?);
    let aad = associated_data(staff_id, credential_id);
    let Ok(secret) = cipher.decrypt(Nonce::from_slice(&nonce), Payload { msg: &wrapped, aad: &aad }) else {
        return Ok(None);
    };
    let Ok(secret) = <[u8; 32]>::try_from(secret.as_slice()) else { return Ok(None) };
    Ok(Some(Credential { id: credential_id, key: SigningKey::from_bytes(&secret) }))
}

/// A credential made on this desk for a person whose PIN it knows: the standalone demo garage,
/// which no central server knows.
pub fn enrol_local(conn: &Connection, staff_id: Uuid, pin: &str, now: &str) -> Result<(), CoreError> {
    store(conn, staff_id, &Credential::generate(), pin, true, now)
}
