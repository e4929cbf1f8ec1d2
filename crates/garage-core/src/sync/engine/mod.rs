//! The background sync (S2–S4): push what waits, pull what changed, again whenever something
//! changes here or the server hints, with backoff and jitter while the server is away. It never
//! holds the desk for long: each page or answer is one short transaction.

pub mod state;
pub mod status;

use std::sync::Arc;
use std::time::Duration;

use rand::Rng;

use crate::clock::to_storage;
use crate::error::CoreError;
use crate::sync::client::{registration, Client, SyncError};
use crate::sync::protocol::{MutationResult, MutationStatus, Rejection, MAX_PUSH_BYTES};
use crate::sync::pull::{self, start_over};
use crate::sync::push;
use crate::Desk;
use status::DownloadProgress;

/// Rows asked for per page of the pull: the server's most.
pub const PAGE: u32 = crate::sync::protocol::MAX_CHANGES_PAGE;
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
                    if held {
                        Duration::from_secs(1)
                    } else {
                        IDLE
                    }
                }
                Err(error) => {
                    log::warn!("sync: {error}");
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

    /// One push and pull. Returns whether a delete is still held back by its undo window. The
    /// desk's sync status says how it went.
    pub async fn cycle(&self) -> Result<bool, SyncError> {
        let result = self.push_pull_cycle().await;
        match &result {
            Ok(_) => self.desk.update_sync(|r| {
                r.syncing = false;
                r.online = true;
                r.not_enrolled = false;
                r.server_problem = false;
            }),
            Err(error) => {
                let not_enrolled = matches!(error, SyncError::NotEnrolled | SyncError::DeviceIdTaken);
                // The server answered, with an error of its own: not "Offline" (issue 12).
                let server_problem = matches!(error, SyncError::Status(status) if status.is_server_error());
                self.desk.update_sync(|r| {
                    r.online = false;
                    r.syncing = false;
                    r.not_enrolled = not_enrolled;
                    r.server_problem = server_problem;
                });
            }
        }
        result
    }

    async fn push_pull_cycle(&self) -> Result<bool, SyncError> {
        let token = self.token().await?;
        self.desk.update_sync(|r| r.syncing = true);
        let expected =
            state::get(&self.desk.connection(), state::SERVER_ID)?.and_then(|s| uuid::Uuid::parse_str(&s).ok());
        self.client.expect_server(expected);
        let mut first = self.push_and_pull(&token).await;
        if let Err(SyncError::TokenUnknown) = first {
            // The server's database is older than this desk's registration: register again under
            // the same token (an id it has never seen), then carry on; it will start over below.
            log::warn!("sync: the central server does not know this desk; registering again under the same id");
            let name = crate::desk::computer_name();
            self.client.register(self.desk.device_id(), &name, Some(&token)).await?;
            first = self.push_and_pull(&token).await;
        }
        let held = match first {
            // Nothing from the server's answer was used: start over from it, then sync again, the
            // changes it may have lost first.
            Err(error @ (SyncError::ServerReplaced(_) | SyncError::CursorUnknown(_))) => {
                let server = match error {
                    SyncError::ServerReplaced(server) => Some(server),
                    _ => self.client.seen_server(),
                };
                start_over::begin(&mut self.desk.connection(), server, &error.to_string())?;
                self.client.expect_server(server);
                self.push_and_pull(&token).await?
            }
            other => other?,
        };
        {
            let conn = self.desk.connection();
            if expected.is_none() {
                if let Some(server) = self.client.seen_server() {
                    state::set(&conn, state::SERVER_ID, &server.to_string())?;
                }
            }
            state::set(&conn, state::LAST_SYNC, &to_storage(self.desk.now_utc()))?;
        }
        Ok(held)
    }

    async fn push_and_pull(&self, token: &str) -> Result<bool, SyncError> {
        let held = self.push(token).await?;
        self.pull(token).await?;
        Ok(held)
    }

    async fn token(&self) -> Result<String, SyncError> {
        registration::device_token(&self.desk, &self.client).await
    }

    async fn push(&self, token: &str) -> Result<bool, SyncError> {
        loop {
            // What to send is decided under the cache's lock, where an undo checks its window: a
            // delete is undone or sent, never both (issue 12). Stop at the first delete that can
            // still be undone here, to keep the order.
            let (held, full, ready) = {
                let conn = self.desk.connection();
                let queue = push::queued(&conn, PUSH_BATCH)?;
                let ready: Vec<push::Queued> = queue
                    .iter()
                    .take_while(|q| q.batch_id.is_none_or(|b| !self.desk.is_undoable(b)))
                    .cloned()
                    .collect();
                (ready.len() < queue.len(), queue.len() == PUSH_BATCH, ready)
            };
            if ready.is_empty() {
                return Ok(held);
            }
            let results = self.send(token, &ready).await?;
            let keys = push::rows_to_fetch(&self.desk.connection(), &results)?;
            // Rows a refused change touched, and rows a pull skipped, as the server holds them now.
            let rows = if keys.is_empty() { Vec::new() } else { self.client.rows(token, &keys).await? };
            let now = to_storage(self.desk.now_utc());
            let desk = self.desk.clone();
            let settled = tokio::task::spawn_blocking(move || {
                push::settle(&mut desk.connection(), desk.device_id(), &now, &ready, &results, &rows)
            })
            .await
            .unwrap_or_else(|e| std::panic::resume_unwind(e.into_panic()))?;
            if settled.refused > 0 {
                log::info!(
                    "sync: {} change(s) refused, {} row(s) put back as the server holds them",
                    settled.refused,
                    settled.rows_put_back
                );
            }
            if held || !full {
                return Ok(held);
            }
        }
    }

    /// Sends `ready` and returns the server's answers. A push the server refuses whole for what it
    /// carries (a 4xx: a change it cannot read, one too large) is sent again one change at a
    /// time, and a change it refuses alone is answered here as unsupported: it is set aside like
    /// any refused change and never holds up the queue (issue 12).
    async fn send(&self, token: &str, ready: &[push::Queued]) -> Result<Vec<MutationResult>, SyncError> {
        let mut results = Vec::new();
        for request in requests_within_limit(ready) {
            let answered = match request {
                Request::Batch(batch) => self.send_batch(token, batch).await,
                Request::TooLarge(queued) => Ok(vec![set_aside(queued, "larger than a server takes in one request")]),
            };
            match answered {
                Ok(answers) => results.extend(answers),
                // Settle what was answered; the rest goes next time.
                Err(e) if results.is_empty() => return Err(e),
                Err(_) => break,
            }
        }
        Ok(results)
    }

    async fn send_batch(&self, token: &str, batch: &[push::Queued]) -> Result<Vec<MutationResult>, SyncError> {
        let all = batch.iter().map(|q| q.mutation.clone()).collect();
        match self.client.push(token, all).await {
            Err(SyncError::Status(status)) if refused_for_what_it_carries(status) => {}
            answered => return Ok(answered?.results),
        }
        let mut results = Vec::new();
        for queued in batch {
            match self.client.push(token, vec![queued.mutation.clone()]).await {
                Ok(response) => results.extend(response.results),
                Err(SyncError::Status(status)) if refused_for_what_it_carries(status) => {
                    results.push(set_aside(queued, &format!("the server answered {status}")));
                }
                Err(e) if results.is_empty() => return Err(e),
                Err(_) => break,
            }
        }
        Ok(results)
    }

    async fn pull(&self, token: &str) -> Result<(), SyncError> {
        let cursor = state::cursor(&self.desk.connection())?;
        let mut page = self.client.changes(token, cursor, PAGE).await?;
        if page.cursor_unknown {
            return Err(SyncError::CursorUnknown(cursor));
        }
        let initial = cursor == 0;
        let mut received = 0u32;
        // A first download writes the whole garage: with its pages all in memory nothing is
        // evicted, decrypted again and re-encrypted while it lasts; its customers are indexed for
        // search once at the end (issue 10).
        let _big_cache = initial.then(|| DownloadCache::enlarge(&self.desk));
        let reindex = if initial { pull::Reindex::AtTheEnd } else { pull::Reindex::Now };
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
        tokio::task::spawn_blocking(move || {
            let mut conn = desk.connection();
            start_over::finish(&mut conn)?;
            pull::finish_download(&mut conn)
        })
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

/// One request of a push, or a change no request may carry.
enum Request<'a> {
    Batch(&'a [push::Queued]),
    TooLarge(&'a push::Queued),
}

/// `ready` cut into requests whose bodies stay within [`MAX_PUSH_BYTES`], in order.
fn requests_within_limit(ready: &[push::Queued]) -> Vec<Request<'_>> {
    // Room for the request's own brackets and commas.
    let limit = MAX_PUSH_BYTES - 1024;
    let size = |q: &push::Queued| serde_json::to_vec(&q.mutation).map_or(usize::MAX, |b| b.len() + 1);
    let mut requests = Vec::new();
    let (mut start, mut bytes) = (0, 0);
    for (i, queued) in ready.iter().enumerate() {
        let this = size(queued);
        if this > limit {
            if start < i {
                requests.push(Request::Batch(&ready[start..i]));
            }
            requests.push(Request::TooLarge(queued));
            (start, bytes) = (i + 1, 0);
        } else if bytes + this > limit {
            requests.push(Request::Batch(&ready[start..i]));
            (start, bytes) = (i, this);
        } else {
            bytes += this;
        }
    }
    if start < ready.len() {
        requests.push(Request::Batch(&ready[start..]));
    }
    requests
}

/// A change the server will never take as it is: answered here as refused, so it is put back
/// and explained like any refused change, and the queue goes on (issue 12).
fn set_aside(queued: &push::Queued, why: &str) -> MutationResult {
    log::warn!("sync: change {} set aside: {why}", queued.mutation.id);
    MutationResult {
        id: queued.mutation.id,
        status: MutationStatus::Rejected,
        rejection: Some(Rejection::refused(&CoreError::UnsupportedChange(why.to_owned()))),
    }
}

/// A 4xx the server gives a push for what it carries, not for who sent it or when.
fn refused_for_what_it_carries(status: reqwest::StatusCode) -> bool {
    use reqwest::StatusCode;
    status.is_client_error()
        && ![StatusCode::UNAUTHORIZED, StatusCode::REQUEST_TIMEOUT, StatusCode::TOO_MANY_REQUESTS].contains(&status)
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
