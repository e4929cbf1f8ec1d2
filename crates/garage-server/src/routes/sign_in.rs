//! `POST /v1/sign-in`: a staff member's PIN, checked with the lock-out of the core.

use axum::extract::rejection::JsonRejection;
use axum::extract::State;
use axum::http::StatusCode;
use axum::Json;
use garage_core::sync::protocol::{SignInRequest, SignInResponse};

use crate::auth::Device;
use crate::database::Database;
use crate::error::ApiError;

pub async fn sign_in(
    device: Device,
    State(db): State<Database>,
    body: Result<Json<SignInRequest>, JsonRejection>,
) -> Result<Json<SignInResponse>, ApiError> {
    let Json(SignInRequest { staff_id, pin }) = body?;
    let answer = db.run_and_notify(move |conn| crate::sign_in::sign_in(conn, device.id, staff_id, &pin)).await?;
    match answer {
        Ok((session_token, staff)) => {
            tracing::info!(device = %device.id, staff = %staff_id, "signed in");
            Ok(Json(SignInResponse { session_token, staff }))
        }
        Err(refusal) => {
            tracing::info!(device = %device.id, staff = %staff_id, "sign-in refused");
            Err(ApiError::rule(StatusCode::UNAUTHORIZED, &refusal))
        }
    }
}
