//! Two desks and the real central server on loopback (S1–S4): the core's sync engine against
//! the `garage-server` binary, no mocks.

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::Arc;
use std::time::Duration;

use chrono::Utc;
use garage_core::clock::ManualClock;
use garage_core::customers::{CustomerFilter, CustomerQuery};
use garage_core::sync::engine::Engine;
use garage_core::Desk;
use rusqlite::Connection;

struct Server {
    child: Child,
    url: String,
    database: PathBuf,
}

impl Server {
    fn start(database: &Path) -> Server {
        let mut child = Command::new(env!("CARGO_BIN_EXE_garage-server"))
            .env("GARAGE_SERVER_LISTEN", "127.0.0.1:0")
            .env("GARAGE_SERVER_DATABASE", database)
            .env("GARAGE_SERVER_SEED_DEMO", "true")
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .expect("garage-server starts");
        let stdout = child.stdout.take().unwrap();
        let mut lines = BufReader::new(stdout).lines();
        let url = loop {
            let line = lines.next().expect("server prints its address").unwrap();
            if let Some(rest) = line.split("listening on ").nth(1) {
                break rest.trim().to_owned();
            }
        };
        std::thread::spawn(move || for _ in lines {});
        Server { child, url, database: database.to_owned() }
    }

    fn stop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }

    fn db(&self) -> Connection {
        let conn = Connection::open(&self.database).unwrap();
        conn.busy_timeout(Duration::from_secs(5)).unwrap();
        conn
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        self.stop();
    }
}

struct TestDesk {
    desk: Arc<Desk>,
    clock: Arc<ManualClock>,
    engine: Engine,
    _dir: tempfile::TempDir,
}

fn desk(url: &str) -> TestDesk {
    let dir = tempfile::tempdir().unwrap();
    let clock = Arc::new(ManualClock::new(Utc::now()));
    let desk = Arc::new(Desk::open_with(dir.path(), clock.clone(), false).unwrap());
    let engine = Engine::new(desk.clone(), url);
    TestDesk { desk, clock, engine, _dir: dir }
}

fn staff(desk: &Desk, name: &str) -> uuid::Uuid {
    desk.list_staff().unwrap().into_iter().find(|s| s.display_name == name).unwrap().id
}

fn customer(desk: &Desk, name: &str, filter: CustomerFilter) -> Option<uuid::Uuid> {
    let page = desk.search_customers(&CustomerQuery { text: name.into(), filter, page: 0, page_size: 50 }).unwrap();
    page.rows.into_iter().find(|r| r.name == name).map(|r| r.id)
}

const SYNCED: &[&str] = &[
    "staff_users",
    "staff_permission_overrides",
    "customers",
    "vehicles",
    "registrations",
    "work_orders",
    "invoices",
    "payments",
    "conversations",
    "consent_events",
    "delete_batches",
    "audit_entries",
];

fn dump(conn: &Connection, table: &str, skip: &[&str]) -> Vec<String> {
    // A desk's undone deletes (by undo, or restored after a rejection) are its own history: the
    // server never had them.
    let filter = if table == "delete_batches" { " WHERE undone_at IS NULL" } else { "" };
    let mut stmt = conn.prepare(&format!("SELECT * FROM {table}{filter}")).unwrap();
    let keep: Vec<usize> =
        stmt.column_names().iter().enumerate().filter(|(_, c)| !skip.contains(c)).map(|(i, _)| i).collect();
    let mut rows: Vec<String> = stmt
        .query_map([], |r| {
            Ok(keep
                .iter()
                .map(|&i| match r.get_ref(i).unwrap() {
                    rusqlite::types::ValueRef::Text(t) => String::from_utf8_lossy(t).into_owned(),
                    other => format!("{other:?}"),
                })
                .collect::<Vec<_>>()
                .join("|"))
        })
        .unwrap()
        .map(Result::unwrap)
        .collect();
    rows.sort();
    rows
}

/// Every synced table equal to the server's. The audit log is the exception: a desk keeps its
/// own entries (sign-ins here) besides the server's, so the server's must all be on the desk.
fn assert_same_as_server(desk: &Desk, server: &Server) {
    assert_same_as_server_except(desk, server, &[]);
}

