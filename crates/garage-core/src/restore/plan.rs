//! R2–R4, R8: what a restore of a deleted customer would put back, read from the database inside
//! the caller's transaction, so the restore re-runs exactly what the dialog showed.
//!
//! The delete's batch id finds the rows it changed (as undo does); the delete's audit entry
//! lists what it changed at the time (U6), and whatever on that list no longer carries the batch
//! is reported as left out, as are the batch's vehicles and conversations that are another
//! customer's now.

use std::collections::BTreeSet;

use rusqlite::{params, Connection, OptionalExtension};
use uuid::Uuid;

use super::types::{LeftOut, LeftOutKind, RestoreCheck, RestoreState};
use crate::error::CoreError;
use crate::i18n::{Locale, Messages};
use crate::plates;

/// What the restore of one customer's current delete would do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Plan {
    pub customer_name: String,
    pub batch_id: Uuid,
    pub deleted_at: String,
    pub vehicles: u32,
    /// Normalised plates that come back.
    pub plates: Vec<String>,
    pub conversations: u32,
    /// What stays as it is: the kind, and the vehicle, plate or conversation it is about.
    pub left_out: Vec<(LeftOutKind, String)>,
    /// R3: the first plate to come back that is current on another vehicle now.
    pub taken_plate: Option<String>,
}

pub fn plan(conn: &Connection, customer_id: Uuid) -> Result<Plan, CoreError> {
    let c = customer_id.to_string();
    let (customer_name, deleted_at, batch): (String, Option<String>, Option<String>) = conn
        .query_row("SELECT name, deleted_at, delete_batch_id FROM customers WHERE id = ?1", [&c], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?))
        })
        .optional()?
        .ok_or(CoreError::NotFound("customer"))?;
    let Some(deleted_at) = deleted_at else { return Err(CoreError::NotDeleted) };
    let batch = batch.ok_or(CoreError::NotFound("delete"))?;
    let undone: Option<bool> = conn
        .query_row("SELECT undone_at IS NOT NULL FROM delete_batches WHERE id = ?1", [&batch], |r| r.get(0))
        .optional()?;
    match undone {
        None => return Err(CoreError::NotFound("delete")),
        Some(true) => return Err(CoreError::NotDeleted),
        Some(false) => {}
    }
    let batch_id = Uuid::parse_str(&batch).map_err(|_| CoreError::NotFound("delete"))?;
    let b = batch.as_str();

    let count = |sql: &str| -> Result<u32, CoreError> { Ok(conn.query_row(sql, params![b, c], |r| r.get(0))?) };
    let vehicles = count("SELECT count(*) FROM vehicles WHERE delete_batch_id = ?1 AND customer_id = ?2")?;
    let conversations = count("SELECT count(*) FROM conversations WHERE delete_batch_id = ?1 AND customer_id = ?2")?;
    let plates: Vec<String> = strings(
        conn,
        "SELECT r.plate FROM registrations r JOIN vehicles v ON v.id = r.vehicle_id
          WHERE r.ended_by_batch_id = ?1 AND v.delete_batch_id = ?1 AND v.customer_id = ?2 ORDER BY r.plate",
        b,
        &c,
    )?;
    let mut taken_plate = None;
    for plate in &plates {
        let taken: bool = conn.query_row(
            "SELECT EXISTS (SELECT 1 FROM registrations WHERE plate = ?1 AND valid_to IS NULL)",
            [plate],
            |r| r.get(0),
        )?;
        if taken {
            taken_plate = Some(plate.clone());
            break;
        }
    }

    let mut left_out = Vec::new();
    for vehicle in
        strings(conn, "SELECT id FROM vehicles WHERE delete_batch_id = ?1 AND customer_id <> ?2 ORDER BY id", b, &c)?
    {
        left_out.push((LeftOutKind::VehicleMoved, vehicle_label(conn, &vehicle, b)?));
    }
    for subject in strings(
        conn,
        "SELECT subject FROM conversations WHERE delete_batch_id = ?1 AND customer_id <> ?2 ORDER BY id",
        b,
        &c,
    )? {
        left_out.push((LeftOutKind::ConversationChanged, subject));
    }
    left_out.extend(changed_since(conn, b)?);

    Ok(Plan { customer_name, batch_id, deleted_at, vehicles, plates, conversations, left_out, taken_plate })
}

