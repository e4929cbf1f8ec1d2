//! The customer list: search as you type, one page at a time.

use rusqlite::types::Value;
use rusqlite::{params_from_iter, Connection};

use super::search_terms::normalise_query;
use super::types::{CustomerFilter, CustomerListRow, CustomerPage, CustomerQuery};
use crate::db::uuid_at;
use crate::error::CoreError;
use crate::plates;

pub const MAX_PAGE_SIZE: u32 = 200;

/// Above every character a term can hold: `term >= p AND term < p || END` is "starts with p".
const PREFIX_END: char = '\u{10FFFF}';

/// Finds customers whose terms start with what was typed (ignoring spaces and case), or each of
/// whose typed words starts one of their terms. Empty text lists everyone, by name.
pub fn search_customers(conn: &Connection, query: &CustomerQuery) -> Result<CustomerPage, CoreError> {
    if query.page_size == 0 || query.page_size > MAX_PAGE_SIZE {
        return Err(CoreError::InvalidInput("page size"));
    }
    let deleted = i64::from(query.filter == CustomerFilter::Deleted);
    let normalised = normalise_query(&query.text);
    let mut args: Vec<Value> = vec![Value::Integer(deleted)];

    let matched = if normalised.compact.is_empty() {
        None
    } else {
        let prefix = |p: &str, args: &mut Vec<Value>| {
            args.push(Value::Text(p.to_owned()));
            args.push(Value::Text(format!("{p}{PREFIX_END}")));
            format!(
                "SELECT customer_id FROM customer_search_terms WHERE term >= ?{} AND term < ?{}",
                args.len() - 1,
                args.len()
            )
        };
        let mut sql = prefix(&normalised.compact, &mut args);
        // Typed as several words (repeats count once, so "jane jane" has one): each must match.
        if query.text.split_whitespace().nth(1).is_some() && !normalised.words.is_empty() {
            let all_words: Vec<String> = normalised.words.iter().map(|w| prefix(w, &mut args)).collect();
            sql = format!("{sql} UNION SELECT * FROM ({})", all_words.join(" INTERSECT "));
        }
        Some(sql)
    };
    let from = match &matched {
        None => "customers c".to_owned(),
        // CROSS JOIN keeps the matches as the outer loop: look each up by key rather than walk
        // every customer in name order probing the matches.
        Some(sql) => format!("({sql}) m CROSS JOIN customers c ON c.id = m.customer_id"),
    };
    let filter = "(c.deleted_at IS NOT NULL) = ?1";

    let total: u32 =
        conn.query_row(&format!("SELECT count(*) FROM {from} WHERE {filter}"), params_from_iter(args.iter()), |r| {
            r.get(0)
        })?;

    args.push(Value::Integer(i64::from(query.page_size)));
    args.push(Value::Integer(i64::from(query.page) * i64::from(query.page_size)));
    let n = args.len();
    // Pick the page's ids first, then look up plates and last visit for those rows only: SQLite
    // would otherwise work out the subqueries for every match before sorting.
    let sql = format!(
        "SELECT c.id, c.name, c.phone, c.postcode, c.deleted_at,
                (SELECT group_concat(r.plate, ' ') FROM vehicles v
                   JOIN registrations r ON r.vehicle_id = v.id AND r.valid_to IS NULL
                  WHERE v.customer_id = c.id AND v.deleted_at IS NULL),
                (SELECT max(w.created_at) FROM work_orders w WHERE w.customer_id = c.id)
           FROM (SELECT c.id, c.name, c.phone, c.postcode, c.deleted_at FROM {from} WHERE {filter}
                  ORDER BY c.name COLLATE NOCASE, c.id LIMIT ?{} OFFSET ?{n}) c
          ORDER BY c.name COLLATE NOCASE, c.id",
        n - 1
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
                plates: plates.map(|p| p.split(' ').map(plates::format).collect()).unwrap_or_default(),
                last_visit: r.get(6)?,
            })
        })?
        .collect::<Result<Vec<_>, _>>()?;
    Ok(CustomerPage { rows, total, page: query.page, page_size: query.page_size })
}
