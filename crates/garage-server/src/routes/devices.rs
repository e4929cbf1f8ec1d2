//! `POST /v1/devices`: a desk registers, with the garage's enrolment key if the server has one, and
//! gets its token.

use axum::extract::rejection::JsonRejection;
use axum::extract::State;
use axum::http::StatusCode;
use axum::Json;
use garage_core::sync::protocol::{DeviceToken, RegisterDevice, DEVICE_REVOKED};

use crate::auth::DEVICE_REVOKED_MESSAGE;
use crate::database::Database;
use crate::devices;
use crate::enrolment::{self, EnrolmentKey};
use crate::error::ApiError;

const MAX_NAME: usize = 200;

pub async fn register(
    State(db): State<Database>,
    State(enrolment_key): State<EnrolmentKey>,
    body: Result<Json<RegisterDevice>, JsonRejection>,
) -> Result<Json<DeviceToken>, ApiError> {
    let Json(RegisterDevice { device_id, name, enrolment_key: given }) = body?;
    if !enrolment_key.admits(given.as_deref()) {
        tracing::warn!(device = %device_id, "registration refused: wrong or missing enrolment key");
        return Err(enrolment::refused());
    }
    let name = name.trim().to_owned();
    if name.is_empty() || name.chars().count() > MAX_NAME {
        return Err(ApiError::invalid_input(format!("a device name has 1 to {MAX_NAME} characters")));
    }
    let Some(token) = db.run(move |conn| devices::register(conn, device_id, &name)).await? else {
        tracing::warn!(device = %device_id, "registration refused: the device is revoked");
        return Err(ApiError::new(StatusCode::FORBIDDEN, DEVICE_REVOKED, DEVICE_REVOKED_MESSAGE));
    };
    tracing::info!(device = %device_id, "device registered");
    Ok(Json(DeviceToken { token }))
}
