//! The change log's triggers (S4; issue 13), made from the schema at every start.
//!
//! `sync_changes` holds the latest state of every synced row, one entry per row: each insert or
//! real update of a row moves it to a new `seq`. The triggers that keep it are written here from
//! the list of synced tables (`SYNCED_TABLES`) and each table's columns as the database holds
//! them (`pragma_table_info`), so a column or table a shared migration adds is logged without
//! any SQL written for it. Per table:
//! - insert: the row's entry is replaced by one with every synced column, as JSON;
//! - update, only when a synced column really changed: the entries of the old and the new key
//!   are removed and the new row's entry is added (an update of only the unsynced columns, PIN
//!   hashes and lock-outs, logs nothing);
//! - delete, for permission overrides only (the one table whose rows are removed for real): the
//!   entry becomes a tombstone (`row` NULL). Other tables' rows are soft-deleted.
//!
//! The key is `id`, or `staff_id|permission` for permission overrides. `UNSYNCED_COLUMNS` are
//! never in the JSON. A table without triggers until now (new to the list, or rebuilt by a shared
//! migration) has its rows that are not yet in the log added; entries already logged are kept.

use garage_core::sync::pull::{SYNCED_TABLES, UNSYNCED_COLUMNS};
use garage_core::CoreError;
use rusqlite::Connection;

/// The one table whose key is not an id, and whose deletions are logged.
const OVERRIDES: &str = "staff_permission_overrides";

/// Replaces every `sync_%` trigger with ones made from the live schema. Run it inside the
/// caller's transaction, after the migrations.
pub fn install(conn: &Connection) -> Result<(), CoreError> {
    let mut new_tables = Vec::new();
    for table in SYNCED_TABLES {
        if !has_trigger(conn, &format!("sync_{table}_insert"))? {
            new_tables.push(*table);
        }
    }
    let old: Vec<String> = conn
        .prepare(r"SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'sync\_%' ESCAPE '\'")?
        .query_map([], |r| r.get(0))?
        .collect::<Result<_, _>>()?;
    for name in old {
        conn.execute_batch(&format!("DROP TRIGGER {}", ident(&name)))?;
    }
    for table in SYNCED_TABLES {
        let columns = synced_columns(conn, table)?;
        conn.execute_batch(&triggers(table, &columns))?;
        if new_tables.contains(table) {
            conn.execute_batch(&backfill(table, &columns))?;
        }
    }
    Ok(())
}

fn has_trigger(conn: &Connection, name: &str) -> rusqlite::Result<bool> {
    conn.query_row("SELECT EXISTS (SELECT 1 FROM sqlite_master WHERE type = 'trigger' AND name = ?1)", [name], |r| {
        r.get(0)
    })
}

/// The columns of `table` the log carries, in the table's order.
fn synced_columns(conn: &Connection, table: &str) -> Result<Vec<String>, CoreError> {
    let columns: Vec<String> = conn
        .prepare("SELECT name FROM pragma_table_info(?1) ORDER BY cid")?
        .query_map([table], |r| r.get(0))?
        .collect::<Result<_, _>>()?;
    let columns: Vec<String> =
        columns.into_iter().filter(|c| !UNSYNCED_COLUMNS.contains(&(table, c.as_str()))).collect();
    let key_columns: &[&str] = if table == OVERRIDES { &["staff_id", "permission"] } else { &["id"] };
    if let Some(missing) = key_columns.iter().find(|k| !columns.iter().any(|c| c == *k)) {
        return Err(CoreError::Migration(format!("synced table {table} has no column {missing}")));
    }
    Ok(columns)
}

/// `name` as an SQL identifier.
fn ident(name: &str) -> String {
    format!("\"{}\"", name.replace('"', "\"\""))
}

/// `text` as an SQL string literal.
fn literal(text: &str) -> String {
    format!("'{}'", text.replace('\'', "''"))
}

/// The log key of the row `source` (`NEW`, `OLD` or the table itself).
fn key(table: &str, source: &str) -> String {
    if table == OVERRIDES {
        format!("{source}.{} || '|' || {source}.{}", ident("staff_id"), ident("permission"))
    } else {
        format!("{source}.{}", ident("id"))
    }
}

/// The row `source` as JSON: every synced column.
fn json(columns: &[String], source: &str) -> String {
    let pairs: Vec<String> = columns.iter().map(|c| format!("{}, {source}.{}", literal(c), ident(c))).collect();
    format!("json_object({})", pairs.join(", "))
}

