//! `POST /v1/mutations`: a desk's queued changes, answered in order.

use axum::extract::rejection::JsonRejection;
use axum::extract::State;
use axum::Json;
use garage_core::sync::protocol::{PushRequest, PushResponse};

use crate::auth::Device;
use crate::database::Database;
use crate::error::ApiError;
use crate::mutations::{self, MAX_PER_PUSH};

pub async fn push(
    device: Device,
    State(db): State<Database>,
    body: Result<Json<PushRequest>, JsonRejection>,
) -> Result<Json<PushResponse>, ApiError> {
    let Json(PushRequest { mutations }) = body?;
    if mutations.len() > MAX_PER_PUSH {
        return Err(ApiError::invalid_input(format!("at most {MAX_PER_PUSH} mutations per push")));
    }
    let results = db.run_and_notify(move |conn| mutations::push(conn, device.id, &mutations)).await?;
    Ok(Json(PushResponse { results }))
}
