//! D5: closing an open or snoozed conversation, inside the caller's transaction (which also
//! queues the change for the server), audited.

use rusqlite::{params, Connection};
use serde_json::json;
use uuid::Uuid;

use super::queries::conversation;
use super::types::*;
use crate::audit::Actor;
use crate::error::CoreError;

/// Closes an open or snoozed conversation.
pub fn close_conversation(tx: &Connection, actor: &Actor, id: Uuid) -> Result<ConversationListRow, CoreError> {
    let before = conversation(tx, id)?;
    if before.conversation.status.is_closed() {
        return Err(CoreError::NotActive);
    }
    tx.execute(
        "UPDATE conversations SET status = 'closed', updated_at = ?2 WHERE id = ?1",
        params![id.to_string(), actor.now],
    )?;
    actor.record(tx, "conversation.close", "conversation", id, None, json!({ "from": before.conversation.status }))?;
    conversation(tx, id)
}