fn assert_same_as_server_except(desk: &Desk, server: &Server, skip: &[&str]) {
    let server_db = server.db();
    let conn = desk.connection();
    for table in SYNCED.iter().filter(|t| **t != "audit_entries") {
        assert_eq!(dump(&conn, table, skip), dump(&server_db, table, skip), "table {table} differs from the server");
    }
    let ids = |c: &Connection| -> Vec<String> {
        c.prepare("SELECT id FROM audit_entries")
            .unwrap()
            .query_map([], |r| r.get(0))
            .unwrap()
            .map(Result::unwrap)
            .collect()
    };
    let on_desk = ids(&conn);
    let missing: Vec<String> = ids(&server_db).into_iter().filter(|id| !on_desk.contains(id)).collect();
    assert!(missing.is_empty(), "server audit entries missing on the desk: {missing:?}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn s1_s4_a_new_desk_downloads_the_whole_garage_and_signs_in_offline_afterwards() {
    let dir = tempfile::tempdir().unwrap();
    let server = Server::start(&dir.path().join("server.db"));
    let a = desk(&server.url);
    assert!(a.desk.list_staff().unwrap().is_empty(), "nothing before the download");
    a.engine.cycle().await.unwrap();
    assert_same_as_server(&a.desk, &server);
    // Staff and PIN hashes came down: sign-in works without the server.
    drop(server);
    let rob = staff(&a.desk, "Rob Atkinson");
    a.desk.sign_in(rob, "2222").unwrap();
    assert!(customer(&a.desk, "Tom Fletcher", CustomerFilter::Active).is_some(), "search terms built locally");
    assert!(a.engine.cycle().await.is_err(), "offline");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn s2_s4_u1_a_delete_on_one_desk_leaves_after_its_undo_window_and_vanishes_from_the_other() {
    let dir = tempfile::tempdir().unwrap();
    let server = Server::start(&dir.path().join("server.db"));
    let (a, b) = (desk(&server.url), desk(&server.url));
    a.engine.cycle().await.unwrap();
    b.engine.cycle().await.unwrap();
    let rob = staff(&a.desk, "Rob Atkinson");
    a.desk.sign_in(rob, "2222").unwrap();
    b.desk.sign_in(staff(&b.desk, "Aisha Khan"), "3333").unwrap();
    let jane = customer(&a.desk, "Jane Smith", CustomerFilter::Active).unwrap();
    a.desk.delete_customer(jane, "DELETE").unwrap();

    // Held back while it can be undone: nothing reaches the server.
    assert!(a.engine.cycle().await.unwrap(), "the delete is held");
    assert_eq!(a.desk.sync_status().unwrap().waiting, 1);
    b.engine.cycle().await.unwrap();
    assert!(customer(&b.desk, "Jane Smith", CustomerFilter::Active).is_some());

    a.clock.advance(Duration::from_secs(31));
    assert!(!a.engine.cycle().await.unwrap());
    assert_eq!(a.desk.sync_status().unwrap().waiting, 0);
    b.engine.cycle().await.unwrap();
    assert!(customer(&b.desk, "Jane Smith", CustomerFilter::Active).is_none(), "gone from the other desk");
    assert!(customer(&b.desk, "Jane Smith", CustomerFilter::Deleted).is_some());
    assert_same_as_server(&a.desk, &server);
    assert_same_as_server(&b.desk, &server);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn s2_u2_an_undone_delete_never_leaves_the_desk() {
    let dir = tempfile::tempdir().unwrap();
    let server = Server::start(&dir.path().join("server.db"));
    let a = desk(&server.url);
    a.engine.cycle().await.unwrap();
    a.desk.sign_in(staff(&a.desk, "Rob Atkinson"), "2222").unwrap();
    let jane = customer(&a.desk, "Jane Smith", CustomerFilter::Active).unwrap();
    let undo = a.desk.delete_customer(jane, "DELETE").unwrap().undo.unwrap();
    a.engine.cycle().await.unwrap();
    a.desk.undo_delete(undo.batch_id).unwrap();
    a.clock.advance(Duration::from_secs(31));
    a.engine.cycle().await.unwrap();
    let batches: i64 = server
        .db()
        .query_row(
            "SELECT count(*) FROM delete_batches WHERE undone_at IS NULL AND customer_id = ?1",
            [jane.to_string()],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(batches, 0);
    // Exactly as before but for the stamps of the local delete and undo.
    assert_same_as_server_except(&a.desk, &server, &["updated_at"]);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn s3_an_offline_delete_the_server_must_reject_comes_back_with_an_explanation() {
    let dir = tempfile::tempdir().unwrap();
    let mut server = Server::start(&dir.path().join("server.db"));
    let a = desk(&server.url);
    a.engine.cycle().await.unwrap();
    let piotr = staff(&a.desk, "Piotr Nowak");
    a.desk.sign_in(piotr, "5555").unwrap();
    let margaret = {
        let page = a
            .desk
            .search_customers(&CustomerQuery {
                text: "Margaret Hughes".into(),
                filter: CustomerFilter::Active,
                page: 0,
                page_size: 10,
            })
            .unwrap();
        // The one with the car.
        page.rows.into_iter().find(|r| !r.plates.is_empty()).unwrap().id
    };
    // The server goes away; meanwhile another desk books Margaret's car in at the server.
    server.stop();
    a.desk.delete_customer(margaret, "USUŃ").unwrap();
    server = Server::start(&server.database.clone());
    server
        .db()
        .execute(
            "INSERT INTO work_orders (id, number, customer_id, vehicle_id, description, status, created_at, updated_at)
         SELECT '7c1d9a52-0000-4000-8000-0000000000aa', 'WO-990001', customer_id, id, 'MOT test', 'booked',
                '2026-11-30T12:00:00Z', '2026-11-30T12:00:00Z'
           FROM vehicles WHERE customer_id = ?1",
            [margaret.to_string()],
        )
        .unwrap();
    let a_engine = Engine::new(a.desk.clone(), &server.url);
    a.clock.advance(Duration::from_secs(31));
    a_engine.cycle().await.unwrap();

    // Restored as undo would, explained in Polish to the person who deleted, audited.
    assert!(a.desk.customer(margaret).unwrap().customer.deleted_at.is_none());
    let problems = a.desk.sync_problems().unwrap();
    assert_eq!(problems.len(), 1);
    assert!(
        problems[0].message.contains("Serwer centralny nie usunął klienta Margaret Hughes"),
        "{}",
        problems[0].message
    );
    assert!(problems[0].message.contains("1 aktywne zlecenie"), "{}", problems[0].message);
    assert_eq!(a.desk.sync_status().unwrap().unread_problems, 1);
    a.desk.mark_problem_read(problems[0].id).unwrap();
    assert_eq!(a.desk.sync_status().unwrap().unread_problems, 0);
    let audited: i64 = a
        .desk
        .connection()
        .query_row("SELECT count(*) FROM audit_entries WHERE action = 'sync.rejected'", [], |r| r.get(0))
        .unwrap();
    assert_eq!(audited, 1);
    // And the desk ends equal to the server (the new work order came down too), but for the
    // stamps of the local delete and its restoration.
    a_engine.cycle().await.unwrap();
    assert_same_as_server_except(&a.desk, &server, &["updated_at"]);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn s3_a_revoked_permission_stops_working_on_every_desk_at_its_next_sync() {
    let dir = tempfile::tempdir().unwrap();
    let server = Server::start(&dir.path().join("server.db"));
    let (a, b) = (desk(&server.url), desk(&server.url));
    a.engine.cycle().await.unwrap();
    b.engine.cycle().await.unwrap();
    let rob = staff(&b.desk, "Rob Atkinson");
    a.desk.sign_in(staff(&a.desk, "Sandra Whitaker"), "1111").unwrap();
    a.desk
        .set_staff_permission(
            rob,
            garage_core::staff::Permission::CustomersDelete,
            garage_core::staff::PermissionSetting::Revoke,
        )
        .unwrap();
    a.engine.cycle().await.unwrap();
    b.desk.sign_in(rob, "2222").unwrap();
    let jane = customer(&b.desk, "Jane Smith", CustomerFilter::Active).unwrap();
    assert!(b.desk.check_delete(jane).is_ok(), "not synced yet");
    b.engine.cycle().await.unwrap();
    assert!(b.desk.check_delete(jane).is_err(), "revoked at the next sync");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn s4_a_download_cut_off_by_a_server_restart_resumes_and_ends_identical() {
    let dir = tempfile::tempdir().unwrap();
    let mut server = Server::start(&dir.path().join("server.db"));
    let a = desk(&server.url);
    // One page by hand, then the server restarts.
    let client = garage_core::sync::client::Client::new(&server.url);
    let token = client.register(a.desk.device_id(), "a").await.unwrap();
    garage_core::sync::state::set(&a.desk.connection(), garage_core::sync::state::DEVICE_TOKEN, &token).unwrap();
    let page = client.changes(&token, 0, 500).await.unwrap();
    assert!(page.remaining > 0);
    garage_core::sync::pull::apply_page(&mut a.desk.connection(), &page).unwrap();
    server.stop();
    assert!(a.engine.cycle().await.is_err());
    server = Server::start(&server.database.clone());
    Engine::new(a.desk.clone(), &server.url).cycle().await.unwrap();
    assert_same_as_server(&a.desk, &server);
}
