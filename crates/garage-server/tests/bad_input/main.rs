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
mod snapshot;
mod wire;

use std::cell::RefCell;

use garage_core::demo::DEMO_STAFF;
use garage_core::i18n::Locale;
use garage_core::resolve::WorkOrderAction;
use garage_core::staff::{Permission, PermissionSetting};
use garage_core::sync::protocol::{
    ChangesPage, DeviceToken, Mutation, MutationKind, PushRequest, PushResponse, RegisterDevice, SignInRequest,
    SignInResponse,
};
use harness::{fresh, Desk, Server};
use proptest::prelude::*;
use proptest::sample::select;
use proptest::test_runner::{Config, TestCaseError, TestRunner};
use reqwest::StatusCode;
use serde_json::{json, Value};
use snapshot::Watch;
use uuid::Uuid;
use wire::{Answer, Request, Tally};

const DEFAULT_CASES: u32 = 48;

fn runner() -> TestRunner {
    let cases = std::env::var("PROPTEST_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(DEFAULT_CASES);
    TestRunner::new(Config { cases, failure_persistence: None, ..Config::default() })
}

fn uuid() -> impl Strategy<Value = Uuid> {
    any::<u128>().prop_map(Uuid::from_u128)
}

fn locale() -> impl Strategy<Value = Locale> {
    select(&[Locale::EnGb, Locale::Pl, Locale::Ro][..])
}

/// Runs every generated request through `check` against `server`; prints the tally.
fn fuzz(
    name: &str,
    server: &mut Server,
    requests: impl Strategy<Value = Request>,
    check: impl Fn(&Desk, &mut Watch, &Request, &Answer) -> Result<(), String>,
) {
    let desk = Desk::register(&server, "Fuzzing desk");
    let watch = RefCell::new(Watch::new(&server.database));
    let tally = RefCell::new(Tally::new(name));
    let result = runner().run(&requests, |request| {
        let answer = wire::send(server, &desk.token, &request)
            .map_err(|e| TestCaseError::fail(format!("no answer ({e}) to {request:?}")))?;
        tally.borrow_mut().count(&answer);
        if answer.status.is_server_error() {
            return Err(TestCaseError::fail(format!("{} to {request:?}: {}", answer.status, answer.text())));
        }
        check(&desk, &mut watch.borrow_mut(), &request, &answer)
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
    let requests = wire::posts("/v1/devices", json::body(valid.boxed()));
    fuzz("POST /v1/devices", &mut server, requests, |_, watch, request, answer| {
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

#[test]
fn sign_in_bodies() {
    let (_dir, mut server) = fresh();
    let staff: Vec<(Uuid, &str)> = DEMO_STAFF.iter().map(|s| (server.staff_id(s.name), s.pin)).collect();
    let known = staff.clone();
    let who = prop_oneof![3 => select(staff.clone()).prop_map(|(id, _)| id), 1 => uuid()];
    let valid = (who, json::text()).prop_map(move |(staff_id, pin)| {
        // A wrong PIN: the right one is a sign-in, which the generated bodies leave to chance.
        let pin =
            if known.iter().any(|(id, right)| *id == staff_id && pin == *right) { format!("{pin}0") } else { pin };
        json!({ "staff_id": staff_id, "pin": pin })
    });
    let requests = wire::posts("/v1/sign-in", json::body(valid.boxed()));
    fuzz("POST /v1/sign-in", &mut server, requests, move |desk, watch, request, answer| {
        let before = request.parsed::<SignInRequest>().ok().and_then(|b| {
            let row = watch.row("staff_users", &b.staff_id.to_string()).cloned();
            Some((b, row?))
        });
        let changes = watch.changes();
        if answer.status == StatusCode::OK {
            answer.json::<SignInResponse>()?;
            let body: SignInRequest = request.parsed()?;
            if !staff.iter().any(|(id, pin)| *id == body.staff_id && body.pin == *pin) {
                return Err("signed in with a wrong PIN".into());
            }
            return expect::signed_in(&changes, desk.id, body.staff_id);
        }
        let error = answer.error()?;
        match (error.code.as_str(), before) {
            ("wrong_pin", Some((body, row))) => expect::wrong_pin(&changes, body.staff_id, &row),
            ("wrong_pin", None) => Err("wrong_pin for a body that is not a sign-in of a known member".into()),
            _ => expect::nothing(&changes),
        }
    });
}

fn mutation_kind() -> impl Strategy<Value = MutationKind> {
    let token = select(&["DELETE", "USUŃ", "ȘTERGE", "delete", ""][..]).prop_map(str::to_owned);
    let action = select(&[WorkOrderAction::Complete, WorkOrderAction::Close, WorkOrderAction::Cancel][..]);
    let setting = select(&[PermissionSetting::Grant, PermissionSetting::Revoke, PermissionSetting::RoleDefault][..]);
    prop_oneof![
        (uuid(), token, locale()).prop_map(|(customer_id, token, locale)| MutationKind::DeleteCustomer {
            customer_id,
            token,
            locale
        }),
        (uuid(), action).prop_map(|(work_order_id, action)| MutationKind::UpdateWorkOrder { work_order_id, action }),
        (uuid(), any::<i64>())
            .prop_map(|(invoice_id, amount_pence)| MutationKind::TakePayment { invoice_id, amount_pence }),
        (uuid(), json::text()).prop_map(|(invoice_id, reason)| MutationKind::VoidInvoice { invoice_id, reason }),
        (uuid(), json::text()).prop_map(|(invoice_id, reason)| MutationKind::WriteOffInvoice { invoice_id, reason }),
        uuid().prop_map(|conversation_id| MutationKind::CloseConversation { conversation_id }),
        (uuid(), select(Permission::ALL), setting).prop_map(|(staff_id, permission, setting)| {
            MutationKind::SetStaffPermission { staff_id, permission, setting }
        }),
        locale().prop_map(|locale| MutationKind::SetLocale { locale }),
    ]
}

#[test]
fn push_bodies() {
    let (_dir, mut server) = fresh();
    // An Owner (every permission, so the rules run on to the random record), a Technician (few
    // permissions), and nobody.
    let staff = vec![server.staff_id("Sandra Whitaker"), server.staff_id("Dave Bennett")];
    let who = prop_oneof![2 => select(staff), 1 => uuid()];
    let mutation = (uuid(), who, "\\PC{0,30}", mutation_kind()).prop_map(|(id, staff_id, created_at, kind)| Mutation {
        id,
        staff_id,
        created_at,
        kind,
    });
    let valid = prop::collection::vec(mutation, 1..4)
        .prop_map(|mutations| serde_json::to_value(PushRequest { mutations }).unwrap());
    let requests = wire::posts("/v1/mutations", json::body(valid.boxed()));
    fuzz("POST /v1/mutations", &mut server, requests, |_, watch, request, answer| {
        let changes = watch.changes();
        if answer.status == StatusCode::OK {
            let response: PushResponse = answer.json()?;
            let body: PushRequest = request.parsed()?;
            return expect::pushed(&changes, &body.mutations, &response.results);
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
    fuzz("GET /v1/changes", &mut server, wire::gets("/v1/changes", query), |_, watch, _, answer| {
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

/// Sanity for the generators: the valid bodies they start from are answered as valid.
#[test]
fn the_valid_bodies_the_fuzzing_starts_from_are_accepted() {
    let (_dir, server) = fresh();
    let desk = Desk::register(&server, "Front desk");
    let id = Uuid::new_v4();
    let answer =
        desk.post("/v1/devices", &json!({ "device_id": id, "name": "Fuzz desk", "enrolment_key": Value::Null }));
    assert_eq!(answer.status(), StatusCode::OK);
    let rob = server.staff_id("Rob Atkinson");
    assert_eq!(desk.sign_in(rob, "9999").unwrap_err().1.code, "wrong_pin");
    let m =
        Mutation { id, staff_id: rob, created_at: String::new(), kind: MutationKind::SetLocale { locale: Locale::Pl } };
    assert_eq!(desk.push(&[m])[0].status, garage_core::sync::protocol::MutationStatus::Applied);
}
