//! D8, D9, D13 and U2, U5, U6: the delete and its undo, each one SQLite transaction.
//!
//! Each step calls `fault(step)` first, so tests can fail the transaction at any step and show
//! that nothing is left half-changed. Production passes [`no_fault`].

use chrono::{DateTime, Duration, Utc};
use rusqlite::{params, Connection, OptionalExtension, Transaction, TransactionBehavior};
use serde_json::json;
use uuid::Uuid;

use super::preflight::{preflight, Preflight};
use crate::audit::Actor;
use crate::clock::{from_storage, to_storage};
use crate::customers::reindex_customer;
use crate::error::CoreError;

/// D13: successful deletes per user per rolling hour (undone ones still count).
pub const DELETES_PER_HOUR: u32 = 10;

pub const DELETE_STEPS: &[&str] =
    &["batch", "registrations", "vehicles", "conversations", "customer", "search", "audit"];
pub const UNDO_STEPS: &[&str] = &["vehicles", "registrations", "conversations", "customer", "batch", "search", "audit"];

pub fn no_fault(_step: &'static str) -> Result<(), CoreError> {
    Ok(())
}

#[derive(Debug)]
pub enum Deleted {
    Done {
        batch_id: Uuid,
        customer_name: String,
    },
    /// D8: a blocker appeared; nothing changed.
    Blocked(Preflight),
}

/// When the user may delete again, if they have used up the hour (D13).
pub fn rate_limit(conn: &Connection, staff_id: Uuid, now: DateTime<Utc>) -> Result<Option<DateTime<Utc>>, CoreError> {
    let since = to_storage(now - Duration::hours(1));
    let mut stmt = conn.prepare_cached(
        "SELECT committed_at FROM delete_batches WHERE deleted_by = ?1 AND committed_at > ?2 ORDER BY committed_at",
    )?;
    let recent: Vec<String> =
        stmt.query_map(params![staff_id.to_string(), since], |r| r.get(0))?.collect::<Result<_, _>>()?;
    if (recent.len() as u32) < DELETES_PER_HOUR {
        return Ok(None);
    }
    // The window frees up when the oldest delete that fills it turns an hour old.
    let oldest = &recent[recent.len() - DELETES_PER_HOUR as usize];
    Ok(Some(from_storage(oldest).unwrap_or(now) + Duration::hours(1)))
}

