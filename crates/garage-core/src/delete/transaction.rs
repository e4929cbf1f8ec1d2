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
/// The steps of an undo; a restore after the window has the same ([`put_back_in`]).
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
        let mut stmt =
            tx.prepare("SELECT id, status FROM open_or_snoozed_conversations WHERE customer_id = ?1 ORDER BY id")?;
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
          WHERE id IN (SELECT id FROM open_or_snoozed_conversations WHERE customer_id = ?1)",
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
    let (customer, name, _) = undo_in(&tx, actor, batch_id, "customer.undo_delete", fault)?;
    tx.commit()?;
    Ok((customer, name))
}

/// The undo inside `tx`, audited as `action`: the customer, their name and what was put back.
pub fn undo_in(
    tx: &Connection,
    actor: &Actor,
    batch_id: Uuid,
    action: &str,
    fault: &mut dyn FnMut(&'static str) -> Result<(), CoreError>,
) -> Result<(Uuid, String, PutBack), CoreError> {
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
    let customer = Uuid::parse_str(&customer_id).map_err(|_| CoreError::NotFound("customer"))?;
    let put_back = put_back_in(tx, actor, batch_id, customer, fault)?;
    fault("audit")?;
    actor.record(tx, action, "customer", customer, Some(batch_id), json!({}))?;
    let name: String = tx.query_row("SELECT name FROM customers WHERE id = ?1", params![customer_id], |r| r.get(0))?;
    Ok((customer, name, put_back))
}

/// D13 (issue 12): records on the server a delete its desk undid before sending it, as an undone
/// batch, so the rate limit counts it there too. Its times are the server's own: a desk cannot
/// date it back out of the hour.
pub fn record_undone_in(tx: &Connection, actor: &Actor, customer_id: Uuid, batch_id: Uuid) -> Result<(), CoreError> {
    tx.execute(
        "INSERT INTO delete_batches (id, customer_id, deleted_by, device_id, committed_at, undone_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?5) ON CONFLICT (id) DO NOTHING",
        params![
            batch_id.to_string(),
            customer_id.to_string(),
            actor.staff_id.to_string(),
            actor.device_id.to_string(),
            actor.now
        ],
    )?;
    // The same entry (same id) as the desk's own record of the undo.
    actor.record(tx, "customer.undo_delete", "customer", customer_id, Some(batch_id), json!({}))?;
    Ok(())
}

/// What [`put_back_in`] put back, by id.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PutBack {
    pub vehicles: Vec<Uuid>,
    pub registrations: Vec<Uuid>,
    pub conversations: Vec<Uuid>,
}

/// The vehicles of `?2` that batch `?1` deleted and that still belong to that customer.
const BATCH_VEHICLES: &str = "SELECT id FROM vehicles WHERE delete_batch_id = ?1 AND customer_id = ?2";

/// U2, U5 (undo) and R2, R3 (restore after the window): puts back what batch `batch_id` changed
/// for `customer_id`, found by the batch id: the customer, its vehicles the batch deleted that are
/// still its own, the registrations the batch ended on them, and the conversations the batch
/// closed (to their previous status). When one of those plates is current on another vehicle
/// now, fails whole with [`CoreError::PlateTaken`] before writing anything. Marks the batch undone
/// and reindexes the customer for search; the caller writes the audit entry.
pub fn put_back_in(
    tx: &Connection,
    actor: &Actor,
    batch_id: Uuid,
    customer_id: Uuid,
    fault: &mut dyn FnMut(&'static str) -> Result<(), CoreError>,
) -> Result<PutBack, CoreError> {
    let (b, c) = (batch_id.to_string(), customer_id.to_string());
    let registrations_sql = format!(
        "SELECT r.id, r.plate FROM registrations r WHERE r.ended_by_batch_id = ?1 AND r.vehicle_id IN ({BATCH_VEHICLES})
          ORDER BY r.plate"
    );
    let registrations: Vec<(String, String)> = {
        let mut stmt = tx.prepare_cached(&registrations_sql)?;
        let rows = stmt.query_map(params![b, c], |r| Ok((r.get(0)?, r.get(1)?)))?;
        rows.collect::<Result<_, _>>()?
    };
    // U5, R3: a released plate now current on another vehicle stops the whole put-back.
    for (_, plate) in &registrations {
        let taken: bool = tx
            .prepare_cached("SELECT EXISTS (SELECT 1 FROM registrations WHERE plate = ?1 AND valid_to IS NULL)")?
            .query_row([plate], |r| r.get(0))?;
        if taken {
            return Err(CoreError::PlateTaken { plate: plate.clone() });
        }
    }
    let vehicles = ids(tx, &format!("{BATCH_VEHICLES} ORDER BY id"), &b, &c)?;
    let conversations =
        ids(tx, "SELECT id FROM conversations WHERE delete_batch_id = ?1 AND customer_id = ?2 ORDER BY id", &b, &c)?;
    // Each put-back reads `?1` the batch, `?2` the customer and `?3` now.
    let put_back = |sql: &str| tx.execute(sql, params![b, c, actor.now]);
    fault("vehicles")?;
    put_back(
        "UPDATE vehicles SET deleted_at = NULL, deleted_by = NULL, delete_batch_id = NULL, updated_at = ?3
          WHERE delete_batch_id = ?1 AND customer_id = ?2",
    )?;
    fault("registrations")?;
    let mut reopen =
        tx.prepare_cached("UPDATE registrations SET valid_to = NULL, ended_by_batch_id = NULL WHERE id = ?1")?;
    for (id, _) in &registrations {
        reopen.execute([id])?;
    }
    fault("conversations")?;
    put_back(
        "UPDATE conversations SET status = status_before_delete, status_before_delete = NULL, delete_batch_id = NULL,
                updated_at = ?3
          WHERE delete_batch_id = ?1 AND customer_id = ?2",
    )?;
    fault("customer")?;
    put_back(
        "UPDATE customers SET deleted_at = NULL, deleted_by = NULL, delete_batch_id = NULL, updated_at = ?3
          WHERE id = ?2 AND delete_batch_id = ?1",
    )?;
    fault("batch")?;
    tx.execute("UPDATE delete_batches SET undone_at = ?2 WHERE id = ?1", params![b, actor.now])?;
    fault("search")?;
    reindex_customer(tx, customer_id)?;
    let parse = |ids: Vec<String>| ids.iter().filter_map(|id| Uuid::parse_str(id).ok()).collect();
    Ok(PutBack {
        vehicles: parse(vehicles),
        registrations: parse(registrations.into_iter().map(|(id, _)| id).collect()),
        conversations: parse(conversations),
    })
}

fn ids(conn: &Connection, sql: &str, batch: &str, customer: &str) -> Result<Vec<String>, CoreError> {
    let mut stmt = conn.prepare_cached(sql)?;
    let rows = stmt.query_map(params![batch, customer], |r| r.get(0))?;
    Ok(rows.collect::<Result<_, _>>()?)
}

fn column(conn: &Connection, sql: &str, arg: &str) -> Result<Vec<String>, CoreError> {
    let mut stmt = conn.prepare(sql)?;
    let rows = stmt.query_map(params![arg], |r| r.get(0))?;
    Ok(rows.collect::<Result<_, _>>()?)
}