/// The triggers of one table.
fn triggers(table: &str, columns: &[String]) -> String {
    let (name, on) = (literal(table), ident(table));
    let trigger = |event: &str| ident(&format!("sync_{table}_{event}"));
    let log = |source: &str, row: &str| {
        format!("INSERT INTO sync_changes (table_name, row_key, row) VALUES ({name}, {}, {row});", key(table, source))
    };
    let changed: Vec<String> = columns.iter().map(|c| format!("OLD.{0} IS NOT NEW.{0}", ident(c))).collect();
    let mut sql = format!(
        "CREATE TRIGGER {insert} AFTER INSERT ON {on}
BEGIN
    DELETE FROM sync_changes WHERE table_name = {name} AND row_key = {new_key};
    {log_new}
END;
CREATE TRIGGER {update} AFTER UPDATE ON {on}
WHEN {changed}
BEGIN
    DELETE FROM sync_changes WHERE table_name = {name} AND row_key IN ({old_key}, {new_key});
    {log_new}
END;
",
        insert = trigger("insert"),
        update = trigger("update"),
        new_key = key(table, "NEW"),
        old_key = key(table, "OLD"),
        log_new = log("NEW", &json(columns, "NEW")),
        changed = changed.join("\n     OR "),
    );
    if table == OVERRIDES {
        sql += &format!(
            "CREATE TRIGGER {delete} AFTER DELETE ON {on}
BEGIN
    DELETE FROM sync_changes WHERE table_name = {name} AND row_key = {old_key};
    {log_old}
END;
",
            delete = trigger("delete"),
            old_key = key(table, "OLD"),
            log_old = log("OLD", "NULL"),
        );
    }
    sql
}

/// Logs the rows of `table` the log does not hold yet.
fn backfill(table: &str, columns: &[String]) -> String {
    let on = ident(table);
    format!(
        "INSERT OR IGNORE INTO sync_changes (table_name, row_key, row) SELECT {}, {}, {} FROM {on};",
        literal(table),
        key(table, &on),
        json(columns, &on)
    )
}

#[cfg(test)]
mod tests {
    use std::collections::{BTreeMap, BTreeSet};

    use super::*;
    use crate::database::test_database::{entry, grant_technician, seeded};

    fn install_again(conn: &mut Connection) {
        let tx = conn.transaction().unwrap();
        install(&tx).unwrap();
        tx.commit().unwrap();
    }

    /// Every `sync_%` trigger: name → (table, SQL).
    fn sync_triggers(conn: &Connection) -> BTreeMap<String, (String, String)> {
        let mut stmt = conn
            .prepare(r"SELECT name, tbl_name, sql FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'sync\_%' ESCAPE '\'")
            .unwrap();
        stmt.query_map([], |r| Ok((r.get(0)?, (r.get(1)?, r.get(2)?)))).unwrap().collect::<Result<_, _>>().unwrap()
    }

    fn newest(conn: &Connection) -> i64 {
        crate::database::newest_seq(conn).unwrap()
    }

    fn logged(conn: &Connection, table: &str, key: &str) -> serde_json::Value {
        serde_json::from_str(&entry(conn, table, key).unwrap().1.unwrap()).unwrap()
    }

    #[test]
    fn issue13_every_synced_table_has_its_triggers_over_every_synced_column() {
        let (_dir, conn) = seeded();
        let triggers = sync_triggers(&conn);
        let mut expected = BTreeSet::new();
        for table in SYNCED_TABLES {
            let events: &[&str] =
                if *table == OVERRIDES { &["insert", "update", "delete"] } else { &["insert", "update"] };
            let all: Vec<String> = conn
                .prepare("SELECT name FROM pragma_table_info(?1)")
                .unwrap()
                .query_map([table], |r| r.get(0))
                .unwrap()
                .collect::<Result<_, _>>()
                .unwrap();
            for event in events {
                let name = format!("sync_{table}_{event}");
                let (on, sql) = triggers.get(&name).unwrap_or_else(|| panic!("{name} is missing"));
                assert_eq!(on, table);
                if *event == "delete" {
                    continue;
                }
                for column in &all {
                    let unsynced = UNSYNCED_COLUMNS.contains(&(*table, column.as_str()));
                    let value = format!("{}, NEW.{}", literal(column), ident(column));
                    assert_eq!(sql.contains(&value), !unsynced, "{name}: {column} in the JSON");
                    let compared = format!("OLD.{0} IS NOT NEW.{0}", ident(column));
                    if *event == "update" {
                        assert_eq!(sql.contains(&compared), !unsynced, "{name}: {column} in WHEN");
                    }
                }
                expected.insert(name);
            }
            if *table == OVERRIDES {
                expected.insert(format!("sync_{table}_delete"));
            }
        }
        assert_eq!(triggers.keys().cloned().collect::<BTreeSet<_>>(), expected, "no other sync_ triggers");
    }

