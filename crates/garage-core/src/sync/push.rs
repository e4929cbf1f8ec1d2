//! Pushing the outbox (S2) and settling the server's answers (S3): an applied change leaves the
//! outbox; a rejected one is reverted, explained to the person who made it, and audited.

use rusqlite::{params, Connection, Transaction, TransactionBehavior};
use serde_json::json;
use uuid::Uuid;

use super::protocol::{Mutation, MutationKind, MutationResult, MutationStatus};
use crate::audit::Actor;
use crate::error::CoreError;

/// A queued change and the delete batch it holds, if any.
#[derive(Debug, Clone)]
pub struct Queued {
    pub mutation: Mutation,
    pub batch_id: Option<Uuid>,
}

/// The queue in order, up to `limit`.
pub fn queued(conn: &Connection, limit: usize) -> Result<Vec<Queued>, CoreError> {
    let mut stmt = conn.prepare_cached("SELECT body, batch_id FROM sync_outbox ORDER BY position LIMIT ?1")?;
    let rows = stmt.query_map([limit as i64], |r| Ok((r.get::<_, String>(0)?, r.get::<_, Option<String>>(1)?)))?;
    let mut out = Vec::new();
    for row in rows {
        let (body, batch) = row?;
        let mutation: Mutation = serde_json::from_str(&body).map_err(|e| CoreError::Migration(e.to_string()))?;
        out.push(Queued { mutation, batch_id: batch.and_then(|b| Uuid::parse_str(&b).ok()) });
    }
    Ok(out)
}

/// Keys of rows a rejected change touched, to fetch again from the server.
pub type RowsToRefresh = Vec<(String, String)>;

/// Settles the server's answers: applied → dequeued; rejected → reverted and reported.
pub fn settle(
    conn: &mut Connection,
    device_id: Uuid,
    now: &str,
    sent: &[Queued],
    results: &[MutationResult],
) -> Result<RowsToRefresh, CoreError> {
    let mut refresh = Vec::new();
    for result in results {
        let Some(queued) = sent.iter().find(|q| q.mutation.id == result.id) else { continue };
        let tx = Transaction::new(conn, TransactionBehavior::Immediate)?;
        if result.status == MutationStatus::Rejected {
            refresh.extend(reject(&tx, device_id, now, queued, result)?);
        }
        tx.execute("DELETE FROM sync_outbox WHERE id = ?1", params![result.id.to_string()])?;
        tx.commit()?;
    }
    Ok(refresh)
}

fn reject(
    tx: &Connection,
    device_id: Uuid,
    now: &str,
    queued: &Queued,
    result: &MutationResult,
) -> Result<RowsToRefresh, CoreError> {
    let m = &queued.mutation;
    let actor = Actor {
        staff_id: m.staff_id,
        device_id,
        now: now.to_owned(),
        mutation_id: super::protocol::derived_id(m.id, "rejected"),
    };
    // A rejected delete comes back exactly as undo would put it (U2); other changes are fetched
    // again from the server, which never applied them.
    let mut refresh = Vec::new();
    if let (MutationKind::DeleteCustomer { .. }, Some(batch)) = (&m.kind, queued.batch_id) {
        crate::delete::undo_in(tx, &actor, batch, "customer.restore_rejected", &mut crate::delete::no_fault)?;
    } else if let (MutationKind::MergeCustomers { .. }, Some(batch)) = (&m.kind, queued.batch_id) {
        // M10: a refused merge comes apart here exactly as undo would take it apart; its batch,
        // which the server never held, goes, and the rows it touched are fetched again.
        let mut stmt = tx.prepare("SELECT table_name, row_key FROM sync_outbox_rows WHERE mutation_id = ?1")?;
        let rows = stmt.query_map([m.id.to_string()], |r| Ok((r.get(0)?, r.get(1)?)))?;
        refresh = rows.collect::<Result<_, _>>()?;
        crate::merge::undo_merge_in(tx, &actor, batch, "customer.merge_rejected")?;
        tx.execute("DELETE FROM merge_batches WHERE id = ?1", params![batch.to_string()])?;
    } else {
        // A payment the server never took is taken back here; the invoice itself comes back
        // from the server below.
        if let MutationKind::TakePayment { .. } = &m.kind {
            tx.execute(
                "DELETE FROM payments WHERE id = ?1",
                params![super::protocol::derived_id(m.id, "payment").to_string()],
            )?;
        }
        // DS4: a dismissal the server refused is taken back here (the server never held it).
        if let MutationKind::DismissDuplicate { customer_a, customer_b } = &m.kind {
            tx.execute(
                "DELETE FROM duplicate_dismissals WHERE id = ?1",
                params![crate::merge::dismissal_id(*customer_a, *customer_b).to_string()],
            )?;
        }
        let mut stmt = tx.prepare("SELECT table_name, row_key FROM sync_outbox_rows WHERE mutation_id = ?1")?;
        let rows = stmt.query_map([m.id.to_string()], |r| Ok((r.get(0)?, r.get(1)?)))?;
        refresh = rows.collect::<Result<_, _>>()?;
    }
    let rejection = serde_json::to_string(&result.rejection).map_err(|e| CoreError::Migration(e.to_string()))?;
    let mutation = serde_json::to_string(m).map_err(|e| CoreError::Migration(e.to_string()))?;
    tx.execute(
        "INSERT OR IGNORE INTO sync_problems (id, mutation_id, staff_id, occurred_at, mutation, rejection)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        params![
            super::protocol::derived_id(m.id, "problem").to_string(),
            m.id.to_string(),
            m.staff_id.to_string(),
            now,
            mutation,
            rejection
        ],
    )?;
    actor.record(
        tx,
        "sync.rejected",
        "mutation",
        m.id,
        queued.batch_id,
        json!({ "mutation": m, "rejection": result.rejection }),
    )?;
    Ok(refresh)
}
