//! The customer list: search as you type, one page at a time.

use std::collections::HashSet;

use rusqlite::types::Value;
use rusqlite::{params_from_iter, Connection};

use super::search_plan::{sort_like_the_list, SearchSql, COUNT_CAP, RANGE_PROBE};
use super::search_terms::normalise_query;
use super::types::{CustomerFilter, CustomerListRow, CustomerPage, CustomerQuery};
use crate::db::uuid_at;
use crate::error::CoreError;
use crate::plates;

pub const MAX_PAGE_SIZE: u32 = 200;

/// Finds customers whose terms start with what was typed (ignoring spaces and case), or each of
/// whose typed words starts one of their terms. Empty text lists everyone, by name. Each customer
/// is listed once; the count stops at [`COUNT_CAP`] (see `search_plan`).
pub fn search_customers(conn: &Connection, query: &CustomerQuery) -> Result<CustomerPage, CoreError> {
    if query.page_size == 0 || query.page_size > MAX_PAGE_SIZE {
        return Err(CoreError::InvalidInput("page size"));
    }
    let normalised = normalise_query(&query.text);
    let deleted = query.filter == CustomerFilter::Deleted;
    let mut range_size = conn.prepare_cached(&format!(
        "SELECT count(*) FROM (SELECT 1 FROM customer_search_terms INDEXED BY customer_search_terms_listing
          WHERE deleted = ?1 AND term >= ?2 AND term < ?3 LIMIT {RANGE_PROBE})"
    ))?;
    let plan = SearchSql::new(deleted, &query.text, &normalised, |lo, hi| {
        range_size.query_row(rusqlite::params![deleted, lo, hi], |r| r.get(0))
    })?;
    // The matches' ids and names (up to a cap) give the count, and the page when they are few:
    // sorted here, only the page's rows are then looked up.
    let mut found: Vec<(String, String)> = conn
        .prepare_cached(&plan.matches_sql())?
        .query_map(params_from_iter(plan.args.iter()), |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<Result<_, _>>()?;
    let mut seen = HashSet::new();
    found.retain(|(id, _)| seen.insert(id.clone()));
    let counted = found.len() as u32;
    let total_capped = counted > COUNT_CAP;
    let from = query.page as usize * query.page_size as usize;
    let (page_sql, args) = if plan.collects(found.len()) {
        sort_like_the_list(&mut found);
        let page: Vec<&str> =
            found.iter().skip(from).take(query.page_size as usize).map(|(id, _)| id.as_str()).collect();
        (SearchSql::rows_of_ids_sql(), vec![Value::Text(serde_json::Value::from(page).to_string())])
    } else {
        let mut args = plan.args.clone();
        args.extend([Value::Integer(i64::from(query.page_size)), Value::Integer(from as i64)]);
        (plan.walk_sql(), args)
    };
    // Pick the page's ids first, then look up plates and last visit for those rows only: SQLite
    // would otherwise work out the subqueries for every match before sorting.
    let sql = format!(
        "SELECT c.id, c.name, c.phone, c.postcode, c.deleted_at,
                (SELECT group_concat(r.plate, ' ') FROM vehicles v
                   JOIN registrations r ON r.vehicle_id = v.id AND r.valid_to IS NULL
                  WHERE v.customer_id = c.id AND v.deleted_at IS NULL),
                (SELECT max(w.created_at) FROM work_orders w WHERE w.customer_id = c.id)
           FROM ({page_sql}) c
          ORDER BY c.name COLLATE NOCASE, c.id"
    );
    let mut stmt = conn.prepare_cached(&sql)?;
    let rows = stmt
        .query_map(params_from_iter(args.iter()), |r| {
            let plates: Option<String> = r.get(5)?;
            Ok(CustomerListRow {
                id: uuid_at(r, 0)?,
                name: r.get(1)?,
                phone: r.get(2)?,
                postcode: r.get(3)?,
                deleted_at: r.get(4)?,
                plates: plates::format_list(plates.as_deref()),
                last_visit: r.get(6)?,
            })
        })?
        .collect::<Result<Vec<_>, _>>()?;
    let total = counted.min(COUNT_CAP);
    Ok(CustomerPage { rows, total, total_capped, page: query.page, page_size: query.page_size })
}
