//! Who acts is proven, not claimed (issue 9).
//!
//! When a person signs in while the central server can be reached, the desk makes an Ed25519
//! key pair and the server, having checked the PIN, registers its public key as that person's
//! credential on this desk. The desk keeps the private key encrypted under a key derived from the
//! PIN ([`wrapped`]): it can sign only after the person types their PIN, offline too, and a wrong
//! PIN simply fails to decrypt it, so no PIN hash is needed on the desk. Every queued change
//! carries a signature made with it ([`proof`]); the server accepts a change only with a valid
//! signature from an unrevoked credential of the same person on the same desk.

pub mod proof;
pub mod wrapped;

pub use proof::{sign_mutation, verify_mutation, Credential, ProofCheck};
pub use wrapped::{enrol_local, has_credential, store, unlock, StoredCredential};

#[cfg(test)]
mod tests;
