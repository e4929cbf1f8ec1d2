//! `POST /v1/mutations` with generated bodies: valid ones are 1 to 3 changes of every kind, by an
//! Owner or a Technician (signed with their credential on the fuzzing desk, so the rules run) or
//! by nobody, each naming a random record, then are broken like any other.

use std::sync::Arc;

use garage_core::i18n::Locale;
use garage_core::resolve::WorkOrderAction;
use garage_core::staff::{Permission, PermissionSetting};
use garage_core::sync::protocol::{Mutation, MutationKind, MutationStatus, PushRequest, PushResponse};
use garage_core::ErrorCode;
use proptest::prelude::*;
use proptest::sample::select;
use reqwest::StatusCode;
use serde_json::json;
use uuid::Uuid;

use super::harness::{fresh, HttpDesk};
use super::json as bodies;
use super::{expect, fuzz, locale, uuid, wire};

fn mutation_kind() -> impl Strategy<Value = MutationKind> {
    let token = select(&["DELETE", "USUŃ", "ȘTERGE", "delete", ""][..]).prop_map(str::to_owned);
    let action = select(&[WorkOrderAction::Complete, WorkOrderAction::Close, WorkOrderAction::Cancel][..]);
    let setting = select(&[PermissionSetting::Grant, PermissionSetting::Revoke, PermissionSetting::RoleDefault][..]);
    prop_oneof![
        (uuid(), token, locale()).prop_map(|(customer_id, token, locale)| MutationKind::DeleteCustomer(
            garage_core::changes::DeleteCustomer { customer_id, token, locale }
        )),
        (uuid(), action).prop_map(|(work_order_id, action)| MutationKind::UpdateWorkOrder(
            garage_core::changes::UpdateWorkOrder { work_order_id, action }
        )),
        (uuid(), any::<i64>()).prop_map(|(invoice_id, amount_pence)| MutationKind::TakePayment(
            garage_core::changes::TakePayment { invoice_id, amount_pence }
        )),
        (uuid(), bodies::text()).prop_map(|(invoice_id, reason)| MutationKind::VoidInvoice(
            garage_core::changes::VoidInvoice { invoice_id, reason }
        )),
        (uuid(), bodies::text()).prop_map(|(invoice_id, reason)| MutationKind::WriteOffInvoice(
            garage_core::changes::WriteOffInvoice { invoice_id, reason }
        )),
        uuid().prop_map(|conversation_id| MutationKind::CloseConversation(garage_core::changes::CloseConversation {
            conversation_id
        })),
        (uuid(), select(Permission::ALL), setting).prop_map(|(staff_id, permission, setting)| {
            MutationKind::SetStaffPermission(garage_core::changes::SetStaffPermission { staff_id, permission, setting })
        }),
        locale().prop_map(|locale| MutationKind::SetLocale(garage_core::changes::SetLocale { locale })),
    ]
}

#[test]
fn push_bodies() {
    let (_dir, mut server) = fresh();
    let desk = Arc::new(HttpDesk::register(&server, "Fuzzing desk"));
    // An Owner (every permission, so the rules run on to the random record), a Technician (few
    // permissions), and nobody (unsigned: no credential can be theirs).
    let staff = vec![server.staff_id("Sandra Whitaker"), server.staff_id("Dave Bennett")];
    // Signed in before the fuzzing looks, so signing a generated change writes nothing.
    desk.sign_in(staff[0], "1111").unwrap();
    desk.sign_in(staff[1], "4444").unwrap();
    let who = prop_oneof![2 => select(staff.clone()), 1 => uuid()];
    let signer = desk.clone();
    let mutation = (uuid(), who, "\\PC{0,30}", mutation_kind()).prop_map(move |(id, staff_id, created_at, kind)| {
        let m = Mutation { id, staff_id, created_at, kind, credential_id: None, proof: None };
        if staff.contains(&staff_id) {
            signer.signed(&m)
        } else {
            m
        }
    });
    let valid = prop::collection::vec(mutation, 1..4)
        .prop_map(|mutations| serde_json::to_value(PushRequest { mutations }).unwrap());
    let requests = wire::posts("/v1/mutations", bodies::body(valid.boxed()));
    fuzz("POST /v1/mutations", &mut server, &desk, requests, |_, watch, request, answer| {
        let changes = watch.changes();
        if answer.status == StatusCode::OK {
            let response: PushResponse = answer.json()?;
            // Each mutation is read on its own (issue 12): one serde refuses, but with an id, is
            // answered alone as unsupported and changes nothing.
            let body: RawPush = request.parsed()?;
            if body.mutations.len() != response.results.len() {
                return Err(format!("{} mutations, {} answers", body.mutations.len(), response.results.len()));
            }
            let (mut read, mut answers) = (Vec::new(), Vec::new());
            for (value, result) in body.mutations.into_iter().zip(response.results) {
                match serde_json::from_value::<Mutation>(value) {
                    Ok(m) => {
                        read.push(m);
                        answers.push(result);
                    }
                    Err(_) if result.rejection.as_ref().is_some_and(|r| r.code == ErrorCode::UnsupportedChange) => {}
                    Err(e) => return Err(format!("a mutation serde refuses ({e}) was answered {result:?}")),
                }
            }
            return expect::pushed(&changes, &read, &answers);
        }
        answer.error()?;
        expect::nothing(&changes)
    });
}

/// A push as the server reads it: each mutation on its own.
#[derive(serde::Deserialize)]
struct RawPush {
    mutations: Vec<serde_json::Value>,
}

/// Sanity for the generators: the valid bodies they start from are answered as valid.
#[test]
fn the_valid_bodies_the_fuzzing_starts_from_are_accepted() {
    let (_dir, server) = fresh();
    let desk = HttpDesk::register(&server, "Front desk");
    let id = Uuid::new_v4();
    let answer = desk.post("/v1/devices", &json!({ "device_id": id, "name": "Fuzz desk", "enrolment_key": null }));
    assert_eq!(answer.status(), StatusCode::OK);
    let rob = server.staff_id("Rob Atkinson");
    assert_eq!(desk.sign_in(rob, "9999").unwrap_err().1.code, "wrong_pin");
    let kind = MutationKind::SetLocale(garage_core::changes::SetLocale { locale: Locale::Pl });
    let m = Mutation { id, staff_id: rob, created_at: String::new(), kind, credential_id: None, proof: None };
    assert_eq!(desk.push(&[m])[0].status, MutationStatus::Applied);
}
