//! The sync's own small facts, kept in `sync_state`: the pull cursor and the device token.

use rusqlite::{params, Connection, OptionalExtension};

use crate::error::CoreError;

pub const CURSOR: &str = "cursor";
pub const DEVICE_TOKEN: &str = "device_token";
/// The token this desk asks to register with, until the server confirms it (`registration`).
pub const PROPOSED_DEVICE_TOKEN: &str = "proposed_device_token";
pub const LAST_SYNC: &str = "last_sync";
/// Present only inside a pull's transaction (see migrations/0003_pull_guard.sql).
pub const APPLYING_PULL: &str = "applying_pull";
/// Present while pulled customers wait for their search terms (`pull::finish_download`).
pub const REINDEX_PENDING: &str = "reindex_pending";
/// The identity of the server database this desk follows (issue 12).
pub const SERVER_ID: &str = "server_id";
/// Present while the desk starts over from the server (a new database identity, or a log that
/// ends before this desk's cursor): rows the download does not send are removed at its end.
pub const START_OVER: &str = "start_over";

pub fn get(conn: &Connection, key: &str) -> Result<Option<String>, CoreError> {
    Ok(conn.query_row("SELECT value FROM sync_state WHERE key = ?1", params![key], |r| r.get(0)).optional()?)
}

pub fn set(conn: &Connection, key: &str, value: &str) -> Result<(), CoreError> {
    conn.execute(
        "INSERT INTO sync_state (key, value) VALUES (?1, ?2) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        params![key, value],
    )?;
    Ok(())
}

pub fn remove(conn: &Connection, key: &str) -> Result<(), CoreError> {
    conn.execute("DELETE FROM sync_state WHERE key = ?1", params![key])?;
    Ok(())
}

pub fn cursor(conn: &Connection) -> Result<i64, CoreError> {
    Ok(get(conn, CURSOR)?.and_then(|c| c.parse().ok()).unwrap_or(0))
}
