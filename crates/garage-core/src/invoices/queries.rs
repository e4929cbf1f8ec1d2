//! Reading invoices: a customer's for their page, the list (D4), one by id, and the unpaid ones
//! that block a delete.

use rusqlite::{params, Connection};
use uuid::Uuid;

use super::types::*;
use crate::db::{text_enum, uuid_at};
use crate::error::CoreError;
use crate::resolve::{ListCustomer, ListFilter, ListQuery};

/// An invoice's own columns (`i`), as [`page_row`] reads them.
const COLUMNS: &str = "i.id, i.number, i.status, i.issued_at, i.total_pence, i.outstanding_pence, i.billed_name";

/// How many columns [`COLUMNS`] has: the list's customer columns follow.
const COLUMN_COUNT: usize = 7;

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

/// A customer's invoices, drafts then newest issued first, for the customer page.
pub fn for_customer(conn: &Connection, customer_id: Uuid) -> Result<Vec<Invoice>, CoreError> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {COLUMNS} FROM invoices i
          WHERE i.customer_id = ?1 ORDER BY i.issued_at IS NULL DESC, i.issued_at DESC"
    ))?;
    let rows = stmt.query_map(params![customer_id.to_string()], page_row)?;
    Ok(rows.collect::<Result<_, _>>()?)
}

/// The list's query over `source` (`invoices`, or the view `unpaid_invoices`), up to its `WHERE`.
fn list_select(source: &str) -> String {
    format!(
        "SELECT {COLUMNS}, i.customer_id, coalesce(i.billed_name, c.name), c.deleted_at IS NOT NULL
           FROM {source} i JOIN customers c ON c.id = i.customer_id"
    )
}

fn list_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<InvoiceListRow> {
    Ok(InvoiceListRow { invoice: page_row(r)?, customer: ListCustomer::at(r, COLUMN_COUNT)? })
}

/// The list (D4), of `invoices` or of the view `unpaid_invoices`.
pub(crate) const LIST: ListQuery<InvoiceListRow> = ListQuery {
    table: "invoices",
    blocking: "unpaid_invoices",
    alias: "i",
    select: list_select,
    order_by: "i.issued_at IS NULL DESC, i.issued_at DESC, i.number DESC",
    row: list_row,
    what: "invoice",
};

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