/// What the delete's audit entry lists that no longer carries its batch (R4). A delete with no
/// audit entry here, or an older entry without some of the lists, has nothing to compare.
fn changed_since(conn: &Connection, batch: &str) -> Result<Vec<(LeftOutKind, String)>, CoreError> {
    let details: Option<String> = conn
        .query_row(
            "SELECT details FROM audit_entries WHERE batch_id = ?1 AND action = 'customer.delete'
              ORDER BY occurred_at DESC LIMIT 1",
            [batch],
            |r| r.get(0),
        )
        .optional()?;
    let Some(details) = details else { return Ok(Vec::new()) };
    let details: serde_json::Value = serde_json::from_str(&details).unwrap_or_default();
    let listed = |list: &str, field: Option<&str>| -> Vec<String> {
        details[list]
            .as_array()
            .map(|items| {
                items
                    .iter()
                    .filter_map(|item| match field {
                        Some(field) => item[field].as_str(),
                        None => item.as_str(),
                    })
                    .map(str::to_owned)
                    .collect()
            })
            .unwrap_or_default()
    };
    let mut out = Vec::new();
    let mut changed_vehicles = BTreeSet::new();
    for vehicle in listed("vehicles", None) {
        let tag: Option<Option<String>> = conn
            .query_row("SELECT delete_batch_id FROM vehicles WHERE id = ?1", [&vehicle], |r| r.get(0))
            .optional()?;
        if matches!(tag, Some(ref t) if t.as_deref() != Some(batch)) {
            out.push((LeftOutKind::VehicleChanged, vehicle_label(conn, &vehicle, batch)?));
            changed_vehicles.insert(vehicle);
        }
    }
    for registration in listed("registrations", Some("id")) {
        let row: Option<(String, String, Option<String>)> = conn
            .query_row(
                "SELECT vehicle_id, plate, ended_by_batch_id FROM registrations WHERE id = ?1",
                [&registration],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
            )
            .optional()?;
        if let Some((vehicle, plate, tag)) = row {
            if tag.as_deref() != Some(batch) && !changed_vehicles.contains(&vehicle) {
                out.push((LeftOutKind::PlateChanged, plate));
            }
        }
    }
    for conversation in listed("conversations", Some("id")) {
        let row: Option<(String, Option<String>)> = conn
            .query_row("SELECT subject, delete_batch_id FROM conversations WHERE id = ?1", [&conversation], |r| {
                Ok((r.get(0)?, r.get(1)?))
            })
            .optional()?;
        if let Some((subject, tag)) = row {
            if tag.as_deref() != Some(batch) {
                out.push((LeftOutKind::ConversationChanged, subject));
            }
        }
    }
    Ok(out)
}

/// "Ford Focus (AB12 CDE)": the plate the delete released, else the vehicle's newest one.
fn vehicle_label(conn: &Connection, vehicle: &str, batch: &str) -> Result<String, CoreError> {
    let (make, model): (String, String) =
        conn.query_row("SELECT make, model FROM vehicles WHERE id = ?1", [vehicle], |r| Ok((r.get(0)?, r.get(1)?)))?;
    let plate: Option<String> = conn
        .query_row(
            "SELECT plate FROM registrations WHERE vehicle_id = ?1
              ORDER BY ended_by_batch_id IS ?2 DESC, valid_from DESC LIMIT 1",
            params![vehicle, batch],
            |r| r.get(0),
        )
        .optional()?;
    Ok(match plate {
        Some(plate) => format!("{make} {model} ({})", plates::format(&plate)),
        None => format!("{make} {model}"),
    })
}

fn strings(conn: &Connection, sql: &str, batch: &str, customer: &str) -> Result<Vec<String>, CoreError> {
    let mut stmt = conn.prepare_cached(sql)?;
    let rows = stmt.query_map(params![batch, customer], |r| r.get(0))?;
    Ok(rows.collect::<Result<_, _>>()?)
}

/// Each left-out line in the user's language.
pub fn word_left_out(left_out: &[(LeftOutKind, String)], messages: &Messages, locale: Locale) -> Vec<LeftOut> {
    left_out
        .iter()
        .map(|(kind, what)| {
            let (id, arg) = match kind {
                LeftOutKind::VehicleMoved => ("restore-left-out-vehicle-moved", "vehicle"),
                LeftOutKind::VehicleChanged => ("restore-left-out-vehicle-changed", "vehicle"),
                LeftOutKind::PlateChanged => ("restore-left-out-plate-changed", "plate"),
                LeftOutKind::ConversationChanged => ("restore-left-out-conversation-changed", "subject"),
            };
            let what = if *kind == LeftOutKind::PlateChanged { plates::format(what) } else { what.clone() };
            LeftOut { kind: *kind, text: messages.format(locale, id, &[(arg, what.into())]) }
        })
        .collect()
}

impl Plan {
    /// The dialog's view of this plan, worded for `locale`.
    pub fn to_check(&self, customer_id: Uuid, messages: &Messages, locale: Locale) -> RestoreCheck {
        let (state, impact) = match &self.taken_plate {
            Some(plate) => (
                RestoreState::PlateTaken,
                messages.format(locale, "restore-blocked-plate", &[("plate", plates::format(plate).into())]),
            ),
            None => (
                RestoreState::Confirm,
                messages.format(
                    locale,
                    "restore-impact",
                    &[
                        ("vehicles", i64::from(self.vehicles).into()),
                        ("conversations", i64::from(self.conversations).into()),
                    ],
                ),
            ),
        };
        RestoreCheck {
            customer_id,
            customer_name: self.customer_name.clone(),
            batch_id: self.batch_id,
            deleted_at: self.deleted_at.clone(),
            state,
            vehicles: self.vehicles,
            plates: self.plates.iter().map(|p| plates::format(p)).collect(),
            conversations: self.conversations,
            impact,
            left_out: word_left_out(&self.left_out, messages, locale),
        }
    }
}
