//! Pushing the outbox (S2) and settling the server's answers (S3, issue 12). An applied change
//! leaves the outbox and is kept a while in case the server is restored from a backup; a refused
//! one is put back as the server holds its rows now, explained to the person who made it, and
//! audited. Every answer of a push is settled in one transaction, and nothing in it can stop the
//! queue: a row that cannot be put back is named in the person's sync problem instead.

use std::collections::{BTreeSet, HashMap};

use rusqlite::{params, Connection, Transaction, TransactionBehavior};
use serde::{Deserialize, Serialize};
use serde_json::json;
use uuid::Uuid;

use super::engine::state;
use super::protocol::{Change, Mutation, MutationKind, MutationResult, MutationStatus, RowKey};
use super::pull::{self, RowWriter, SYNCED_TABLES};
use crate::audit::Actor;
use crate::customers::reindex_customer;
use crate::error::CoreError;

/// How long the server's answered changes are kept, to send again to a server restored from a
/// backup (issue 12).
pub const ACKNOWLEDGED_KEPT_DAYS: i64 = 14;

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
        let mutation: Mutation = serde_json::from_str(&body)?;
        out.push(Queued { mutation, batch_id: batch.and_then(|b| Uuid::parse_str(&b).ok()) });
    }
    Ok(out)
}

/// A row a refused change touched that could not be put back as the server holds it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NotPutBack {
    pub table: String,
    pub key: String,
    /// For a registration: its plate, which people know it by.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub plate: Option<String>,
    /// What stopped it, in English for support.
    pub reason: String,
}

/// What settling one push did.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Settled {
    pub applied: usize,
    pub refused: usize,
    /// Rows written or removed as the server holds them.
    pub rows_put_back: usize,
    pub not_put_back: Vec<NotPutBack>,
}

/// The rows to fetch from the server before settling `results`: every row a refused change
/// touched, and each row a pull skipped while an applied one waited.
pub fn rows_to_fetch(conn: &Connection, results: &[MutationResult]) -> Result<Vec<RowKey>, CoreError> {
    let mut keys = BTreeSet::new();
    let mut stmt =
        conn.prepare_cached("SELECT table_name, row_key, skipped FROM sync_outbox_rows WHERE mutation_id = ?1")?;
    for result in results {
        let refused = result.status == MutationStatus::Rejected;
        let rows = stmt.query_map([result.id.to_string()], |r| Ok((r.get(0)?, r.get(1)?, r.get::<_, bool>(2)?)))?;
        for row in rows {
            let (table, key, skipped) = row?;
            if refused || skipped {
                keys.insert(RowKey { table, key });
            }
        }
    }
    Ok(keys.into_iter().collect())
}

/// Settles the server's answers to `sent`, with `server_rows` fetched for [`rows_to_fetch`].
pub fn settle(
    conn: &mut Connection,
    device_id: Uuid,
    now: &str,
    sent: &[Queued],
    results: &[MutationResult],
    server_rows: &[Change],
) -> Result<Settled, CoreError> {
    crate::db::without_foreign_keys(conn, |conn| {
        settle_in_transaction(conn, device_id, now, Answers { sent, results, server_rows })
    })
}

/// A push's answers, what was sent, and the rows fetched to settle them.
struct Answers<'a> {
    sent: &'a [Queued],
    results: &'a [MutationResult],
    server_rows: &'a [Change],
}

