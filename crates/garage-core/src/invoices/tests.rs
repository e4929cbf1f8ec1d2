//! The view `unpaid_invoices` against [`InvoiceStatus::is_unpaid`], and its query plans.

use rusqlite::params;
use uuid::Uuid;

use super::*;
use crate::resolve::ListFilter;
use crate::testing::{customer_id, in_view, query_plan, seeded_connection, without_view};

const ID: &str = "0b6f1c2e-0000-4000-8000-00000000b001";

/// One invoice, moved through every status with nothing and then a penny outstanding: it is in
/// the view, counts against its customer's delete and is listed as unpaid exactly when it is
/// issued with something outstanding.
#[test]
fn unpaid_invoices_are_the_issued_ones_with_something_outstanding() {
    let conn = seeded_connection();
    let jane = customer_id(&conn, "Jane Smith");
    let (before, before_pence) = unpaid_for_customer(&conn, jane).unwrap();
    conn.execute(
        "INSERT INTO invoices (id, number, customer_id, status, issued_at, total_pence, outstanding_pence, billed_name,
                               created_at, updated_at)
         VALUES (?1, 'INV-900001', ?2, 'paid', '2026-11-20T09:00:00Z', 5485, 0, 'Jane Smith',
                 '2026-11-20T09:00:00Z', '2026-11-20T09:00:00Z')",
        params![ID, jane.to_string()],
    )
    .unwrap();
    let open = ListFilter { customer_id: Some(jane), only_open: true };
    let mut unpaid = Vec::new();
    for status in InvoiceStatus::ALL {
        for outstanding in [0, 1] {
            if status == InvoiceStatus::Paid && outstanding > 0 {
                continue; // the table refuses a paid invoice that still owes
            }
            conn.execute(
                "UPDATE invoices SET status = ?2, outstanding_pence = ?3 WHERE id = ?1",
                params![ID, status.id(), outstanding],
            )
            .unwrap();
            let is_unpaid = status.is_unpaid(outstanding);
            assert_eq!(in_view(&conn, "unpaid_invoices", ID), is_unpaid, "{status:?} {outstanding}");
            let expected = (before + u32::from(is_unpaid), before_pence + if is_unpaid { outstanding } else { 0 });
            assert_eq!(unpaid_for_customer(&conn, jane).unwrap(), expected, "{status:?} {outstanding}");
            let listed = list_invoices(&conn, &open).unwrap();
            assert_eq!(listed.iter().any(|i| i.invoice.id == Uuid::parse_str(ID).unwrap()), is_unpaid);
            assert_eq!(invoice(&conn, Uuid::parse_str(ID).unwrap()).unwrap().invoice.unpaid, is_unpaid);
            let page = for_customer(&conn, jane).unwrap();
            assert_eq!(page.iter().find(|i| i.id == Uuid::parse_str(ID).unwrap()).unwrap().unpaid, is_unpaid);
            if is_unpaid {
                unpaid.push((status.id(), outstanding));
            }
        }
    }
    assert_eq!(unpaid, [("issued", 1)]);
}

const CONDITION: &str = "status = 'issued' AND outstanding_pence > 0";

/// Issue 13: a query through the view is planned as the same query with the condition written
/// out, as it was before the view; the pre-flight's sum still goes by the partial index of unpaid
/// invoices by customer (migration 0006).
#[test]
fn the_view_keeps_the_plans_of_its_condition() {
    let conn = seeded_connection();
    let unpaid = query_plan(&conn, UNPAID_SQL);
    assert_eq!(unpaid, query_plan(&conn, &without_view(UNPAID_SQL, "unpaid_invoices", "invoices", CONDITION)));
    assert_eq!(unpaid, ["SEARCH USING INDEX invoices_unpaid_by_customer (customer_id=?)"]);

    let jane = customer_id(&conn, "Jane Smith");
    let condition = "i.status = 'issued' AND i.outstanding_pence > 0";
    for customer_id in [Some(jane), None] {
        let sql = queries::LIST.sql(&ListFilter { customer_id, only_open: true });
        let written_out = without_view(&sql, "unpaid_invoices", "invoices", condition);
        assert_eq!(query_plan(&conn, &sql), query_plan(&conn, &written_out), "{sql}");
    }
}
