//! `GET /v1/changes?after=SEQ&limit=N`: the next page of the change log.

use axum::extract::rejection::QueryRejection;
use axum::extract::{Query, State};
use axum::Json;
use garage_core::sync::protocol::ChangesPage;
use serde::Deserialize;

use crate::auth::Device;
use crate::changes::{self, DEFAULT_LIMIT};
use crate::database::Database;
use crate::error::ApiError;

#[derive(Debug, Deserialize)]
pub struct PageQuery {
    after: Option<i64>,
    limit: Option<i64>,
}

pub async fn changes(
    _device: Device,
    State(db): State<Database>,
    query: Result<Query<PageQuery>, QueryRejection>,
) -> Result<Json<ChangesPage>, ApiError> {
    let Query(query) = query?;
    let (after, limit) = (query.after.unwrap_or(0), query.limit.unwrap_or(DEFAULT_LIMIT));
    let page = db.run(move |conn| changes::page(conn, after, limit)).await?;
    Ok(Json(page))
}
