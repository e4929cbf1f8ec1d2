//! The outbox: local changes waiting for the server, written in the transaction that made them.

use rusqlite::{params, Connection};
use uuid::Uuid;

use super::protocol::Mutation;
use crate::error::CoreError;

/// Queues `mutation`; `rows` are the (table, key) pairs it changed, shielded from pulls until the
/// server has answered.
pub fn enqueue(
    tx: &Connection,
    mutation: &Mutation,
    batch_id: Option<Uuid>,
    rows: &[(&str, String)],
) -> Result<(), CoreError> {
    let body = serde_json::to_string(mutation)?;
    tx.execute(
        "INSERT INTO sync_outbox (id, position, staff_id, body, batch_id, created_at)
         VALUES (?1, (SELECT coalesce(max(position), 0) + 1 FROM sync_outbox), ?2, ?3, ?4, ?5)",
        params![
            mutation.id.to_string(),
            mutation.staff_id.to_string(),
            body,
            batch_id.map(|b| b.to_string()),
            mutation.created_at
        ],
    )?;
    let mut insert = tx.prepare_cached(
        "INSERT OR IGNORE INTO sync_outbox_rows (mutation_id, table_name, row_key) VALUES (?1, ?2, ?3)",
    )?;
    for (table, key) in rows {
        insert.execute(params![mutation.id.to_string(), table, key])?;
    }
    Ok(())
}

/// Marks every row change `mutation_id` touched to be fetched again once the server has answered
/// it, whatever the answer (issue 12): for changes whose rows the server writes its own way.
pub fn refresh_after_answer(tx: &Connection, mutation_id: Uuid) -> Result<(), CoreError> {
    tx.execute("UPDATE sync_outbox_rows SET skipped = 1 WHERE mutation_id = ?1", params![mutation_id.to_string()])?;
    Ok(())
}

/// Drops a delete's queued mutation: its undo happened before it left the desk (U2).
pub fn drop_batch(tx: &Connection, batch_id: Uuid) -> Result<(), CoreError> {
    tx.execute("DELETE FROM sync_outbox WHERE batch_id = ?1", params![batch_id.to_string()])?;
    Ok(())
}

/// How many changes wait for the server (S5).
pub fn waiting(conn: &Connection) -> Result<u32, CoreError> {
    Ok(conn.query_row("SELECT count(*) FROM sync_outbox", [], |r| r.get(0))?)
}
