//! Signatures over queued changes: what is signed, by whom, and how the server checks it.

use ed25519_dalek::{Signature, Signer, SigningKey, VerifyingKey};
use serde::Serialize;
use uuid::Uuid;

use crate::sync::protocol::{Mutation, MutationKind};

/// A person's unlocked credential on this desk: held in memory for their session only (the key
/// is wiped when it is dropped).
#[derive(Clone)]
pub struct Credential {
    pub id: Uuid,
    pub key: SigningKey,
}

impl std::fmt::Debug for Credential {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Credential").field("id", &self.id).finish_non_exhaustive()
    }
}

impl Credential {
    /// A new random key pair (from the OS's random source) under a new id.
    pub fn generate() -> Credential {
        Credential { id: Uuid::new_v4(), key: SigningKey::from_bytes(&rand::random::<[u8; 32]>()) }
    }

    /// The public key as it travels and as the server keeps it: 32 bytes, hex.
    pub fn public_key(&self) -> String {
        hex::encode(self.key.verifying_key().as_bytes())
    }
}

/// The fields of a mutation a proof covers: everything the server acts on.
#[derive(Serialize)]
struct Signed<'a> {
    id: Uuid,
    staff_id: Uuid,
    created_at: &'a str,
    #[serde(flatten)]
    kind: &'a MutationKind,
}

/// The bytes signed for `m` pushed from `device_id` with `credential_id`: a domain tag, the
/// device and credential, and the mutation as JSON (serde's output for the same values is the
/// same on both sides, so the server re-derives it from what it parsed).
fn message(device_id: Uuid, credential_id: Uuid, m: &Mutation) -> Vec<u8> {
    let signed = Signed { id: m.id, staff_id: m.staff_id, created_at: &m.created_at, kind: &m.kind };
    let body = serde_json::to_string(&signed).expect("a mutation serialises");
    format!("garage-desk mutation v1\n{device_id}\n{credential_id}\n{body}").into_bytes()
}

/// Signs `m` for pushing from `device_id`: sets its credential id and proof.
pub fn sign_mutation(credential: &Credential, device_id: Uuid, m: &mut Mutation) {
    let signature = credential.key.sign(&message(device_id, credential.id, m));
    m.credential_id = Some(credential.id);
    m.proof = Some(hex::encode(signature.to_bytes()));
}

/// What the server found checking a mutation's proof against a credential's public key.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ProofCheck {
    Valid,
    /// No credential id or no proof: made by a desk that did not sign it.
    Missing,
    /// Not a signature of this mutation by this key.
    Invalid,
}

/// Checks `m`'s proof, pushed from `device_id`, against `public_key_hex` (the key the server
/// registered for `m.credential_id`).
pub fn verify_mutation(public_key_hex: &str, device_id: Uuid, m: &Mutation) -> ProofCheck {
    let (Some(credential_id), Some(proof)) = (m.credential_id, m.proof.as_deref()) else {
        return ProofCheck::Missing;
    };
    let key = hex::decode(public_key_hex)
        .ok()
        .and_then(|bytes| <[u8; 32]>::try_from(bytes).ok())
        .and_then(|bytes| VerifyingKey::from_bytes(&bytes).ok());
    let signature = hex::decode(proof).ok().and_then(|bytes| Signature::from_slice(&bytes).ok());
    let (Some(key), Some(signature)) = (key, signature) else { return ProofCheck::Invalid };
    match key.verify_strict(&message(device_id, credential_id, m), &signature) {
        Ok(()) => ProofCheck::Valid,
        Err(_) => ProofCheck::Invalid,
    }
}
