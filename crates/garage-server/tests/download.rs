//! S1, S4: a desk downloads the whole garage in pages from a cursor, and a download cut short by
//! a server restart goes on from where it stopped.

mod harness;

use std::collections::{HashMap, HashSet};
use std::time::Instant;

use garage_core::sync::protocol::Change;
use harness::{fresh, HttpDesk, Server};
use reqwest::StatusCode;

const SYNCED: &[&str] = garage_core::sync::pull::SYNCED_TABLES;

/// Each change names one row; every row of every synced table is there once.
fn assert_every_row(server: &Server, changes: &[Change]) {
    let mut per_table: HashMap<&str, i64> = HashMap::new();
    let mut keys = HashSet::new();
    for change in changes {
        assert!(keys.insert((change.table.clone(), change.key.to_string())), "{} {} twice", change.table, change.key);
        *per_table.entry(change.table.as_str()).or_default() += 1;
        let row = change.row.as_ref().expect("no removals in a fresh garage");
        if let Some(id) = change.key.get("id") {
            assert_eq!(row.get("id"), Some(id), "the key is the row's id");
        }
    }
    for table in SYNCED {
        let rows = server.count(&format!("SELECT count(*) FROM {table}"));
        assert_eq!(per_table.get(table).copied().unwrap_or(0), rows, "{table}");
    }
    assert_eq!(per_table.len(), SYNCED.iter().filter(|t| per_table.contains_key(*t)).count(), "only synced tables");
    assert_eq!(per_table["customers"], 311);
}

#[test]
fn s4_two_devices_download_everything_in_pages() {
    let (_dir, server) = fresh();
    let first = HttpDesk::register(&server, "Front desk");
    let second = HttpDesk::register(&server, "Workshop");
    assert_ne!(first.token, second.token);

    let started = Instant::now();
    let (changes, cursor) = first.download(0, 1000);
    eprintln!("downloaded {} changes in pages of 1000 in {} ms", changes.len(), started.elapsed().as_millis());
    assert_every_row(&server, &changes);
    assert_eq!(cursor, changes.last().unwrap().seq);
    assert!(changes.windows(2).all(|w| w[0].seq < w[1].seq), "oldest first");

    // The second desk, in the largest pages, gets the very same.
    let (again, _) = second.download(0, 100_000);
    assert_eq!(again, changes);
    let page = second.page(0, 100_000);
    let most = garage_core::sync::protocol::MAX_CHANGES_PAGE as usize;
    assert_eq!(page.changes.len(), changes.len().min(most), "a page holds at most {most}");
    let page = second.page(0, 300);
    assert_eq!(page.changes.len(), 300);
    assert!(page.remaining >= changes.len() as i64 - 300, "an upper bound of what is left");
    let default = second.get("/v1/changes");
    assert_eq!(default.json::<garage_core::sync::protocol::ChangesPage>().unwrap().changes.len(), 1000);
    let empty = second.page(cursor, 10);
    assert_eq!((empty.changes.len(), empty.cursor, empty.remaining), (0, cursor, 0));
}

#[test]
fn devices_need_their_token_and_registering_again_needs_it_too() {
    let (_dir, server) = fresh();
    let desk = HttpDesk::register(&server, "Front desk");
    let client = harness::client();
    for request in [
        client.get(server.url("/v1/changes")),
        client.get(server.url("/v1/changes")).bearer_auth("not-a-token"),
        client.get(server.url("/v1/events")),
        client.post(server.url("/v1/mutations")).json(&serde_json::json!({"mutations": []})),
        client.post(server.url("/v1/sign-in")).json(&serde_json::json!({"staff_id": desk.id, "pin": "1111"})),
    ] {
        let response = request.send().unwrap();
        assert_eq!(response.status(), StatusCode::UNAUTHORIZED);
        let body: garage_core::sync::protocol::ErrorBody = response.json().unwrap();
        assert!(body.code.ends_with("device_token"), "{body:?}");
    }
    // Issue 12: registering the id again needs its token (the id is no secret); the token stays.
    let again = harness::post_registration(&server, desk.id, "Front desk (reinstalled)", None);
    assert_eq!(again.status(), StatusCode::CONFLICT);
    assert_eq!(again.json::<garage_core::sync::protocol::ErrorBody>().unwrap().code, "device_already_registered");
    assert_eq!(desk.get("/v1/changes?limit=1").status(), StatusCode::OK, "the token still works");
    let body = serde_json::json!({ "device_id": desk.id, "name": "Front desk (renamed)" });
    let renewed = client.post(server.url("/v1/devices")).bearer_auth(&desk.token).json(&body).send().unwrap();
    assert_eq!(renewed.status(), StatusCode::OK);
    assert_eq!(renewed.json::<garage_core::sync::protocol::DeviceToken>().unwrap().token, desk.token, "kept");
    assert_eq!(server.count("SELECT count(*) FROM devices WHERE name = 'Front desk (renamed)'"), 1);
    assert_eq!(server.count("SELECT count(*) FROM devices"), 1);
    let stored = server.count("SELECT count(*) FROM devices WHERE token_hash = '' OR instr(token_hash, 'x') > 0");
    assert_eq!(stored, 0);
    assert!(!server.log_text().contains(&desk.token), "tokens are never logged");
    assert_eq!(desk.get("/v1/changes?after=abc").status(), StatusCode::BAD_REQUEST);
}

#[test]
fn s4_download_continues_from_the_cursor_after_a_server_restart() {
    let dir = tempfile::tempdir().unwrap();
    let database = dir.path().join("server.db");
    let server = Server::start(&database);
    let desk = HttpDesk::register(&server, "Front desk");
    let first = desk.page(0, 1000);
    assert!(first.remaining > 0);
    let total = server.count("SELECT count(*) FROM sync_changes");
    server.kill();

    let server = Server::start(&database);
    assert_eq!(server.count("SELECT count(*) FROM customers"), 311, "not seeded twice");
    let desk = desk.at(&server);
    let (rest, _) = desk.download(first.cursor, 1000);
    let mut all = first.changes;
    all.extend(rest);
    assert_eq!(all.len() as i64, total);
    assert_every_row(&server, &all);
}
