//! Desks running the core's sync engine against the harness's server, and comparing a desk's
//! cache with the server's database.

use std::sync::Arc;

use chrono::Utc;
use garage_core::clock::ManualClock;
use garage_core::customers::{CustomerFilter, CustomerQuery};
use garage_core::desk::SessionInfo;
use garage_core::sync::client::sign_in::sign_in;
use garage_core::sync::client::Client;
use garage_core::sync::engine::Engine;
use garage_core::Desk;
use rusqlite::Connection;

use super::Server;

pub struct TestDesk {
    pub url: String,
    pub desk: Arc<Desk>,
    pub clock: Arc<ManualClock>,
    pub engine: Engine,
    pub dir: tempfile::TempDir,
}

/// A desk that has not yet talked to the server at `url`.
pub fn desk(url: &str) -> TestDesk {
    let dir = tempfile::tempdir().unwrap();
    let clock = Arc::new(ManualClock::new(Utc::now()));
    let desk = Arc::new(Desk::open_with(dir.path(), clock.clone(), false).unwrap());
    let engine = Engine::new(desk.clone(), url);
    TestDesk { url: url.to_owned(), desk, clock, engine, dir }
}

/// A desk that has downloaded the garage from `url`.
pub async fn downloaded_desk(url: &str) -> TestDesk {
    let d = desk(url);
    d.engine.cycle().await.unwrap();
    d
}

/// A desk that has downloaded the garage from `url`, with `name` signed in through the server.
pub async fn signed_in_desk(url: &str, name: &str, pin: &str) -> TestDesk {
    let d = downloaded_desk(url).await;
    d.sign_in(staff(&d.desk, name), pin).await;
    d
}

/// A server on a fresh database, and a desk for each of `people` (name, PIN) that has downloaded
/// the garage with that person signed in through the server, one after the other.
pub async fn server_and_desks<const N: usize>(people: [(&str, &str); N]) -> (tempfile::TempDir, Server, [TestDesk; N]) {
    let (dir, server) = super::fresh();
    let mut desks = Vec::new();
    for (name, pin) in people {
        desks.push(signed_in_desk(&server.base, name, pin).await);
    }
    let desks: [TestDesk; N] = desks.try_into().unwrap_or_else(|_| unreachable!());
    (dir, server, desks)
}

/// Deletes the customer `name` on desk `on`, lets its undo window pass, and syncs `on` then
/// `to`, which then holds them as deleted; returns their id.
pub async fn delete_and_sync(on: &TestDesk, to: &TestDesk, name: &str) -> uuid::Uuid {
    let id = customer(&on.desk, name, CustomerFilter::Active).unwrap();
    on.desk.delete_customer(id, "DELETE").unwrap();
    on.clock.advance(std::time::Duration::from_secs(31));
    on.engine.cycle().await.unwrap();
    to.engine.cycle().await.unwrap();
    assert!(customer(&to.desk, name, CustomerFilter::Deleted).is_some());
    id
}

impl TestDesk {
    /// Points this desk's sync engine at `server` (started again on a new port).
    pub fn reconnect(&mut self, server: &Server) {
        self.url = server.base.clone();
        self.engine = Engine::new(self.desk.clone(), &self.url);
    }

    /// The number `sql` counts in this desk's cache.
    pub fn count(&self, sql: &str) -> i64 {
        garage_core::testing::count(&self.desk.connection(), sql, [])
    }

    /// The messages of this desk's sync problems.
    pub fn problems(&self) -> Vec<String> {
        self.desk.sync_problems().unwrap().into_iter().map(|p| p.message).collect()
    }

    /// Signs `staff_id` in through the server, as the app does when it can reach it: a person's
    /// first sign-in on a desk needs it (issue 9), and afterwards they can sign in offline.
    pub async fn sign_in(&self, staff_id: uuid::Uuid, pin: &str) -> SessionInfo {
        sign_in(&self.desk, &Client::new(&self.url), staff_id, pin).await.unwrap()
    }
}

pub fn staff(desk: &Desk, name: &str) -> uuid::Uuid {
    desk.list_staff().unwrap().into_iter().find(|s| s.display_name == name).unwrap().id
}

pub fn customer(desk: &Desk, name: &str, filter: CustomerFilter) -> Option<uuid::Uuid> {
    let page = desk.search_customers(&CustomerQuery { text: name.into(), filter, page: 0, page_size: 50 }).unwrap();
    page.rows.into_iter().find(|r| r.name == name).map(|r| r.id)
}

pub const SYNCED: &[&str] = garage_core::sync::pull::SYNCED_TABLES;

pub fn dump(conn: &Connection, table: &str, skip: &[&str]) -> Vec<String> {
    // A desk's undone deletes (by undo, or restored after a rejection) are its own history: the
    // server never had them.
    let filter = if ["delete_batches", "merge_batches"].contains(&table) { "WHERE undone_at IS NULL" } else { "" };
    // Columns each database keeps to itself (PIN hashes, lock-outs: issue 9) are not compared.
    let unsynced = garage_core::sync::pull::UNSYNCED_COLUMNS.iter().filter(|(t, _)| *t == table).map(|(_, c)| *c);
    let skip: Vec<&str> = skip.iter().copied().chain(unsynced).collect();
    garage_core::testing::table_rows(conn, table, filter, &skip)
}

/// Every synced table equal to the server's. The audit log is the exception: a desk keeps its
/// own entries (sign-ins here) besides the server's, so the server's must all be on the desk.
pub fn assert_same_as_server(desk: &Desk, server: &Server) {
    assert_same_as_server_except(desk, server, &[]);
}

pub fn assert_same_as_server_except(desk: &Desk, server: &Server, skip: &[&str]) {
    let server_db = server.db();
    let conn = desk.connection();
    for table in SYNCED.iter().filter(|t| **t != "audit_entries") {
        assert_eq!(dump(&conn, table, skip), dump(&server_db, table, skip), "table {table} differs from the server");
    }
    let ids = |c: &Connection| -> Vec<String> { garage_core::testing::column(c, "SELECT id FROM audit_entries", []) };
    let on_desk = ids(&conn);
    let missing: Vec<String> = ids(&server_db).into_iter().filter(|id| !on_desk.contains(id)).collect();
    assert!(missing.is_empty(), "server audit entries missing on the desk: {missing:?}");
}
