//! Reading conversations: a customer's for their page, the list (D4), one by id, and the counts
//! a delete needs: the open ones that block it, and the open or snoozed ones it closes.

use rusqlite::{params, Connection};
use uuid::Uuid;

use super::types::*;
use crate::db::{text_enum, uuid_at};
use crate::error::CoreError;
use crate::resolve::{ListFilter, ListQuery};

/// A conversation's own columns (`v`), as [`page_row`] reads them.
const COLUMNS: &str = "v.id, v.channel, v.subject, v.last_message, v.status, v.last_message_at";

fn page_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<Conversation> {
    Ok(Conversation {
        id: uuid_at(r, 0)?,
        channel: text_enum(r, 1)?,
        subject: r.get(2)?,
        last_message: r.get(3)?,
        status: text_enum(r, 4)?,
        last_message_at: r.get(5)?,
    })
}

/// The list (D4), of `conversations` or of the view `open_conversations`, and the customer page's.
pub(crate) const LIST: ListQuery<Conversation, ConversationListRow> = ListQuery {
    table: "conversations",
    blocking: "open_conversations",
    alias: "v",
    columns: COLUMNS,
    joins: "",
    customer_name: "c.name",
    order_by: "v.last_message_at DESC",
    item: page_row,
    row: |conversation, customer| ConversationListRow { conversation, customer },
    what: "conversation",
};

/// A customer's conversations, for the customer page.
pub fn for_customer(conn: &Connection, customer_id: Uuid) -> Result<Vec<Conversation>, CoreError> {
    LIST.for_customer(conn, customer_id)
}

pub fn list_conversations(conn: &Connection, filter: &ListFilter) -> Result<Vec<ConversationListRow>, CoreError> {
    LIST.list(conn, filter)
}

pub fn conversation(conn: &Connection, id: Uuid) -> Result<ConversationListRow, CoreError> {
    LIST.one(conn, id)
}

/// How many open conversations a customer (`?1`) has: they block the delete.
pub(crate) const OPEN_COUNT_SQL: &str = "SELECT count(*) FROM open_conversations WHERE customer_id = ?1";

/// How many open or snoozed conversations a customer (`?1`) has: the delete closes them.
pub(crate) const OPEN_OR_SNOOZED_COUNT_SQL: &str =
    "SELECT count(*) FROM open_or_snoozed_conversations WHERE customer_id = ?1";

/// How many open conversations `customer_id` has, which block their delete.
pub(crate) fn open_count(conn: &Connection, customer_id: Uuid) -> Result<u32, CoreError> {
    Ok(conn.prepare_cached(OPEN_COUNT_SQL)?.query_row(params![customer_id.to_string()], |r| r.get(0))?)
}

/// How many open or snoozed conversations `customer_id` has, which their delete would close.
pub(crate) fn open_or_snoozed_count(conn: &Connection, customer_id: Uuid) -> Result<u32, CoreError> {
    Ok(conn.prepare_cached(OPEN_OR_SNOOZED_COUNT_SQL)?.query_row(params![customer_id.to_string()], |r| r.get(0))?)
}
