//! Applying pulled changes (S4): each page in one transaction that also moves the cursor, so a
//! download interrupted anywhere resumes where it stopped. Rows that local changes still waiting
//! for the server have touched are left alone (never overwrite unconfirmed local changes).

pub mod start_over;

use std::collections::{BTreeSet, HashMap, HashSet};

use rusqlite::types::Value;
use rusqlite::{params_from_iter, Connection, Transaction, TransactionBehavior};
use uuid::Uuid;

use crate::customers::reindex_customer;
use crate::error::CoreError;
use crate::sync::engine::state;
use crate::sync::protocol::{Change, ChangesPage};

/// Tables the server sends. Anything else in a page is ignored.
pub const SYNCED_TABLES: &[&str] = &[
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
    "merge_batches",
    "duplicate_dismissals",
];

/// Columns of synced tables that stay in the database that holds them (issue 9): PIN hashes on
/// the central server, and each database's own count of wrong PINs. The server never sends them
/// and a desk ignores them if an older server does.
pub const UNSYNCED_COLUMNS: &[(&str, &str)] =
    &[("staff_users", "pin_hash"), ("staff_users", "failed_attempts"), ("staff_users", "locked_until")];

fn synced_column(table: &str, column: &str) -> bool {
    !UNSYNCED_COLUMNS.contains(&(table, column))
}

/// What one page did.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Applied {
    pub written: usize,
    /// Skipped because a local change waiting for the server touched them.
    pub shielded: usize,
}

fn columns(conn: &Connection, table: &str) -> Result<Vec<String>, CoreError> {
    let mut stmt = conn.prepare(&format!("SELECT name FROM pragma_table_info('{table}')"))?;
    let names = stmt.query_map([], |r| r.get::<_, String>(0))?;
    Ok(names.collect::<Result<_, _>>()?)
}

fn json_to_sql(value: &serde_json::Value) -> Value {
    match value {
        serde_json::Value::Null => Value::Null,
        serde_json::Value::Bool(b) => Value::Integer(i64::from(*b)),
        serde_json::Value::Number(n) => {
            n.as_i64().map(Value::Integer).unwrap_or_else(|| Value::Real(n.as_f64().unwrap_or(0.0)))
        }
        serde_json::Value::String(s) => Value::Text(s.clone()),
        other => Value::Text(other.to_string()),
    }
}

/// A synced table's local key as SQL over its columns: `id`, or `staff_id|permission` for
/// permission overrides (the form [`row_key`] gives and `sync_outbox_rows` keeps).
pub fn key_sql(table: &str) -> &'static str {
    if table == "staff_permission_overrides" {
        "staff_id || '|' || permission"
    } else {
        "id"
    }
}

/// The local key of a change: the id, or `staff_id|permission` for permission overrides.
pub fn row_key(change: &Change) -> Option<String> {
    let key = &change.key;
    if let Some(id) = key.get("id").and_then(|v| v.as_str()) {
        return Some(id.to_owned());
    }
    let staff = key.get("staff_id")?.as_str()?;
    let permission = key.get("permission")?.as_str()?;
    Some(format!("{staff}|{permission}"))
}

/// When a page's customers get their search terms rebuilt.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reindex {
    /// In the page's transaction.
    Now,
    /// Once, for every customer, by [`finish_download`]: a first download sends each customer's
    /// rows on several pages (customers, vehicles, registrations), and reindexing them page by
    /// page was half of a `20k` download (issue 10). Until then search may miss what arrived.
    AtTheEnd,
}

pub fn apply_page(conn: &mut Connection, page: &ChangesPage) -> Result<Applied, CoreError> {
    apply_page_with(conn, page, Reindex::Now)
}

pub fn apply_page_with(conn: &mut Connection, page: &ChangesPage, reindex: Reindex) -> Result<Applied, CoreError> {
    // Foreign keys are checked by the server; pages arrive in its order, not parents first.
    crate::db::without_foreign_keys(conn, |conn| apply_page_in_transaction(conn, page, reindex))
}

