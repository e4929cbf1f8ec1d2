//! How a search finds its customers: the SQL that says "this customer matches what was typed",
//! and the two ways of reaching a page of them in name order.
//!
//! Where the time went at 100k customers (issue 10): a broad prefix ("s", "07700") matched
//! 70,000 customers, and the old query looked each one up, counted them and sorted them by name
//! for every keystroke (p95 571 ms). Now:
//! - the count stops at [`COUNT_CAP`] ("more than 1,000") and comes from the term index alone,
//!   which knows whether each term's customer is deleted (migration 0006);
//! - a narrow search (up to [`COUNT_CAP`] customers) collects its matches there and sorts them;
//! - a broad one walks the customers in name order (`customers_listing`) keeping those with a
//!   matching term: at least one in a hundred is, so a page takes a few thousand index steps.

use rusqlite::types::Value;

use super::search_terms::NormalisedQuery;

/// Matches are counted exactly up to this many; above it the count says "more than 1,000".
pub const COUNT_CAP: u32 = 1000;

/// Above every character a term can hold: `term >= p AND term < p || END` is "starts with p".
const PREFIX_END: char = '\u{10FFFF}';

/// Term rows a word's range is measured up to, to pick the narrowest of several typed words.
pub const RANGE_PROBE: u32 = 2000;

const FILTER: &str = "(c.deleted_at IS NOT NULL) = ?1";

/// The SQL of one search, with its arguments: `?1` is the deleted filter (0 or 1), then a low and
/// a high bound for each prefix.
pub struct SearchSql {
    pub args: Vec<Value>,
    /// The bounds' argument numbers of the whole typed text; `None` when nothing was typed.
    whole: Option<(usize, usize)>,
    /// Each typed word's bounds, when several words were typed.
    words: Vec<(usize, usize)>,
    /// Which of `words` has the fewest terms.
    narrowest: usize,
}

impl SearchSql {
    /// `range_size(low, high)` counts the term rows (of the filter's customers) in a range, up to
    /// [`RANGE_PROBE`]; it picks the word whose range bounds the candidates.
    pub fn new(
        deleted: bool,
        typed: &str,
        normalised: &NormalisedQuery,
        mut range_size: impl FnMut(&str, &str) -> rusqlite::Result<u32>,
    ) -> rusqlite::Result<Self> {
        let mut plan =
            SearchSql { args: vec![Value::Integer(i64::from(deleted))], whole: None, words: Vec::new(), narrowest: 0 };
        if normalised.compact.is_empty() {
            return Ok(plan);
        }
        plan.whole = Some(plan.push_range(&normalised.compact));
        // Typed as several words (repeats count once, so "jane jane" has one): each must start a
        // term of the customer, in any order.
        if typed.split_whitespace().nth(1).is_some() && !normalised.words.is_empty() {
            let mut sizes = Vec::new();
            for word in &normalised.words {
                sizes.push(range_size(word, &format!("{word}{PREFIX_END}"))?);
                let range = plan.push_range(word);
                plan.words.push(range);
            }
            plan.narrowest = (0..sizes.len()).min_by_key(|&i| sizes[i]).unwrap_or(0);
        }
        Ok(plan)
    }

    fn push_range(&mut self, prefix: &str) -> (usize, usize) {
        self.args.push(Value::Text(prefix.to_owned()));
        self.args.push(Value::Text(format!("{prefix}{PREFIX_END}")));
        (self.args.len() - 1, self.args.len())
    }

    /// The customer `id` (an SQL expression) has a term in the range.
    fn has_term(id: &str, (lo, hi): (usize, usize)) -> String {
        format!(
            "EXISTS (SELECT 1 FROM customer_search_terms t WHERE t.customer_id = {id} \
             AND t.term >= ?{lo} AND t.term < ?{hi})"
        )
    }

    /// The customer `id` matches what was typed (`None`: nothing was typed).
    fn matches(&self, id: &str) -> Option<String> {
        let whole = Self::has_term(id, self.whole?);
        if self.words.is_empty() {
            return Some(whole);
        }
        let all_words: Vec<String> = self.words.iter().map(|w| Self::has_term(id, *w)).collect();
        Some(format!("({whole} OR ({}))", all_words.join(" AND ")))
    }

    /// Ids of the filter's customers, with repeats, among which every match is: the whole text's
    /// term range and, for several words, the narrowest word's (then `m_matches` narrows them).
    fn candidates(&self) -> Option<(String, String)> {
        let range = |(lo, hi): (usize, usize)| {
            format!(
                "SELECT customer_id FROM customer_search_terms INDEXED BY customer_search_terms_listing
                  WHERE deleted = ?1 AND term >= ?{lo} AND term < ?{hi}"
            )
        };
        let whole = self.whole?;
        if self.words.is_empty() {
            return Some((range(whole), "1".to_owned()));
        }
        let sql = format!("{} UNION ALL {}", range(whole), range(self.words[self.narrowest]));
        Some((sql, self.matches("m.customer_id").unwrap_or_else(|| "1".to_owned())))
    }

    /// Counts the matches, stopping at one more than [`COUNT_CAP`].
    pub fn count_sql(&self) -> String {
        let limit = COUNT_CAP + 1;
        match self.candidates() {
            Some((candidates, check)) => format!(
                "SELECT count(*) FROM (SELECT DISTINCT m.customer_id FROM ({candidates}) m WHERE {check} LIMIT {limit})"
            ),
            None => format!("SELECT count(*) FROM (SELECT 1 FROM customers c WHERE {FILTER} LIMIT {limit})"),
        }
    }

    /// The ids, names, phones, postcodes and deleted times of one page, in name order; the page
    /// size and offset are the two arguments after `args`. `collect` when the matches are few
    /// (counted exactly): gather and sort them; else walk the customers in name order.
    pub fn page_sql(&self, collect: bool) -> String {
        let n = self.args.len();
        let (limit, offset) = (n + 1, n + 2);
        let columns = "c.id, c.name, c.phone, c.postcode, c.deleted_at";
        let order = "ORDER BY c.name COLLATE NOCASE, c.id";
        match self.candidates() {
            Some((candidates, check)) if collect => format!(
                "SELECT {columns} FROM (SELECT DISTINCT m.customer_id FROM ({candidates}) m WHERE {check}) m
                  CROSS JOIN customers c ON c.id = m.customer_id
                  WHERE {FILTER} {order} LIMIT ?{limit} OFFSET ?{offset}"
            ),
            _ => {
                let matches = self.matches("c.id").map(|m| format!("AND {m}")).unwrap_or_default();
                format!(
                    "SELECT {columns} FROM customers c INDEXED BY customers_listing
                      WHERE {FILTER} {matches} {order} LIMIT ?{limit} OFFSET ?{offset}"
                )
            }
        }
    }
}
