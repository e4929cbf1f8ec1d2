//! The background sync (S2–S4): push what waits, pull what changed, again whenever something
//! changes here or the server hints, with backoff and jitter while the server is away. It never
//! holds the desk for long: each page or answer is one short transaction.

use std::sync::Arc;
use std::time::Duration;

use rand::Rng;

use super::client::{Client, SyncError};
use super::status::DownloadProgress;
use super::{pull, push, state};
use crate::clock::to_storage;
use crate::Desk;

/// Rows asked for per page of the pull: the server's most.
pub const PAGE: u32 = super::protocol::MAX_CHANGES_PAGE;
/// The page cache while a first download runs (KiB): about a `100k` garage's whole cache.
pub const DOWNLOAD_CACHE_KIB: i64 = 512 * 1024;
/// Changes pushed per request.
pub const PUSH_BATCH: usize = 100;
/// Pull at least this often even without a hint.
pub const IDLE: Duration = Duration::from_secs(15);
pub const MAX_BACKOFF: Duration = Duration::from_secs(30);

pub struct Engine {
    desk: Arc<Desk>,
    client: Client,
}

impl Engine {
    pub fn new(desk: Arc<Desk>, server_url: &str) -> Engine {
        Engine { desk, client: Client::new(server_url) }
    }

    /// The garage's enrolment key (IT's `enrolment_key` setting), sent when this desk registers.
    pub fn with_enrolment_key(self, key: Option<String>) -> Engine {
        Engine { desk: self.desk, client: self.client.with_enrolment_key(key) }
    }

    /// Runs until the process ends.
    pub async fn run(self) {
        self.desk.update_sync(|r| r.configured = true);
        let listener = Engine { desk: self.desk.clone(), client: self.client.clone() };
        tokio::spawn(listener.listen());
        let mut backoff = Duration::from_secs(1);
        loop {
            let wait = match self.cycle().await {
                Ok(held) => {
                    backoff = Duration::from_secs(1);
                    self.desk.update_sync(|r| {
                        r.online = true;
                        r.not_enrolled = false;
                    });
                    if held {
                        Duration::from_secs(1)
                    } else {
                        IDLE
                    }
                }
                Err(error) => {
                    log::warn!("sync: {error}");
                    let not_enrolled = matches!(error, SyncError::NotEnrolled | SyncError::DeviceIdTaken);
                    self.desk.update_sync(|r| {
                        r.online = false;
                        r.syncing = false;
                        r.not_enrolled = not_enrolled;
                    });
                    let jitter = Duration::from_millis(rand::rng().random_range(0..500));
                    let wait = backoff + jitter;
                    backoff = (backoff * 2).min(MAX_BACKOFF);
                    wait
                }
            };
            let notify = self.desk.sync_notify();
            tokio::select! {
                _ = notify.notified() => {}
                _ = tokio::time::sleep(wait) => {}
            }
        }
    }

    /// One push and pull. Returns whether a delete is still held back by its undo window.
    pub async fn cycle(&self) -> Result<bool, SyncError> {
        let token = self.token().await?;
        self.desk.update_sync(|r| r.syncing = true);
        let held = self.push(&token).await?;
        self.pull(&token).await?;
        {
            let conn = self.desk.connection();
            state::set(&conn, state::LAST_SYNC, &to_storage(self.desk.now_utc()))?;
        }
        self.desk.update_sync(|r| {
            r.syncing = false;
            r.online = true;
        });
        Ok(held)
    }

    async fn token(&self) -> Result<String, SyncError> {
        super::registration::device_token(&self.desk, &self.client).await
    }

    async fn push(&self, token: &str) -> Result<bool, SyncError> {
        loop {
            let queue = push::queued(&self.desk.connection(), PUSH_BATCH)?;
            // Keep the order: stop at the first delete that can still be undone here.
            let ready: Vec<push::Queued> =
                queue.iter().take_while(|q| q.batch_id.is_none_or(|b| !self.desk.is_undoable(b))).cloned().collect();
            let held = ready.len() < queue.len();
            if ready.is_empty() {
                return Ok(held);
            }
            let response = self.client.push(token, ready.iter().map(|q| q.mutation.clone()).collect()).await?;
            let now = to_storage(self.desk.now_utc());
            let refresh =
                push::settle(&mut self.desk.connection(), self.desk.device_id(), &now, &ready, &response.results)?;
            if !refresh.is_empty() {
                // The server never applied these: its rows are the truth. Pull them again.
                let conn = self.desk.connection();
                state::set(&conn, state::CURSOR, "0")?;
            }
            if held || queue.len() < PUSH_BATCH {
                return Ok(held);
            }
        }
    }