/// Rebuilds every customer's search terms if pages were applied with [`Reindex::AtTheEnd`]
/// since the last rebuild (also after a download cut off and resumed, or a restart).
pub fn finish_download(conn: &mut Connection) -> Result<bool, CoreError> {
    if state::get(conn, state::REINDEX_PENDING)?.is_none() {
        return Ok(false);
    }
    let tx = Transaction::new(conn, TransactionBehavior::Immediate)?;
    crate::customers::reindex_all(&tx)?;
    state::remove(&tx, state::REINDEX_PENDING)?;
    tx.commit()?;
    Ok(true)
}

fn apply_page_in_transaction(
    conn: &mut Connection,
    page: &ChangesPage,
    reindex: Reindex,
) -> Result<Applied, CoreError> {
    let tx = Transaction::new(conn, TransactionBehavior::Immediate)?;
    state::set(&tx, state::APPLYING_PULL, "1")?;
    let mut writer = RowWriter::default();
    let mut customers = BTreeSet::new();
    let mut applied = Applied::default();
    // The rows local changes waiting for the server touched, read once per page rather than
    // asked for each pulled row (issue 10).
    let shielded_rows: HashSet<(String, String)> = tx
        .prepare_cached("SELECT table_name, row_key FROM sync_outbox_rows")?
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<Result<_, _>>()?;
    // A desk starting over from the server notes every row it is sent, to remove the rest at the
    // end (issue 12).
    let starting_over = state::get(&tx, state::START_OVER)?.is_some();
    for change in &page.changes {
        let Some(table) = SYNCED_TABLES.iter().copied().find(|t| *t == change.table) else { continue };
        let Some(key) = row_key(change) else { continue };
        if starting_over {
            tx.prepare_cached("INSERT OR IGNORE INTO sync_seen (table_name, row_key) VALUES (?1, ?2)")?
                .execute([table, key.as_str()])?;
        }
        if shielded_rows.contains(&(table.to_owned(), key.clone())) {
            // Skipped now; fetched again by key once the server has answered the local change
            // (issue 12), so a row another desk changed meanwhile is never missed.
            tx.prepare_cached("UPDATE sync_outbox_rows SET skipped = 1 WHERE table_name = ?1 AND row_key = ?2")?
                .execute([table, key.as_str()])?;
            applied.shielded += 1;
            continue;
        }
        if let Some(customer) = writer.write(&tx, table, &key, change.row.as_ref())? {
            customers.insert(customer);
        }
        applied.written += 1;
    }
    match reindex {
        Reindex::Now => {
            for customer in customers {
                reindex_customer(&tx, customer)?;
            }
        }
        Reindex::AtTheEnd if !customers.is_empty() => state::set(&tx, state::REINDEX_PENDING, "1")?,
        Reindex::AtTheEnd => {}
    }
    state::set(&tx, state::CURSOR, &page.cursor.to_string())?;
    state::remove(&tx, state::APPLYING_PULL)?;
    tx.commit()?;
    Ok(applied)
}

/// Writes rows as the server holds them into the caller's transaction: a pulled page, or the rows
/// fetched by key to settle an answer (`push::settle`).
#[derive(Default)]
pub struct RowWriter {
    columns_of: HashMap<&'static str, Vec<String>>,
}

