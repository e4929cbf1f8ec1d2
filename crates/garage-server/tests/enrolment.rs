//! S2: only the garage's desks enrol. A server with an enrolment key registers a desk only if it
//! gives the same key; a server without one listens on loopback only. Real binary, real HTTP.

mod harness;

use std::io::Read;
use std::process::{Output, Stdio};
use std::time::{Duration, Instant};

use garage_core::sync::client::SyncError;
use garage_core::sync::engine::Engine;
use garage_core::sync::protocol::{DeviceToken, ErrorBody, ENROLMENT_REFUSED};
use harness::engine::desk;
use harness::{client, command, fresh, post_registration, Server};
use reqwest::StatusCode;
use uuid::Uuid;

const KEY: &str = "s2-garage-enrolment-key-5f0c9a";
const WRONG_KEY: &str = "s2-someone-elses-key-77b1e4";

fn keyed_server(dir: &tempfile::TempDir) -> Server {
    Server::start_with(&dir.path().join("server.db"), &[("GARAGE_SERVER_ENROLMENT_KEY", KEY)])
}

fn assert_refused(response: reqwest::blocking::Response) {
    assert_eq!(response.status(), StatusCode::FORBIDDEN);
    let body: ErrorBody = response.json().unwrap();
    assert_eq!(body.code, ENROLMENT_REFUSED);
    assert!(body.message.contains("enrolment key"), "{}", body.message);
}

#[test]
fn s2_a_server_with_an_enrolment_key_refuses_a_desk_without_it() {
    let dir = tempfile::tempdir().unwrap();
    let server = keyed_server(&dir);

    assert_refused(post_registration(&server, Uuid::new_v4(), "Front desk", None));
    assert_refused(post_registration(&server, Uuid::new_v4(), "Front desk", Some(WRONG_KEY)));
    assert_refused(post_registration(&server, Uuid::new_v4(), "Front desk", Some("")));
    assert_refused(post_registration(&server, Uuid::new_v4(), "Front desk", Some(&KEY[..KEY.len() - 1])));
    assert_eq!(server.count("SELECT count(*) FROM devices"), 0, "no device registered");

    // Without a token nothing else is open either.
    let response = client().get(server.url("/v1/changes?after=0&limit=10")).send().unwrap();
    assert_eq!(response.status(), StatusCode::UNAUTHORIZED);

    let log = server.log_text();
    assert_eq!(log.matches("registration refused: wrong or missing enrolment key").count(), 4, "{log}");
    assert!(!log.contains(KEY) && !log.contains(WRONG_KEY), "keys are never logged: {log}");
}

#[test]
fn s2_a_desk_with_the_servers_enrolment_key_enrols_and_its_token_works() {
    let dir = tempfile::tempdir().unwrap();
    let server = keyed_server(&dir);

    let response = post_registration(&server, Uuid::new_v4(), "Front desk", Some(KEY));
    assert_eq!(response.status(), StatusCode::OK);
    let token = response.json::<DeviceToken>().unwrap().token;
    assert_eq!(server.count("SELECT count(*) FROM devices"), 1);

    let response = client().get(server.url("/v1/changes?after=0&limit=10")).bearer_auth(&token).send().unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    let page: garage_core::sync::protocol::ChangesPage = response.json().unwrap();
    assert_eq!(page.changes.len(), 10, "the demo garage comes down");

    let log = server.log_text();
    assert!(log.contains("registration needs the garage's enrolment key"), "{log}");
    assert!(!log.contains(KEY), "the key is never logged: {log}");
}

#[test]
fn s2_a_server_without_a_key_on_loopback_still_registers_any_desk() {
    let (_dir, server) = fresh();
    for given in [None, Some("whatever-the-desk-has-set")] {
        let response = post_registration(&server, Uuid::new_v4(), "Front desk", given);
        assert_eq!(response.status(), StatusCode::OK, "key {given:?}");
    }
    let log = server.log_text();
    assert!(log.contains("registration is open to any process on this machine"), "{log}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn s2_the_desks_sync_engine_enrols_with_the_key_and_is_not_enrolled_without_it() {
    let dir = tempfile::tempdir().unwrap();
    let server = keyed_server(&dir);

    let without = desk(&server.base);
    let error = without.engine.cycle().await.unwrap_err();
    assert!(matches!(error, SyncError::NotEnrolled), "{error}");
    let wrong = desk(&server.base);
    let engine = Engine::new(wrong.desk.clone(), &server.base).with_enrolment_key(Some(WRONG_KEY.to_owned()));
    assert!(matches!(engine.cycle().await.unwrap_err(), SyncError::NotEnrolled));

    let with = desk(&server.base);
    let engine = Engine::new(with.desk.clone(), &server.base).with_enrolment_key(Some(KEY.to_owned()));
    engine.cycle().await.unwrap();
    assert!(!with.desk.list_staff().unwrap().is_empty(), "the garage came down");
    assert_eq!(server.count("SELECT count(*) FROM devices"), 1);
}

/// Runs the server binary expecting it to stop by itself; kills it if it is still up after 30 s.
fn run_to_exit(env: &[(&str, &str)]) -> Output {
    let dir = tempfile::tempdir().unwrap();
    let mut child = command(&dir.path().join("server.db"))
        .envs(env.iter().copied())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start garage-server");
    let deadline = Instant::now() + Duration::from_secs(30);
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        if Instant::now() > deadline {
            let _ = child.kill();
            let _ = child.wait();
            panic!("garage-server did not stop by itself");
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    let (mut stdout, mut stderr) = (Vec::new(), Vec::new());
    child.stdout.take().unwrap().read_to_end(&mut stdout).unwrap();
    child.stderr.take().unwrap().read_to_end(&mut stderr).unwrap();
    Output { status, stdout, stderr }
}

#[test]
fn s2_a_server_on_a_network_address_without_a_key_refuses_to_start() {
    let output = run_to_exit(&[("GARAGE_SERVER_LISTEN", "0.0.0.0:0")]);
    assert!(!output.status.success());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains(
            "listen 0.0.0.0:0 is reachable from the network: set enrolment_key (or GARAGE_SERVER_ENROLMENT_KEY) \
             so only the garage's desks can enrol"
        ),
        "{stderr}"
    );
    assert!(!String::from_utf8_lossy(&output.stdout).contains("listening"));
}

#[test]
fn s2_a_too_short_enrolment_key_stops_the_server_without_showing_it() {
    let output = run_to_exit(&[("GARAGE_SERVER_ENROLMENT_KEY", "short-secret")]);
    assert!(!output.status.success());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("GARAGE_SERVER_ENROLMENT_KEY") && stderr.contains("at least 16 characters"), "{stderr}");
    assert!(!stderr.contains("short-secret"), "{stderr}");
}
