//! Shared set-up for the core's tests: an in-memory cache holding the demo garage.

use std::sync::Arc;

use chrono::{DateTime, TimeZone, Utc};
use rusqlite::types::FromSql;
use rusqlite::{params, Connection, Params};
use uuid::Uuid;

use crate::clock::ManualClock;
use crate::demo::{self, DemoSize};
use crate::Desk;

/// The anchor every test's demo garage is generated at.
pub fn anchor() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 30, 9, 0, 0).unwrap()
}

pub fn seeded_connection() -> Connection {
    let mut conn = crate::db::open_in_memory().unwrap();
    demo::seed(&mut conn, DemoSize::Demo, anchor()).unwrap();
    conn
}

/// A standalone desk's cache: the demo garage with each person's credential made here.
pub fn seeded_desk_connection() -> Connection {
    let mut conn = crate::db::open_in_memory().unwrap();
    demo::seed_desk(&mut conn, DemoSize::Demo, anchor()).unwrap();
    conn
}

pub fn seeded_desk() -> (Desk, Arc<ManualClock>) {
    let clock = Arc::new(ManualClock::new(anchor()));
    let desk = Desk::from_connection(seeded_desk_connection(), clock.clone()).unwrap();
    (desk, clock)
}

/// A standalone desk's demo garage with `name` signed in with `pin`.
pub fn signed_in_desk(name: &str, pin: &str) -> (Desk, Arc<ManualClock>) {
    let (desk, clock) = seeded_desk();
    sign_in(&desk, name, pin);
    (desk, clock)
}

/// Signs `name` in on `desk` with `pin`; returns their staff id.
pub fn sign_in(desk: &Desk, name: &str, pin: &str) -> Uuid {
    let id = staff_id(&desk.connection(), name);
    desk.sign_in(id, pin).unwrap();
    id
}

/// The filter for the open items (work orders, invoices, conversations) of the customer `name`.
pub fn only_open(desk: &Desk, name: &str) -> crate::resolve::ListFilter {
    crate::resolve::ListFilter { customer_id: Some(customer_id(&desk.connection(), name)), only_open: true }
}

pub fn staff_id(conn: &Connection, name: &str) -> Uuid {
    conn.query_row("SELECT id FROM staff_users WHERE display_name = ?1", params![name], |r| crate::db::uuid_at(r, 0))
        .unwrap()
}

pub fn customer_id(conn: &Connection, name: &str) -> Uuid {
    conn.query_row("SELECT id FROM customers WHERE name = ?1 ORDER BY created_at LIMIT 1", params![name], |r| {
        crate::db::uuid_at(r, 0)
    })
    .unwrap()
}

/// The first column of the one row `sql` selects with `params` bound.
pub fn value<T: FromSql>(conn: &Connection, sql: &str, params: impl Params) -> T {
    conn.query_row(sql, params, |r| r.get(0)).unwrap_or_else(|e| panic!("{sql}: {e}"))
}

/// Whether `customer` is on the customer list: there, and not deleted.
pub fn is_live(conn: &Connection, customer: Uuid) -> bool {
    count(conn, "SELECT count(*) FROM customers WHERE id = ?1 AND deleted_at IS NULL", [customer.to_string()]) == 1
}

/// Whether the row with id `id` is in `view`.
pub fn in_view(conn: &Connection, view: &str, id: &str) -> bool {
    count(conn, &format!("SELECT count(*) FROM {view} WHERE id = ?1"), [id]) == 1
}

/// The number `sql` counts with `params` bound: [`value`] as an `i64`.
pub fn count(conn: &Connection, sql: &str, params: impl Params) -> i64 {
    value(conn, sql, params)
}

/// The first column of every row `sql` selects with `params` bound.
pub fn column<T: FromSql>(conn: &Connection, sql: &str, params: impl Params) -> Vec<T> {
    let mut stmt = conn.prepare(sql).unwrap_or_else(|e| panic!("{sql}: {e}"));
    let rows = stmt.query_map(params, |r| r.get(0)).unwrap();
    rows.collect::<Result<_, _>>().unwrap()
}

/// The ids in the first column of every row `sql` selects.
pub fn ids(conn: &Connection, sql: &str) -> Vec<Uuid> {
    let mut stmt = conn.prepare(sql).unwrap_or_else(|e| panic!("{sql}: {e}"));
    let rows = stmt.query_map([], |r| crate::db::uuid_at(r, 0)).unwrap();
    rows.collect::<Result<_, _>>().unwrap()
}

