//! S5: what the UI shows about the sync, and the list of problems the server reported.

use serde::Serialize;
use ts_rs::TS;
use uuid::Uuid;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum SyncConnection {
    /// No central server is configured: this desk works alone.
    Standalone,
    Online,
    Syncing,
    Offline,
    /// The server is there but refused to enrol this desk (no or another enrolment key, IT removed
    /// it, or another registration holds its device id: the desk's log says which).
    NotEnrolled,
    /// The server answers, with errors (a 5xx): changes wait here until it recovers (issue 12).
    ServerProblem,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct DownloadProgress {
    pub received: u32,
    pub total: u32,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SyncStatus {
    pub connection: SyncConnection,
    /// Local changes waiting for the server.
    pub waiting: u32,
    /// UTC, RFC 3339: when a push and pull last completed.
    pub last_sync: Option<String>,
    /// Set during the initial download.
    pub download: Option<DownloadProgress>,
    /// The signed-in user's unread sync problems.
    pub unread_problems: u32,
}

/// One change the server refused, explained in the reader's language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SyncProblem {
    pub id: Uuid,
    pub occurred_at: String,
    pub message: String,
    pub read: bool,
}

/// What the sync engine last saw, held by the desk.
#[derive(Debug, Clone, Default)]
pub struct Runtime {
    pub configured: bool,
    pub online: bool,
    pub syncing: bool,
    /// The server refused this desk's registration (or its token).
    pub not_enrolled: bool,
    /// The server's last answer was an error of its own (5xx).
    pub server_problem: bool,
    pub download: Option<DownloadProgress>,
}
