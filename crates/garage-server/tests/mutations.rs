//! S2, S3, D8, D13: pushed changes are applied once, under the server's own rules.

mod harness;

use std::time::Instant;

use garage_core::delete::BlockerKind;
use garage_core::sync::protocol::{derived_id, ErrorBody, MutationStatus, PushRequest};
use garage_core::ErrorCode;
use harness::{delete, fresh, HttpDesk};
use reqwest::StatusCode;
use uuid::Uuid;

#[test]
fn s2_the_same_mutation_pushed_twice_is_applied_once() {
    let (_dir, server) = fresh();
    let front = HttpDesk::register(&server, "Front desk");
    let workshop = HttpDesk::register(&server, "Workshop");
    let rob = server.staff_id("Rob Atkinson");
    let customer = server.clean_customers(1)[0];
    let m = delete(rob, customer);

    let first = front.push(std::slice::from_ref(&m));
    assert_eq!(first[0].status, MutationStatus::Applied, "{first:?}");
    assert_eq!(first[0].rejection, None);
    // The response was lost; the desk retries; another desk even sends it too.
    let again = front.push(std::slice::from_ref(&m));
    assert_eq!(again, first);
    assert_eq!(workshop.push(std::slice::from_ref(&m)), first);

    let batches = server.count(&format!("SELECT count(*) FROM delete_batches WHERE customer_id = '{customer}'"));
    assert_eq!(batches, 1);
    let batch = derived_id(m.id, "delete_batch");
    assert_eq!(
        server.count(&format!("SELECT count(*) FROM delete_batches WHERE id = '{batch}'")),
        1,
        "same id as on the desk"
    );
    assert_eq!(server.count(&format!("SELECT count(*) FROM applied_mutations WHERE id = '{}'", m.id)), 1);
}

#[test]
fn s3_d8_a_delete_of_a_blocked_customer_is_rejected_with_its_blockers() {
    let (_dir, server) = fresh();
    let desk = HttpDesk::register(&server, "Front desk");
    let graham = server.customer_id("Graham Whitlock");
    let before = server.count("SELECT max(seq) FROM sync_changes");

    let result = &desk.push(&[delete(server.staff_id("Sandra Whitaker"), graham)])[0];
    assert_eq!(result.status, MutationStatus::Rejected);
    let rejection = result.rejection.as_ref().unwrap();
    assert_eq!(rejection.code, ErrorCode::DeleteBlocked);
    let kinds: Vec<BlockerKind> = rejection.blockers.kinds().collect();
    assert_eq!(kinds, [BlockerKind::WorkOrders, BlockerKind::Invoices, BlockerKind::Conversations]);
    let check = garage_core::delete::preflight(&server.sql(), graham).unwrap();
    assert_eq!(rejection.blockers.active_work_orders, check.blockers.active_work_orders);
    assert_eq!(rejection.blockers.busiest_plate, check.blockers.busiest_plate);
    assert_eq!(
        (rejection.blockers.unpaid_invoices, rejection.blockers.unpaid_total_pence),
        (check.blockers.unpaid_invoices, check.blockers.unpaid_total_pence)
    );
    assert_eq!(rejection.blockers.open_conversations, check.blockers.open_conversations);
    // On the wire: one entry a kind, each with its count.
    let wire = serde_json::to_value(&rejection.blockers).unwrap();
    assert!(wire.as_array().unwrap().iter().all(|b| b["count"].as_u64() > Some(0)), "{wire}");

    assert_eq!(
        server.count(&format!("SELECT count(*) FROM customers WHERE id = '{graham}' AND deleted_at IS NULL")),
        1
    );
    assert_eq!(server.count("SELECT max(seq) FROM sync_changes"), before, "nothing changed");
    assert_eq!(
        server.count("SELECT count(*) FROM applied_mutations WHERE status = 'rejected'"),
        1,
        "the answer is kept"
    );
}

