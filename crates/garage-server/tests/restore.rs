//! R6, R7: a restore after the undo window, re-checked by the real central server against its
//! own rows, and travelling from one desk to another (README, "Restoring a deleted customer").

mod harness;

use std::time::Duration;

use garage_core::customers::CustomerFilter;
use garage_core::sync::protocol::{derived_id, Mutation, MutationKind, MutationStatus};
use garage_core::testing::move_plate_to_bob;
use garage_core::ErrorCode;
use harness::engine::*;
use harness::{delete, fresh, mutation, HttpDesk, Server};
use uuid::Uuid;

fn restore(staff_id: Uuid, customer_id: Uuid, batch_id: Uuid) -> Mutation {
    mutation(staff_id, MutationKind::RestoreCustomer(garage_core::changes::RestoreCustomer { customer_id, batch_id }))
}

/// Puts plate YK14 JSM (Jane Smith's, released by her delete) on Bob Marsden's car at the server.
fn plate_to_bob(server: &Server) {
    move_plate_to_bob(&server.db(), "5d0c0a52-0000-4000-8000-0000000000bb", "2026-11-30T11:00:00Z");
}

#[test]
fn r1_r3_r6_r8_the_server_rechecks_a_pushed_restore_against_its_own_rows() {
    let (_dir, server) = fresh();
    let desk = HttpDesk::register(&server, "Front desk");
    let (rob, sandra) = (server.staff_id("Rob Atkinson"), server.staff_id("Sandra Whitaker"));
    let jane = server.customer_id("Jane Smith");
    let deleted = delete(rob, jane);
    assert_eq!(desk.push(std::slice::from_ref(&deleted))[0].status, MutationStatus::Applied);
    let batch = derived_id(deleted.id, "delete_batch");
    let code = |m: Mutation| desk.push(&[m])[0].rejection.as_ref().map(|r| r.code);

    // R1: the person the server authenticated must hold customers.restore in its own data.
    assert_eq!(code(restore(rob, jane, batch)), Some(ErrorCode::PermissionDenied));
    // R8: the delete named must be the customer's current one.
    assert_eq!(code(restore(sandra, jane, Uuid::new_v4())), Some(ErrorCode::DeleteChanged));
    // R3: the server's own plates decide.
    plate_to_bob(&server);
    let seq = server.count("SELECT max(seq) FROM sync_changes");
    let refused = &desk.push(&[restore(sandra, jane, batch)])[0];
    assert_eq!(refused.status, MutationStatus::Rejected);
    let rejection = refused.rejection.as_ref().unwrap();
    assert_eq!((rejection.code, rejection.plate.as_deref()), (ErrorCode::PlateTaken, Some("YK14JSM")));
    assert_eq!(server.count("SELECT max(seq) FROM sync_changes"), seq, "nothing changed");

    // Plate back off Bob's car: the restore is applied, once however often it is pushed.
    server
        .db()
        .execute_batch(
            "DELETE FROM registrations WHERE id = '5d0c0a52-0000-4000-8000-0000000000bb';
             UPDATE registrations SET valid_to = NULL WHERE valid_to = '2026-11-30T11:00:00Z';",
        )
        .unwrap();
    let m = restore(sandra, jane, batch);
    let first = desk.push(std::slice::from_ref(&m));
    assert_eq!(first[0].status, MutationStatus::Applied, "{first:?}");
    assert_eq!(desk.push(std::slice::from_ref(&m)), first);
    assert_eq!(server.count(&format!("SELECT count(*) FROM customers WHERE id = '{jane}' AND deleted_at IS NULL")), 1);
    assert_eq!(
        server.count(&format!(
            "SELECT count(*) FROM registrations r JOIN vehicles v ON v.id = r.vehicle_id
              WHERE v.customer_id = '{jane}' AND v.deleted_at IS NULL AND r.plate = 'YK14JSM' AND r.valid_to IS NULL"
        )),
        1
    );
    assert_eq!(
        server.count(&format!(
            "SELECT count(*) FROM audit_entries WHERE action = 'customer.restore' AND batch_id = '{batch}'"
        )),
        1,
        "audited once"
    );
    // R8: restored already.
    assert_eq!(code(restore(sandra, jane, batch)), Some(ErrorCode::NotDeleted));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn r7_a_restore_an_hour_after_the_delete_travels_from_one_desk_to_the_other() {
    let (_dir, server, [a, b]) = server_and_desks([("Rob Atkinson", "2222"), ("Aisha Khan", "3333")]).await;
    let jane = delete_and_sync(&a, &b, "Jane Smith").await;

    // An hour later the Owner restores her on desk A.
    a.clock.advance(Duration::from_secs(3600));
    a.sign_in(staff(&a.desk, "Sandra Whitaker"), "1111").await;
    let check = a.desk.check_restore(jane).unwrap();
    let restored = a.desk.restore_customer(jane, check.batch_id).unwrap();
    assert_eq!((restored.vehicles, restored.conversations), (1, 1));
    a.engine.cycle().await.unwrap();
    assert_eq!(a.desk.sync_status().unwrap().waiting, 0);
    b.engine.cycle().await.unwrap();

    let on_b = customer(&b.desk, "Jane Smith", CustomerFilter::Active).expect("back on desk B");
    assert_eq!(on_b, jane);
    let page = b
        .desk
        .search_customers(&garage_core::customers::CustomerQuery {
            text: "YK14JSM".into(),
            filter: CustomerFilter::Active,
            page: 0,
            page_size: 10,
        })
        .unwrap();
    assert_eq!(page.rows.iter().map(|r| r.id).collect::<Vec<_>>(), vec![jane], "found by her plate on desk B");
    assert_same_as_server(&a.desk, &server);
    assert_same_as_server(&b.desk, &server);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn r6_an_offline_restore_the_server_refuses_is_reverted_and_explained() {
    let (_dir, mut server, [mut a]) = server_and_desks([("Sandra Whitaker", "1111")]).await;
    let jane = customer(&a.desk, "Jane Smith", CustomerFilter::Active).unwrap();
    let batch = a.desk.delete_customer(jane, "DELETE").unwrap().undo.unwrap().batch_id;
    a.clock.advance(Duration::from_secs(31));
    a.engine.cycle().await.unwrap();

    // Offline, an hour later, the Owner restores Jane here; meanwhile her plate went onto
    // Bob Marsden's car at the server.
    server.stop();
    a.clock.advance(Duration::from_secs(3600));
    a.desk.restore_customer(jane, batch).unwrap();
    assert!(a.desk.customer(jane).unwrap().customer.deleted_at.is_none(), "restored here, offline");
    assert_eq!(a.desk.sync_status().unwrap().waiting, 1);
    server.start_again();
    plate_to_bob(&server);
    a.reconnect(&server);
    a.engine.cycle().await.unwrap();

    // Reverted from the server's rows, explained to the Owner, audited.
    assert!(a.desk.customer(jane).unwrap().customer.deleted_at.is_some(), "deleted again on this desk");
    assert!(customer(&a.desk, "Jane Smith", CustomerFilter::Deleted).is_some());
    let problems = a.desk.sync_problems().unwrap();
    assert_eq!(problems.len(), 1);
    assert_eq!(
        problems[0].message,
        "The central server did not restore Jane Smith: Plate YK14 JSM is on another vehicle on the server. \
         Jane Smith is back under Deleted on this desk."
    );
    let audited = a.count("SELECT count(*) FROM audit_entries WHERE action = 'sync.rejected'");
    assert_eq!(audited, 1);
    assert_same_as_server(&a.desk, &server);
}