/// The delete in one immediate transaction of its own (tests and benchmarks; the desk and the
/// server run [`delete_in`] inside theirs, beside the outbox or the mutation log).
pub fn delete_customer(
    conn: &mut Connection,
    actor: &Actor,
    now: DateTime<Utc>,
    customer_id: Uuid,
    fault: &mut dyn FnMut(&'static str) -> Result<(), CoreError>,
) -> Result<Deleted, CoreError> {
    let tx = Transaction::new(conn, TransactionBehavior::Immediate)?;
    let deleted = delete_in(&tx, actor, now, customer_id, fault)?;
    tx.commit()?;
    Ok(deleted)
}

/// Checks the rate limit, re-runs the pre-flight check, then soft-deletes, inside `tx`. The
/// caller has checked the permission and the token.
pub fn delete_in(
    tx: &Connection,
    actor: &Actor,
    now: DateTime<Utc>,
    customer_id: Uuid,
    fault: &mut dyn FnMut(&'static str) -> Result<(), CoreError>,
) -> Result<Deleted, CoreError> {
    let check = preflight(tx, customer_id)?;
    if check.deleted {
        return Err(CoreError::AlreadyDeleted);
    }
    if let Some(next_at) = rate_limit(tx, actor.staff_id, now)? {
        return Err(CoreError::RateLimited { next_at });
    }
    if check.is_blocked() {
        return Ok(Deleted::Blocked(check));
    }
    let batch = actor.derived_id("delete_batch");
    let (b, c) = (batch.to_string(), customer_id.to_string());

    fault("batch")?;
    tx.execute(
        "INSERT INTO delete_batches (id, customer_id, deleted_by, device_id, committed_at) VALUES (?1, ?2, ?3, ?4, ?5)",
        params![b, c, actor.staff_id.to_string(), actor.device_id.to_string(), actor.now],
    )?;

    // What the audit entry must hold to restore by hand after the undo window (U6).
    let vehicles: Vec<String> = column(
        tx,
        "SELECT id FROM vehicles WHERE customer_id = ?1 AND deleted_at IS NULL AND active = 1 ORDER BY id",
        &c,
    )?;
    let registrations: Vec<serde_json::Value> = {
        let mut stmt = tx.prepare(
            "SELECT r.id, r.vehicle_id, r.plate FROM registrations r JOIN vehicles v ON v.id = r.vehicle_id
              WHERE v.customer_id = ?1 AND v.deleted_at IS NULL AND v.active = 1 AND r.valid_to IS NULL ORDER BY r.id",
        )?;
        let rows = stmt.query_map(params![c], |r| {
            Ok(json!({ "id": r.get::<_, String>(0)?, "vehicle_id": r.get::<_, String>(1)?, "plate": r.get::<_, String>(2)? }))
        })?;
        rows.collect::<Result<_, _>>()?
    };
    let conversations: Vec<serde_json::Value> = {
        let mut stmt = tx.prepare(
            "SELECT id, status FROM conversations WHERE customer_id = ?1 AND status IN ('open', 'snoozed') ORDER BY id",
        )?;
        let rows = stmt
            .query_map(params![c], |r| Ok(json!({ "id": r.get::<_, String>(0)?, "status": r.get::<_, String>(1)? })))?;
        rows.collect::<Result<_, _>>()?
    };

    fault("registrations")?;
    tx.execute(
        "UPDATE registrations SET valid_to = ?2, ended_by_batch_id = ?3
          WHERE valid_to IS NULL AND vehicle_id IN
                (SELECT id FROM vehicles WHERE customer_id = ?1 AND deleted_at IS NULL AND active = 1)",
        params![c, actor.now, b],
    )?;
    fault("vehicles")?;
    tx.execute(
        "UPDATE vehicles SET deleted_at = ?2, deleted_by = ?3, delete_batch_id = ?4, updated_at = ?2
          WHERE customer_id = ?1 AND deleted_at IS NULL AND active = 1",
        params![c, actor.now, actor.staff_id.to_string(), b],
    )?;
    fault("conversations")?;
    tx.execute(
        "UPDATE conversations SET status_before_delete = status, status = 'closed', delete_batch_id = ?3, updated_at = ?2
          WHERE customer_id = ?1 AND status IN ('open', 'snoozed')",
        params![c, actor.now, b],
    )?;
    fault("customer")?;
    tx.execute(
        "UPDATE customers SET deleted_at = ?2, deleted_by = ?3, delete_batch_id = ?4, updated_at = ?2 WHERE id = ?1",
        params![c, actor.now, actor.staff_id.to_string(), b],
    )?;
    fault("search")?;
    reindex_customer(tx, customer_id)?;
    fault("audit")?;
    let customer: serde_json::Value = tx
        .query_row(
            "SELECT json_object('id', id, 'name', name, 'phone', phone, 'email', email, 'address_line', address_line,
                'town', town, 'postcode', postcode) FROM customers WHERE id = ?1",
            params![c],
            |r| r.get::<_, String>(0),
        )
        .map(|s| serde_json::from_str(&s).unwrap_or_default())?;
    actor.record(
        tx,
        "customer.delete",
        "customer",
        customer_id,
        Some(batch),
        json!({
            "customer": customer,
            "vehicles": vehicles,
            "registrations": registrations,
            "conversations": conversations,
            "restore": "Undo by hand: clear deleted_at/deleted_by/delete_batch_id on the customer and vehicles, \
                        set valid_to and ended_by_batch_id to NULL on the registrations (if each plate is free), \
                        and set each conversation's status back to the one listed.",
        }),
    )?;
    Ok(Deleted::Done { batch_id: batch, customer_name: check.customer_name })
}

/// U2, U5: puts back exactly what batch `batch_id` changed, or nothing at all.
pub fn undo_delete(
    conn: &mut Connection,
    actor: &Actor,
    batch_id: Uuid,
    fault: &mut dyn FnMut(&'static str) -> Result<(), CoreError>,
) -> Result<(Uuid, String), CoreError> {
    let tx = Transaction::new(conn, TransactionBehavior::Immediate)?;
    let restored = undo_in(&tx, actor, batch_id, "customer.undo_delete", fault)?;
    tx.commit()?;
    Ok(restored)
}

/// The undo inside `tx`, audited as `action` (an undo, or a delete the server rejected).
pub fn undo_in(
    tx: &Connection,
    actor: &Actor,
    batch_id: Uuid,
    action: &str,
    fault: &mut dyn FnMut(&'static str) -> Result<(), CoreError>,
) -> Result<(Uuid, String), CoreError> {
    let b = batch_id.to_string();
    let (customer_id, undone): (String, bool) = tx
        .query_row("SELECT customer_id, undone_at IS NOT NULL FROM delete_batches WHERE id = ?1", params![b], |r| {
            Ok((r.get(0)?, r.get(1)?))
        })
        .optional()?
        .ok_or(CoreError::NotFound("delete"))?;
    if undone {
        return Err(CoreError::UndoExpired);
    }
    // U5: a released plate now current on another vehicle stops the whole undo.
    let taken: Option<String> = tx
        .query_row(
            "SELECT r.plate FROM registrations r WHERE r.ended_by_batch_id = ?1
                AND EXISTS (SELECT 1 FROM registrations o WHERE o.plate = r.plate AND o.valid_to IS NULL)
              ORDER BY r.plate LIMIT 1",
            params![b],
            |r| r.get(0),
        )
        .optional()?;
    if let Some(plate) = taken {
        return Err(CoreError::PlateTaken { plate });
    }
    fault("vehicles")?;
    tx.execute(
        "UPDATE vehicles SET deleted_at = NULL, deleted_by = NULL, delete_batch_id = NULL, updated_at = ?2
          WHERE delete_batch_id = ?1",
        params![b, actor.now],
    )?;
    fault("registrations")?;
    tx.execute(
        "UPDATE registrations SET valid_to = NULL, ended_by_batch_id = NULL WHERE ended_by_batch_id = ?1",
        params![b],
    )?;
    fault("conversations")?;
    tx.execute(
        "UPDATE conversations SET status = status_before_delete, status_before_delete = NULL, delete_batch_id = NULL,
                updated_at = ?2
          WHERE delete_batch_id = ?1",
        params![b, actor.now],
    )?;
    fault("customer")?;
    tx.execute(
        "UPDATE customers SET deleted_at = NULL, deleted_by = NULL, delete_batch_id = NULL, updated_at = ?2
          WHERE delete_batch_id = ?1",
        params![b, actor.now],
    )?;
    fault("batch")?;
    tx.execute("UPDATE delete_batches SET undone_at = ?2 WHERE id = ?1", params![b, actor.now])?;
    let customer = Uuid::parse_str(&customer_id).map_err(|_| CoreError::NotFound("customer"))?;
    fault("search")?;
    reindex_customer(tx, customer)?;
    fault("audit")?;
    actor.record(tx, action, "customer", customer, Some(batch_id), json!({}))?;
    // The delete, still held in the outbox, never leaves the desk.
    crate::sync::outbox::drop_batch(tx, batch_id)?;
    let name: String = tx.query_row("SELECT name FROM customers WHERE id = ?1", params![customer_id], |r| r.get(0))?;
    Ok((customer, name))
}

fn column(conn: &Connection, sql: &str, arg: &str) -> Result<Vec<String>, CoreError> {
    let mut stmt = conn.prepare(sql)?;
    let rows = stmt.query_map(params![arg], |r| r.get(0))?;
    Ok(rows.collect::<Result<_, _>>()?)
}
