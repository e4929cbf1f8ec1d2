//! The server's SQLite database: the shared schema plus the server's own migrations, one
//! connection behind a mutex, used from blocking threads so the async workers never wait on it.

use std::path::Path;
use std::sync::{Arc, Mutex};

use chrono::Utc;
use garage_core::demo::{self, DemoSize};
use garage_core::CoreError;
use rusqlite::Connection;

use crate::events::Events;

/// The server's own migrations. They keep their own count (table `server_migrations`), apart
/// from the shared schema's `user_version`, so a new shared migration and a new server one never
/// trip over each other. The change log's triggers are not kept here: [`open`] makes them from the
/// schema at every start (`change_log`), so a shared migration that adds a synced column or table
/// needs no server migration. The older migrations below still create hand-written ones, which
/// that replaces.
pub const SERVER_MIGRATIONS: &[&str] = &[
    include_str!("../migrations/0001_changes.sql"),
    include_str!("../migrations/0002_devices.sql"),
    include_str!("../migrations/0003_device_revocation.sql"),
    include_str!("../migrations/0004_credentials.sql"),
    include_str!("../migrations/0005_merge.sql"),
    include_str!("../migrations/0006_sign_in_attempts_per_desk.sql"),
    include_str!("../migrations/0007_identity.sql"),
];

/// Opens (creating and migrating if needed) the database at `path`: the shared migrations
/// first, then each server migration not yet applied, each in its own transaction, then the
/// change log's triggers made again from the schema.
pub fn open(path: &Path) -> Result<Connection, CoreError> {
    let mut conn = garage_core::db::open(path)?;
    conn.execute_batch(
        "CREATE TABLE IF NOT EXISTS server_migrations (version INTEGER PRIMARY KEY NOT NULL, applied_at TEXT NOT NULL)",
    )?;
    for (index, sql) in SERVER_MIGRATIONS.iter().enumerate() {
        let version = index as i64 + 1;
        let tx = conn.transaction()?;
        let done: bool =
            tx.query_row("SELECT EXISTS (SELECT 1 FROM server_migrations WHERE version = ?1)", [version], |r| {
                r.get(0)
            })?;
        if !done {
            tx.execute_batch(sql)?;
            tx.execute(
                "INSERT INTO server_migrations (version, applied_at) VALUES (?1, ?2)",
                rusqlite::params![version, garage_core::clock::to_storage(Utc::now())],
            )?;
        }
        tx.commit()?;
    }
    let tx = conn.transaction()?;
    crate::change_log::install(&tx)?;
    tx.commit()?;
    Ok(conn)
}

/// Seeds the demo garage when the database holds no garage yet; says whether it did.
pub fn seed_demo_if_empty(conn: &mut Connection) -> Result<bool, CoreError> {
    let staff: i64 = conn.query_row("SELECT count(*) FROM staff_users", [], |r| r.get(0))?;
    let customers: i64 = conn.query_row("SELECT count(*) FROM customers", [], |r| r.get(0))?;
    if staff > 0 || customers > 0 {
        return Ok(false);
    }
    demo::seed(conn, DemoSize::Demo, Utc::now())?;
    Ok(true)
}

/// The newest change's seq (0 when the log is empty).
pub fn newest_seq(conn: &Connection) -> rusqlite::Result<i64> {
    conn.query_row("SELECT coalesce(max(seq), 0) FROM sync_changes", [], |r| r.get(0))
}

/// The one connection, the events to send when a write adds changes, and the database's
/// identity (issue 12).
#[derive(Clone)]
pub struct Database {
    conn: Arc<Mutex<Connection>>,
    events: Events,
    identity: uuid::Uuid,
}

impl Database {
    pub fn new(conn: Connection, events: Events, identity: uuid::Uuid) -> Database {
        Database { conn: Arc::new(Mutex::new(conn)), events, identity }
    }

    pub fn identity(&self) -> uuid::Uuid {
        self.identity
    }

    pub fn events(&self) -> &Events {
        &self.events
    }