/// The details of the audit entry for `action` on `subject`, parsed.
pub fn audit_details(conn: &Connection, action: &str, subject: Uuid) -> serde_json::Value {
    let sql = "SELECT details FROM audit_entries WHERE action = ?1 AND subject_id = ?2";
    let details: String = value(conn, sql, params![action, subject.to_string()]);
    serde_json::from_str(&details).unwrap()
}

/// Asserts SQLite finds nothing wrong in the database (`PRAGMA integrity_check`).
pub fn assert_intact(conn: &Connection) {
    assert_eq!(value::<String>(conn, "PRAGMA integrity_check", []), "ok");
}

/// A step hook (as the delete, undo and restore transactions take) that fails at `step` only.
pub fn fault_at(step: &str) -> impl FnMut(&'static str) -> Result<(), crate::error::CoreError> + '_ {
    move |at| if at == step { Err(crate::error::CoreError::InvalidInput("injected fault")) } else { Ok(()) }
}

/// Puts plate YK14 JSM (Jane Smith's, released by her delete) on Bob Marsden's car from `at`,
/// as a cherished-plate transfer would, as registration `registration_id`.
pub fn move_plate_to_bob(conn: &Connection, registration_id: &str, at: &str) {
    conn.execute(
        "UPDATE registrations SET valid_to = ?1
          WHERE valid_to IS NULL AND vehicle_id = (SELECT v.id FROM vehicles v JOIN customers c ON c.id = v.customer_id
                                                    WHERE c.name = 'Bob Marsden')",
        [at],
    )
    .unwrap();
    conn.execute(
        "INSERT INTO registrations (id, vehicle_id, plate, valid_from)
         SELECT ?1, v.id, 'YK14JSM', ?2 FROM vehicles v JOIN customers c ON c.id = v.customer_id
          WHERE c.name = 'Bob Marsden'",
        [registration_id, at],
    )
    .unwrap();
}

/// Every row of every table, to prove "nothing changed".
pub fn snapshot(conn: &Connection) -> Vec<String> {
    snapshot_except(conn, &[], &[])
}

/// Every row of every table but `skip_tables`, leaving out the columns named in `skip_columns`.
pub fn snapshot_except(conn: &Connection, skip_tables: &[&str], skip_columns: &[&str]) -> Vec<String> {
    let tables: Vec<String> = column(
        conn,
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
        [],
    );
    let mut out = Vec::new();
    for table in tables.into_iter().filter(|t| !skip_tables.contains(&t.as_str())) {
        out.extend(table_rows(conn, &table, "", skip_columns).into_iter().map(|row| format!("{table}: {row}")));
    }
    out
}

/// The rows of `table` that match `filter` (an SQL `WHERE …`, or empty), each as its values
/// joined by `|` leaving out `skip_columns`, sorted: for comparing two databases, or one before
/// and after.
pub fn table_rows(conn: &Connection, table: &str, filter: &str, skip_columns: &[&str]) -> Vec<String> {
    let mut stmt = conn.prepare(&format!("SELECT * FROM {table} {filter}")).unwrap();
    let keep: Vec<usize> = stmt
        .column_names()
        .iter()
        .enumerate()
        .filter(|(_, name)| !skip_columns.contains(name))
        .map(|(i, _)| i)
        .collect();
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

/// The steps of `sql`'s query plan (`?1` bound), each without the name of the table it reads
/// ("SEARCH w USING INDEX …" → "SEARCH USING INDEX …"): a query through a view and the same query
/// with the view's condition written out then compare equal when SQLite plans them alike (a
/// folded view is named by its table, a written-out table by its alias).
pub fn query_plan(conn: &Connection, sql: &str) -> Vec<String> {
    let mut stmt = conn.prepare(&format!("EXPLAIN QUERY PLAN {sql}")).unwrap();
    let steps = stmt.query_map(["x"], |r| r.get::<_, String>(3)).unwrap().map(Result::unwrap);
    steps
        .map(|step| match step.split_once(' ') {
            Some((verb @ ("SEARCH" | "SCAN"), rest)) => {
                format!("{verb} {}", rest.split_once(' ').map_or("", |(_, after)| after))
            }
            _ => step,
        })
        .collect()
}

/// `sql` as it was written before migration 0010's views: `table` read in place of `view`, and
/// `condition` (the view's) added to the first `WHERE` after it.
pub fn without_view(sql: &str, view: &str, table: &str, condition: &str) -> String {
    let from = format!("FROM {view} ");
    let at = sql.find(&from).unwrap_or_else(|| panic!("{sql} does not read {view}"));
    let (head, tail) = sql.split_at(at);
    let tail = tail.replacen(&from, &format!("FROM {table} "), 1);
    format!("{head}{}", tail.replacen(" WHERE ", &format!(" WHERE {condition} AND "), 1))
}
