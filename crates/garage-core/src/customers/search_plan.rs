//! How a search finds its customers: the SQL that says "this customer matches what was typed",
//! and the two ways of reaching a page of them in name order.
//!
//! Where the time went at 100k customers (issue 10): a broad prefix ("s", "07700") matched
//! 70,000 customers, and the old query looked each one up, counted them and sorted them by name
//! for every keystroke (p95 571 ms). Now:
//! - the count stops at [`COUNT_CAP`] ("more than 1,000") and comes from the term index alone,
//!   which knows whether each term's customer is deleted (migration 0006);
//! - a narrow search (up to [`COLLECT_UP_TO`] customers) collects its matches there and sorts them;
//! - a broad one walks the customers in name order (`customers_listing`) keeping those with a
//!   matching term: at least one in a hundred is, so a page takes a few thousand index steps.

use rusqlite::types::Value;

use super::search_terms::NormalisedQuery;

/// Matches are counted exactly up to this many; above it the count says "more than 1,000".
pub const COUNT_CAP: u32 = 1000;

/// Above every character a term can hold: `term >= p AND term < p || END` is "starts with p".
const PREFIX_END: char = '\u{10FFFF}';

/// Up to this many matches a page is gathered and sorted; above it, found by walking the names.
/// Gathering costs a lookup per match; walking, a probe per customer passed, about
/// `page end × customers / matches`: at 100k the two meet near 2,000 matches for a first page.
pub const COLLECT_UP_TO: u32 = 2000;

/// Term rows a word's range is measured up to, to pick the narrowest of several typed words.
pub const RANGE_PROBE: u32 = 2000;

/// Customers merged into another (M6) are in neither list: they have no search terms either.
const FILTER: &str = "(c.deleted_at IS NOT NULL) = ?1 AND c.merged_into_id IS NULL";
/// What a page holds of each customer, and its order.
const COLUMNS: &str = "c.id, c.name, c.phone, c.postcode, c.deleted_at";
const ORDER: &str = "ORDER BY c.name COLLATE NOCASE, c.id";

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

    /// The customer `id` matches what was typed (`None`: nothing was typed). The narrowest word
    /// is tried first, so most customers fail on one probe.
    fn matches(&self, id: &str) -> Option<String> {
        let whole = Self::has_term(id, self.whole?);
        if self.words.is_empty() {
            return Some(whole);
        }
        let mut order: Vec<usize> = (0..self.words.len()).collect();
        order.sort_by_key(|&i| i != self.narrowest);
        let all_words: Vec<String> = order.iter().map(|&i| Self::has_term(id, self.words[i])).collect();
        Some(format!("({whole} OR ({}))", all_words.join(" AND ")))
    }

    /// The matching customers' ids and names, with repeats: those with a term starting with the
    /// whole text, and for several words those of the narrowest word's range that have the other
    /// words too. Read from the term index alone.
    fn candidates(&self) -> Option<String> {
        let range = |(lo, hi): (usize, usize)| {
            format!(
                "SELECT o.customer_id, o.name FROM customer_search_terms o INDEXED BY customer_search_terms_listing
                  WHERE o.deleted = ?1 AND o.term >= ?{lo} AND o.term < ?{hi}"
            )
        };
        let whole = range(self.whole?);
        if self.words.is_empty() {
            return Some(whole);
        }
        let others: Vec<String> = (0..self.words.len())
            .filter(|&i| i != self.narrowest)
            .map(|i| format!(" AND {}", Self::has_term("o.customer_id", self.words[i])))
            .collect();
        Some(format!("{whole} UNION ALL {}{}", range(self.words[self.narrowest]), others.concat()))
    }

    /// The ids and names of the matches (for an empty text, of the filter's customers), each
    /// once, stopping at one more than [`COUNT_CAP`] and [`COLLECT_UP_TO`].
    pub fn matches_sql(&self) -> String {
        let limit = COUNT_CAP.max(COLLECT_UP_TO) + 1;
        match self.candidates() {
            Some(candidates) => format!("SELECT DISTINCT customer_id, name FROM ({candidates}) LIMIT {limit}"),
            None => format!(
                "SELECT c.id, c.name FROM customers c INDEXED BY customers_listing WHERE {FILTER} LIMIT {limit}"
            ),
        }
    }

    /// Whether a page is best gathered from `found` matches (see [`COLLECT_UP_TO`]).
    pub fn collects(&self, found: usize) -> bool {
        self.whole.is_some() && found <= COLLECT_UP_TO as usize
    }

    /// The columns of the customers whose ids (a JSON array) are `?1`, in name order.
    pub fn rows_of_ids_sql() -> String {
        format!("SELECT {COLUMNS} FROM json_each(?1) j CROSS JOIN customers c ON c.id = j.value {ORDER}")
    }

    /// The columns of one page found by walking the filter's customers in name order, keeping the
    /// matches; the page size and offset are the two arguments after `args`.
    pub fn walk_sql(&self) -> String {
        let n = self.args.len();
        let matches = self.matches("c.id").map(|m| format!("AND {m}")).unwrap_or_default();
        format!(
            "SELECT {COLUMNS} FROM customers c INDEXED BY customers_listing
              WHERE {FILTER} {matches} {ORDER} LIMIT ?{} OFFSET ?{}",
            n + 1,
            n + 2
        )
    }
}

/// Sorts matches as `ORDER BY name COLLATE NOCASE, id` does: names compared byte by byte with
/// ASCII letters folded to lower case, then ids.
pub fn sort_like_the_list(found: &mut [(String, String)]) {
    found.sort_by(|(a_id, a_name), (b_id, b_name)| {
        let fold = |s: &str| s.bytes().map(|b| b.to_ascii_lowercase()).collect::<Vec<u8>>();
        fold(a_name).cmp(&fold(b_name)).then_with(|| a_id.cmp(b_id))
    });
}
