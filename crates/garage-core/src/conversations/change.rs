//! D5: closing a conversation as a change.

use chrono::{DateTime, Utc};
use rusqlite::Connection;
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::audit::Actor;
use crate::changes::{Change, TouchedRows};
use crate::error::CoreError;
use crate::staff::Permission;

use super::{close_conversation, ConversationListRow};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CloseConversation {
    pub conversation_id: Uuid,
}

impl Change for CloseConversation {
    type Outcome = ConversationListRow;

    fn permission(&self) -> Option<Permission> {
        Some(Permission::ConversationsClose)
    }

    fn apply(&self, tx: &Connection, actor: &Actor, _now: DateTime<Utc>) -> Result<ConversationListRow, CoreError> {
        close_conversation(tx, actor, self.conversation_id)
    }

    fn touched_rows(&self, _tx: &Connection, _id: Uuid, row: &ConversationListRow) -> Result<TouchedRows, CoreError> {
        Ok(vec![("conversations", row.conversation.id.to_string())])
    }
}
