//! The customer page: one customer with their vehicles, work orders, invoices, conversations and
//! consent history (the work orders, invoices and conversations read by their own modules).

use rusqlite::{params, Connection, OptionalExtension};
use uuid::Uuid;

use super::types::*;
use crate::db::{text_enum, uuid_at};
use crate::error::CoreError;
use crate::plates;

/// The customer page of `asked`; for a customer merged into another (M6), the page of the record
/// it became, saying which was asked for.
pub fn customer_detail(conn: &Connection, asked: Uuid) -> Result<CustomerDetail, CoreError> {
    let mut id = asked;
    // A merged-away record points to its survivor, which may itself have been merged since.
    for _ in 0..16 {
        let next: Option<String> = conn
            .prepare_cached("SELECT merged_into_id FROM customers WHERE id = ?1")?
            .query_row(params![id.to_string()], |r| r.get(0))
            .optional()?
            .flatten();
        match next.and_then(|n| Uuid::parse_str(&n).ok()) {
            Some(next) => id = next,
            None => break,
        }
    }
    let merged_from = (id != asked).then_some(asked);
    let customer = conn
        .query_row(
            &format!("SELECT id, created_at, deleted_at, {} FROM customers WHERE id = ?1", ContactDetails::COLUMNS),
            params![id.to_string()],
            |r| {
                Ok(Customer {
                    id: uuid_at(r, 0)?,
                    created_at: r.get(1)?,
                    deleted_at: r.get(2)?,
                    contact: ContactDetails::at(r, 3)?,
                })
            },
        )
        .optional()?
        .ok_or(CoreError::NotFound("customer"))?;
    Ok(CustomerDetail {
        vehicles: vehicles(conn, id, customer.deleted_at.is_some())?,
        work_orders: crate::work_orders::for_customer(conn, id)?,
        invoices: crate::invoices::for_customer(conn, id)?,
        conversations: crate::conversations::for_customer(conn, id)?,
        consent_events: consent_events(conn, id)?,
        customer,
        merged_from,
    })
}

/// Live vehicles, active first; a deleted customer's page (read-only) shows those its delete hid.
fn vehicles(conn: &Connection, customer_id: Uuid, customer_deleted: bool) -> Result<Vec<Vehicle>, CoreError> {
    let mut stmt = conn.prepare_cached(
        "SELECT v.id, v.make, v.model, v.colour, v.year, v.active,
                (SELECT plate FROM registrations WHERE vehicle_id = v.id AND valid_to IS NULL),
                (SELECT group_concat(plate, ' ') FROM
                    (SELECT plate FROM registrations WHERE vehicle_id = v.id AND valid_to IS NOT NULL
                      ORDER BY valid_to DESC))
           FROM vehicles v
          WHERE v.customer_id = ?1 AND (v.deleted_at IS NULL OR (?2 AND v.delete_batch_id IS NOT NULL))
          ORDER BY v.active DESC, v.created_at DESC",
    )?;
    let rows = stmt.query_map(params![customer_id.to_string(), customer_deleted], |r| {
        let plate: Option<String> = r.get(6)?;
        let previous: Option<String> = r.get(7)?;
        Ok(Vehicle {
            id: uuid_at(r, 0)?,
            make: r.get(1)?,
            model: r.get(2)?,
            colour: r.get(3)?,
            year: r.get(4)?,
            active: r.get(5)?,
            plate: plate.as_deref().map(plates::format),
            previous_plates: plates::format_list(previous.as_deref()),
        })
    })?;
    Ok(rows.collect::<Result<_, _>>()?)
}

fn consent_events(conn: &Connection, customer_id: Uuid) -> Result<Vec<ConsentEvent>, CoreError> {
    let mut stmt = conn.prepare_cached(
        "SELECT id, channel, kind, source, occurred_at
           FROM consent_events WHERE customer_id = ?1 ORDER BY occurred_at DESC",
    )?;
    let rows = stmt.query_map(params![customer_id.to_string()], |r| {
        Ok(ConsentEvent {
            id: uuid_at(r, 0)?,
            channel: text_enum(r, 1)?,
            kind: text_enum(r, 2)?,
            source: text_enum(r, 3)?,
            occurred_at: r.get(4)?,
        })
    })?;
    Ok(rows.collect::<Result<_, _>>()?)
}
