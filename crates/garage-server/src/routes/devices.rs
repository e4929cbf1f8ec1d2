//! `POST /v1/devices`: a desk registers, with the garage's enrolment key if the server has one, and
//! gets its token (the one it proposed, if any). An id registered already is registered again only
//! by a request bearing its current token (`Authorization: Bearer`; issue 12).

use axum::extract::rejection::JsonRejection;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::Json;
use garage_core::sync::protocol::{
    is_device_token, DeviceToken, RegisterDevice, DEVICE_ALREADY_REGISTERED, DEVICE_REVOKED, DEVICE_TOKEN_HEX,
};

use crate::auth::{bearer, DEVICE_REVOKED_MESSAGE};
use crate::database::Database;
use crate::devices::{self, Registration};
use crate::enrolment::{self, EnrolmentKey};
use crate::error::ApiError;

const MAX_NAME: usize = 200;

/// Why a registration of an id another desk holds is refused.
pub const DEVICE_ALREADY_REGISTERED_MESSAGE: &str =
    "a desk is already registered under this id; only that desk, with its token, can register it again";

pub async fn register(
    State(db): State<Database>,
    State(enrolment_key): State<EnrolmentKey>,
    headers: HeaderMap,
    body: Result<Json<RegisterDevice>, JsonRejection>,
) -> Result<Json<DeviceToken>, ApiError> {
    let Json(RegisterDevice { device_id, name, enrolment_key: given, token: proposed }) = body?;
    if !enrolment_key.admits(given.as_deref()) {
        tracing::warn!(device = %device_id, "registration refused: wrong or missing enrolment key");
        return Err(enrolment::refused());
    }
    let name = name.trim().to_owned();
    if name.is_empty() || name.chars().count() > MAX_NAME {
        return Err(ApiError::invalid_input(format!("a device name has 1 to {MAX_NAME} characters")));
    }
    if proposed.as_deref().is_some_and(|t| !is_device_token(t)) {
        return Err(ApiError::invalid_input(format!("a device token is {DEVICE_TOKEN_HEX} lowercase hex digits")));
    }
    let proof = bearer(&headers).map(str::to_owned);
    let registration =
        db.run(move |conn| devices::register(conn, device_id, &name, proposed.as_deref(), proof.as_deref())).await?;
    match registration {
        Registration::Registered(token) => {
            tracing::info!(device = %device_id, "device registered");
            Ok(Json(DeviceToken { token }))
        }
        Registration::Revoked => {
            tracing::warn!(device = %device_id, "registration refused: the device is revoked");
            Err(ApiError::new(StatusCode::FORBIDDEN, DEVICE_REVOKED, DEVICE_REVOKED_MESSAGE))
        }
        Registration::AlreadyRegistered => {
            tracing::warn!(device = %device_id, "registration refused: the device is already registered and its token was not given");
            Err(ApiError::new(StatusCode::CONFLICT, DEVICE_ALREADY_REGISTERED, DEVICE_ALREADY_REGISTERED_MESSAGE))
        }
        Registration::TokenInUse => {
            tracing::warn!(device = %device_id, "registration refused: its token is another device's");
            Err(ApiError::invalid_input("that device token is in use; make another"))
        }
    }
}
