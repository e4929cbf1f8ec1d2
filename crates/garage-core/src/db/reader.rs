//! A second, read-only connection to the desk's encrypted cache, for the reads the reception desk
//! makes while typing (issue 12). The sync engine applies each pulled page in one transaction on
//! the desk's own connection, holding it for the whole page; in WAL mode a reader beside it reads
//! the last committed state without waiting for that page.

use std::path::Path;

use rusqlite::{Connection, OpenFlags};

use crate::cache_key::CacheKey;
use crate::error::CoreError;

/// The reader's page cache, in KiB: as large as the desk's own connection's. SQLite fills it only
/// as reads touch pages, so it costs next to nothing at idle (0.03 MiB once opened; 8.4 MiB after the
/// first list of a 100k garage, pages the desk's own connection used to hold). Searching a 100k
/// garage touches ~53 MiB: with a smaller cache the pages are decrypted again and again (18 typed
/// texts, rounds 2-20 of 20, p50 / p95: 16 MiB 9.2 / 136 ms, 32 MiB 9.1 / 109 ms, 48 MiB 8.2 / 52 ms,
/// 64 MiB 2.5 / 22 ms, the same as through the desk's own connection).
pub const READER_CACHE_KIB: i64 = 64 * 1024;

/// Opens the encrypted cache at `path` (already created and migrated by the desk's connection) for
/// reading only, with `key`. It refuses every write (`query_only`, and the file opened read-only).
pub fn open_reader(path: &Path, key: &CacheKey) -> Result<Connection, CoreError> {
    let flags = OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    let conn = Connection::open_with_flags(path, flags)?;
    super::cipher::apply_key(&conn, key, path)?;
    conn.busy_timeout(std::time::Duration::from_secs(5))?;
    conn.pragma_update(None, "query_only", true)?;
    conn.pragma_update(None, "cache_size", -READER_CACHE_KIB)?;
    Ok(conn)
}

/// Runs `read` in one read transaction, so its several queries see one committed state, and ends
/// it: nothing is left open to pin an old snapshot (the next read sees every commit before it).
pub fn in_snapshot<T>(
    conn: &Connection,
    read: impl FnOnce(&Connection) -> Result<T, CoreError>,
) -> Result<T, CoreError> {
    let tx = conn.unchecked_transaction()?;
    let result = read(&tx);
    // A read-only transaction: ending it either way releases the snapshot.
    drop(tx);
    debug_assert!(conn.is_autocommit(), "a read left a transaction open");
    result
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn issue12_path8_the_reader_refuses_writes_and_reads_each_commit() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("cache.db");
        let key = CacheKey::generate();
        let writer = crate::db::open_encrypted(&path, &key).unwrap();
        let reader = open_reader(&path, &key).unwrap();
        let cache: i64 = reader.pragma_query_value(None, "cache_size", |r| r.get(0)).unwrap();
        assert_eq!(cache, -READER_CACHE_KIB);
        assert!(reader.execute("INSERT INTO device (id, name, created_at) VALUES ('d', 'n', 't')", []).is_err());
        let count = |conn: &Connection| {
            in_snapshot(conn, |c| Ok(c.query_row("SELECT count(*) FROM device", [], |r| r.get::<_, i64>(0))?))
        };
        assert_eq!(count(&reader).unwrap(), 0);
        writer.execute("INSERT INTO device (id, name, created_at) VALUES ('d', 'n', 't')", []).unwrap();
        assert_eq!(count(&reader).unwrap(), 1);
        assert!(reader.is_autocommit());
    }
}