#[test]
fn s3_a_delete_by_a_service_advisor_is_rejected_permission_denied() {
    let (_dir, server) = fresh();
    let desk = HttpDesk::register(&server, "Front desk");
    let customer = server.clean_customers(1)[0];
    let aisha = server.staff_id("Aisha Khan");

    let result = &desk.push(&[delete(aisha, customer)])[0];
    assert_eq!(result.status, MutationStatus::Rejected);
    assert_eq!(result.rejection.as_ref().unwrap().code, ErrorCode::PermissionDenied);
    assert_eq!(
        server.count(&format!("SELECT count(*) FROM customers WHERE id = '{customer}' AND deleted_at IS NULL")),
        1
    );

    // A staff member the server does not know cannot have signed in: no proof (issue 9).
    let unknown = &desk.push_as_is(&[delete(Uuid::new_v4(), customer)])[0];
    assert_eq!(unknown.rejection.as_ref().unwrap().code, ErrorCode::ProofMissing);
    // One who signed in and has since left the garage is not found.
    let dave = server.staff_id("Dave Bennett");
    let signed = desk.signed(&delete(dave, customer));
    server.db().execute("UPDATE staff_users SET active = 0 WHERE id = ?1", [dave.to_string()]).unwrap();
    let left = &desk.push_as_is(&[signed])[0];
    assert_eq!(left.rejection.as_ref().unwrap().code, ErrorCode::NotFound);
    // And a wrong confirmation token.
    let mut wrong = delete(server.staff_id("Sandra Whitaker"), customer);
    if let garage_core::sync::protocol::MutationKind::DeleteCustomer(garage_core::changes::DeleteCustomer {
        token,
        ..
    }) = &mut wrong.kind
    {
        *token = "delete".to_owned();
    }
    assert_eq!(desk.push(&[wrong])[0].rejection.as_ref().unwrap().code, ErrorCode::WrongToken);
}

#[test]
fn d13_the_rate_limit_holds_across_two_devices_of_one_user() {
    let (_dir, server) = fresh();
    let front = HttpDesk::register(&server, "Front desk");
    let workshop = HttpDesk::register(&server, "Workshop");
    let rob = server.staff_id("Rob Atkinson");
    let customers = server.clean_customers(12);

    let started = Instant::now();
    for (i, customer) in customers[..10].iter().enumerate() {
        let desk = if i % 2 == 0 { &front } else { &workshop };
        let result = &desk.push(&[delete(rob, *customer)])[0];
        assert_eq!(result.status, MutationStatus::Applied, "delete {i}: {result:?}");
    }
    eprintln!("10 deletes pushed one by one in {} ms", started.elapsed().as_millis());
    let eleventh = &front.push(&[delete(rob, customers[10])])[0];
    assert_eq!(eleventh.status, MutationStatus::Rejected);
    assert_eq!(eleventh.rejection.as_ref().unwrap().code, ErrorCode::RateLimited);
    assert_eq!(server.count(&format!("SELECT count(*) FROM delete_batches WHERE deleted_by = '{rob}'")), 10);
    // Another user is not held back by Rob's hour.
    let sandra = server.staff_id("Sandra Whitaker");
    assert_eq!(workshop.push(&[delete(sandra, customers[11])])[0].status, MutationStatus::Applied);
}

#[test]
fn s4_an_applied_delete_shows_up_in_the_changes_after_the_cursor() {
    let (_dir, server) = fresh();
    let front = HttpDesk::register(&server, "Front desk");
    let other = HttpDesk::register(&server, "Workshop");
    let (_, cursor) = other.download(0, 5000);
    let customer = server.clean_customers(1)[0];
    let m = delete(server.staff_id("Rob Atkinson"), customer);
    assert_eq!(front.push(std::slice::from_ref(&m))[0].status, MutationStatus::Applied);

    let (changes, _) = other.download(cursor, 1000);
    assert!(changes.iter().all(|c| c.seq > cursor));
    let row = changes
        .iter()
        .find(|c| c.table == "customers" && c.key["id"] == customer.to_string())
        .and_then(|c| c.row.as_ref())
        .expect("the customer's new state");
    let batch = derived_id(m.id, "delete_batch").to_string();
    assert!(row["deleted_at"].is_string());
    assert_eq!(row["delete_batch_id"], batch.as_str());
    assert!(changes.iter().any(|c| c.table == "delete_batches" && c.key["id"] == batch.as_str()));
    assert!(changes.iter().any(|c| c.table == "audit_entries"
        && c.row.as_ref().is_some_and(|r| r["action"] == "customer.delete" && r["batch_id"] == batch.as_str())));
}

#[test]
fn s2_a_busy_database_answers_503_and_the_retry_is_applied() {
    let (_dir, server) = fresh();
    let desk = HttpDesk::register(&server, "Front desk");
    let customer = server.clean_customers(1)[0];
    let m = delete(server.staff_id("Rob Atkinson"), customer);

    // Another writer holds the database longer than the server's busy timeout (5 s).
    let blocker = rusqlite::Connection::open(&server.database).unwrap();
    blocker.execute_batch("BEGIN IMMEDIATE").unwrap();
    let response = desk.post("/v1/mutations", &PushRequest { mutations: vec![m.clone()] });
    assert_eq!(response.status(), StatusCode::SERVICE_UNAVAILABLE);
    assert_eq!(response.json::<ErrorBody>().unwrap().code, "storage");
    blocker.execute_batch("ROLLBACK").unwrap();
    assert_eq!(server.count("SELECT count(*) FROM applied_mutations"), 0, "nothing recorded");

    assert_eq!(desk.push(&[m])[0].status, MutationStatus::Applied);
}
