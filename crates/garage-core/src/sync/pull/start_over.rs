//! Starting over from the server (issue 12). When the server's database is not the one this desk
//! followed (its identity changed: restored from a backup, or replaced), or its log ends before
//! this desk's cursor, nothing this desk learnt from it can be trusted to match. The desk:
//! - queues again, first, the changes the server took in the last
//!   [`ACKNOWLEDGED_KEPT_DAYS`](super::push::ACKNOWLEDGED_KEPT_DAYS) days: a restored server may
//!   have lost them, and applies each id at most once, so none is doubled;
//! - downloads the whole garage again, noting every row it is sent;
//! - at the end removes every synced row the server did not send, unless a change still waiting
//!   here holds it; the desk's own audit entries stay.
//!
//! The desk's log says so at `warn`, with the reason, for IT (docs/it-deployment.md).

use rusqlite::{params, Connection, Transaction, TransactionBehavior};
use uuid::Uuid;

use super::SYNCED_TABLES;
use crate::error::CoreError;
use crate::sync::engine::state;

/// What [`begin`] did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct StartedOver {
    /// Changes the server had taken, queued again.
    pub requeued: usize,
}

/// Prepares the desk to download everything from server `server` again (see the module).
pub fn begin(conn: &mut Connection, server: Option<Uuid>, reason: &str) -> Result<StartedOver, CoreError> {
    let tx = Transaction::new(conn, TransactionBehavior::Immediate)?;
    let acknowledged: Vec<(String, String, String)> = tx
        .prepare("SELECT id, staff_id, body FROM sync_acknowledged ORDER BY acknowledged_at DESC, rowid DESC")?
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
        .collect::<Result<_, _>>()?;
    let mut requeued = 0;
    // Newest first, each before everything queued: they end up oldest first, ahead of the queue.
    for (id, staff_id, body) in &acknowledged {
        let created_at = serde_json::from_str::<serde_json::Value>(body)
            .ok()
            .and_then(|b| b.get("created_at").and_then(|c| c.as_str()).map(str::to_owned))
            .unwrap_or_default();
        requeued += tx.execute(
            "INSERT OR IGNORE INTO sync_outbox (id, position, staff_id, body, created_at)
             VALUES (?1, (SELECT coalesce(min(position), 1) - 1 FROM sync_outbox), ?2, ?3, ?4)",
            params![id, staff_id, body, created_at],
        )?;
    }
    tx.execute("DELETE FROM sync_acknowledged", [])?;
    tx.execute("DELETE FROM sync_seen", [])?;
    state::set(&tx, state::CURSOR, "0")?;
    state::set(&tx, state::START_OVER, reason)?;
    match server {
        Some(server) => state::set(&tx, state::SERVER_ID, &server.to_string())?,
        None => state::remove(&tx, state::SERVER_ID)?,
    }
    tx.commit()?;
    log::warn!(
        "sync: starting over from the central server ({reason}): downloading the garage again; {requeued} change(s) \
         the server had taken are sent again"
    );
    Ok(StartedOver { requeued })
}

/// At the end of the download after [`begin`]: removes the rows the server did not send. Returns
/// how many; `None` when the desk was not starting over.
pub fn finish(conn: &mut Connection) -> Result<Option<usize>, CoreError> {
    if state::get(conn, state::START_OVER)?.is_none() {
        return Ok(None);
    }
    // Children and parents alike go, in any order.
    let removed = crate::db::without_foreign_keys(conn, sweep)?;
    log::warn!("sync: started over from the central server; {removed} row(s) it no longer has were removed here");
    Ok(Some(removed))
}

fn sweep(conn: &mut Connection) -> Result<usize, CoreError> {
    let tx = Transaction::new(conn, TransactionBehavior::Immediate)?;
    let mut removed = 0;
    for table in SYNCED_TABLES.iter().copied().filter(|t| *t != "audit_entries") {
        let key = super::key_sql(table);
        removed += tx.execute(
            &format!(
                "DELETE FROM {table}
                  WHERE {key} NOT IN (SELECT row_key FROM sync_seen WHERE table_name = ?1)
                    AND {key} NOT IN (SELECT row_key FROM sync_outbox_rows WHERE table_name = ?1)"
            ),
            [table],
        )?;
    }
    tx.execute("DELETE FROM sync_seen", [])?;
    state::remove(&tx, state::START_OVER)?;
    // Search terms are rebuilt for everyone by the download's end.
    state::set(&tx, state::REINDEX_PENDING, "1")?;
    tx.commit()?;
    Ok(removed)
}
