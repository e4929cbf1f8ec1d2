//! The desk's cache encrypted with SQLCipher (issue 9): opening it with its key, and turning a
//! plaintext cache of an older version into an encrypted one in place without losing it.

use std::path::{Path, PathBuf};

use rusqlite::Connection;

use super::owner_only;
use crate::cache_key::{CacheKey, CacheKeyError};
use crate::error::CoreError;

/// The first 16 bytes of every plaintext SQLite database.
const PLAINTEXT_HEADER: &[u8; 16] = b"SQLite format 3\0";

/// The page cache of the desk's connection, in KiB.
const CACHE_KIB: i64 = 64 * 1024;

/// What is at a cache's path.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CacheFile {
    /// No file, or an empty one: nothing to lose.
    Missing,
    /// A plaintext SQLite database (an older version's cache).
    Plaintext,
    /// Anything else: an encrypted database (or not a database at all).
    Encrypted,
}

pub fn inspect(path: &Path) -> std::io::Result<CacheFile> {
    use std::io::Read;
    let mut file = match std::fs::File::open(path) {
        Ok(file) => file,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(CacheFile::Missing),
        Err(e) => return Err(e),
    };
    let mut header = Vec::with_capacity(16);
    file.by_ref().take(16).read_to_end(&mut header)?;
    Ok(match header.as_slice() {
        [] => CacheFile::Missing,
        h if h == PLAINTEXT_HEADER => CacheFile::Plaintext,
        _ => CacheFile::Encrypted,
    })
}

/// Opens (creating if needed) the encrypted cache at `path` with `key` and brings its schema up to
/// date. The folder and files are made owner-only first; a plaintext cache is encrypted in place.
/// A key that does not open the file is [`CacheKeyError::Rejected`], never a new empty cache.
pub fn open_encrypted(path: &Path, key: &CacheKey) -> Result<Connection, CoreError> {
    if let Some(folder) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
        owner_only::folder(folder)?;
    }
    if inspect(path)? == CacheFile::Plaintext {
        encrypt_in_place(path, key)?;
    }
    owner_only::create_file(path)?;
    for companion in companions(path) {
        owner_only::restrict_file(&companion)?;
    }
    let mut conn = Connection::open(path)?;
    apply_key(&conn, key, path)?;
    super::configure(&conn)?;
    // Every page SQLite reads from the file is decrypted and its HMAC checked: a page cache of
    // 64 MiB (SQLite's default is 2) keeps the pages searches and deletes touch decrypted. The
    // delete bench at 100k: p50 91 ms with 2 MiB, 12 ms with 64 MiB (plaintext: 21 ms).
    conn.pragma_update(None, "cache_size", -CACHE_KIB)?;
    conn.pragma_update(None, "journal_mode", "WAL")?;
    super::migrate(&mut conn)?;
    Ok(conn)
}

/// `PRAGMA key` as the connection's first statement, then a read that proves the key is right.
pub(super) fn apply_key(conn: &Connection, key: &CacheKey, path: &Path) -> Result<(), CoreError> {
    conn.execute_batch(&format!("PRAGMA key = \"{}\";", key.sql_literal()))?;
    match conn.query_row("SELECT count(*) FROM sqlite_master", [], |r| r.get::<_, i64>(0)) {
        Ok(_) => Ok(()),
        Err(rusqlite::Error::SqliteFailure(e, _)) if e.code == rusqlite::ErrorCode::NotADatabase => {
            Err(CacheKeyError::Rejected { cache: path.to_owned() }.into())
        }
        Err(e) => Err(e.into()),
    }
}

/// The -wal and -shm files beside a database.
fn companions(path: &Path) -> [PathBuf; 2] {
    ["-wal", "-shm"].map(|suffix| {
        let mut name = path.as_os_str().to_owned();
        name.push(suffix);
        PathBuf::from(name)
    })
}

/// Encrypts the plaintext database at `path` in place: its WAL checkpointed, its content exported
/// into an encrypted copy beside it (with `user_version`, which `sqlcipher_export` leaves out),
/// the copy synced and renamed over the original. Until the rename the original is untouched, so
/// dying half-way loses nothing: the next start finds the plaintext again and starts over.
fn encrypt_in_place(path: &Path, key: &CacheKey) -> Result<(), CoreError> {
    let mut copy_name = path.as_os_str().to_owned();
    copy_name.push(".encrypting");
    let copy = PathBuf::from(copy_name);
    for leftover in [copy.clone()].into_iter().chain(companions(&copy)) {
        remove_if_there(&leftover)?;
    }
    let mut journal = copy.as_os_str().to_owned();
    journal.push("-journal");
    remove_if_there(Path::new(&journal))?;
    owner_only::create_file(&copy)?;
    {
        let conn = Connection::open(path)?;
        conn.busy_timeout(std::time::Duration::from_secs(5))?;
        let (busy, _, _): (i64, i64, i64) =
            conn.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?;
        if busy != 0 {
            return Err(CoreError::Migration(
                "the plaintext cache is in use: its WAL could not be checkpointed".into(),
            ));
        }
        let version: i64 = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
        conn.execute("ATTACH DATABASE ?1 AS encrypted KEY ?2", [copy.to_string_lossy(), key.sql_literal().into()])?;
        conn.query_row("SELECT sqlcipher_export('encrypted')", [], |_| Ok(()))?;
        conn.execute_batch(&format!("PRAGMA encrypted.user_version = {version}; DETACH DATABASE encrypted;"))?;
    }
    std::fs::File::open(&copy)?.sync_all()?;
    std::fs::rename(&copy, path)?;
    let folder = path.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
    owner_only::sync_folder(folder)?;
    // The plaintext's WAL is empty after the checkpoint, and its -shm only an index: neither may
    // be read against the encrypted file.
    for companion in companions(path) {
        remove_if_there(&companion)?;
    }
    log::info!("cache: the plaintext cache {} is now encrypted", path.display());
    Ok(())
}

fn remove_if_there(path: &Path) -> std::io::Result<()> {
    match std::fs::remove_file(path) {
        Err(e) if e.kind() != std::io::ErrorKind::NotFound => Err(e),
        _ => Ok(()),
    }
}
