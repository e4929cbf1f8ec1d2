//! The view `active_work_orders` against [`WorkOrderStatus::is_active`], and its query plans.

use rusqlite::params;
use uuid::Uuid;

use super::*;
use crate::resolve::ListFilter;
use crate::testing::{customer_id, in_view, query_plan, seeded_connection, without_view};

const ID: &str = "0b6f1c2e-0000-4000-8000-00000000a001";

/// One work order, moved through every status: it is in the view, counts against its customer's
/// delete and is listed as open exactly while its status is active.
#[test]
fn active_work_orders_hold_each_status_that_blocks_and_no_other() {
    let conn = seeded_connection();
    let jane = customer_id(&conn, "Jane Smith");
    let (before, _) = active_for_customer(&conn, jane).unwrap();
    conn.execute(
        "INSERT INTO work_orders (id, number, customer_id, description, status, created_at, updated_at)
         VALUES (?1, 'WO-900001', ?2, 'MOT test', 'completed', '2026-11-20T09:00:00Z', '2026-11-20T09:00:00Z')",
        params![ID, jane.to_string()],
    )
    .unwrap();
    let open = ListFilter { customer_id: Some(jane), only_open: true };
    let mut active = Vec::new();
    for status in WorkOrderStatus::ALL {
        conn.execute("UPDATE work_orders SET status = ?2 WHERE id = ?1", params![ID, status.id()]).unwrap();
        let is_active = status.is_active();
        assert_eq!(in_view(&conn, "active_work_orders", ID), is_active, "{status:?}");
        assert_eq!(active_for_customer(&conn, jane).unwrap().0, before + u32::from(is_active), "{status:?}");
        let listed = list_work_orders(&conn, &open).unwrap();
        assert_eq!(listed.iter().any(|w| w.work_order.id == Uuid::parse_str(ID).unwrap()), is_active, "{status:?}");
        assert_eq!(work_order(&conn, Uuid::parse_str(ID).unwrap()).unwrap().work_order.active, is_active);
        if is_active {
            active.push(status.id());
        }
    }
    assert_eq!(active, ["booked", "in_progress", "awaiting_parts", "awaiting_authorisation", "ready_for_collection"]);
}

const CONDITION: &str =
    "status IN ('booked', 'in_progress', 'awaiting_parts', 'awaiting_authorisation', 'ready_for_collection')";

/// Issue 13: a query through the view is planned as the same query with the condition written
/// out, as it was before the view; the pre-flight's go by the customer's index.
#[test]
fn the_view_keeps_the_plans_of_its_condition() {
    let conn = seeded_connection();
    let by_customer = "SEARCH USING INDEX work_orders_by_customer (customer_id=?)";
    let count = query_plan(&conn, ACTIVE_COUNT_SQL);
    assert_eq!(
        count,
        query_plan(&conn, &without_view(ACTIVE_COUNT_SQL, "active_work_orders", "work_orders", CONDITION))
    );
    assert_eq!(count, [by_customer]);
    let plate = query_plan(&conn, BUSIEST_PLATE_SQL);
    let written_out = without_view(BUSIEST_PLATE_SQL, "active_work_orders", "work_orders", &format!("w.{CONDITION}"));
    assert_eq!(plate, query_plan(&conn, &written_out));
    assert!(plate.iter().any(|step| step == by_customer), "{plate:?}");

    let jane = customer_id(&conn, "Jane Smith");
    for customer_id in [Some(jane), None] {
        let sql = queries::LIST.sql(&ListFilter { customer_id, only_open: true });
        let written_out = without_view(&sql, "active_work_orders", "work_orders", &format!("w.{CONDITION}"));
        assert_eq!(query_plan(&conn, &sql), query_plan(&conn, &written_out), "{sql}");
    }
}