fn settle_in_transaction(
    conn: &mut Connection,
    device_id: Uuid,
    now: &str,
    answers: Answers<'_>,
) -> Result<Settled, CoreError> {
    let Answers { sent, results, server_rows } = answers;
    let mut tx = Transaction::new(conn, TransactionBehavior::Immediate)?;
    // The server's rows are consistent with each other: the plate triggers stand aside, as for a pull.
    state::set(&tx, state::APPLYING_PULL, "1")?;
    let held: HashMap<(&str, String), Option<&serde_json::Value>> =
        server_rows.iter().filter_map(|c| Some(((c.table.as_str(), pull::row_key(c)?), c.row.as_ref()))).collect();
    let mut writer = RowWriter::default();
    let mut customers = BTreeSet::new();
    let mut settled = Settled::default();
    for result in results {
        let Some(queued) = sent.iter().find(|q| q.mutation.id == result.id) else { continue };
        let id = result.id.to_string();
        let rows: Vec<(String, String, bool)> = tx
            .prepare_cached("SELECT table_name, row_key, skipped FROM sync_outbox_rows WHERE mutation_id = ?1")?
            .query_map([&id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
            .collect::<Result<_, _>>()?;
        tx.execute("DELETE FROM sync_outbox_rows WHERE mutation_id = ?1", [&id])?;
        if tx.execute("DELETE FROM sync_outbox WHERE id = ?1", [&id])? == 0 {
            continue; // settled already
        }
        let refused = result.status == MutationStatus::Rejected;
        let mut not_put_back = Vec::new();
        for (table, key, skipped) in rows {
            let Some(table) = SYNCED_TABLES.iter().copied().find(|t| *t == table) else { continue };
            if !(refused || skipped) || still_held(&tx, table, &key)? {
                continue; // a later local change holds it: settled with that one
            }
            let row = match held.get(&(table, key.clone())) {
                Some(row) => *row,
                // The server never had it: a refused change made it here alone.
                None if refused => None,
                None => continue,
            };
            let savepoint = tx.savepoint()?;
            match writer.write(&savepoint, table, &key, row) {
                Ok(customer) => {
                    savepoint.commit()?;
                    customers.extend(customer);
                    settled.rows_put_back += 1;
                }
                Err(e) => {
                    drop(savepoint);
                    let plate = (table == "registrations").then(|| plate_of(&tx, &key, row)).flatten();
                    not_put_back.push(NotPutBack { table: table.to_owned(), key, plate, reason: e.to_string() });
                }
            }
        }
        if refused {
            settled.refused += 1;
            record_refusal(&tx, device_id, now, queued, result, &not_put_back)?;
            settled.not_put_back.extend(not_put_back);
        } else {
            settled.applied += 1;
            let body = to_json(&queued.mutation)?;
            tx.execute(
                "INSERT OR REPLACE INTO sync_acknowledged (id, staff_id, body, acknowledged_at) VALUES (?1, ?2, ?3, ?4)",
                params![id, queued.mutation.staff_id.to_string(), body, now],
            )?;
        }
    }
    for customer in customers {
        reindex_customer(&tx, customer)?;
    }
    let kept_from = crate::clock::from_storage(now)
        .map(|t| crate::clock::to_storage(t - chrono::Duration::days(ACKNOWLEDGED_KEPT_DAYS)))
        .unwrap_or_default();
    tx.execute("DELETE FROM sync_acknowledged WHERE acknowledged_at < ?1", [kept_from])?;
    state::remove(&tx, state::APPLYING_PULL)?;
    tx.commit()?;
    Ok(settled)
}

/// Whether a change still waiting touched the row.
fn still_held(tx: &Connection, table: &str, key: &str) -> Result<bool, CoreError> {
    Ok(tx
        .prepare_cached("SELECT EXISTS (SELECT 1 FROM sync_outbox_rows WHERE table_name = ?1 AND row_key = ?2)")?
        .query_row([table, key], |r| r.get(0))?)
}

fn plate_of(tx: &Connection, key: &str, row: Option<&serde_json::Value>) -> Option<String> {
    row.and_then(|r| r.get("plate"))
        .and_then(|p| p.as_str())
        .map(str::to_owned)
        .or_else(|| tx.query_row("SELECT plate FROM registrations WHERE id = ?1", [key], |r| r.get(0)).ok())
}

/// The person's sync problem and the audit entry of a refused change.
fn record_refusal(
    tx: &Connection,
    device_id: Uuid,
    now: &str,
    queued: &Queued,
    result: &MutationResult,
    not_put_back: &[NotPutBack],
) -> Result<(), CoreError> {
    let m = &queued.mutation;
    let actor = Actor {
        staff_id: m.staff_id,
        device_id,
        now: now.to_owned(),
        mutation_id: super::protocol::derived_id(m.id, "rejected"),
    };
    let rejection = to_json(&result.rejection)?;
    let mutation = to_json(m)?;
    let not_put_back_json = (!not_put_back.is_empty()).then(|| to_json(not_put_back)).transpose()?;
    if !not_put_back.is_empty() {
        log::warn!("sync: refused change {} could not be put back whole: {not_put_back:?}", m.id);
    }
    tx.execute(
        "INSERT OR IGNORE INTO sync_problems (id, mutation_id, staff_id, occurred_at, mutation, rejection, not_put_back)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
        params![
            super::protocol::derived_id(m.id, "problem").to_string(),
            m.id.to_string(),
            m.staff_id.to_string(),
            now,
            mutation,
            rejection,
            not_put_back_json
        ],
    )?;
    // A refused delete or merge is also audited on the customer, as its undo would be.
    let on_customer = match &m.kind {
        MutationKind::DeleteCustomer(crate::changes::DeleteCustomer { customer_id, .. }) => {
            Some(("customer.restore_rejected", *customer_id))
        }
        MutationKind::MergeCustomers(crate::changes::MergeCustomers { survivor_id, .. }) => {
            Some(("customer.merge_rejected", *survivor_id))
        }
        _ => None,
    };
    if let Some((action, customer)) = on_customer {
        actor.record(
            tx,
            action,
            "customer",
            customer,
            queued.batch_id,
            json!({ "put_back": "as the central server holds it" }),
        )?;
    }
    actor.record(
        tx,
        "sync.rejected",
        "mutation",
        m.id,
        queued.batch_id,
        json!({ "mutation": m, "rejection": result.rejection, "not_put_back": not_put_back }),
    )?;
    Ok(())
}

fn to_json<T: Serialize + ?Sized>(value: &T) -> Result<String, CoreError> {
    Ok(serde_json::to_string(value)?)
}
