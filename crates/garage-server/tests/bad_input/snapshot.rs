//! Every row of every table of the server's database, keyed, and what changed between two looks.
//! `PRAGMA data_version` tells at no cost whether the server committed anything since the last
//! look, so the whole database is read again only when it did.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use rusqlite::types::ValueRef;
use rusqlite::{Connection, OpenFlags};

pub type Row = BTreeMap<String, String>;

/// (table, key) → row. `sync_changes` is keyed by the row it logs, so a row moving to a new seq
/// shows as that entry changing.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Snapshot(BTreeMap<(String, String), Row>);

#[derive(Debug, Clone, PartialEq)]
pub struct Change {
    pub table: String,
    pub key: String,
    pub before: Option<Row>,
    pub after: Option<Row>,
}

impl Change {
    /// Columns whose value differs (every column for a row added or removed).
    pub fn columns(&self) -> BTreeSet<String> {
        let empty = Row::new();
        let (a, b) = (self.before.as_ref().unwrap_or(&empty), self.after.as_ref().unwrap_or(&empty));
        a.keys().chain(b.keys()).filter(|c| a.get(*c) != b.get(*c)).cloned().collect()
    }

    pub fn after(&self, column: &str) -> Option<&str> {
        self.after.as_ref()?.get(column).map(String::as_str)
    }
}

fn text(value: ValueRef<'_>) -> String {
    match value {
        ValueRef::Null => "NULL".to_owned(),
        ValueRef::Integer(i) => i.to_string(),
        ValueRef::Real(f) => f.to_string(),
        ValueRef::Text(t) => String::from_utf8_lossy(t).into_owned(),
        ValueRef::Blob(b) => format!("x'{}'", b.iter().map(|x| format!("{x:02x}")).collect::<String>()),
    }
}

fn key_columns(conn: &Connection, table: &str) -> Vec<String> {
    match table {
        "sync_changes" => return vec!["table_name".into(), "row_key".into()],
        "sqlite_sequence" => return vec!["name".into()],
        _ => {}
    }
    let mut stmt = conn.prepare("SELECT name FROM pragma_table_info(?1) WHERE pk > 0 ORDER BY pk").unwrap();
    let pk: Vec<String> = stmt.query_map([table], |r| r.get(0)).unwrap().map(Result::unwrap).collect();
    if pk.is_empty() {
        vec!["rowid".into()]
    } else {
        pk
    }
}

pub fn take(conn: &Connection) -> Snapshot {
    let mut stmt = conn.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").unwrap();
    let tables: Vec<String> = stmt.query_map([], |r| r.get(0)).unwrap().map(Result::unwrap).collect();
    let mut rows = BTreeMap::new();
    for table in tables {
        let keys = key_columns(conn, &table);
        let with_rowid = if keys == ["rowid"] { "rowid, " } else { "" };
        let mut stmt = conn.prepare(&format!("SELECT {with_rowid}* FROM \"{table}\"")).unwrap();
        let names: Vec<String> = stmt.column_names().iter().map(|c| c.to_string()).collect();
        let mut query = stmt.query([]).unwrap();
        while let Some(r) = query.next().unwrap() {
            let row: Row = names.iter().enumerate().map(|(i, n)| (n.clone(), text(r.get_ref(i).unwrap()))).collect();
            let key = keys.iter().map(|k| row[k].as_str()).collect::<Vec<_>>().join("|");
            rows.insert((table.clone(), key), row);
        }
    }
    Snapshot(rows)
}

pub fn diff(before: &Snapshot, after: &Snapshot) -> Vec<Change> {
    let keys: BTreeSet<&(String, String)> = before.0.keys().chain(after.0.keys()).collect();
    keys.into_iter()
        .filter(|k| before.0.get(*k) != after.0.get(*k))
        .map(|(table, key)| Change {
            table: table.clone(),
            key: key.clone(),
            before: before.0.get(&(table.clone(), key.clone())).cloned(),
            after: after.0.get(&(table.clone(), key.clone())).cloned(),
        })
        .collect()
}

/// Looks at a database another process writes, and says what it committed since the last look.
pub struct Watch {
    conn: Connection,
    version: i64,
    last: Snapshot,
}

impl Watch {
    pub fn new(database: &Path) -> Watch {
        let conn = Connection::open_with_flags(database, OpenFlags::SQLITE_OPEN_READ_ONLY).unwrap();
        let version = data_version(&conn);
        let last = take(&conn);
        Watch { conn, version, last }
    }

    /// What was committed since the last call, empty when nothing was.
    pub fn changes(&mut self) -> Vec<Change> {
        let version = data_version(&self.conn);
        if version == self.version {
            return Vec::new();
        }
        let now = take(&self.conn);
        let changes = diff(&self.last, &now);
        (self.version, self.last) = (version, now);
        changes
    }

    /// The row of `table` keyed `key` as of the last look.
    pub fn row(&self, table: &str, key: &str) -> Option<&Row> {
        self.last.0.get(&(table.to_owned(), key.to_owned()))
    }
}

fn data_version(conn: &Connection) -> i64 {
    conn.query_row("PRAGMA data_version", [], |r| r.get(0)).unwrap()
}