    /// Runs `f` on a blocking thread with the connection.
    pub async fn run<T, F>(&self, f: F) -> Result<T, CoreError>
    where
        T: Send + 'static,
        F: FnOnce(&mut Connection) -> Result<T, CoreError> + Send + 'static,
    {
        let conn = Arc::clone(&self.conn);
        tokio::task::spawn_blocking(move || {
            let mut conn = conn.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
            f(&mut conn)
        })
        .await
        .map_err(|e| CoreError::Io(std::io::Error::other(e.to_string())))?
    }

    /// Like [`Database::run`], then tells the listeners if the write added changes.
    pub async fn run_and_notify<T, F>(&self, f: F) -> Result<T, CoreError>
    where
        T: Send + 'static,
        F: FnOnce(&mut Connection) -> Result<T, CoreError> + Send + 'static,
    {
        let events = self.events.clone();
        self.run(move |conn| {
            let result = f(conn);
            // Whatever `f` returned, some of it may have committed (a push stopped part-way).
            if let Ok(seq) = newest_seq(conn) {
                events.changed(seq);
            }
            result
        })
        .await
    }
}

/// Server databases and reads of their change log, for this crate's unit tests.
#[cfg(test)]
pub(crate) mod test_database {
    use rusqlite::{Connection, OptionalExtension};

    /// A new server database, empty, in a folder of its own (`server.db` there).
    pub fn empty() -> (tempfile::TempDir, Connection) {
        let dir = tempfile::tempdir().unwrap();
        let conn = super::open(&dir.path().join("server.db")).unwrap();
        (dir, conn)
    }

    /// A new server database holding the demo garage.
    pub fn seeded() -> (tempfile::TempDir, Connection) {
        let (dir, mut conn) = empty();
        assert!(super::seed_demo_if_empty(&mut conn).unwrap());
        (dir, conn)
    }

    /// The log's entry for a row: (seq, row; `None` for a removed row).
    pub fn entry(conn: &Connection, table: &str, key: &str) -> Option<(i64, Option<String>)> {
        conn.query_row("SELECT seq, row FROM sync_changes WHERE table_name = ?1 AND row_key = ?2", [table, key], |r| {
            Ok((r.get(0)?, r.get(1)?))
        })
        .optional()
        .unwrap()
    }

