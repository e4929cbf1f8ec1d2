//! Pages of the change log (S4): every row that changed after a cursor, oldest first.

use garage_core::sync::protocol::{Change, ChangesPage};
use garage_core::CoreError;
use rusqlite::Connection;
use serde_json::{json, Value};

pub const DEFAULT_LIMIT: i64 = 1000;
pub const MAX_LIMIT: i64 = 5000;

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
    let remaining: i64 =
        conn.prepare_cached("SELECT count(*) FROM sync_changes WHERE seq > ?1")?.query_row([cursor], |r| r.get(0))?;
    Ok(ChangesPage { changes, cursor, remaining })
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
        let dir = tempfile::tempdir().unwrap();
        let mut conn = crate::database::open(&dir.path().join("server.db")).unwrap();
        crate::database::seed_demo_if_empty(&mut conn).unwrap();
        let total: i64 = conn.query_row("SELECT count(*) FROM sync_changes", [], |r| r.get(0)).unwrap();
        let (mut cursor, mut seen) = (0, 0);
        loop {
            let page = page(&conn, cursor, 700).unwrap();
            assert_eq!(page.remaining, total - seen - page.changes.len() as i64);
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
