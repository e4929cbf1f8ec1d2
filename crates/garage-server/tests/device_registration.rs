//! Issue 12, path 4: a desk's id is no secret (it is in every audit row the desk syncs), so
//! registering an id that is already registered needs that desk's current token; otherwise anyone
//! who read the id could take over its registration and lock the real desk out. Real binary, real
//! HTTP, two desks running the core's sync engine.

mod harness;

use std::time::{Duration, Instant};

use garage_core::customers::CustomerFilter;
use garage_core::i18n::Locale;
use garage_core::sync::engine::state;
use garage_core::sync::engine::status::SyncConnection;
use garage_core::sync::engine::Engine;
use garage_core::sync::protocol::{DeviceToken, ErrorBody};
use harness::engine::*;
use harness::{fresh, Server};
use reqwest::StatusCode;
use serde_json::json;
use uuid::Uuid;

/// `POST /v1/devices` for `device_id` at `server` as a desk holding `token` sends it: proposing
/// it and bearing it (`Authorization: Bearer`). The answer's status and body.
async fn registration(server: &Server, device_id: Uuid, token: Option<&str>) -> (StatusCode, String) {
    let body = json!({ "device_id": device_id, "name": "Registered again", "token": token });
    let request = reqwest::Client::new().post(server.url("/v1/devices")).json(&body);
    let request = match token {
        Some(token) => request.bearer_auth(token),
        None => request,
    };
    let response = request.send().await.unwrap();
    let status = response.status();
    (status, response.text().await.unwrap())
}

fn device_token(desk: &TestDesk) -> String {
    state::get(&desk.desk.connection(), state::DEVICE_TOKEN).unwrap().expect("a registered desk")
}

fn device_row(server: &Server, id: Uuid) -> (String, String, String) {
    server
        .sql()
        .query_row("SELECT name, token_hash, registered_at FROM devices WHERE id = ?1", [id.to_string()], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?))
        })
        .unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn issue12_path4_an_active_desks_id_is_not_registered_again_without_its_token() {
    let (_dir, server) = fresh();
    let (a, b) = (downloaded_desk(&server.base).await, downloaded_desk(&server.base).await);
    let (a_id, a_token, b_token) = (a.desk.device_id(), device_token(&a), device_token(&b));
    let before = device_row(&server, a_id);

    // Someone who read A's id registers it: with no token, another desk's or a made-up one.
    let made_up = "ab".repeat(32);
    for token in [None, Some(b_token.as_str()), Some(made_up.as_str())] {
        let (status, body) = registration(&server, a_id, token).await;
        assert_eq!(status, StatusCode::CONFLICT, "token {token:?}: {body}");
        let body: ErrorBody = serde_json::from_str(&body).unwrap();
        assert_eq!(body.code, "device_already_registered");
        assert!(body.message.contains("already registered"), "{}", body.message);
    }
    assert_eq!(device_row(&server, a_id), before, "A's registration is untouched");

    // A itself, proving its token, is answered with the same token (a retry is harmless).
    let (status, body) = registration(&server, a_id, Some(&a_token)).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert_eq!(serde_json::from_str::<DeviceToken>(&body).unwrap().token, a_token);

    // A still pushes and pulls: B's change comes down to A, A's delete reaches the server and B.
    let aisha = staff(&b.desk, "Aisha Khan");
    b.sign_in(aisha, "3333").await;
    b.desk.set_my_locale(Locale::Ro).unwrap();
    b.engine.cycle().await.unwrap();
    a.sign_in(staff(&a.desk, "Rob Atkinson"), "2222").await;
    let jane = customer(&a.desk, "Jane Smith", CustomerFilter::Active).unwrap();
    a.desk.delete_customer(jane, "DELETE").unwrap();
    a.clock.advance(Duration::from_secs(31));
    a.engine.cycle().await.unwrap();
    assert_eq!(garage_core::sync::outbox::waiting(&a.desk.connection()).unwrap(), 0, "A's delete was pushed");
    let aisha_on_a = a.desk.list_staff().unwrap().into_iter().find(|s| s.id == aisha).unwrap();
    assert_eq!(aisha_on_a.locale, Locale::Ro, "A pulled B's change");
    b.engine.cycle().await.unwrap();
    assert!(customer(&b.desk, "Jane Smith", CustomerFilter::Active).is_none(), "B pulled A's delete");
    assert_same_as_server(&a.desk, &server);

    assert!(server.log_text().contains("registration refused: the device is already registered"));
    assert!(!server.log_text().contains(&a_token), "device tokens are never logged");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn issue12_path4_a_registration_retried_with_the_desks_token_gets_that_token_again() {
    let (_dir, server) = fresh();
    let id = Uuid::new_v4();
    let token = "5e".repeat(32);

    // The desk proposes its token; its answer is lost, it asks again with the same one.
    for _ in 0..2 {
        let (status, body) = registration(&server, id, Some(&token)).await;
        assert_eq!(status, StatusCode::OK, "{body}");
        assert_eq!(serde_json::from_str::<DeviceToken>(&body).unwrap().token, token);
    }
    assert_eq!(server.count("SELECT count(*) FROM devices"), 1);
    let (status, _) = registration(&server, id, None).await;
    assert_eq!(status, StatusCode::CONFLICT);

    // A token that is not 32 random bytes in hex is refused before anything is stored.
    let (status, body) = registration(&server, Uuid::new_v4(), Some("1234")).await;
    assert_eq!(status, StatusCode::BAD_REQUEST, "{body}");
    assert_eq!(server.count("SELECT count(*) FROM devices"), 1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn issue12_path4_a_desk_whose_id_someone_else_registered_says_not_enrolled_not_offline() {
    let (_dir, server) = fresh();
    let c = desk(&server.base);
    let id = c.desk.device_id();
    let (status, body) = registration(&server, id, None).await;
    assert_eq!(status, StatusCode::OK, "someone else registered this desk's id first: {body}");

    let error = c.engine.cycle().await.unwrap_err();
    assert!(error.to_string().contains("already registered"), "{error}");

    // The running engine shows a status IT can act on, not "offline".
    let running = tokio::spawn(Engine::new(c.desk.clone(), &server.base).run());
    let deadline = Instant::now() + Duration::from_secs(10);
    while c.desk.sync_status().unwrap().connection != SyncConnection::NotEnrolled {
        assert!(Instant::now() < deadline, "status {:?}", c.desk.sync_status().unwrap().connection);
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    running.abort();
    assert!(c.desk.list_staff().unwrap().is_empty(), "the server gave this desk nothing");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn issue12_path4_a_desk_whose_registration_answer_was_lost_enrols_on_its_retry() {
    let (_dir, server) = fresh();
    let c = desk(&server.base);
    // The desk asked with the token it made; the server registered it; the answer never came.
    let token = "c4".repeat(32);
    state::set(&c.desk.connection(), state::PROPOSED_DEVICE_TOKEN, &token).unwrap();
    let (status, body) = registration(&server, c.desk.device_id(), Some(&token)).await;
    assert_eq!(status, StatusCode::OK, "{body}");

    c.engine.cycle().await.expect("the retry with the same token is answered");
    assert_eq!(device_token(&c), token);
    assert_eq!(state::get(&c.desk.connection(), state::PROPOSED_DEVICE_TOKEN).unwrap(), None, "kept no longer");
    assert_eq!(server.count("SELECT count(*) FROM devices"), 1);
    assert_same_as_server(&c.desk, &server);
}
