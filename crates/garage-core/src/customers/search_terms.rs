//! Search terms: what a customer can be found by, lower case with no spaces, so that a prefix
//! match on an indexed column answers search-as-you-type at 100k customers.

use std::collections::HashMap;

use rusqlite::{params, Connection};
use uuid::Uuid;

use crate::error::CoreError;

/// The terms of one customer: each name word and the whole name, phone digits (also in +44 form),
/// email, postcode, and the current plates of their vehicles.
pub fn terms_for(
    name: &str,
    phone: Option<&str>,
    email: Option<&str>,
    postcode: Option<&str>,
    plates: &[String],
) -> Vec<String> {
    let mut terms = Vec::new();
    for word in name.split_whitespace() {
        terms.push(word.to_lowercase());
        terms.push(alphanumeric_lower(word));
    }
    terms.push(alphanumeric_lower(name));
    if let Some(phone) = phone {
        let digits: String = phone.chars().filter(char::is_ascii_digit).collect();
        if let Some(national) = digits.strip_prefix('0') {
            terms.push(format!("44{national}"));
        }
        terms.push(digits);
    }
    if let Some(email) = email {
        terms.push(email.trim().to_lowercase());
    }
    if let Some(postcode) = postcode {
        terms.push(alphanumeric_lower(postcode));
    }
    for plate in plates {
        terms.push(alphanumeric_lower(plate));
    }
    terms.retain(|t| !t.is_empty());
    terms.sort();
    terms.dedup();
    terms
}

fn alphanumeric_lower(s: &str) -> String {
    s.chars().filter(|c| c.is_alphanumeric()).flat_map(char::to_lowercase).collect()
}

/// What was typed, ready to match terms by prefix.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NormalisedQuery {
    /// The whole text, lower case, no spaces: "ab12 c de" → "ab12cde", "+44 7700 900123" → "447700900123".
    pub compact: String,
    /// Each word on its own, for "smith jane": every word must prefix some term.
    pub words: Vec<String>,
}

pub fn normalise_query(text: &str) -> NormalisedQuery {
    let trimmed = text.trim();
    let looks_like_phone = !trimmed.is_empty()
        && trimmed.chars().any(|c| c.is_ascii_digit())
        && trimmed.chars().all(|c| c.is_ascii_digit() || " +-()".contains(c));
    let compact = if looks_like_phone {
        trimmed.chars().filter(char::is_ascii_digit).collect()
    } else {
        trimmed.chars().filter(|c| !c.is_whitespace()).flat_map(char::to_lowercase).collect()
    };
    let mut words: Vec<String> = Vec::new();
    for word in trimmed.split_whitespace().map(alphanumeric_lower).filter(|w| !w.is_empty()) {
        if words.len() == MAX_QUERY_WORDS {
            break;
        }
        if !words.contains(&word) {
            words.push(word);
        }
    }
    NormalisedQuery { compact, words }
}

/// The distinct words of a search that each must start a term: more narrow nothing a person
/// types, and each is one more subquery (SQLite refuses a compound query of over 500).
pub const MAX_QUERY_WORDS: usize = 8;

/// One term row, with the copy of its customer's name and deleted flag the search reads (0006).
const INSERT_TERM: &str =
    "INSERT OR IGNORE INTO customer_search_terms (term, customer_id, deleted, name) VALUES (?1, ?2, ?3, ?4)";

/// Rewrites the search terms of one customer from what the database holds now.
pub fn reindex_customer(conn: &Connection, customer_id: Uuid) -> Result<(), CoreError> {
    type Row = (String, Option<String>, Option<String>, Option<String>, bool, bool);
    let (name, phone, email, postcode, deleted, merged): Row = conn.query_row(
        "SELECT name, phone, email, postcode, deleted_at IS NOT NULL, merged_into_id IS NOT NULL
           FROM customers WHERE id = ?1",
        params![customer_id.to_string()],
        |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?, r.get(5)?)),
    )?;
    let mut stmt = conn.prepare_cached(
        "SELECT r.plate FROM vehicles v JOIN registrations r ON r.vehicle_id = v.id AND r.valid_to IS NULL
         WHERE v.customer_id = ?1 AND v.deleted_at IS NULL",
    )?;
    let plates = stmt.query_map(params![customer_id.to_string()], |r| r.get(0))?.collect::<Result<Vec<String>, _>>()?;
    conn.prepare_cached("DELETE FROM customer_search_terms WHERE customer_id = ?1")?
        .execute(params![customer_id.to_string()])?;
    // M6: a customer merged into another is found as the one it became, never on its own.
    if merged {
        return Ok(());
    }
    let mut insert = conn.prepare_cached(INSERT_TERM)?;
    for term in terms_for(&name, phone.as_deref(), email.as_deref(), postcode.as_deref(), &plates) {
        insert.execute(params![term, customer_id.to_string(), deleted, name])?;
    }
    Ok(())
}

/// Rebuilds every customer's search terms in one go (after a first download, see
/// `sync::pull::Reindex`). The term table's own indexes are dropped, the rows inserted in key
/// order, and the indexes built again from their definitions: SQLite sorts once instead of
/// keeping three b-trees in order row by row. Run inside the caller's transaction.
pub fn reindex_all(conn: &Connection) -> Result<(), CoreError> {
    let indexes: Vec<(String, String)> = conn
        .prepare(
            "SELECT name, sql FROM sqlite_master
              WHERE type = 'index' AND tbl_name = 'customer_search_terms' AND sql IS NOT NULL",
        )?
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<Result<_, _>>()?;
    for (name, _) in &indexes {
        conn.execute_batch(&format!("DROP INDEX \"{name}\""))?;
    }
    conn.execute("DELETE FROM customer_search_terms", [])?;

    let mut plates: HashMap<String, Vec<String>> = HashMap::new();
    let mut stmt = conn.prepare(
        "SELECT v.customer_id, r.plate FROM vehicles v JOIN registrations r ON r.vehicle_id = v.id AND r.valid_to IS NULL
          WHERE v.deleted_at IS NULL",
    )?;
    for row in stmt.query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)))? {
        let (customer, plate) = row?;
        plates.entry(customer).or_default().push(plate);
    }
    type CustomerRow = (String, String, Option<String>, Option<String>, Option<String>, bool);
    let customers: Vec<CustomerRow> = conn
        .prepare("SELECT id, name, phone, email, postcode, deleted_at IS NOT NULL FROM customers WHERE merged_into_id IS NULL")?
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?, r.get(5)?)))?
        .collect::<Result<_, _>>()?;
    let mut terms: Vec<(String, usize)> = Vec::new();
    for (at, (id, name, phone, email, postcode, _)) in customers.iter().enumerate() {
        let held = plates.get(id).map(Vec::as_slice).unwrap_or_default();
        for term in terms_for(name, phone.as_deref(), email.as_deref(), postcode.as_deref(), held) {
            terms.push((term, at));
        }
    }
    terms.sort_by(|(a, i), (b, j)| a.cmp(b).then_with(|| customers[*i].0.cmp(&customers[*j].0)));
    let mut insert = conn.prepare(INSERT_TERM)?;
    for (term, at) in &terms {
        let (id, name, _, _, _, deleted) = &customers[*at];
        insert.execute(params![term, id, deleted, name])?;
    }
    for (_, sql) in &indexes {
        conn.execute_batch(sql)?;
    }
    Ok(())
}
