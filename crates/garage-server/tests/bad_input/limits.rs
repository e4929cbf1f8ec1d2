//! Issue 9: every route has a body size limit, answered 413 `body_too_large` in the usual JSON
//! error body whether the body declares its length or comes chunked; a full push of the largest
//! mutations a desk can queue fits; unknown paths and methods are JSON refusals too.

use garage_core::resolve::MAX_REASON_CHARS;
use garage_core::sync::protocol::{Mutation, MutationKind, MutationStatus, PushRequest};
use reqwest::{Method, StatusCode};
use uuid::Uuid;

use super::harness::{fresh, mutation, HttpDesk, Server};
use super::wire::{self, Answer, Auth, Request};

/// The limits as the server sets them (src/body_limit.rs).
const ROUTES: &[(&str, &str, usize)] = &[
    ("POST", "/v1/devices", 16 * 1024),
    ("POST", "/v1/sign-in", 4 * 1024),
    ("POST", "/v1/mutations", 4 * 1024 * 1024),
    ("GET", "/v1/changes", 0),
    ("GET", "/v1/events", 0),
    ("GET", "/v1/no-such-thing", 0),
];

fn send(server: &Server, desk: &HttpDesk, method: &str, path: &str, body: Vec<u8>, chunked: bool) -> Answer {
    let request = Request {
        method: Method::from_bytes(method.as_bytes()).unwrap(),
        path: path.to_owned(),
        query: None,
        body,
        content_type: Some("application/json"),
        auth: Auth::HttpDesk,
        chunked,
    };
    wire::send(server, &desk.token, &request).unwrap()
}

/// A JSON body of exactly `n` bytes (padded with the spaces JSON allows).
fn padded(json: &str, n: usize) -> Vec<u8> {
    let mut body = json.as_bytes().to_vec();
    assert!(body.len() <= n);
    body.resize(n, b' ');
    body
}

#[test]
fn every_route_refuses_a_body_over_its_limit_with_413_json() {
    let (_dir, server) = fresh();
    let desk = HttpDesk::register(&server, "Front desk");
    for &(method, path, limit) in ROUTES {
        for chunked in [false, true] {
            let answer = send(&server, &desk, method, path, vec![b' '; limit + 1], chunked);
            let error = answer.error().unwrap_or_else(|e| panic!("{method} {path} chunked {chunked}: {e}"));
            assert_eq!(answer.status, StatusCode::PAYLOAD_TOO_LARGE, "{method} {path} chunked {chunked}");
            assert_eq!(error.code, "body_too_large", "{method} {path}");
            // Refused by its declared length, the message says the limit; cut while read, it says so.
            let said = if chunked && limit > 0 {
                "length limit exceeded".to_owned()
            } else {
                format!("at most {limit} bytes")
            };
            assert!(error.message.contains(&said), "{error:?}");
        }
    }
    // A body ten times the push limit is refused as fast, by its declared length.
    let answer = send(&server, &desk, "POST", "/v1/mutations", vec![b'['; 40 * 1024 * 1024], false);
    assert_eq!(answer.status, StatusCode::PAYLOAD_TOO_LARGE);
}

#[test]
fn a_body_at_the_limit_is_read() {
    let (_dir, server) = fresh();
    let desk = HttpDesk::register(&server, "Front desk");
    let rob = server.staff_id("Rob Atkinson");
    let key = garage_core::credentials::Credential::generate().public_key();
    let sign_in = padded(&format!(r#"{{"staff_id":"{rob}","pin":"0000","public_key":"{key}"}}"#), 4 * 1024);
    for chunked in [false, true] {
        let answer = send(&server, &desk, "POST", "/v1/sign-in", sign_in.clone(), chunked);
        assert_eq!(answer.error().unwrap().code, "wrong_pin", "chunked {chunked}");
    }
    let register = padded(&format!(r#"{{"device_id":"{}","name":"Workshop"}}"#, Uuid::new_v4()), 16 * 1024);
    assert_eq!(send(&server, &desk, "POST", "/v1/devices", register, true).status, StatusCode::OK);
    for path in ["/v1/changes?limit=1", "/v1/no-such-thing"] {
        let answer = send(&server, &desk, "GET", path, Vec::new(), false);
        assert_ne!(answer.status, StatusCode::PAYLOAD_TOO_LARGE, "{path}: an empty body is no body");
    }
}

/// The largest change a desk queues is a write-off with the longest reason, every character
/// escaped by JSON; a push carries at most 1,000. All the same id here: answered once, quickly.
#[test]
fn a_full_push_of_the_largest_mutations_is_accepted() {
    let (_dir, server) = fresh();
    let desk = HttpDesk::register(&server, "Front desk");
    let write_off =
        garage_core::changes::WriteOffInvoice { invoice_id: Uuid::new_v4(), reason: "\u{1}".repeat(MAX_REASON_CHARS) };
    let largest = Mutation {
        credential_id: Some(Uuid::new_v4()),
        proof: Some("ab".repeat(64)),
        ..mutation(Uuid::new_v4(), MutationKind::WriteOffInvoice(write_off))
    };
    let body = serde_json::to_vec(&PushRequest { mutations: vec![largest; 1000] }).unwrap();
    assert!(body.len() > 3_000_000, "{} bytes: over axum's default limit of 2 MB", body.len());
    for chunked in [false, true] {
        let answer = send(&server, &desk, "POST", "/v1/mutations", body.clone(), chunked);
        assert_eq!(answer.status, StatusCode::OK, "chunked {chunked}: {}", answer.text());
        let results: garage_core::sync::protocol::PushResponse = answer.json().unwrap();
        assert_eq!(results.results.len(), 1000);
        assert!(results.results.iter().all(|r| r.status == MutationStatus::Rejected));
    }
}

#[test]
fn unknown_paths_and_methods_are_json_refusals() {
    let (_dir, server) = fresh();
    let desk = HttpDesk::register(&server, "Front desk");
    let cases = [
        ("GET", "/v1/mutations", StatusCode::METHOD_NOT_ALLOWED, "method_not_allowed"),
        ("PUT", "/v1/devices", StatusCode::METHOD_NOT_ALLOWED, "method_not_allowed"),
        ("DELETE", "/v1/changes", StatusCode::METHOD_NOT_ALLOWED, "method_not_allowed"),
        ("POST", "/v1/events", StatusCode::METHOD_NOT_ALLOWED, "method_not_allowed"),
        ("GET", "/", StatusCode::NOT_FOUND, "not_found"),
        ("POST", "/v2/mutations", StatusCode::NOT_FOUND, "not_found"),
    ];
    for (method, path, status, code) in cases {
        let answer = send(&server, &desk, method, path, Vec::new(), false);
        assert_eq!(answer.status, status, "{method} {path}");
        assert_eq!(answer.error().unwrap().code, code, "{method} {path}");
    }
}
