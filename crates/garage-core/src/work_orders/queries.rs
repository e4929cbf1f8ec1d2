//! Reading work orders: a customer's for their page, the list (D4), one by id, and the active
//! ones that block a delete.

use rusqlite::{params, Connection, OptionalExtension};
use uuid::Uuid;

use super::types::*;
use crate::db::{text_enum, uuid_at};
use crate::error::CoreError;
use crate::plates;
use crate::resolve::{ListFilter, ListQuery};

/// A work order's own columns (`w`, its vehicle `v`), as [`page_row`] reads them.
const COLUMNS: &str = "w.id, w.number, w.description, w.status, w.created_at, v.make || ' ' || v.model,
        (SELECT plate FROM registrations r WHERE r.vehicle_id = w.vehicle_id
          ORDER BY r.valid_to IS NULL DESC, r.valid_to DESC LIMIT 1)";

fn page_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<WorkOrder> {
    let status: WorkOrderStatus = text_enum(r, 3)?;
    let plate: Option<String> = r.get(6)?;
    Ok(WorkOrder {
        id: uuid_at(r, 0)?,
        number: r.get(1)?,
        description: r.get(2)?,
        status,
        active: status.is_active(),
        created_at: r.get(4)?,
        vehicle_label: r.get(5)?,
        vehicle_plate: plate.as_deref().map(plates::format),
    })
}

/// The list (D4), of `work_orders` or of the view `active_work_orders`, and the customer page's.
pub(crate) const LIST: ListQuery<WorkOrder, WorkOrderListRow> = ListQuery {
    table: "work_orders",
    blocking: "active_work_orders",
    alias: "w",
    columns: COLUMNS,
    joins: "LEFT JOIN vehicles v ON v.id = w.vehicle_id",
    // The name at issue: the first invoice's billed name, if any.
    customer_name:
        "coalesce((SELECT i.billed_name FROM invoices i WHERE i.work_order_id = w.id AND i.billed_name IS NOT NULL
                    ORDER BY i.issued_at LIMIT 1), c.name)",
    order_by: "w.created_at DESC, w.number DESC",
    item: page_row,
    row: |work_order, customer| WorkOrderListRow { work_order, customer },
    what: "work order",
};

/// A customer's work orders, for the customer page.
pub fn for_customer(conn: &Connection, customer_id: Uuid) -> Result<Vec<WorkOrder>, CoreError> {
    LIST.for_customer(conn, customer_id)
}

pub fn list_work_orders(conn: &Connection, filter: &ListFilter) -> Result<Vec<WorkOrderListRow>, CoreError> {
    LIST.list(conn, filter)
}

pub fn work_order(conn: &Connection, id: Uuid) -> Result<WorkOrderListRow, CoreError> {
    LIST.one(conn, id)
}

/// How many active work orders a customer (`?1`) has.
pub(crate) const ACTIVE_COUNT_SQL: &str = "SELECT count(*) FROM active_work_orders WHERE customer_id = ?1";

/// The plated vehicle of a customer (`?1`) holding the most active work orders, and how many.
pub(crate) const BUSIEST_PLATE_SQL: &str = "SELECT r.plate, count(*) AS n FROM active_work_orders w
   JOIN registrations r ON r.vehicle_id = w.vehicle_id AND r.valid_to IS NULL
  WHERE w.customer_id = ?1
  GROUP BY w.vehicle_id ORDER BY n DESC, r.plate LIMIT 1";

/// A customer's active work orders, which block their delete: how many, and the plated vehicle
/// holding the most of them with its count (the plate normalised).
pub(crate) fn active_for_customer(
    conn: &Connection,
    customer_id: Uuid,
) -> Result<(u32, Option<(String, u32)>), CoreError> {
    let id = customer_id.to_string();
    let count = conn.prepare_cached(ACTIVE_COUNT_SQL)?.query_row(params![id], |r| r.get(0))?;
    let busiest =
        conn.prepare_cached(BUSIEST_PLATE_SQL)?.query_row(params![id], |r| Ok((r.get(0)?, r.get(1)?))).optional()?;
    Ok((count, busiest))
}