impl RowWriter {
    /// Writes `row` as the server holds it, or removes the row when it holds none (`None`).
    /// Returns the customer whose search terms may have changed.
    pub fn write(
        &mut self,
        tx: &Connection,
        table: &'static str,
        key: &str,
        row: Option<&serde_json::Value>,
    ) -> Result<Option<Uuid>, CoreError> {
        let Some(row) = row else {
            remove(tx, table, key)?;
            return Ok(None);
        };
        if !self.columns_of.contains_key(table) {
            self.columns_of.insert(table, columns(tx, table)?);
        }
        let known = &self.columns_of[table];
        let present: Vec<&String> =
            known.iter().filter(|c| synced_column(table, c) && row.get(c.as_str()).is_some()).collect();
        let values: Vec<Value> = present.iter().map(|c| json_to_sql(&row[c.as_str()])).collect();
        let names = present.iter().map(|c| c.as_str()).collect::<Vec<_>>().join(", ");
        let marks = (1..=present.len()).map(|i| format!("?{i}")).collect::<Vec<_>>().join(", ");
        let updates = present.iter().map(|c| format!("{c} = excluded.{c}")).collect::<Vec<_>>().join(", ");
        // The audit log is append-only here too: an entry this desk already wrote (same id,
        // derived from the change) is kept as it is.
        // The conflict is the row's own key: a row must never overwrite another one that holds a
        // unique value (a current plate) it now holds (issue 12).
        let sql = match table {
            "audit_entries" => format!("INSERT OR IGNORE INTO {table} ({names}) VALUES ({marks})"),
            "staff_permission_overrides" => format!(
                "INSERT INTO {table} ({names}) VALUES ({marks}) ON CONFLICT (staff_id, permission) DO UPDATE SET {updates}"
            ),
            _ => format!("INSERT INTO {table} ({names}) VALUES ({marks}) ON CONFLICT (id) DO UPDATE SET {updates}"),
        };
        if table == "registrations" {
            end_stale_registrations(tx, key, row)?;
        }
        tx.prepare_cached(&sql)?.execute(params_from_iter(values.iter()))?;
        customer_of(tx, table, row)
    }
}

/// A current registration the server sends wins over a current one here for the same plate or
/// vehicle: the server allows one of each, so the one here is older than the server's, and its own
/// newer state comes later in the log (or by key, if a local change held it back). It is ended
/// here meanwhile, where the unique indexes would otherwise refuse the row (a plate transfer).
fn end_stale_registrations(tx: &Connection, key: &str, row: &serde_json::Value) -> Result<(), CoreError> {
    if !row.get("valid_to").is_some_and(|v| v.is_null()) {
        return Ok(());
    }
    let text = |k: &str| row.get(k).and_then(|v| v.as_str()).unwrap_or_default().to_owned();
    tx.prepare_cached(
        "UPDATE registrations SET valid_to = max(valid_from, ?4)
          WHERE id <> ?1 AND valid_to IS NULL AND (plate = ?2 OR vehicle_id = ?3)",
    )?
    .execute([key, &text("plate"), &text("vehicle_id"), &text("valid_from")])?;
    Ok(())
}

/// Removes the row `key` of `table`: the server holds none.
pub fn remove(tx: &Connection, table: &str, key: &str) -> Result<(), CoreError> {
    if table == "staff_permission_overrides" {
        let (staff, permission) = key.split_once('|').unwrap_or_default();
        tx.execute(
            "DELETE FROM staff_permission_overrides WHERE staff_id = ?1 AND permission = ?2",
            [staff, permission],
        )?;
    } else if table != "audit_entries" {
        tx.execute(&format!("DELETE FROM {table} WHERE id = ?1"), [key])?;
    }
    Ok(())
}

/// The customer whose search terms a written row may change.
pub fn customer_of(tx: &Connection, table: &str, row: &serde_json::Value) -> Result<Option<Uuid>, CoreError> {
    let text = |k: &str| row.get(k).and_then(|v| v.as_str()).and_then(|s| Uuid::parse_str(s).ok());
    let customer = match table {
        "customers" => text("id"),
        "vehicles" => text("customer_id"),
        "registrations" => match text("vehicle_id") {
            Some(vehicle) => tx
                .prepare_cached("SELECT customer_id FROM vehicles WHERE id = ?1")?
                .query_row([vehicle.to_string()], |r| r.get::<_, String>(0))
                .ok()
                .and_then(|s| Uuid::parse_str(&s).ok()),
            None => None,
        },
        _ => None,
    };
    let Some(c) = customer else { return Ok(None) };
    let exists: bool = tx
        .prepare_cached("SELECT EXISTS (SELECT 1 FROM customers WHERE id = ?1)")?
        .query_row([c.to_string()], |r| r.get(0))?;
    Ok(exists.then_some(c))
}