    /// The technician is granted `permission` by the owner; the technician's id.
    pub fn grant_technician(conn: &Connection, permission: &str) -> String {
        let (staff, owner): (String, String) = conn
            .query_row(
                "SELECT (SELECT id FROM staff_users WHERE role_id = 'technician'),
                        (SELECT id FROM staff_users WHERE role_id = 'owner')",
                [],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .unwrap();
        conn.execute(
            "INSERT INTO staff_permission_overrides (staff_id, permission, effect, set_by, set_at)
             VALUES (?1, ?2, 'grant', ?3, '2026-01-01T00:00:00Z')",
            [&staff, permission, &owner],
        )
        .unwrap();
        staff
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use super::test_database::{entry, grant_technician, seeded};
    use super::*;

    /// Every table the log carries: the ones a desk applies.
    const SYNCED: &[&str] = garage_core::sync::pull::SYNCED_TABLES;

    fn columns(conn: &Connection, table: &str) -> BTreeSet<String> {
        let mut stmt = conn.prepare(&format!("SELECT name FROM pragma_table_info('{table}')")).unwrap();
        stmt.query_map([], |r| r.get(0)).unwrap().collect::<Result<_, _>>().unwrap()
    }

    #[test]
    fn s4_seeded_garage_is_in_the_log_with_every_column() {
        let (_dir, conn) = seeded();
        for table in SYNCED {
            let rows: i64 = conn.query_row(&format!("SELECT count(*) FROM {table}"), [], |r| r.get(0)).unwrap();
            let logged: i64 = conn
                .query_row("SELECT count(*) FROM sync_changes WHERE table_name = ?1", [table], |r| r.get(0))
                .unwrap();
            assert_eq!(logged, rows, "{table}: every row is in the log once");
            let mut want = columns(&conn, table);
            for (t, column) in garage_core::sync::pull::UNSYNCED_COLUMNS {
                if t == table {
                    assert!(want.remove(*column), "{table}.{column} exists");
                }
            }
            let mut stmt = conn.prepare("SELECT row FROM sync_changes WHERE table_name = ?1").unwrap();
            for row in stmt.query_map([table], |r| r.get::<_, String>(0)).unwrap() {
                let row: serde_json::Value = serde_json::from_str(&row.unwrap()).unwrap();
                let got: BTreeSet<String> = row.as_object().unwrap().keys().cloned().collect();
                assert_eq!(got, want, "{table}: the logged row has every synced column (issue 9: no PIN hash)");
            }
        }
        assert_eq!(conn.query_row("SELECT count(*) FROM customers", [], |r| r.get::<_, i64>(0)).unwrap(), 311);
        let others: i64 = conn
            .query_row(
                &format!(
                    "SELECT count(*) FROM sync_changes WHERE table_name NOT IN ({})",
                    SYNCED.iter().map(|t| format!("'{t}'")).collect::<Vec<_>>().join(", ")
                ),
                [],
                |r| r.get(0),
            )
            .unwrap();
        assert_eq!(others, 0, "nothing else is synced");
    }

    #[test]
    fn s4_update_moves_the_row_to_a_new_seq_and_a_no_op_update_does_not() {
        let (_dir, conn) = seeded();
        let (id, seq): (String, i64) = conn
            .query_row(
                "SELECT row_key, seq FROM sync_changes WHERE table_name = 'customers' ORDER BY seq LIMIT 1",
                [],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .unwrap();
        let newest = newest_seq(&conn).unwrap();
        conn.execute("UPDATE customers SET phone = phone WHERE id = ?1", [&id]).unwrap();
        assert_eq!(newest_seq(&conn).unwrap(), newest, "nothing really changed");
        conn.execute("UPDATE customers SET phone = '07700 900001' WHERE id = ?1", [&id]).unwrap();
        let (moved, row) = entry(&conn, "customers", &id).unwrap();
        assert!(moved > newest && moved > seq);
        assert!(row.unwrap().contains("07700 900001"));
    }

    #[test]
    fn permission_override_removal_leaves_a_tombstone() {
        let (_dir, conn) = seeded();
        let staff = grant_technician(&conn, "invoices.void");
        conn.execute("DELETE FROM staff_permission_overrides WHERE staff_id = ?1", [&staff]).unwrap();
        let (_, row) = entry(&conn, "staff_permission_overrides", &format!("{staff}|invoices.void"))
            .expect("the removal is in the log");
        assert_eq!(row, None);
    }

    #[test]
    fn every_migration_file_is_embedded_in_order() {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("migrations");
        let mut files: Vec<_> = std::fs::read_dir(&dir)
            .unwrap()
            .map(|entry| entry.unwrap().path())
            .filter(|path| path.extension().is_some_and(|ext| ext == "sql"))
            .collect();
        files.sort();
        let texts: Vec<String> = files.iter().map(|path| std::fs::read_to_string(path).unwrap()).collect();
        assert_eq!(texts, SERVER_MIGRATIONS, "migrations/*.sql and SERVER_MIGRATIONS differ");
    }

    #[test]
    fn reopening_applies_each_server_migration_once() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("server.db");
        drop(open(&path).unwrap());
        let conn = open(&path).unwrap();
        let versions: i64 = conn.query_row("SELECT count(*) FROM server_migrations", [], |r| r.get(0)).unwrap();
        assert_eq!(versions, SERVER_MIGRATIONS.len() as i64);
        assert!(columns(&conn, "devices").contains("revoked_at"));
    }

    #[test]
    fn reopening_does_not_seed_again() {
        let (dir, conn) = seeded();
        let path = dir.path().join("server.db");
        drop(conn);
        let mut conn = open(&path).unwrap();
        assert!(!seed_demo_if_empty(&mut conn).unwrap());
    }
}
