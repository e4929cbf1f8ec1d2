//! Reading invoices: a customer's for their page, the list (D4), one by id, and the unpaid ones
//! that block a delete.

use rusqlite::{params, Connection};
use uuid::Uuid;

use super::types::*;
use crate::db::{text_enum, uuid_at};
use crate::error::CoreError;
use crate::resolve::{ListFilter, ListQuery};

/// An invoice's own columns (`i`), as [`page_row`] reads them.
const COLUMNS: &str = "i.id, i.number, i.status, i.issued_at, i.total_pence, i.outstanding_pence, i.billed_name";

fn page_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<Invoice> {
    let status: InvoiceStatus = text_enum(r, 2)?;
    let outstanding_pence: i64 = r.get(5)?;
    Ok(Invoice {
        id: uuid_at(r, 0)?,
        number: r.get(1)?,
        status,
        issued_at: r.get(3)?,
        total_pence: r.get(4)?,
        outstanding_pence,
        billed_name: r.get(6)?,
        unpaid: status.is_unpaid(outstanding_pence),
    })
}

/// The list (D4), of `invoices` or of the view `unpaid_invoices`, and the customer page's.
pub(crate) const LIST: ListQuery<Invoice, InvoiceListRow> = ListQuery {
    table: "invoices",
    blocking: "unpaid_invoices",
    alias: "i",
    columns: COLUMNS,
    joins: "",
    customer_name: "coalesce(i.billed_name, c.name)",
    order_by: "i.issued_at IS NULL DESC, i.issued_at DESC, i.number DESC",
    item: page_row,
    row: |invoice, customer| InvoiceListRow { invoice, customer },
    what: "invoice",
};

/// A customer's invoices, for the customer page.
pub fn for_customer(conn: &Connection, customer_id: Uuid) -> Result<Vec<Invoice>, CoreError> {
    LIST.for_customer(conn, customer_id)
}

pub fn list_invoices(conn: &Connection, filter: &ListFilter) -> Result<Vec<InvoiceListRow>, CoreError> {
    LIST.list(conn, filter)
}

pub fn invoice(conn: &Connection, id: Uuid) -> Result<InvoiceListRow, CoreError> {
    LIST.one(conn, id)
}

/// How many unpaid invoices a customer (`?1`) has, and what they still owe on them. The partial
/// index of unpaid invoices by customer (migration 0006) answers it through the view.
pub(crate) const UNPAID_SQL: &str =
    "SELECT count(*), coalesce(sum(outstanding_pence), 0) FROM unpaid_invoices WHERE customer_id = ?1";

/// A customer's unpaid invoices, which block their delete: how many, and the pence outstanding.
pub(crate) fn unpaid_for_customer(conn: &Connection, customer_id: Uuid) -> Result<(u32, i64), CoreError> {
    Ok(conn.prepare_cached(UNPAID_SQL)?.query_row(params![customer_id.to_string()], |r| Ok((r.get(0)?, r.get(1)?)))?)
}
