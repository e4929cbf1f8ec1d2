//! `POST /v1/sign-in`: a staff member's PIN, checked with the lock-outs per person and per
//! device, and their credential on this desk registered (issue 9).

use axum::extract::rejection::JsonRejection;
use axum::extract::State;
use axum::http::StatusCode;
use axum::Json;
use garage_core::sync::protocol::{SignInRequest, SignInResponse};
use garage_core::CoreError;

use crate::auth::Device;
use crate::credentials::valid_public_key;
use crate::database::Database;
use crate::error::ApiError;

pub async fn sign_in(
    device: Device,
    State(db): State<Database>,
    body: Result<Json<SignInRequest>, JsonRejection>,
) -> Result<Json<SignInResponse>, ApiError> {
    let Json(request) = body?;
    if !valid_public_key(&request.public_key) {
        return Err(ApiError::invalid_input("public_key is not an Ed25519 public key (32 bytes, hex)"));
    }
    let staff_id = request.staff_id;
    let answer = db.run_and_notify(move |conn| crate::sign_in::sign_in(conn, device.id, &request)).await?;
    match answer {
        Ok((credential_id, staff)) => {
            tracing::info!(device = %device.id, staff = %staff_id, credential = %credential_id, "signed in");
            Ok(Json(SignInResponse { credential_id, staff }))
        }
        Err(refusal) => {
            tracing::info!(device = %device.id, staff = %staff_id, "sign-in refused: {}", refusal);
            let status = match refusal {
                CoreError::DeviceLockedOut { .. } => StatusCode::TOO_MANY_REQUESTS,
                _ => StatusCode::UNAUTHORIZED,
            };
            Err(ApiError::rule(status, &refusal))
        }
    }
}
