//! `POST /v1/rows`: rows as the server holds them now, by key (issue 12).

use axum::extract::rejection::JsonRejection;
use axum::extract::State;
use axum::Json;
use garage_core::sync::protocol::{RowsRequest, RowsResponse, MAX_ROWS_PER_REQUEST};

use crate::auth::Device;
use crate::database::Database;
use crate::error::ApiError;

pub async fn rows(
    _device: Device,
    State(db): State<Database>,
    body: Result<Json<RowsRequest>, JsonRejection>,
) -> Result<Json<RowsResponse>, ApiError> {
    let Json(RowsRequest { keys }) = body?;
    if keys.len() > MAX_ROWS_PER_REQUEST {
        return Err(ApiError::invalid_input(format!("at most {MAX_ROWS_PER_REQUEST} keys per request")));
    }
    let rows = db.run(move |conn| crate::rows::by_key(conn, &keys)).await?;
    Ok(Json(RowsResponse { rows }))
}
