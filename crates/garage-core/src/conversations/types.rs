//! The shapes of a conversation the customer page, the conversation list and the action send.

use crate::resolve::ListCustomer;
use serde::{Deserialize, Serialize};
use ts_rs::TS;
use uuid::Uuid;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum ConversationStatus {
    Open,
    Snoozed,
    Closed,
}

impl ConversationStatus {
    pub const ALL: [ConversationStatus; 3] =
        [ConversationStatus::Open, ConversationStatus::Snoozed, ConversationStatus::Closed];

    /// Waiting on the garage: blocks a delete and is in the lists' "open" filter; a snoozed one
    /// is not. SQL's side is the view `open_conversations` (migration 0010).
    pub fn is_open(self) -> bool {
        self == ConversationStatus::Open
    }

    /// Closed: nothing to close. An open or snoozed one is what a delete closes and the close
    /// action takes; SQL's side is the view `open_or_snoozed_conversations` (migration 0010).
    pub fn is_closed(self) -> bool {
        self == ConversationStatus::Closed
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Channel {
    Sms,
    Email,
}

/// A conversation on the customer page.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Conversation {
    pub id: Uuid,
    pub channel: Channel,
    pub subject: String,
    pub last_message: String,
    pub status: ConversationStatus,
    pub last_message_at: String,
}

/// A conversation in the list of one customer's or the whole garage's (D4).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ConversationListRow {
    #[serde(flatten)]
    pub conversation: Conversation,
    #[serde(flatten)]
    pub customer: ListCustomer,
}
