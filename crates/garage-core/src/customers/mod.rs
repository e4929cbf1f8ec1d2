//! Customers: the list and its search, the customer page, and the search terms behind both.

mod detail;
mod search;
mod search_plan;
mod search_terms;
mod types;

pub use detail::customer_detail;
pub use search::{search_customers, MAX_PAGE_SIZE};
pub use search_plan::COUNT_CAP;
pub use search_terms::{normalise_query, reindex_all, reindex_customer, terms_for};
pub use types::*;

#[cfg(test)]
mod search_tests;
#[cfg(test)]
mod tests;
