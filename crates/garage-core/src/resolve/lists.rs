//! The work-order, invoice and conversation lists, for one customer or the whole garage.

use rusqlite::{params, Connection, OptionalExtension};
use uuid::Uuid;

use super::types::*;
use crate::db::{text_enum, uuid_at};
use crate::delete::ACTIVE_WORK_ORDER_SQL;
use crate::error::CoreError;
use crate::plates;

/// The garage-wide lists show the newest rows up to this many.
pub const LIST_LIMIT: u32 = 200;

fn customer_clause(filter: &ListFilter, alias: &str) -> String {
    match filter.customer_id {
        Some(_) => format!("{alias}.customer_id = ?1"),
        None => "?1 IS NULL".to_owned(),
    }
}

const WORK_ORDER_SELECT: &str = "SELECT w.id, w.number, w.customer_id,
        coalesce((SELECT i.billed_name FROM invoices i WHERE i.work_order_id = w.id AND i.billed_name IS NOT NULL
                   ORDER BY i.issued_at LIMIT 1), c.name),
        c.deleted_at IS NOT NULL, w.description, w.status, v.make || ' ' || v.model,
        (SELECT plate FROM registrations r WHERE r.vehicle_id = w.vehicle_id
          ORDER BY r.valid_to IS NULL DESC, r.valid_to DESC LIMIT 1),
        w.created_at
   FROM work_orders w JOIN customers c ON c.id = w.customer_id LEFT JOIN vehicles v ON v.id = w.vehicle_id";

fn work_order_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<WorkOrderListRow> {
    let status: crate::customers::WorkOrderStatus = text_enum(r, 6)?;
    let plate: Option<String> = r.get(8)?;
    Ok(WorkOrderListRow {
        id: uuid_at(r, 0)?,
        number: r.get(1)?,
        customer_id: uuid_at(r, 2)?,
        customer_name: r.get(3)?,
        customer_deleted: r.get(4)?,
        description: r.get(5)?,
        status,
        active: status.is_active(),
        vehicle_label: r.get(7)?,
        vehicle_plate: plate.as_deref().map(plates::format),
        created_at: r.get(9)?,
    })
}

pub fn list_work_orders(conn: &Connection, filter: &ListFilter) -> Result<Vec<WorkOrderListRow>, CoreError> {
    let open = if filter.only_open { format!("AND w.status IN {ACTIVE_WORK_ORDER_SQL}") } else { String::new() };
    let sql = format!(
        "{WORK_ORDER_SELECT} WHERE {} {open} ORDER BY w.created_at DESC, w.number DESC LIMIT {LIST_LIMIT}",
        customer_clause(filter, "w")
    );
    let mut stmt = conn.prepare_cached(&sql)?;
    let rows = stmt.query_map(params![filter.customer_id.map(|c| c.to_string())], work_order_row)?;
    Ok(rows.collect::<Result<_, _>>()?)
}

pub fn work_order(conn: &Connection, id: Uuid) -> Result<WorkOrderListRow, CoreError> {
    conn.query_row(&format!("{WORK_ORDER_SELECT} WHERE w.id = ?1"), params![id.to_string()], work_order_row)
        .optional()?
        .ok_or(CoreError::NotFound("work order"))
}

const INVOICE_SELECT: &str = "SELECT i.id, i.number, i.customer_id, coalesce(i.billed_name, c.name),
        c.deleted_at IS NOT NULL, i.status, i.issued_at, i.total_pence, i.outstanding_pence
   FROM invoices i JOIN customers c ON c.id = i.customer_id";

fn invoice_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<InvoiceListRow> {
    let status: crate::customers::InvoiceStatus = text_enum(r, 5)?;
    let outstanding_pence: i64 = r.get(8)?;
    Ok(InvoiceListRow {
        id: uuid_at(r, 0)?,
        number: r.get(1)?,
        customer_id: uuid_at(r, 2)?,
        customer_name: r.get(3)?,
        customer_deleted: r.get(4)?,
        status,
        issued_at: r.get(6)?,
        total_pence: r.get(7)?,
        outstanding_pence,
        unpaid: status == crate::customers::InvoiceStatus::Issued && outstanding_pence > 0,
    })
}

pub fn list_invoices(conn: &Connection, filter: &ListFilter) -> Result<Vec<InvoiceListRow>, CoreError> {
    let open = if filter.only_open { "AND i.status = 'issued' AND i.outstanding_pence > 0" } else { "" };
    let sql = format!(
        "{INVOICE_SELECT} WHERE {} {open} ORDER BY i.issued_at IS NULL DESC, i.issued_at DESC, i.number DESC
         LIMIT {LIST_LIMIT}",
        customer_clause(filter, "i")
    );
    let mut stmt = conn.prepare_cached(&sql)?;
    let rows = stmt.query_map(params![filter.customer_id.map(|c| c.to_string())], invoice_row)?;
    Ok(rows.collect::<Result<_, _>>()?)
}

pub fn invoice(conn: &Connection, id: Uuid) -> Result<InvoiceListRow, CoreError> {
    conn.query_row(&format!("{INVOICE_SELECT} WHERE i.id = ?1"), params![id.to_string()], invoice_row)
        .optional()?
        .ok_or(CoreError::NotFound("invoice"))
}

const CONVERSATION_SELECT: &str = "SELECT v.id, v.customer_id, c.name, c.deleted_at IS NOT NULL, v.channel,
        v.subject, v.last_message, v.status, v.last_message_at
   FROM conversations v JOIN customers c ON c.id = v.customer_id";

fn conversation_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<ConversationListRow> {
    Ok(ConversationListRow {
        id: uuid_at(r, 0)?,
        customer_id: uuid_at(r, 1)?,
        customer_name: r.get(2)?,
        customer_deleted: r.get(3)?,
        channel: text_enum(r, 4)?,
        subject: r.get(5)?,
        last_message: r.get(6)?,
        status: text_enum(r, 7)?,
        last_message_at: r.get(8)?,
    })
}

pub fn list_conversations(conn: &Connection, filter: &ListFilter) -> Result<Vec<ConversationListRow>, CoreError> {
    let open = if filter.only_open { "AND v.status = 'open'" } else { "" };
    let sql = format!(
        "{CONVERSATION_SELECT} WHERE {} {open} ORDER BY v.last_message_at DESC LIMIT {LIST_LIMIT}",
        customer_clause(filter, "v")
    );
    let mut stmt = conn.prepare_cached(&sql)?;
    let rows = stmt.query_map(params![filter.customer_id.map(|c| c.to_string())], conversation_row)?;
    Ok(rows.collect::<Result<_, _>>()?)
}

pub fn conversation(conn: &Connection, id: Uuid) -> Result<ConversationListRow, CoreError> {
    conn.query_row(&format!("{CONVERSATION_SELECT} WHERE v.id = ?1"), params![id.to_string()], conversation_row)
        .optional()?
        .ok_or(CoreError::NotFound("conversation"))
}