    async fn pull(&self, token: &str) -> Result<(), SyncError> {
        let cursor = state::cursor(&self.desk.connection())?;
        let initial = cursor == 0;
        let mut received = 0u32;
        // A first download writes the whole garage: with its pages all in memory nothing is
        // evicted, decrypted again and re-encrypted while it lasts; its customers are indexed for
        // search once at the end (issue 10).
        let _big_cache = initial.then(|| DownloadCache::enlarge(&self.desk));
        let reindex = if initial { pull::Reindex::AtTheEnd } else { pull::Reindex::Now };
        let mut page = self.client.changes(token, cursor, PAGE).await?;
        loop {
            // The next page comes over the network while this one is written, on a thread that
            // may block (the async workers never wait for SQLite).
            let (count, remaining, next_cursor) = (page.changes.len() as u32, page.remaining, page.cursor);
            let desk = self.desk.clone();
            let apply =
                tokio::task::spawn_blocking(move || pull::apply_page_with(&mut desk.connection(), &page, reindex));
            let next = async {
                match remaining {
                    0 => None,
                    _ => Some(self.client.changes(token, next_cursor, PAGE).await),
                }
            };
            let (applied, fetched) = tokio::join!(apply, next);
            applied.unwrap_or_else(|e| std::panic::resume_unwind(e.into_panic()))?;
            received += count;
            if initial {
                let total = received + u32::try_from(remaining).unwrap_or(u32::MAX);
                self.desk.update_sync(|r| r.download = Some(DownloadProgress { received, total }));
            }
            match fetched {
                None => break,
                Some(next) => page = next?,
            }
        }
        let desk = self.desk.clone();
        tokio::task::spawn_blocking(move || pull::finish_download(&mut desk.connection()))
            .await
            .unwrap_or_else(|e| std::panic::resume_unwind(e.into_panic()))?;
        self.desk.update_sync(|r| r.download = None);
        Ok(())
    }

    /// Follows the server's live hints; each one wakes the main loop at once.
    async fn listen(self) {
        loop {
            let token = state::get(&self.desk.connection(), state::DEVICE_TOKEN).ok().flatten();
            if let Some(token) = token {
                let desk = self.desk.clone();
                // Opening the stream (the server is back) and each hint wake the main loop. When an
                // open stream ends, the server may be gone: sync now, so the status shows it at
                // once. A stream that cannot open says nothing: the main loop's backoff decides.
                if self.client.listen(&token, || desk.sync_notify().notify_one()).await.is_ok() {
                    self.desk.sync_notify().notify_one();
                }
            }
            tokio::time::sleep(Duration::from_secs(2)).await;
        }
    }
}

/// Holds the desk's page cache at [`DOWNLOAD_CACHE_KIB`] until dropped, then puts it back.
struct DownloadCache<'a> {
    desk: &'a Desk,
    before: Option<i64>,
}

impl<'a> DownloadCache<'a> {
    fn enlarge(desk: &'a Desk) -> DownloadCache<'a> {
        let conn = desk.connection();
        let before = conn.pragma_query_value(None, "cache_size", |r| r.get::<_, i64>(0)).ok();
        if let Err(e) = conn.pragma_update(None, "cache_size", -DOWNLOAD_CACHE_KIB) {
            log::warn!("download cache: {e}");
        }
        DownloadCache { desk, before }
    }
}

impl Drop for DownloadCache<'_> {
    fn drop(&mut self) {
        if let Some(before) = self.before {
            let conn = self.desk.connection();
            if let Err(e) = conn.pragma_update(None, "cache_size", before) {
                log::warn!("download cache: {e}");
            }
        }
    }
}
