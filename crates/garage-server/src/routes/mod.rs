//! The HTTP API of the sync protocol (`garage_core::sync::protocol`).

mod changes;
mod devices;
mod events;
mod mutations;
mod sign_in;

use std::time::Instant;

use axum::extract::{FromRef, Request};
use axum::http::StatusCode;
use axum::middleware::{self, Next};
use axum::response::Response;
use axum::routing::{get, post};
use axum::Router;

use crate::database::Database;
use crate::enrolment::EnrolmentKey;
use crate::error::ApiError;

/// What the handlers share; each takes the part it needs as `State<Database>` or
/// `State<EnrolmentKey>`.
#[derive(Clone)]
pub struct AppState {
    pub db: Database,
    pub enrolment_key: EnrolmentKey,
}

impl FromRef<AppState> for Database {
    fn from_ref(state: &AppState) -> Database {
        state.db.clone()
    }
}

impl FromRef<AppState> for EnrolmentKey {
    fn from_ref(state: &AppState) -> EnrolmentKey {
        state.enrolment_key.clone()
    }
}

pub fn router(state: AppState) -> Router {
    Router::new()
        .route("/v1/devices", post(devices::register))
        .route("/v1/sign-in", post(sign_in::sign_in))
        .route("/v1/changes", get(changes::changes))
        .route("/v1/mutations", post(mutations::push))
        .route("/v1/events", get(events::events))
        .fallback(not_found)
        .layer(middleware::from_fn(log_request))
        .with_state(state)
}

async fn not_found() -> ApiError {
    ApiError::new(StatusCode::NOT_FOUND, "not_found", "no such endpoint")
}

/// One line per request: method, path (never the headers or body: tokens and PINs), status, time.
async fn log_request(request: Request, next: Next) -> Response {
    let (method, path) = (request.method().clone(), request.uri().path().to_owned());
    let started = Instant::now();
    let response = next.run(request).await;
    let ms = started.elapsed().as_secs_f64() * 1000.0;
    tracing::info!("{method} {path} {} {ms:.1}ms", response.status().as_u16());
    response
}
