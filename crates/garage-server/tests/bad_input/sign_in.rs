//! `POST /v1/sign-in` with generated bodies: valid ones carry a real member (or nobody), a PIN
//! that is almost never theirs and a fresh Ed25519 public key, then are broken like any other.

use garage_core::credentials::Credential;
use garage_core::demo::DEMO_STAFF;
use garage_core::sync::protocol::{SignInRequest, SignInResponse};
use proptest::prelude::*;
use proptest::sample::select;
use reqwest::StatusCode;
use serde_json::json;
use uuid::Uuid;

use super::harness::{fresh, HttpDesk};
use super::json as bodies;
use super::{expect, fuzz, uuid, wire};

#[test]
fn sign_in_bodies() {
    let (_dir, mut server) = fresh();
    let desk = HttpDesk::register(&server, "Fuzzing desk");
    let staff: Vec<(Uuid, &str)> = DEMO_STAFF.iter().map(|s| (server.staff_id(s.name), s.pin)).collect();
    let known = staff.clone();
    let who = prop_oneof![3 => select(staff.clone()).prop_map(|(id, _)| id), 1 => uuid()];
    let valid = (who, bodies::text(), proptest::option::of(uuid())).prop_map(move |(staff_id, pin, credential_id)| {
        // A wrong PIN: the right one is a sign-in, which the generated bodies leave to chance.
        let pin =
            if known.iter().any(|(id, right)| *id == staff_id && pin == *right) { format!("{pin}0") } else { pin };
        let public_key = Credential::generate().public_key();
        json!({ "staff_id": staff_id, "pin": pin, "public_key": public_key, "credential_id": credential_id })
    });
    let requests = wire::posts("/v1/sign-in", bodies::body(valid.boxed()));
    let device = desk.id;
    fuzz("POST /v1/sign-in", &mut server, &desk, requests, move |server, watch, request, answer| {
        let body = request.parsed::<SignInRequest>().ok();
        let member = body.as_ref().and_then(|b| watch.row("staff_users", &b.staff_id.to_string()).cloned());
        let count = body.as_ref().and_then(|b| watch.row(expect::PERSON_AT_DESK, &format!("{device}|{}", b.staff_id)));
        let count = count.cloned();
        let changes = watch.changes();
        if answer.status == StatusCode::OK {
            let signed_in: SignInResponse = answer.json()?;
            let body = body.ok_or("signed in with a body serde refuses")?;
            if !staff.iter().any(|(id, pin)| *id == body.staff_id && body.pin == *pin) {
                return Err("signed in with a wrong PIN".into());
            }
            return expect::signed_in(&changes, device, body.staff_id, signed_in.credential_id);
        }
        let error = answer.error()?;
        match (error.code.as_str(), body, member) {
            ("wrong_pin", Some(body), Some(_)) => expect::wrong_pin(&changes, device, body.staff_id, count.as_ref()),
            ("wrong_pin", ..) => Err("wrong_pin for a body that is not a sign-in of a known member".into()),
            ("not_found", Some(_), None) => expect::unknown_staff(&changes, device),
            ("device_locked_out", ..) => {
                expect::nothing(&changes)?;
                // Ten wrong PINs in a row pause the desk; unpause it, so the PINs go on being checked.
                server.db().execute("DELETE FROM device_sign_in_attempts", []).map_err(|e| e.to_string())?;
                watch.changes();
                Ok(())
            }
            _ => expect::nothing(&changes),
        }
    });
}
