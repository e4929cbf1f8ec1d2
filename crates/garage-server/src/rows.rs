//! Rows by key (issue 12): the newest state of each row a desk asks for, read from the change
//! log, which holds one entry per row. A desk asks when the server refused one of its changes, to
//! put back exactly what the server holds, and for rows a pull skipped while its own change waited.

use garage_core::sync::protocol::{Change, RowKey};
use garage_core::CoreError;
use rusqlite::Connection;
use serde_json::Value;

/// The log's entry for each of `keys` that it holds, in the order asked.
pub fn by_key(conn: &Connection, keys: &[RowKey]) -> Result<Vec<Change>, CoreError> {
    let mut stmt = conn.prepare_cached("SELECT seq, row FROM sync_changes WHERE table_name = ?1 AND row_key = ?2")?;
    let mut out = Vec::with_capacity(keys.len());
    for key in keys {
        let found =
            stmt.query_row([&key.table, &key.key], |r| Ok((r.get::<_, i64>(0)?, r.get::<_, Option<String>>(1)?)));
        let (seq, row) = match found {
            Ok(found) => found,
            Err(rusqlite::Error::QueryReturnedNoRows) => continue,
            Err(e) => return Err(e.into()),
        };
        let row = row
            .map(|text| serde_json::from_str::<Value>(&text))
            .transpose()
            .map_err(|e| CoreError::Internal(format!("log row {}/{}: {e}", key.table, key.key)))?;
        out.push(Change { seq, table: key.table.clone(), key: crate::changes::key(&key.table, &key.key), row });
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn issue12_rows_come_back_by_key_and_unknown_keys_are_left_out() {
        let (_dir, conn) = crate::database::test_database::seeded();
        let (id, name): (String, String) = conn
            .query_row("SELECT id, name FROM customers ORDER BY id LIMIT 1", [], |r| Ok((r.get(0)?, r.get(1)?)))
            .unwrap();
        let keys = vec![
            RowKey { table: "customers".into(), key: id.clone() },
            RowKey { table: "customers".into(), key: "not-a-row".into() },
            RowKey { table: "payments".into(), key: id.clone() },
        ];
        let rows = by_key(&conn, &keys).unwrap();
        assert_eq!(rows.len(), 1);
        assert_eq!(rows[0].key, serde_json::json!({ "id": id }));
        assert_eq!(rows[0].row.as_ref().unwrap()["name"], Value::String(name));
    }
}
