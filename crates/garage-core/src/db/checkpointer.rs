//! Copies the WAL back into the database file on a thread of its own, so no user's command pays
//! for it.
//!
//! Issue 10: with SQLite's automatic checkpoint (every 1,000 WAL pages) the commit that crossed
//! the threshold also copied those pages into the encrypted database and fsynced it: at 100k
//! customers one delete in forty took 15-18 ms instead of 2 (the same for the raw writes). The
//! desk's own connection now checkpoints only as a safety net ([`SAFETY_NET_PAGES`]); this thread
//! runs a PASSIVE checkpoint (it never blocks the desk's reads or writes) whenever the WAL has
//! grown. Durability is unchanged: every commit is still fsynced to the WAL (synchronous=FULL).

use std::path::{Path, PathBuf};
use std::sync::mpsc::{self, RecvTimeoutError, Sender};
use std::thread::JoinHandle;
use std::time::Duration;

use rusqlite::Connection;

use crate::cache_key::CacheKey;
use crate::error::CoreError;

/// How often the thread looks at the WAL.
pub const EVERY: Duration = Duration::from_millis(250);
/// The desk's connection still checkpoints by itself past this many WAL pages (about 40 MB), should
/// this thread ever fall behind.
pub const SAFETY_NET_PAGES: i64 = 10_000;

/// The running thread; dropping it stops the thread after one last checkpoint.
pub struct Checkpointer {
    stop: Option<Sender<()>>,
    thread: Option<JoinHandle<()>>,
}

impl Checkpointer {
    /// Starts checkpointing the encrypted database at `path`, and moves `conn` (the desk's
    /// connection to it) to the safety-net threshold.
    pub fn start(conn: &Connection, path: &Path, key: &CacheKey) -> Result<Checkpointer, CoreError> {
        let own = Connection::open(path)?;
        super::cipher::apply_key(&own, key, path)?;
        super::configure(&own)?;
        conn.pragma_update(None, "wal_autocheckpoint", SAFETY_NET_PAGES)?;
        let (stop, stopped) = mpsc::channel::<()>();
        let label: PathBuf = path.to_owned();
        let thread = std::thread::Builder::new().name("wal-checkpoint".into()).spawn(move || loop {
            let last = match stopped.recv_timeout(EVERY) {
                Err(RecvTimeoutError::Timeout) => false,
                Ok(()) | Err(RecvTimeoutError::Disconnected) => true,
            };
            if let Err(e) = checkpoint(&own) {
                log::warn!("checkpoint of {}: {e}", label.display());
            }
            if last {
                return;
            }
        })?;
        Ok(Checkpointer { stop: Some(stop), thread: Some(thread) })
    }
}

/// One PASSIVE checkpoint: copies what no reader still needs, never waits for a lock. Returns the
/// WAL's pages and how many of them are now in the database.
pub fn checkpoint(conn: &Connection) -> rusqlite::Result<(i64, i64)> {
    conn.query_row("PRAGMA wal_checkpoint(PASSIVE)", [], |r| Ok((r.get(1)?, r.get(2)?)))
}

impl Drop for Checkpointer {
    fn drop(&mut self) {
        drop(self.stop.take());
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn wal_pages(path: &Path) -> u64 {
        let mut wal = path.as_os_str().to_owned();
        wal.push("-wal");
        std::fs::metadata(PathBuf::from(wal)).map(|m| m.len() / 4096).unwrap_or(0)
    }

    /// Issue 10: the desk's connection no longer checkpoints every 1,000 pages by itself; the
    /// thread copies the WAL back, so it stays small while writes go on, and what was written is
    /// in the database file for a new connection to read.
    #[test]
    fn issue10_the_wal_is_checkpointed_off_the_desks_connection() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("cache.db");
        let key = CacheKey::generate();
        let conn = crate::db::open_encrypted(&path, &key).unwrap();
        let checkpointer = Checkpointer::start(&conn, &path, &key).unwrap();
        let autocheckpoint: i64 = conn.pragma_query_value(None, "wal_autocheckpoint", |r| r.get(0)).unwrap();
        assert_eq!(autocheckpoint, SAFETY_NET_PAGES);
        conn.execute_batch("CREATE TABLE filler (n INTEGER, text TEXT)").unwrap();
        let mut most = 0;
        for round in 0..60 {
            let tx = conn.unchecked_transaction().unwrap();
            for n in 0..200 {
                tx.execute("INSERT INTO filler VALUES (?1, hex(randomblob(200)))", [round * 200 + n]).unwrap();
            }
            tx.commit().unwrap();
            most = most.max(wal_pages(&path));
            std::thread::sleep(EVERY / 5);
        }
        // 60 commits of ~25 pages each: without the thread the WAL would pass 1,400 pages.
        std::thread::sleep(EVERY * 3);
        let (log, done) = checkpoint(&conn).unwrap();
        assert_eq!(log, done, "everything is checkpointed");
        assert!(most < 1_000, "the WAL stayed small ({most} pages at most)");
        drop(checkpointer);
        drop(conn);
        let again = crate::db::open_encrypted(&path, &key).unwrap();
        let rows: i64 = again.query_row("SELECT count(*) FROM filler", [], |r| r.get(0)).unwrap();
        assert_eq!(rows, 12_000);
    }
}
