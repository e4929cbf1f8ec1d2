//! Merging duplicate customers and the duplicate suggestions (issue 11 items 1 and 2, README
//! "Merging duplicate customers": M1–M10, DS1–DS5): the review, the merge and its undo, the
//! suggested pairs and "Not a duplicate". The desk ([`crate::Desk`]) adds the permission and the
//! undo window; the central server replays the same merge against its own rows.

mod change;
mod review;
mod suggestions;
mod transaction;
mod types;

pub use change::{DismissDuplicate, MergeCustomers};
pub use review::{history, load_records, review, survivor_of, MAX_RECORDS, MIN_RECORDS};
pub use suggestions::{dismiss_in, dismissal_id, pair_key, similar_names, suggestions, MAX_SHARED};
pub use transaction::{merge_in, undo_merge_in, Merged, Moved, MOVED_TABLES};
pub use types::*;

use crate::i18n::Locale;

/// M9: the word each locale types to confirm a merge.
pub fn token(locale: Locale) -> &'static str {
    match locale {
        Locale::EnGb => "MERGE",
        Locale::Pl => "SCAL",
        Locale::Ro => "COMBINĂ",
    }
}

/// M9: compared as the delete's token is (trimmed, NFC, case-sensitive; Romanian cedilla forms).
pub fn token_matches(locale: Locale, typed: &str) -> bool {
    crate::delete::typed_matches(locale, typed, token(locale))
}

#[cfg(test)]
mod tests;
