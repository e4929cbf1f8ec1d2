//! Error answers: an HTTP status and an [`ErrorBody`] with a stable code. Storage trouble is a 503,
//! so a device tries again later.

use axum::extract::rejection::{JsonRejection, QueryRejection};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::Json;
use garage_core::sync::protocol::{ErrorBody, BODY_TOO_LARGE};
use garage_core::{CoreError, ErrorCode};

#[derive(Debug)]
pub struct ApiError {
    pub status: StatusCode,
    pub code: String,
    pub message: String,
    /// For a refused sign-in: wrong PINs left, and when a lock-out ends.
    pub attempts_left: Option<u32>,
    pub until: Option<String>,
}

impl ApiError {
    pub fn new(status: StatusCode, code: &str, message: impl Into<String>) -> ApiError {
        ApiError { status, code: code.to_owned(), message: message.into(), attempts_left: None, until: None }
    }

    pub fn unauthorized(code: &str, message: impl Into<String>) -> ApiError {
        ApiError::new(StatusCode::UNAUTHORIZED, code, message)
    }

    pub fn invalid_input(message: impl Into<String>) -> ApiError {
        ApiError::new(StatusCode::BAD_REQUEST, "invalid_input", message)
    }

    /// A rule's refusal with `status`, its code taken from the core.
    pub fn rule(status: StatusCode, error: &CoreError) -> ApiError {
        let (attempts_left, until) = match error {
            CoreError::WrongPin { attempts_left } => (Some(*attempts_left), None),
            CoreError::LockedOut { until } | CoreError::DeviceLockedOut { until } => {
                (None, Some(garage_core::clock::to_storage(*until)))
            }
            _ => (None, None),
        };
        ApiError { status, code: code_name(error.code()), message: error.to_string(), attempts_left, until }
    }
}

/// The snake_case name of a core error code, as it crosses the wire (serde's own form, so a code
/// the core adds later needs nothing here).
pub fn code_name(code: ErrorCode) -> String {
    match serde_json::to_value(code) {
        Ok(serde_json::Value::String(name)) => name,
        _ => format!("{code:?}"),
    }
}

impl From<CoreError> for ApiError {
    fn from(error: CoreError) -> ApiError {
        if error.code() == ErrorCode::Storage {
            tracing::error!("storage: {error}");
            return ApiError::new(StatusCode::SERVICE_UNAVAILABLE, "storage", "the database is busy; try again later");
        }
        if error.code() == ErrorCode::Internal {
            tracing::error!("{error}");
            return ApiError::new(StatusCode::INTERNAL_SERVER_ERROR, "internal", "the server failed; see its log");
        }
        ApiError::rule(StatusCode::BAD_REQUEST, &error)
    }
}

impl From<JsonRejection> for ApiError {
    fn from(rejection: JsonRejection) -> ApiError {
        // The body passed the route's limit while it was read (a chunked body has no length).
        if rejection.status() == StatusCode::PAYLOAD_TOO_LARGE {
            return ApiError::new(StatusCode::PAYLOAD_TOO_LARGE, BODY_TOO_LARGE, rejection.body_text());
        }
        ApiError::new(rejection.status(), "invalid_input", rejection.body_text())
    }
}

impl From<QueryRejection> for ApiError {
    fn from(rejection: QueryRejection) -> ApiError {
        ApiError::invalid_input(rejection.body_text())
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let body =
            ErrorBody { code: self.code, message: self.message, attempts_left: self.attempts_left, until: self.until };
        (self.status, Json(body)).into_response()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn code_names_are_the_wire_form() {
        assert_eq!(code_name(ErrorCode::WrongPin), "wrong_pin");
        assert_eq!(code_name(ErrorCode::LockedOut), "locked_out");
        assert_eq!(code_name(ErrorCode::DeleteBlocked), "delete_blocked");
        assert_eq!(code_name(ErrorCode::Storage), "storage");
    }
}
