//! How big a request body may be, route by route (issue 9). A body over its route's limit is
//! answered 413 `body_too_large` with the usual [`ErrorBody`](garage_core::sync::protocol::ErrorBody):
//! at once when its `Content-Length` says so, or as soon as reading it passes the limit (a chunked
//! body has no length; axum's `DefaultBodyLimit` cuts it and the JSON rejection reports it).

use axum::extract::{DefaultBodyLimit, Request, State};
use axum::http::header::{CONTENT_LENGTH, TRANSFER_ENCODING};
use axum::http::StatusCode;
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::MethodRouter;
use garage_core::sync::protocol::BODY_TOO_LARGE;

use crate::error::ApiError;

/// `POST /v1/devices`: a device id, a name of at most 200 characters and IT's enrolment key.
pub const REGISTER: usize = 16 * 1024;
/// `POST /v1/sign-in`: a staff id and a PIN.
pub const SIGN_IN: usize = 4 * 1024;
/// `POST /v1/mutations`: [`MAX_PER_PUSH`](crate::mutations::MAX_PER_PUSH) of the largest mutation a desk can queue (a void or
/// write-off whose reason has the most characters allowed, each as escaped as JSON makes it);
/// `tests::a_full_push_of_the_largest_mutations_fits` checks the sum.
pub const PUSH: usize = garage_core::sync::protocol::MAX_PUSH_BYTES;
/// `POST /v1/rows`: [`MAX_ROWS_PER_REQUEST`](garage_core::sync::protocol::MAX_ROWS_PER_REQUEST)
/// keys of a table name and a row key each.
pub const ROWS: usize = 1024 * 1024;
/// Routes that read no body (`GET`s, unknown paths): a body is refused, an empty one is fine.
pub const NONE: usize = 0;

/// `route` with a body limit of `max` bytes, for every method it answers (405s included).
pub fn limited<S: Clone + Send + Sync + 'static>(route: MethodRouter<S>, max: usize) -> MethodRouter<S> {
    route.layer(DefaultBodyLimit::max(max)).layer(middleware::from_fn_with_state(max, refuse_declared))
}

/// The answer to a body over `max` bytes.
pub fn too_large(max: usize) -> ApiError {
    ApiError::new(StatusCode::PAYLOAD_TOO_LARGE, BODY_TOO_LARGE, format!("a request body here has at most {max} bytes"))
}

/// Refuses a request whose declared length is over `max` before anything reads its body, and on
/// a route that reads none, any body at all (a chunked one included, which nothing would read).
async fn refuse_declared(State(max): State<usize>, request: Request, next: Next) -> Response {
    let headers = request.headers();
    let declared = headers.get(CONTENT_LENGTH).and_then(|v| v.to_str().ok()?.trim().parse::<u64>().ok());
    let streamed = headers.contains_key(TRANSFER_ENCODING);
    if declared.is_some_and(|length| length > max as u64) || (max == NONE && streamed) {
        return too_large(max).into_response();
    }
    next.run(request).await
}

#[cfg(test)]
mod tests {
    use garage_core::i18n::Locale;
    use garage_core::sync::protocol::{Mutation, MutationKind, PushRequest};
    use uuid::Uuid;

    use super::*;
    use crate::mutations::MAX_PER_PUSH;

    #[test]
    fn a_full_push_of_the_largest_mutations_fits() {
        // serde_json writes a control character as \u00XX: six bytes, the most any character takes.
        let reason: String = "\u{1}".repeat(garage_core::resolve::MAX_REASON_CHARS);
        let largest = Mutation {
            id: Uuid::new_v4(),
            staff_id: Uuid::new_v4(),
            created_at: "2026-11-30T10:58:01Z".to_owned(),
            kind: MutationKind::WriteOffInvoice(garage_core::changes::WriteOffInvoice {
                invoice_id: Uuid::new_v4(),
                reason,
            }),
            // An Ed25519 signature is 64 bytes, hex.
            credential_id: Some(Uuid::new_v4()),
            proof: Some("ab".repeat(64)),
        };
        let push = PushRequest { mutations: vec![largest; MAX_PER_PUSH] };
        let bytes = serde_json::to_vec(&push).unwrap().len();
        assert!(bytes <= PUSH, "a full push of the largest mutations is {bytes} bytes, over {PUSH}");
        // Not far over what is needed either: the limit stays a limit.
        assert!(PUSH < 2 * bytes, "{PUSH} is more than twice the {bytes} bytes a full push needs");

        let delete = Mutation {
            id: Uuid::new_v4(),
            staff_id: Uuid::new_v4(),
            created_at: "2026-11-30T10:58:01Z".to_owned(),
            kind: MutationKind::DeleteCustomer(garage_core::changes::DeleteCustomer {
                customer_id: Uuid::new_v4(),
                token: garage_core::delete::token(Locale::Pl).to_owned(),
                locale: Locale::Pl,
            }),
            credential_id: Some(Uuid::new_v4()),
            proof: Some("ab".repeat(64)),
        };
        assert!(serde_json::to_vec(&delete).unwrap().len() * MAX_PER_PUSH <= PUSH);
    }

    #[test]
    fn refusals_are_413_body_too_large() {
        let error = too_large(SIGN_IN);
        assert_eq!((error.status, error.code.as_str()), (StatusCode::PAYLOAD_TOO_LARGE, "body_too_large"));
        assert!(error.message.contains("4096"), "{}", error.message);
    }
}
