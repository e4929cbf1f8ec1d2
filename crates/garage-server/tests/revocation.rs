//! S2: IT lists the garage's desks and revokes one (a lost or stolen laptop) with the real
//! `garage-server` binary, on the database of a server that keeps running. Real HTTP.

mod harness;

use std::path::Path;
use std::process::{Command, Output};

use garage_core::sync::protocol::ErrorBody;
use harness::{fresh, post_registration, HttpDesk, Server};
use reqwest::StatusCode;
use uuid::Uuid;

/// The binary with `args` on `database`; a network address and no enrolment key, which the
/// commands do not need.
fn cli(database: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_garage-server"))
        .args(args)
        .env("GARAGE_SERVER_DATABASE", database)
        .env("GARAGE_SERVER_LISTEN", "0.0.0.0:7878")
        .env_remove("GARAGE_SERVER_ENROLMENT_KEY")
        .output()
        .expect("run garage-server")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

fn changes_status(desk: &HttpDesk) -> (StatusCode, Option<ErrorBody>) {
    let response = desk.get("/v1/changes?after=0&limit=1");
    let status = response.status();
    (status, if status.is_success() { None } else { Some(response.json().unwrap()) })
}

fn device_lines(server: &Server, args: &[&str]) -> Vec<String> {
    let listed = cli(&server.database, args);
    assert!(listed.status.success(), "{}", text(&listed.stderr));
    text(&listed.stdout).lines().map(str::to_owned).collect()
}

#[test]
fn s2_a_revoked_desk_is_refused_and_cannot_enrol_again_while_others_carry_on() {
    let (dir, server) = fresh();
    let lost = HttpDesk::register(&server, "Front desk laptop");
    let other = HttpDesk::register(&server, "Workshop PC");
    lost.sign_in(server.staff_id("Sandra Whitaker"), "1111").expect("right PIN");
    assert_eq!(changes_status(&lost).0, StatusCode::OK);
    assert_eq!(changes_status(&other).0, StatusCode::OK);

    let revoked = cli(&server.database, &["revoke-device", &lost.id.to_string()]);
    assert!(revoked.status.success(), "{}", text(&revoked.stderr));
    assert_eq!(text(&revoked.stdout).trim(), format!("revoked {} (Front desk laptop)", lost.id));

    // The running server refuses the token at once.
    let (status, body) = changes_status(&lost);
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    let body = body.unwrap();
    assert_eq!(body.code, "device_revoked");
    assert_eq!(body.message, "IT removed this desk from the garage's server");

    // It cannot enrol again under the same id, whatever name it gives.
    let again = post_registration(&server, lost.id, "Front desk laptop", None);
    assert_eq!(again.status(), StatusCode::FORBIDDEN);
    assert_eq!(again.json::<ErrorBody>().unwrap().code, "device_revoked");
    assert_eq!(changes_status(&lost).0, StatusCode::UNAUTHORIZED, "its old token stays refused");

    assert_eq!(changes_status(&other).0, StatusCode::OK, "the other desk is unaffected");

    // Listed with the revoked one marked, from the environment or a config file.
    let lines = device_lines(&server, &["devices"]);
    assert_eq!(lines.len(), 3, "{lines:?}");
    assert_eq!(lines[0], "id\tname\tregistered_at\tstatus\tstaff");
    let row = |id: Uuid| -> Vec<String> {
        let line = lines.iter().find(|l| l.starts_with(&id.to_string())).unwrap_or_else(|| panic!("{lines:?}"));
        line.split('\t').map(str::to_owned).collect()
    };
    let (lost_row, other_row) = (row(lost.id), row(other.id));
    assert_eq!(lost_row.len(), 5);
    assert_eq!(lost_row[1], "Front desk laptop");
    assert!(lost_row[3].starts_with("revoked 20"), "{lost_row:?}");
    assert_eq!(lost_row[4], "1");
    assert_eq!((other_row[1].as_str(), other_row[3].as_str(), other_row[4].as_str()), ("Workshop PC", "active", "0"));

    let config = dir.path().join("server.toml");
    std::fs::write(&config, format!("listen = \"0.0.0.0:7878\"\ndatabase = {:?}\n", server.database)).unwrap();
    let from_file = Command::new(env!("CARGO_BIN_EXE_garage-server"))
        .args(["devices", "--config", config.to_str().unwrap()])
        .env_remove("GARAGE_SERVER_DATABASE")
        .env_remove("GARAGE_SERVER_LISTEN")
        .env_remove("GARAGE_SERVER_ENROLMENT_KEY")
        .output()
        .unwrap();
    assert!(from_file.status.success(), "{}", text(&from_file.stderr));
    assert_eq!(text(&from_file.stdout).lines().collect::<Vec<_>>(), lines);

    // Revoking again says so and keeps the first time.
    let twice = cli(&server.database, &["revoke-device", &lost.id.to_string()]);
    assert!(twice.status.success(), "{}", text(&twice.stderr));
    assert!(text(&twice.stdout).contains("already revoked at"), "{}", text(&twice.stdout));
    assert_eq!(device_lines(&server, &["devices"]), lines, "nothing changed");

    let log = server.log_text();
    assert!(log.contains("request refused: the device is revoked"), "{log}");
    assert!(log.contains("registration refused: the device is revoked"), "{log}");
    assert!(!log.contains(&lost.token), "device tokens are never logged");
}

#[test]
fn s2_revoking_an_unknown_device_exits_1_and_changes_nothing() {
    let (_dir, server) = fresh();
    let desk = HttpDesk::register(&server, "Front desk");
    let unknown = Uuid::new_v4();

    let output = cli(&server.database, &["revoke-device", &unknown.to_string()]);
    assert_eq!(output.status.code(), Some(1));
    assert!(text(&output.stderr).contains(&format!("no device {unknown} is registered")), "{}", text(&output.stderr));
    assert!(output.stdout.is_empty());

    let output = cli(&server.database, &["revoke-device", "front-desk"]);
    assert_eq!(output.status.code(), Some(1));
    assert!(text(&output.stderr).contains("not a device id"), "{}", text(&output.stderr));

    assert_eq!(server.count("SELECT count(*) FROM devices WHERE revoked_at IS NOT NULL"), 0);
    assert_eq!(changes_status(&desk).0, StatusCode::OK);
}
