//! A second, read-only connection to the desk's encrypted cache, for the reads the reception desk
//! makes while typing (issue 12). The sync engine applies each pulled page in one transaction on
//! the desk's own connection, holding it for the whole page; in WAL mode a reader beside it reads
//! the last committed state without waiting for that page.

use std::path::Path;

use rusqlite::{Connection, OpenFlags};

use crate::cache_key::CacheKey;
use crate::error::CoreError;

/// The reader's page cache, in KiB. Pages are decrypted into it as searches and customer pages
/// touch them; the desk's own connection keeps 64 MiB for writes and everything else. Idle memory
/// is measured against a bare window, and this cache only fills as far as reads reach.
pub const READER_CACHE_KIB: i64 = 16 * 1024;

/// Opens the encrypted cache at `path` (already created and migrated by the desk's connection) for
/// reading only, with `key`. It refuses every write (`query_only`, and the file opened read-only).
pub fn open_reader(path: &Path, key: &CacheKey) -> Result<Connection, CoreError> {
    let flags = OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX | OpenFlags::SQLITE_OPEN_URI;
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
