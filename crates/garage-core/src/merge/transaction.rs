//! M3–M7: the merge, one transaction inside the caller's (beside the outbox on a desk, the
//! mutation log on the server), and its undo (M7), which also reverts a merge the central server
//! refused (M10). The merge's audit entry holds everything the undo needs, so support can reverse
//! a merge by hand from it after the window.

use rusqlite::{params, Connection, OptionalExtension};
use serde::{Deserialize, Serialize};
use serde_json::json;
use uuid::Uuid;

use super::review::load_records;
use super::types::{MergeField, MergeRecord};
use crate::audit::Actor;
use crate::customers::reindex_customer;
use crate::customers::ContactDetails;
use crate::error::CoreError;

/// The tables whose rows a merge moves to the survivor (payments follow their invoices), and
/// whether each has an `updated_at`.
pub const MOVED_TABLES: &[(&str, bool)] = &[
    ("vehicles", true),
    ("work_orders", true),
    ("invoices", true),
    ("conversations", true),
    ("consent_events", false),
];

/// One row the merge moved: from which customer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Moved {
    pub table: String,
    pub id: Uuid,
    pub from: Uuid,
}

/// What a merge did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Merged {
    pub batch_id: Uuid,
    pub survivor_id: Uuid,
    pub survivor_name: String,
    pub merged_ids: Vec<Uuid>,
    pub moved: Vec<Moved>,
}

