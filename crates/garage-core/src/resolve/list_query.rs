//! How each blocker list reads its rows (D4): one customer's or the garage's newest, and all of
//! them or only those that block a delete; and how the customer page reads the same items.

use rusqlite::{params, Connection, OptionalExtension, Row};
use uuid::Uuid;

use super::{ListCustomer, ListFilter, LIST_LIMIT};
use crate::error::CoreError;

/// One list's query, said by its module ([`crate::work_orders`], [`crate::invoices`],
/// [`crate::conversations`]); the rest is the same for all three. `I` is the item as the customer
/// page shows it, `T` the list's row: the item and whose it is.
pub(crate) struct ListQuery<I: 'static, T: 'static> {
    /// The table the list reads.
    pub table: &'static str,
    /// The view of the table's rows that block a delete (migration 0010), read for "only open".
    pub blocking: &'static str,
    /// The alias of the table or view.
    pub alias: &'static str,
    /// The item's own columns, as `item` reads them.
    pub columns: &'static str,
    /// Joins `columns` needs (the customer `c` is joined for the list).
    pub joins: &'static str,
    /// The customer's name at issue, over the alias and `c`.
    pub customer_name: &'static str,
    pub order_by: &'static str,
    pub item: fn(&Row<'_>) -> rusqlite::Result<I>,
    pub row: fn(I, ListCustomer) -> T,
    /// What a missing row is (`NotFound`).
    pub what: &'static str,
}

impl<I, T> ListQuery<I, T> {
    /// The query over `source` (the table or its blocking view) up to its `WHERE`.
    fn select(&self, source: &str) -> String {
        let (a, columns, joins, name) = (self.alias, self.columns, self.joins, self.customer_name);
        format!(
            "SELECT {columns}, {a}.customer_id, {name}, c.deleted_at IS NOT NULL
               FROM {source} {a} JOIN customers c ON c.id = {a}.customer_id {joins}"
        )
    }

    /// The list's SQL for `filter`, its `?1` the filter's customer.
    pub fn sql(&self, filter: &ListFilter) -> String {
        let source = if filter.only_open { self.blocking } else { self.table };
        let customer = match filter.customer_id {
            Some(_) => format!("{}.customer_id = ?1", self.alias),
            None => "?1 IS NULL".to_owned(),
        };
        format!("{} WHERE {customer} ORDER BY {} LIMIT {LIST_LIMIT}", self.select(source), self.order_by)
    }

    /// A list row: the item's columns, then the customer's three.
    fn list_row(&self, r: &Row<'_>) -> rusqlite::Result<T> {
        let customer = ListCustomer::at(r, r.as_ref().column_count() - 3)?;
        Ok((self.row)((self.item)(r)?, customer))
    }

    pub fn list(&self, conn: &Connection, filter: &ListFilter) -> Result<Vec<T>, CoreError> {
        let mut stmt = conn.prepare_cached(&self.sql(filter))?;
        let rows = stmt.query_map(params![filter.customer_id.map(|c| c.to_string())], |r| self.list_row(r))?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// The row `id`, blocking or not; `NotFound` when there is none.
    pub fn one(&self, conn: &Connection, id: Uuid) -> Result<T, CoreError> {
        let sql = format!("{} WHERE {}.id = ?1", self.select(self.table), self.alias);
        conn.query_row(&sql, params![id.to_string()], |r| self.list_row(r))
            .optional()?
            .ok_or(CoreError::NotFound(self.what))
    }

    /// All of a customer's items, in the list's order, for the customer page.
    pub fn for_customer(&self, conn: &Connection, customer_id: Uuid) -> Result<Vec<I>, CoreError> {
        let (a, columns, joins, table) = (self.alias, self.columns, self.joins, self.table);
        let mut stmt = conn.prepare_cached(&format!(
            "SELECT {columns} FROM {table} {a} {joins} WHERE {a}.customer_id = ?1 ORDER BY {}",
            self.order_by
        ))?;
        let rows = stmt.query_map(params![customer_id.to_string()], self.item)?;
        Ok(rows.collect::<Result<_, _>>()?)
    }
}
