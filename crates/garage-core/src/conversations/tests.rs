//! The views `open_conversations` and `open_or_snoozed_conversations` against
//! [`ConversationStatus::is_open`] and [`ConversationStatus::is_closed`], and their query plans.

use rusqlite::params;
use uuid::Uuid;

use super::*;
use crate::resolve::ListFilter;
use crate::testing::{customer_id, in_view, query_plan, seeded_connection, without_view};

const ID: &str = "0b6f1c2e-0000-4000-8000-00000000c001";

/// One conversation, moved through every status: an open one blocks a delete and is listed as
/// open; a snoozed one does neither, but like an open one it is what a delete closes.
#[test]
fn open_conversations_block_and_open_or_snoozed_ones_are_what_a_delete_closes() {
    let conn = seeded_connection();
    let jane = customer_id(&conn, "Jane Smith");
    let (open_before, closable_before) =
        (open_count(&conn, jane).unwrap(), open_or_snoozed_count(&conn, jane).unwrap());
    conn.execute(
        "INSERT INTO conversations (id, customer_id, channel, subject, last_message, status, last_message_at,
                                    created_at, updated_at)
         VALUES (?1, ?2, 'sms', 'MOT reminder', 'See you then', 'closed', '2026-11-20T09:00:00Z',
                 '2026-11-20T09:00:00Z', '2026-11-20T09:00:00Z')",
        params![ID, jane.to_string()],
    )
    .unwrap();
    let open = ListFilter { customer_id: Some(jane), only_open: true };
    let (mut blocking, mut closable) = (Vec::new(), Vec::new());
    for status in ConversationStatus::ALL {
        let id = serde_json::to_value(status).unwrap();
        let id = id.as_str().unwrap();
        conn.execute("UPDATE conversations SET status = ?2 WHERE id = ?1", params![ID, id]).unwrap();
        assert_eq!(in_view(&conn, "open_conversations", ID), status.is_open(), "{status:?}");
        assert_eq!(in_view(&conn, "open_or_snoozed_conversations", ID), !status.is_closed(), "{status:?}");
        assert_eq!(open_count(&conn, jane).unwrap(), open_before + u32::from(status.is_open()));
        assert_eq!(open_or_snoozed_count(&conn, jane).unwrap(), closable_before + u32::from(!status.is_closed()));
        let listed = list_conversations(&conn, &open).unwrap();
        assert_eq!(
            listed.iter().any(|v| v.conversation.id == Uuid::parse_str(ID).unwrap()),
            status.is_open(),
            "{status:?}"
        );
        if status.is_open() {
            blocking.push(id.to_owned());
        }
        if !status.is_closed() {
            closable.push(id.to_owned());
        }
    }
    assert_eq!(blocking, ["open"]);
    assert_eq!(closable, ["open", "snoozed"]);
}

/// Issue 13: a query through a view is planned as the same query with the condition written
/// out, as it was before the views; the pre-flight's go by the customer's index.
#[test]
fn the_views_keep_the_plans_of_their_conditions() {
    let conn = seeded_connection();
    let by_customer = ["SEARCH USING INDEX conversations_by_customer (customer_id=?)"];
    for (sql, view, condition) in [
        (OPEN_COUNT_SQL, "open_conversations", "status = 'open'"),
        (OPEN_OR_SNOOZED_COUNT_SQL, "open_or_snoozed_conversations", "status IN ('open', 'snoozed')"),
    ] {
        let plan = query_plan(&conn, sql);
        assert_eq!(plan, query_plan(&conn, &without_view(sql, view, "conversations", condition)), "{sql}");
        assert_eq!(plan, by_customer, "{sql}");
    }

    let jane = customer_id(&conn, "Jane Smith");
    for customer_id in [Some(jane), None] {
        let sql = queries::LIST.sql(&ListFilter { customer_id, only_open: true });
        let written_out = without_view(&sql, "open_conversations", "conversations", "v.status = 'open'");
        assert_eq!(query_plan(&conn, &sql), query_plan(&conn, &written_out), "{sql}");
    }
}
