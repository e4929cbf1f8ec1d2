//! The database's identity and its log's gaps (issue 12; migrations/0007_identity.sql).
//!
//! Every answer carries the identity (`garage-server-id`): a desk that sees a new one follows
//! another database now, and starts over from it.
//!
//! A database restored from a backup keeps its identity, but its log goes back to the backup's
//! newest seq and would give those numbers out again, for other changes. So at every start the
//! next seq jumps to the time in microseconds (far above anything given out before, at fewer than
//! one change per microsecond), and the jump is kept as a gap. A desk's cursor inside a gap, or
//! above every seq given out, can only come from a log this database does not have: the desk is
//! told, and starts over (`changes::page`).

use chrono::Utc;
use garage_core::clock::to_storage;
use garage_core::CoreError;
use rusqlite::{params, Connection, OptionalExtension};
use uuid::Uuid;

/// The database's identity, made at its first start.
pub fn establish(conn: &Connection) -> Result<Uuid, CoreError> {
    let stored: Option<String> = conn.query_row("SELECT id FROM server_identity", [], |r| r.get(0)).optional()?;
    if let Some(id) = stored.and_then(|s| Uuid::parse_str(&s).ok()) {
        return Ok(id);
    }
    let id = Uuid::new_v4();
    conn.execute("DELETE FROM server_identity", [])?;
    conn.execute(
        "INSERT INTO server_identity (id, created_at) VALUES (?1, ?2)",
        params![id.to_string(), to_storage(Utc::now())],
    )?;
    Ok(id)
}

/// The highest seq the log has given out (compaction may have removed it since).
pub fn issued(conn: &Connection) -> Result<i64, CoreError> {
    let sequence: Option<i64> =
        conn.query_row("SELECT seq FROM sqlite_sequence WHERE name = 'sync_changes'", [], |r| r.get(0)).optional()?;
    Ok(sequence.unwrap_or(0).max(crate::database::newest_seq(conn)?))
}

/// Moves the log's next seq up to `now_micros`, keeping the jump as a gap. Returns the gap.
pub fn open_gap(conn: &Connection, now_micros: i64) -> Result<Option<(i64, i64)>, CoreError> {
    let low = issued(conn)?;
    if now_micros <= low {
        // The clock is behind the log (it was set back): no gap, numbering simply goes on.
        tracing::warn!(
            "the clock is behind the change log ({now_micros} ≤ {low}); a restored backup would go unnoticed"
        );
        return Ok(None);
    }
    conn.execute("DELETE FROM sqlite_sequence WHERE name = 'sync_changes'", [])?;
    conn.execute("INSERT INTO sqlite_sequence (name, seq) VALUES ('sync_changes', ?1)", [now_micros])?;
    conn.execute(
        "INSERT INTO log_gaps (low, high, made_at) VALUES (?1, ?2, ?3)",
        params![low, now_micros, to_storage(Utc::now())],
    )?;
    Ok(Some((low, now_micros)))
}

/// Whether no log this database has kept could have given a desk `cursor`.
pub fn cursor_unknown(conn: &Connection, cursor: i64) -> Result<bool, CoreError> {
    if cursor <= 0 {
        return Ok(false);
    }
    if cursor > issued(conn)? {
        return Ok(true);
    }
    Ok(conn
        .prepare_cached("SELECT EXISTS (SELECT 1 FROM log_gaps WHERE low < ?1 AND ?1 <= high)")?
        .query_row([cursor], |r| r.get(0))?)
}

/// How many seqs after `cursor`, up to `newest`, fall in gaps (never given out).
pub fn gaps_between(conn: &Connection, cursor: i64, newest: i64) -> Result<i64, CoreError> {
    Ok(conn
        .prepare_cached("SELECT coalesce(sum(high - low), 0) FROM log_gaps WHERE low >= ?1 AND high <= ?2")?
        .query_row([cursor, newest], |r| r.get(0))?)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn open(path: &std::path::Path) -> Connection {
        let mut conn = crate::database::open(path).unwrap();
        crate::database::seed_demo_if_empty(&mut conn).unwrap();
        conn
    }

    fn log_a_change(conn: &Connection) -> i64 {
        conn.execute("UPDATE customers SET phone = phone || '1' WHERE id = (SELECT min(id) FROM customers)", [])
            .unwrap();
        crate::database::newest_seq(conn).unwrap()
    }

    #[test]
    fn issue12_path3_the_identity_is_the_database_s_own() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("server.db");
        let first = establish(&open(&path)).unwrap();
        assert_eq!(establish(&open(&path)).unwrap(), first, "a restart keeps it");
        let other = establish(&open(&dir.path().join("other.db"))).unwrap();
        assert_ne!(other, first, "another database is another identity");
    }

    #[test]
    fn issue12_path3_a_restored_backup_never_gives_out_a_seq_again_and_knows_the_cursors_it_lost() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("server.db");
        let conn = open(&path);
        let seeded = crate::database::newest_seq(&conn).unwrap();
        assert_eq!(open_gap(&conn, 1_000_000).unwrap(), Some((seeded, 1_000_000)));
        let before_backup = log_a_change(&conn);
        assert_eq!(before_backup, 1_000_001, "numbering goes on above the gap");
        drop(conn);
        std::fs::copy(&path, dir.path().join("backup.db")).unwrap();

        // The lost history: a restart, and changes a desk followed.
        let conn = open(&path);
        open_gap(&conn, 2_000_000).unwrap();
        let lost = log_a_change(&conn);
        assert_eq!(lost, 2_000_001);
        drop(conn);

        // IT restores the backup; the server starts on it.
        std::fs::copy(dir.path().join("backup.db"), &path).unwrap();
        let conn = open(&path);
        assert!(cursor_unknown(&conn, lost).unwrap(), "above everything the restored log gave out");
        open_gap(&conn, 3_000_000).unwrap();
        let after_restore = log_a_change(&conn);
        assert!(after_restore > lost, "never the lost numbers again");
        assert!(cursor_unknown(&conn, lost).unwrap(), "the lost cursor falls in the restart's gap");
        assert!(cursor_unknown(&conn, 1_500_000).unwrap());
        for known in [0, seeded, before_backup, after_restore] {
            assert!(!cursor_unknown(&conn, known).unwrap(), "{known} is this log's");
        }
        assert_eq!(gaps_between(&conn, before_backup, after_restore).unwrap(), 3_000_000 - before_backup);
        assert_eq!(gaps_between(&conn, 0, before_backup).unwrap(), 1_000_000 - seeded);
        // A gap not yet followed by a change is not counted: what lies before it is still to come.
        open_gap(&conn, 4_000_000).unwrap();
        assert_eq!(gaps_between(&conn, 0, after_restore).unwrap(), 3_000_000 - before_backup + 1_000_000 - seeded);
    }
}
