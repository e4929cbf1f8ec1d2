//! Pages of the change log (S4): every row that changed after a cursor, oldest first.

use garage_core::sync::protocol::{Change, ChangesPage};
use garage_core::CoreError;
use rusqlite::Connection;
use serde_json::{json, Value};

pub const DEFAULT_LIMIT: i64 = 1000;
pub const MAX_LIMIT: i64 = garage_core::sync::protocol::MAX_CHANGES_PAGE as i64;

/// The table whose key is not an id: its log key is `staff_id|permission`.
const OVERRIDES: &str = "staff_permission_overrides";

/// Up to `limit` changes after `after`.
pub fn page(conn: &Connection, after: i64, limit: i64) -> Result<ChangesPage, CoreError> {
    let after = after.max(0);
    let limit = limit.clamp(1, MAX_LIMIT);
    let mut stmt = conn.prepare_cached(
        "SELECT seq, table_name, row_key, row FROM sync_changes WHERE seq > ?1 ORDER BY seq LIMIT ?2",
    )?;
    let rows = stmt.query_map([after, limit], |r| {
        let row: Option<String> = r.get(3)?;
        let row = row
            .map(|text| serde_json::from_str::<Value>(&text))
            .transpose()
            .map_err(|e| rusqlite::Error::FromSqlConversionFailure(3, rusqlite::types::Type::Text, Box::new(e)))?;
        let table: String = r.get(1)?;
        let key = key(&table, &r.get::<_, String>(2)?);
        Ok(Change { seq: r.get(0)?, table, key, row })
    })?;
    let changes: Vec<Change> = rows.collect::<Result<_, _>>()?;
    let cursor = changes.last().map_or(after, |c| c.seq);
    // An upper bound, in constant time: seqs after the cursor, less the gaps compaction left
    // (counting the rows would walk the whole log on every page of a 100k garage's download).
    // It is 0 exactly when nothing is left.
    // The gaps each start leaves in the numbering are left out too (issue 12).
    let newest: i64 =
        conn.prepare_cached("SELECT coalesce(max(seq), 0) FROM sync_changes")?.query_row([], |r| r.get(0))?;
    let remaining = (newest - cursor - crate::identity::gaps_between(conn, cursor, newest)?).max(0);
    let cursor_unknown = crate::identity::cursor_unknown(conn, after)?;
    Ok(ChangesPage { changes, cursor, remaining, cursor_unknown })
}

/// The wire form of a log key.
pub fn key(table: &str, row_key: &str) -> Value {
    match (table, row_key.split_once('|')) {
        (OVERRIDES, Some((staff_id, permission))) => json!({ "staff_id": staff_id, "permission": permission }),
        _ => json!({ "id": row_key }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys() {
        assert_eq!(key("customers", "c1"), json!({"id": "c1"}));
        assert_eq!(key(OVERRIDES, "s1|invoices.void"), json!({"staff_id": "s1", "permission": "invoices.void"}));
    }

    #[test]
    fn s4_pages_walk_the_whole_log() {
        let (_dir, conn) = crate::database::test_database::seeded();
        let total: i64 = conn.query_row("SELECT count(*) FROM sync_changes", [], |r| r.get(0)).unwrap();
        let (mut cursor, mut seen) = (0, 0);
        loop {
            let page = page(&conn, cursor, 700).unwrap();
            let exact = total - seen - page.changes.len() as i64;
            assert!(page.remaining >= exact, "remaining is an upper bound");
            assert_eq!(page.remaining == 0, exact == 0, "and 0 exactly when nothing is left");
            if page.changes.is_empty() {
                assert_eq!(page.cursor, cursor);
                break;
            }
            seen += page.changes.len() as i64;
            cursor = page.cursor;
        }
        assert_eq!(seen, total);
        assert_eq!(page(&conn, 0, 0).unwrap().changes.len(), 1, "a limit is at least 1");
        assert_eq!(page(&conn, -5, 1).unwrap().changes[0].seq, 1);
    }
}
