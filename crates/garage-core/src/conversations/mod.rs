//! Conversations: their statuses, which are open (an open one blocks its customer's delete,
//! product.md §2; a snoozed one does not) and which a delete closes (open or snoozed), the rows
//! the customer page and the conversation list (D4) show, and closing one (D5).
//!
//! SQL reads them through the views `open_conversations` and `open_or_snoozed_conversations`
//! (migration 0010), whose conditions are [`ConversationStatus::is_open`]'s and the negation of
//! [`ConversationStatus::is_closed`]'s.

mod actions;
mod change;
mod queries;
mod types;

pub use actions::close_conversation;
pub use change::CloseConversation;
pub use queries::{conversation, for_customer, list_conversations};
pub(crate) use queries::{open_count, open_or_snoozed_count};
#[cfg(test)]
pub(crate) use queries::{OPEN_COUNT_SQL, OPEN_OR_SNOOZED_COUNT_SQL};
pub use types::*;

#[cfg(test)]
mod tests;