/// What the audit entry of a merge holds (M6): enough to reverse it.
#[derive(Debug, Clone, Serialize, Deserialize)]
struct MergeAudit {
    survivor_id: Uuid,
    survivor_before: ContactDetails,
    survivor_after: ContactDetails,
    merged: Vec<MergeRecordAudit>,
    moved: Vec<Moved>,
    payments_moved_with_their_invoices: Vec<String>,
    undo: String,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
struct MergeRecordAudit {
    id: Uuid,
    values: ContactDetails,
}

/// M3, M8: every kept value is one some record holds now (so the desk and the server, replaying
/// the same merge against their own rows, keep the same values or refuse).
fn check_values(records: &[MergeRecord], values: &ContactDetails) -> Result<(), CoreError> {
    for field in MergeField::ALL {
        let wanted = values.get(field);
        if !records.iter().any(|r| r.values.get(field) == wanted) {
            return Err(CoreError::MergeChanged);
        }
    }
    Ok(())
}

/// Merges `merged_ids` into `survivor_id` inside `tx`, keeping `values`. The caller has checked
/// the permission and the token.
pub fn merge_in(
    tx: &Connection,
    actor: &Actor,
    survivor_id: Uuid,
    merged_ids: &[Uuid],
    values: &ContactDetails,
) -> Result<Merged, CoreError> {
    let mut ids = vec![survivor_id];
    ids.extend_from_slice(merged_ids);
    let records = load_records(tx, &ids)?;
    check_values(&records, values)?;
    let batch = actor.derived_id("merge_batch");
    let (b, s) = (batch.to_string(), survivor_id.to_string());
    tx.execute(
        "INSERT INTO merge_batches (id, survivor_id, merged_by, device_id, committed_at) VALUES (?1, ?2, ?3, ?4, ?5)",
        params![b, s, actor.staff_id.to_string(), actor.device_id.to_string(), actor.now],
    )?;
    let mut moved = Vec::new();
    for loser in merged_ids {
        let l = loser.to_string();
        for (table, _) in MOVED_TABLES {
            let mut stmt = tx.prepare_cached(&format!("SELECT id FROM {table} WHERE customer_id = ?1 ORDER BY id"))?;
            for id in stmt.query_map(params![l], |r| crate::db::uuid_at(r, 0))? {
                moved.push(Moved { table: (*table).to_owned(), id: id?, from: *loser });
            }
        }
    }
    let payments: Vec<String> = {
        let mut stmt = tx.prepare_cached(
            "SELECT p.id FROM payments p JOIN invoices i ON i.id = p.invoice_id WHERE i.customer_id = ?1 ORDER BY p.id",
        )?;
        let mut all = Vec::new();
        for loser in merged_ids {
            for id in stmt.query_map(params![loser.to_string()], |r| r.get::<_, String>(0))? {
                all.push(id?);
            }
        }
        all
    };
    for (table, has_updated_at) in MOVED_TABLES {
        let set = if *has_updated_at { "customer_id = ?1, updated_at = ?3" } else { "customer_id = ?1" };
        let mut stmt = tx.prepare_cached(&format!("UPDATE {table} SET {set} WHERE customer_id = ?2"))?;
        for loser in merged_ids {
            if *has_updated_at {
                stmt.execute(params![s, loser.to_string(), actor.now])?;
            } else {
                stmt.execute(params![s, loser.to_string()])?;
            }
        }
    }
    let survivor_before = records[0].values.clone();
    write_values(tx, survivor_id, values, &actor.now)?;
    for loser in merged_ids {
        tx.execute(
            "UPDATE customers SET merged_into_id = ?2, merge_batch_id = ?3, updated_at = ?4 WHERE id = ?1",
            params![loser.to_string(), s, b, actor.now],
        )?;
    }
    for id in &ids {
        reindex_customer(tx, *id)?;
    }
    let audit = MergeAudit {
        survivor_id,
        survivor_before,
        survivor_after: values.clone(),
        merged: records[1..].iter().map(|r| MergeRecordAudit { id: r.id, values: r.values.clone() }).collect(),
        moved: moved.clone(),
        payments_moved_with_their_invoices: payments,
        undo: "Undo by hand: set customer_id back to `from` on each moved row, put the survivor's fields back to \
               survivor_before, clear merged_into_id and merge_batch_id on each merged customer, and set \
               undone_at on the merge batch."
            .to_owned(),
    };
    let details = serde_json::to_value(&audit)?;
    actor.record(tx, "customer.merge", "customer", survivor_id, Some(batch), details)?;
    Ok(Merged {
        batch_id: batch,
        survivor_id,
        survivor_name: values.name.clone(),
        merged_ids: merged_ids.to_vec(),
        moved,
    })
}

fn write_values(tx: &Connection, id: Uuid, v: &ContactDetails, now: &str) -> Result<(), CoreError> {
    tx.execute(
        "UPDATE customers SET name = ?2, phone = ?3, email = ?4, address_line = ?5, town = ?6, postcode = ?7,
                updated_at = ?8
          WHERE id = ?1",
        params![id.to_string(), v.name, v.phone, v.email, v.address_line, v.town, v.postcode, now],
    )?;
    Ok(())
}

/// M7, M10: puts back exactly what merge `batch_id` changed, from its audit entry, audited as
/// `action` (an undo, or a merge the server refused). Returns the survivor and its name again.
pub fn undo_merge_in(
    tx: &Connection,
    actor: &Actor,
    batch_id: Uuid,
    action: &str,
) -> Result<(Uuid, String), CoreError> {
    let b = batch_id.to_string();
    let undone: bool = tx
        .query_row("SELECT undone_at IS NOT NULL FROM merge_batches WHERE id = ?1", params![b], |r| r.get(0))
        .optional()?
        .ok_or(CoreError::NotFound("merge"))?;
    if undone {
        return Err(CoreError::UndoExpired);
    }
    let details: String = tx
        .query_row(
            "SELECT details FROM audit_entries WHERE batch_id = ?1 AND action = 'customer.merge'",
            params![b],
            |r| r.get(0),
        )
        .optional()?
        .ok_or(CoreError::NotFound("merge"))?;
    let audit: MergeAudit = serde_json::from_str(&details)?;
    let s = audit.survivor_id.to_string();
    for m in &audit.moved {
        let Some((table, _)) = MOVED_TABLES.iter().find(|(t, _)| *t == m.table) else { continue };
        tx.prepare_cached(&format!("UPDATE {table} SET customer_id = ?2 WHERE id = ?1 AND customer_id = ?3"))?
            .execute(params![m.id.to_string(), m.from.to_string(), s])?;
    }
    write_values(tx, audit.survivor_id, &audit.survivor_before, &actor.now)?;
    tx.execute(
        "UPDATE customers SET merged_into_id = NULL, merge_batch_id = NULL, updated_at = ?2 WHERE merge_batch_id = ?1",
        params![b, actor.now],
    )?;
    tx.execute("UPDATE merge_batches SET undone_at = ?2 WHERE id = ?1", params![b, actor.now])?;
    reindex_customer(tx, audit.survivor_id)?;
    for m in &audit.merged {
        reindex_customer(tx, m.id)?;
    }
    actor.record(tx, action, "customer", audit.survivor_id, Some(batch_id), json!({}))?;
    Ok((audit.survivor_id, audit.survivor_before.name))
}
