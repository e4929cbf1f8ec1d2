//! How each blocker list reads its rows (D4): one customer's or the garage's newest, and all of
//! them or only those that block a delete.

use rusqlite::{params, Connection, OptionalExtension, Row};
use uuid::Uuid;

use super::{ListFilter, LIST_LIMIT};
use crate::error::CoreError;

/// One list's query, said by its module ([`crate::work_orders`], [`crate::invoices`],
/// [`crate::conversations`]); the rest is the same for all three.
pub(crate) struct ListQuery<T: 'static> {
    /// The table the list reads.
    pub table: &'static str,
    /// The view of the table's rows that block a delete (migration 0010), read for "only open".
    pub blocking: &'static str,
    /// The alias `select` gives the table or view.
    pub alias: &'static str,
    /// The query up to its `WHERE`, reading the table or view named.
    pub select: fn(&str) -> String,
    pub order_by: &'static str,
    pub row: fn(&Row<'_>) -> rusqlite::Result<T>,
    /// What a missing row is (`NotFound`).
    pub what: &'static str,
}

impl<T> ListQuery<T> {
    /// The list's SQL for `filter`, its `?1` the filter's customer.
    pub fn sql(&self, filter: &ListFilter) -> String {
        let source = if filter.only_open { self.blocking } else { self.table };
        let customer = match filter.customer_id {
            Some(_) => format!("{}.customer_id = ?1", self.alias),
            None => "?1 IS NULL".to_owned(),
        };
        format!("{} WHERE {customer} ORDER BY {} LIMIT {LIST_LIMIT}", (self.select)(source), self.order_by)
    }

    pub fn list(&self, conn: &Connection, filter: &ListFilter) -> Result<Vec<T>, CoreError> {
        let mut stmt = conn.prepare_cached(&self.sql(filter))?;
        let rows = stmt.query_map(params![filter.customer_id.map(|c| c.to_string())], self.row)?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// The row `id`, blocking or not; `NotFound` when there is none.
    pub fn one(&self, conn: &Connection, id: Uuid) -> Result<T, CoreError> {
        let sql = format!("{} WHERE {}.id = ?1", (self.select)(self.table), self.alias);
        conn.query_row(&sql, params![id.to_string()], self.row).optional()?.ok_or(CoreError::NotFound(self.what))
    }
}
