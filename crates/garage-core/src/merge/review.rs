//! M1–M5: the records a merge would combine, read from the database: their values, history and
//! plates, the survivor with most history, and what the merge does with what both hold.

use std::collections::HashSet;

use rusqlite::{params, Connection, OptionalExtension};
use uuid::Uuid;

use super::types::*;
use crate::customers::ContactDetails;
use crate::error::CoreError;
use crate::i18n::{Locale, Messages};
use crate::plates;

/// A merge combines at least two and at most five records (M1).
pub const MIN_RECORDS: usize = 2;
pub const MAX_RECORDS: usize = 5;

/// The records, each live (not deleted, not merged away), 2–5 distinct ids, in the order given.
pub fn load_records(conn: &Connection, ids: &[Uuid]) -> Result<Vec<MergeRecord>, CoreError> {
    let distinct: HashSet<&Uuid> = ids.iter().collect();
    if distinct.len() != ids.len() {
        return Err(CoreError::InvalidInput("a customer is listed twice"));
    }
    if !(MIN_RECORDS..=MAX_RECORDS).contains(&ids.len()) {
        return Err(CoreError::MergeCount);
    }
    ids.iter().map(|id| load_record(conn, *id)).collect()
}

fn load_record(conn: &Connection, id: Uuid) -> Result<MergeRecord, CoreError> {
    let c = id.to_string();
    let row = conn
        .prepare_cached(&format!(
            "SELECT created_at, deleted_at IS NOT NULL, merged_into_id IS NOT NULL, {}
               FROM customers WHERE id = ?1",
            ContactDetails::COLUMNS
        ))?
        .query_row(params![c], |r| {
            Ok((ContactDetails::at(r, 3)?, r.get::<_, String>(0)?, r.get::<_, bool>(1)?, r.get::<_, bool>(2)?))
        })
        .optional()?
        .ok_or(CoreError::NotFound("customer"))?;
    let (values, created_at, deleted, merged) = row;
    if deleted {
        return Err(CoreError::AlreadyDeleted);
    }
    if merged {
        return Err(CoreError::AlreadyMerged);
    }
    let plates: Vec<String> = conn
        .prepare_cached(
            "SELECT r.plate FROM vehicles v JOIN registrations r ON r.vehicle_id = v.id AND r.valid_to IS NULL
              WHERE v.customer_id = ?1 AND v.deleted_at IS NULL ORDER BY r.plate",
        )?
        .query_map(params![c], |r| r.get::<_, String>(0))?
        .map(|p| p.map(|p| plates::format(&p)))
        .collect::<Result<_, _>>()?;
    Ok(MergeRecord { id, values, created_at, history: history(conn, id)?, plates })
}

/// What one customer holds on file (vehicles not deleted).
pub fn history(conn: &Connection, id: Uuid) -> Result<HistoryCounts, CoreError> {
    Ok(conn
        .prepare_cached(
            "SELECT (SELECT count(*) FROM vehicles WHERE customer_id = ?1 AND deleted_at IS NULL),
                (SELECT count(*) FROM work_orders WHERE customer_id = ?1),
                (SELECT count(*) FROM invoices WHERE customer_id = ?1),
                (SELECT count(*) FROM conversations WHERE customer_id = ?1),
                (SELECT count(*) FROM consent_events WHERE customer_id = ?1)",
        )?
        .query_row(params![id.to_string()], |r| {
            Ok(HistoryCounts {
                vehicles: r.get(0)?,
                work_orders: r.get(1)?,
                invoices: r.get(2)?,
                conversations: r.get(3)?,
                consent_events: r.get(4)?,
            })
        })?)
}

/// M2: the record with most history; when tied, the oldest.
pub fn survivor_of(records: &[MergeRecord]) -> Uuid {
    records
        .iter()
        .max_by(|a, b| a.history.total().cmp(&b.history.total()).then_with(|| b.created_at.cmp(&a.created_at)))
        .map(|r| r.id)
        .unwrap_or_default()
}

/// The review of `ids` (M1–M5), worded in `locale`.
pub fn review(conn: &Connection, ids: &[Uuid], messages: &Messages, locale: Locale) -> Result<MergeReview, CoreError> {
    let records = load_records(conn, ids)?;
    let survivor_id = survivor_of(&records);
    let survivor = records.iter().find(|r| r.id == survivor_id).expect("the survivor is one of the records");
    let fields = MergeField::ALL
        .iter()
        .map(|&field| {
            let first = survivor.values.get(field);
            let agree = records.iter().all(|r| r.values.get(field) == first);
            let preselected_from = if first.is_some() {
                survivor_id
            } else {
                records.iter().find(|r| r.values.get(field).is_some()).map(|r| r.id).unwrap_or(survivor_id)
            };
            FieldReview { field, agree, preselected_from }
        })
        .collect();
    let mut notes = Vec::new();
    let plated: Vec<&MergeRecord> = records.iter().filter(|r| !r.plates.is_empty()).collect();
    if plated.len() > 1 {
        let mut all: Vec<String> = plated.iter().flat_map(|r| r.plates.iter().cloned()).collect();
        all.sort();
        notes.push(messages.format(locale, "merge-note-plates-kept", &[("plates", all.join(", ").into())]));
    }
    let open = open_conversations(conn, ids)?;
    if open > 1 {
        notes.push(messages.format(locale, "merge-note-conversations-stay", &[("count", i64::from(open).into())]));
    }
    let moved = records.iter().filter(|r| r.id != survivor_id).fold(HistoryCounts::default(), |a, r| HistoryCounts {
        vehicles: a.vehicles + r.history.vehicles,
        work_orders: a.work_orders + r.history.work_orders,
        invoices: a.invoices + r.history.invoices,
        conversations: a.conversations + r.history.conversations,
        consent_events: a.consent_events + r.history.consent_events,
    });
    let impact = messages.format(
        locale,
        "merge-impact",
        &[
            ("others", i64::try_from(records.len() - 1).unwrap_or(0).into()),
            ("vehicles", i64::from(moved.vehicles).into()),
            ("workOrders", i64::from(moved.work_orders).into()),
            ("invoices", i64::from(moved.invoices).into()),
        ],
    );
    Ok(MergeReview { records, fields, survivor_id, notes, impact, token: super::token(locale).to_owned() })
}

fn open_conversations(conn: &Connection, ids: &[Uuid]) -> Result<u32, CoreError> {
    let mut total = 0;
    for id in ids {
        total += crate::conversations::open_count(conn, *id)?;
    }
    Ok(total)
}