    #[test]
    fn issue13_only_a_real_change_of_a_synced_column_is_logged() {
        let (_dir, conn) = seeded();
        let staff: String = conn.query_row("SELECT min(id) FROM staff_users", [], |r| r.get(0)).unwrap();
        let before = newest(&conn);
        let (seq, _) = entry(&conn, "staff_users", &staff).unwrap();
        conn.execute("UPDATE staff_users SET display_name = display_name, active = active WHERE id = ?1", [&staff])
            .unwrap();
        conn.execute(
            "UPDATE staff_users SET pin_hash = 'other', failed_attempts = failed_attempts + 1,
                    locked_until = '2030-01-01T00:00:00Z' WHERE id = ?1",
            [&staff],
        )
        .unwrap();
        assert_eq!(newest(&conn), before, "nothing synced changed");
        assert_eq!(entry(&conn, "staff_users", &staff).unwrap().0, seq);

        conn.execute("UPDATE staff_users SET display_name = 'Renamed' WHERE id = ?1", [&staff]).unwrap();
        let (moved, row) = entry(&conn, "staff_users", &staff).unwrap();
        assert!(moved > before, "a real change moves the row to a new seq");
        let row: serde_json::Value = serde_json::from_str(&row.unwrap()).unwrap();
        assert_eq!(row["display_name"], "Renamed");
        assert!(
            row.get("pin_hash").is_none() && row.get("failed_attempts").is_none() && row.get("locked_until").is_none()
        );
    }

    #[test]
    fn issue13_a_key_change_removes_the_old_key_s_entry() {
        let (_dir, conn) = seeded();
        conn.execute(
            "INSERT INTO customers (id, name, created_at, updated_at)
             VALUES ('c-old', 'New customer', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')",
            [],
        )
        .unwrap();
        assert!(entry(&conn, "customers", "c-old").is_some());
        conn.execute("UPDATE customers SET id = 'c-new' WHERE id = 'c-old'", []).unwrap();
        assert_eq!(entry(&conn, "customers", "c-old"), None);
        assert_eq!(logged(&conn, "customers", "c-new")["id"], "c-new");

        let staff = grant_technician(&conn, "invoices.void");
        conn.execute(
            "UPDATE staff_permission_overrides SET permission = 'customers.restore' WHERE staff_id = ?1",
            [&staff],
        )
        .unwrap();
        assert_eq!(entry(&conn, OVERRIDES, &format!("{staff}|invoices.void")), None);
        assert_eq!(logged(&conn, OVERRIDES, &format!("{staff}|customers.restore"))["effect"], "grant");
    }

    #[test]
    fn issue13_a_column_a_later_migration_adds_is_logged_without_sql_written_for_it() {
        let (_dir, mut conn) = seeded();
        let id: String = conn.query_row("SELECT min(id) FROM customers", [], |r| r.get(0)).unwrap();
        conn.execute_batch("ALTER TABLE customers ADD COLUMN \"loyalty tier\" TEXT").unwrap();
        install_again(&mut conn);
        assert!(logged(&conn, "customers", &id).get("loyalty tier").is_none(), "entries already logged are kept");
        let before = newest(&conn);
        conn.execute("UPDATE customers SET \"loyalty tier\" = 'gold' WHERE id = ?1", [&id]).unwrap();
        assert!(newest(&conn) > before, "a change of only the new column is logged");
        let row = logged(&conn, "customers", &id);
        assert_eq!(row["loyalty tier"], "gold");
        assert!(row.get("name").is_some());
    }

    #[test]
    fn issue13_a_table_that_lost_its_triggers_gets_its_missing_rows_logged() {
        let (_dir, mut conn) = seeded();
        let ids: Vec<String> = conn
            .prepare("SELECT id FROM customers ORDER BY id LIMIT 2")
            .unwrap()
            .query_map([], |r| r.get(0))
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap();
        let kept = entry(&conn, "customers", &ids[1]).unwrap();
        conn.execute_batch("DROP TRIGGER sync_customers_insert; DROP TRIGGER sync_customers_update").unwrap();
        conn.execute("DELETE FROM sync_changes WHERE table_name = 'customers' AND row_key = ?1", [&ids[0]]).unwrap();
        install_again(&mut conn);
        assert_eq!(logged(&conn, "customers", &ids[0])["id"], ids[0].as_str(), "the missing row is logged");
        assert_eq!(entry(&conn, "customers", &ids[1]).unwrap(), kept, "a row already logged is kept as it is");
    }

    #[test]
    fn issue13_making_the_triggers_again_changes_nothing() {
        let (_dir, mut conn) = seeded();
        let triggers = sync_triggers(&conn);
        let log: Vec<(i64, String, String, Option<String>)> = conn
            .prepare("SELECT seq, table_name, row_key, row FROM sync_changes ORDER BY seq")
            .unwrap()
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap();
        install_again(&mut conn);
        install_again(&mut conn);
        assert_eq!(sync_triggers(&conn), triggers);
        let again: i64 = conn.query_row("SELECT count(*) FROM sync_changes", [], |r| r.get(0)).unwrap();
        assert_eq!(again, log.len() as i64);
        assert_eq!(newest(&conn), log.last().unwrap().0);
    }

    #[test]
    fn identifiers_and_literals_are_quoted() {
        assert_eq!(ident("a\"b"), "\"a\"\"b\"");
        assert_eq!(literal("it's"), "'it''s'");
    }
}
