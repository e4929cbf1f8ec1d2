//! `POST /v1/mutations`: a desk's queued changes, answered in order.

use axum::extract::rejection::JsonRejection;
use axum::extract::State;
use axum::Json;
use garage_core::sync::protocol::PushResponse;
use serde::Deserialize;

use crate::auth::Device;
use crate::database::Database;
use crate::error::ApiError;
use crate::mutations::{self, Pushed, MAX_PER_PUSH};

/// A [`PushRequest`](garage_core::sync::protocol::PushRequest) read one mutation at a time, so
/// one this server cannot read is answered alone and never holds up the desk's queue (issue 12).
#[derive(Debug, Deserialize)]
pub struct RawPush {
    mutations: Vec<serde_json::Value>,
}

pub async fn push(
    device: Device,
    State(db): State<Database>,
    body: Result<Json<RawPush>, JsonRejection>,
) -> Result<Json<PushResponse>, ApiError> {
    let Json(RawPush { mutations }) = body?;
    if mutations.len() > MAX_PER_PUSH {
        return Err(ApiError::invalid_input(format!("at most {MAX_PER_PUSH} mutations per push")));
    }
    let mutations = mutations
        .into_iter()
        .map(Pushed::read)
        .collect::<Option<Vec<_>>>()
        .ok_or_else(|| ApiError::invalid_input("every mutation needs an id"))?;
    let results = db.run_and_notify(move |conn| mutations::push(conn, device.id, &mutations)).await?;
    Ok(Json(PushResponse { results }))
}
