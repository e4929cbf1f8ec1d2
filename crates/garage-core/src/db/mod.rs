//! The local SQLite cache: opening it, pragmas, and the embedded forward-only migrations.
//!
//! The desk's cache is encrypted ([`open_encrypted`], issue 9); [`open`] without a key is plain
//! SQLite, for the central server's database.

pub mod checkpointer;
pub mod cipher;
pub mod owner_only;
pub mod reader;

pub use cipher::open_encrypted;

use std::path::Path;
use std::sync::LazyLock;

use rusqlite::Connection;
use rusqlite_migration::{Migrations, M};

use crate::error::CoreError;

/// The numbered files of `migrations/`, embedded in the binary, applied in order.
const MIGRATION_FILES: &[&str] = &[
    include_str!("../../../../migrations/0001_garage.sql"),
    include_str!("../../../../migrations/0002_sync.sql"),
    include_str!("../../../../migrations/0003_pull_guard.sql"),
    include_str!("../../../../migrations/0004_device_sign_ins.sql"),
    include_str!("../../../../migrations/0005_credentials.sql"),
    include_str!("../../../../migrations/0006_search_and_preflight_indexes.sql"),
    include_str!("../../../../migrations/0007_restore_permission_and_batch_indexes.sql"),
    include_str!("../../../../migrations/0008_merge_and_duplicate_dismissals.sql"),
    include_str!("../../../../migrations/0009_sync_repair.sql"),
    include_str!("../../../../migrations/0010_domain_views.sql"),
];

static MIGRATIONS: LazyLock<Migrations<'static>> =
    LazyLock::new(|| Migrations::new(MIGRATION_FILES.iter().map(|sql| M::up(sql).foreign_key_check()).collect()));

/// Opens (creating if needed) the plaintext database at `path` and brings its schema up to date:
/// the central server's (its machine is the garage's to protect). The desk uses [`open_encrypted`].
pub fn open(path: &Path) -> Result<Connection, CoreError> {
    let mut conn = Connection::open(path)?;
    configure(&conn)?;
    conn.pragma_update(None, "journal_mode", "WAL")?;
    migrate(&mut conn)?;
    Ok(conn)
}

/// An in-memory database with the full schema, for tests and benchmarks' baselines.
pub fn open_in_memory() -> Result<Connection, CoreError> {
    let mut conn = Connection::open_in_memory()?;
    configure(&conn)?;
    migrate(&mut conn)?;
    Ok(conn)
}

fn configure(conn: &Connection) -> Result<(), CoreError> {
    conn.pragma_update(None, "foreign_keys", true)?;
    conn.pragma_update(None, "synchronous", "FULL")?;
    conn.busy_timeout(std::time::Duration::from_secs(5))?;
    Ok(())
}

/// Applies every pending migration in one transaction (rusqlite_migration does so atomically).
/// Foreign keys are off while they run, as SQLite's table rebuilds need (0005), and each
/// migration's result is checked with `PRAGMA foreign_key_check` before the commit.
pub fn migrate(conn: &mut Connection) -> Result<(), CoreError> {
    conn.pragma_update(None, "foreign_keys", false)?;
    let migrated = MIGRATIONS.to_latest(conn).map_err(|e| CoreError::Migration(e.to_string()));
    conn.pragma_update(None, "foreign_keys", true)?;
    migrated
}

/// The schema version a fully migrated database has.
pub fn latest_version() -> usize {
    MIGRATION_FILES.len()
}

/// The schema version of `conn` (0 for an empty database).
pub fn current_version(conn: &Connection) -> Result<usize, CoreError> {
    let v: i64 = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
    Ok(v as usize)
}

/// Reads a text column into one of the domain's snake_case enums (the same names serde uses).
/// Runs `f` with foreign keys off, then on again whatever it returned: for writing rows as the
/// server holds them, whose parents may come after them (a pull's page, a settled answer, a
/// start-over's clean-up). The pragma cannot change inside a transaction, so `f` opens its own.
pub fn without_foreign_keys<T>(
    conn: &mut Connection,
    f: impl FnOnce(&mut Connection) -> Result<T, CoreError>,
) -> Result<T, CoreError> {
    conn.pragma_update(None, "foreign_keys", false)?;
    let result = f(conn);
    conn.pragma_update(None, "foreign_keys", true)?;
    result
}

pub fn text_enum<T: serde::de::DeserializeOwned>(row: &rusqlite::Row<'_>, idx: usize) -> rusqlite::Result<T> {
    let text: String = row.get(idx)?;
    serde_json::from_value(serde_json::Value::String(text.clone())).map_err(|e| {
        rusqlite::Error::FromSqlConversionFailure(idx, rusqlite::types::Type::Text, format!("{text}: {e}").into())
    })
}

/// Reads a UUID stored as text (rusqlite's own conversion expects a blob).
pub fn uuid_at(row: &rusqlite::Row<'_>, idx: usize) -> rusqlite::Result<uuid::Uuid> {
    let text: String = row.get(idx)?;
    uuid::Uuid::parse_str(&text)
        .map_err(|e| rusqlite::Error::FromSqlConversionFailure(idx, rusqlite::types::Type::Text, Box::new(e)))
}

#[cfg(test)]
mod tests;
