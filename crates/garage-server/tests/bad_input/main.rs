//! Issue 9: bad input over real HTTP against the real server binary. Generated bodies for
//! registration, sign-in and push, and query strings for the change log: whatever is sent, the
//! answer is never a 5xx, a refusal is JSON `{code, message}`, the server stays up, and nothing in
//! its database changes but what the request was entitled to change (a wrong PIN counts).
//!
//! Cases per endpoint: `PROPTEST_CASES` (default [`DEFAULT_CASES`], seconds); a long run is
//! `PROPTEST_CASES=20000 cargo test --release -p garage-server --test bad_input -- --nocapture`.

#[path = "../harness/mod.rs"]
mod harness;

mod expect;
mod json;
mod limits;
mod push;
mod sign_in;
mod snapshot;
mod wire;

use std::cell::RefCell;

use garage_core::i18n::Locale;
use garage_core::sync::protocol::{ChangesPage, DeviceToken, RegisterDevice};
use harness::{fresh, HttpDesk, Server};
use proptest::prelude::*;
use proptest::sample::select;
use proptest::test_runner::{Config, TestCaseError, TestRunner};
use reqwest::StatusCode;
use serde_json::json;
use snapshot::Watch;
use uuid::Uuid;
use wire::{Answer, Request, Tally};

const DEFAULT_CASES: u32 = 48;

fn runner() -> TestRunner {
    let cases = std::env::var("PROPTEST_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(DEFAULT_CASES);
    TestRunner::new(Config { cases, failure_persistence: None, ..Config::default() })
}

pub fn uuid() -> impl Strategy<Value = Uuid> {
    any::<u128>().prop_map(Uuid::from_u128)
}

pub fn locale() -> impl Strategy<Value = Locale> {
    select(&[Locale::EnGb, Locale::Pl, Locale::Ro][..])
}

/// Runs every generated request, sent by `desk`, through `check` against `server`; prints the
/// tally.
pub fn fuzz(
    name: &str,
    server: &mut Server,
    desk: &HttpDesk,
    requests: impl Strategy<Value = Request>,
    check: impl Fn(&Server, &mut Watch, &Request, &Answer) -> Result<(), String>,
) {
    let watch = RefCell::new(Watch::new(&server.database));
    let tally = RefCell::new(Tally::new(name));
    let shared: &Server = server;
    let result = runner().run(&requests, |request| {
        let answer = wire::send(shared, &desk.token, &request)
            .map_err(|e| TestCaseError::fail(format!("no answer ({e}) to {request:?}")))?;
        tally.borrow_mut().count(&answer);
        if answer.status.is_server_error() {
            return Err(TestCaseError::fail(format!("{} to {request:?}: {}", answer.status, answer.text())));
        }
        check(shared, &mut watch.borrow_mut(), &request, &answer)
            .map_err(|e| TestCaseError::fail(format!("{e}\nrequest {request:?}\nanswer {answer:?}")))
    });
    tally.borrow().print();
    assert!(server.is_running(), "the server is still up");
    assert_eq!(desk.get("/v1/changes?limit=1").status(), StatusCode::OK, "and still answers");
    if let Err(failure) = result {
        panic!("{name}: {failure}");
    }
}

#[test]
fn registration_bodies() {
    let (_dir, mut server) = fresh();
    let valid = (uuid(), json::text(), proptest::option::of(json::text()))
        .prop_map(|(device_id, name, key)| json!({ "device_id": device_id, "name": name, "enrolment_key": key }));
    let desk = HttpDesk::register(&server, "Fuzzing desk");
    let requests = wire::posts("/v1/devices", json::body(valid.boxed()));
    fuzz("POST /v1/devices", &mut server, &desk, requests, |_, watch, request, answer| {
        let changes = watch.changes();
        if answer.status == StatusCode::OK {
            answer.json::<DeviceToken>()?;
            let body: RegisterDevice = request.parsed()?;
            return expect::registered(&changes, body.device_id);
        }
        answer.error()?;
        expect::nothing(&changes)
    });
}

fn query_value() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<i64>().prop_map(|n| n.to_string()),
        select(&["", "-", "1e3", "0x10", "99999999999999999999", "%00", "%zz", "１２", " 5", "1.5", "+3", "NaN"][..])
            .prop_map(str::to_owned),
        "\\PC{0,12}",
    ]
}

#[test]
fn change_log_queries() {
    let pair =
        |name: &'static str| proptest::option::of(query_value()).prop_map(move |v| v.map(|v| format!("{name}={v}")));
    let structured = (pair("after"), pair("limit"), proptest::option::of("[a-z&=%]{0,12}"), any::<bool>()).prop_map(
        |(after, limit, junk, twice)| {
            let mut parts: Vec<String> = after.into_iter().chain(limit).chain(junk).collect();
            if twice && !parts.is_empty() {
                parts.push(parts[0].clone());
            }
            parts.join("&")
        },
    );
    let query = prop_oneof![3 => structured, 1 => "\\PC{0,40}", 1 => any::<String>()];
    let (_dir, mut server) = fresh();
    let desk = HttpDesk::register(&server, "Fuzzing desk");
    fuzz("GET /v1/changes", &mut server, &desk, wire::gets("/v1/changes", query), |_, watch, _, answer| {
        if answer.status == StatusCode::OK {
            let page: ChangesPage = answer.json()?;
            if page.cursor < 0 || page.remaining < 0 || page.changes.len() > 5_000 {
                return Err(format!(
                    "odd page: cursor {}, remaining {}, {} changes",
                    page.cursor,
                    page.remaining,
                    page.changes.len()
                ));
            }
        } else {
            answer.error()?;
        }
        expect::nothing(&watch.changes())
    });
}
