//! Device tokens: random, stored only as a SHA-256 hash. Every request carries one as
//! `Authorization: Bearer <token>`; a registration may (the token the desk will use, or proof that
//! it is the desk already registered under its id: issue 12).

use axum::extract::{FromRef, FromRequestParts};
use axum::http::header::AUTHORIZATION;
use axum::http::request::Parts;
use axum::http::HeaderMap;
use garage_core::sync::protocol::{DEVICE_REVOKED, NO_DEVICE_TOKEN, UNKNOWN_DEVICE_TOKEN};
use sha2::{Digest, Sha256};
use uuid::Uuid;

use crate::database::Database;
use crate::devices::{self, TokenOwner};
use crate::error::ApiError;

/// Why a request from, or a registration of, a device IT revoked is refused.
pub const DEVICE_REVOKED_MESSAGE: &str = "IT removed this desk from the garage's server";

/// A new random token: 32 bytes, hex.
pub fn new_token() -> String {
    hex::encode(rand::random::<[u8; 32]>())
}

/// What the database keeps of a token.
pub fn token_hash(token: &str) -> String {
    hex::encode(Sha256::digest(token.as_bytes()))
}

/// The token of `Authorization: Bearer <token>`, if the request has one.
pub fn bearer(headers: &HeaderMap) -> Option<&str> {
    headers
        .get(AUTHORIZATION)
        .and_then(|value| value.to_str().ok())
        .and_then(|value| value.strip_prefix("Bearer "))
        .map(str::trim)
        .filter(|token| !token.is_empty())
}

/// The registered device a request comes from.
#[derive(Debug, Clone, Copy)]
pub struct Device {
    pub id: Uuid,
}

impl<S> FromRequestParts<S> for Device
where
    Database: FromRef<S>,
    S: Send + Sync,
{
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Device, ApiError> {
        let token = bearer(&parts.headers)
            .ok_or_else(|| ApiError::unauthorized(NO_DEVICE_TOKEN, "a device token is required"))?;
        let hash = token_hash(token);
        match Database::from_ref(state).run(move |conn| devices::by_token_hash(conn, &hash)).await? {
            Some(TokenOwner::Active(id)) => Ok(Device { id }),
            Some(TokenOwner::Revoked(id)) => {
                tracing::warn!(device = %id, "request refused: the device is revoked");
                Err(ApiError::unauthorized(DEVICE_REVOKED, DEVICE_REVOKED_MESSAGE))
            }
            None => Err(ApiError::unauthorized(UNKNOWN_DEVICE_TOKEN, "the device token is not valid")),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_are_random_and_hashes_stable() {
        let (a, b) = (new_token(), new_token());
        assert_ne!(a, b);
        assert_eq!(a.len(), 64);
        assert_eq!(token_hash(&a), token_hash(&a));
        assert_ne!(token_hash(&a), a);
        assert_eq!(token_hash("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }
}
