//! The HTTP API of the sync protocol (`garage_core::sync::protocol`).

mod changes;
mod devices;
mod events;
mod mutations;
mod rows;
mod sign_in;

use std::time::Instant;

use axum::extract::{FromRef, Request, State};
use axum::http::{HeaderValue, StatusCode};
use axum::middleware::{self, Next};
use axum::response::Response;
use axum::routing::{any, get, post};
use axum::Router;

use garage_core::sync::protocol::{METHOD_NOT_ALLOWED, SERVER_ID_HEADER};

use crate::body_limit::{self, limited};
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

/// Every route with its body limit; whatever else is asked is answered 404 or 405 with an
/// [`ErrorBody`](garage_core::sync::protocol::ErrorBody) too.
pub fn router(state: AppState) -> Router {
    Router::new()
        .route("/v1/devices", limited(post(devices::register), body_limit::REGISTER))
        .route("/v1/sign-in", limited(post(sign_in::sign_in), body_limit::SIGN_IN))
        .route("/v1/changes", limited(get(changes::changes), body_limit::NONE))
        .route("/v1/mutations", limited(post(mutations::push), body_limit::PUSH))
        .route("/v1/events", limited(get(events::events), body_limit::NONE))
        .route("/v1/rows", limited(post(rows::rows), body_limit::ROWS))
        .fallback(limited(any(not_found), body_limit::NONE))
        .method_not_allowed_fallback(method_not_allowed)
        .layer(middleware::from_fn(log_request))
        .layer(middleware::from_fn_with_state(state.db.identity(), name_the_database))
        .with_state(state)
}

async fn not_found() -> ApiError {
    ApiError::new(StatusCode::NOT_FOUND, "not_found", "no such endpoint")
}

async fn method_not_allowed() -> ApiError {
    ApiError::new(StatusCode::METHOD_NOT_ALLOWED, METHOD_NOT_ALLOWED, "this endpoint does not answer that method")
}

/// Every answer names the database it comes from (issue 12).
async fn name_the_database(State(identity): State<uuid::Uuid>, request: Request, next: Next) -> Response {
    let mut response = next.run(request).await;
    if let Ok(value) = HeaderValue::from_str(&identity.to_string()) {
        response.headers_mut().insert(SERVER_ID_HEADER, value);
    }
    response
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
