//! M10, DS4: a merge and a "Not a duplicate", re-checked by the real central server against its
//! own rows, refused merges reverted and explained on the desk that made them offline, and both
//! travelling to the other desk (README, "Merging duplicate customers").

mod harness;

use std::time::Duration;

use garage_core::customers::ContactDetails;
use garage_core::customers::CustomerFilter;
use garage_core::i18n::Locale;
use garage_core::sync::protocol::{Mutation, MutationKind, MutationStatus};
use garage_core::ErrorCode;
use harness::engine::*;
use harness::{fresh, mutation, HttpDesk, Server};
use uuid::Uuid;

const FIRST_MARGARET: &str = "SELECT id FROM customers WHERE name = 'Margaret Hughes' ORDER BY created_at LIMIT 1";

/// Margaret's own values, as the review pre-selects them.
fn margarets_values() -> ContactDetails {
    ContactDetails {
        name: "Margaret Hughes".into(),
        phone: Some("07700 900461".into()),
        email: Some("margaret.hughes@example.co.uk".into()),
        address_line: Some("14 Otley Road".into()),
        town: Some("Leeds".into()),
        postcode: Some("LS6 3PX".into()),
    }
}

fn merge(staff_id: Uuid, survivor_id: Uuid, merged: Uuid, values: ContactDetails) -> Mutation {
    let kind = MutationKind::MergeCustomers(garage_core::changes::MergeCustomers {
        survivor_id,
        merged_ids: vec![merged],
        values,
        token: "MERGE".into(),
        locale: Locale::EnGb,
    });
    mutation(staff_id, kind)
}

fn uuid_of(server: &Server, sql: &str) -> Uuid {
    let id: String = server.sql().query_row(sql, [], |r| r.get(0)).unwrap();
    Uuid::parse_str(&id).unwrap()
}

#[test]
fn m10_ds4_the_server_rechecks_a_pushed_merge_and_dismissal_against_its_own_rows() {
    let (_dir, server) = fresh();
    let desk = HttpDesk::register(&server, "Front desk");
    let (rob, aisha) = (server.staff_id("Rob Atkinson"), server.staff_id("Aisha Khan"));
    let margaret = uuid_of(&server, FIRST_MARGARET);
    let maggie = server.customer_id("Maggie Hughes");
    let test = uuid_of(&server, "SELECT id FROM customers WHERE name = 'Test Customer'");
    let code = |m: Mutation| desk.push(&[m])[0].rejection.as_ref().map(|r| r.code);
    let seq = server.count("SELECT max(seq) FROM sync_changes");

    // The person the server authenticated must hold customers.merge in its own data.
    assert_eq!(code(merge(aisha, margaret, maggie, margarets_values())), Some(ErrorCode::PermissionDenied));
    let dismiss = |staff| {
        mutation(
            staff,
            MutationKind::DismissDuplicate(garage_core::changes::DismissDuplicate {
                customer_a: margaret,
                customer_b: maggie,
            }),
        )
    };
    assert_eq!(code(dismiss(aisha)), Some(ErrorCode::PermissionDenied));
    // Live customers only, and the values must be ones its own rows hold.
    assert_eq!(code(merge(rob, margaret, test, margarets_values())), Some(ErrorCode::AlreadyDeleted));
    let mut changed = margarets_values();
    changed.name = "Mrs Margaret Hughes".into();
    assert_eq!(code(merge(rob, margaret, maggie, changed)), Some(ErrorCode::MergeChanged));
    let mut wrong_token = merge(rob, margaret, maggie, margarets_values());
    if let MutationKind::MergeCustomers(garage_core::changes::MergeCustomers { token, .. }) = &mut wrong_token.kind {
        *token = "merge".into();
    }
    assert_eq!(code(wrong_token), Some(ErrorCode::WrongToken));
    assert_eq!(server.count("SELECT max(seq) FROM sync_changes"), seq, "nothing changed");

    // Applied once however often it is pushed.
    let m = merge(rob, margaret, maggie, margarets_values());
    let first = desk.push(std::slice::from_ref(&m));
    assert_eq!(first[0].status, MutationStatus::Applied, "{first:?}");
    assert_eq!(desk.push(std::slice::from_ref(&m)), first);
    assert_eq!(server.count(&format!("SELECT count(*) FROM customers WHERE merged_into_id = '{margaret}'")), 1);
    assert_eq!(server.count(&format!("SELECT count(*) FROM work_orders WHERE customer_id = '{margaret}'")), 4);
    assert_eq!(server.count("SELECT count(*) FROM audit_entries WHERE action = 'customer.merge'"), 1, "audited once");
    assert_eq!(code(merge(rob, margaret, maggie, margarets_values())), Some(ErrorCode::AlreadyMerged));
    assert_eq!(desk.push(&[dismiss(rob)])[0].status, MutationStatus::Applied);
    assert_eq!(server.count("SELECT count(*) FROM duplicate_dismissals"), 1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn m10_ds4_a_merge_and_a_dismissal_travel_from_one_desk_to_the_other() {
    let (_dir, server, [a, b]) = server_and_desks([("Rob Atkinson", "2222"), ("Piotr Nowak", "5555")]).await;
    let margaret = uuid_of(&server, FIRST_MARGARET);
    let maggie = customer(&a.desk, "Maggie Hughes", CustomerFilter::Active).unwrap();
    let review = a.desk.merge_review(&[margaret, maggie]).unwrap();
    assert_eq!(review.survivor_id, margaret);
    let result = a.desk.merge_customers(margaret, &[maggie], margarets_values(), "MERGE").unwrap();
    a.engine.cycle().await.unwrap();
    assert_eq!(a.desk.sync_status().unwrap().waiting, 1, "held back while it can be undone");
    a.clock.advance(Duration::from_secs(31));
    a.engine.cycle().await.unwrap();
    assert_eq!(a.desk.sync_status().unwrap().waiting, 0);
    let clean_duplicate =
        uuid_of(&server, "SELECT id FROM customers WHERE name = 'Margaret Hughes' ORDER BY created_at DESC LIMIT 1");
    b.desk.dismiss_duplicate(margaret, clean_duplicate).unwrap();
    b.engine.cycle().await.unwrap();
    a.engine.cycle().await.unwrap();

    // On desk B Maggie's old link lands on Margaret, with every work order and invoice of both.
    assert!(customer(&b.desk, "Maggie Hughes", CustomerFilter::Active).is_none());
    let landed = b.desk.customer(maggie).unwrap();
    assert_eq!((landed.customer.id, landed.merged_from), (margaret, Some(maggie)));
    assert_eq!(landed.work_orders.len(), 4);
    let mut billed: Vec<String> = landed.invoices.iter().filter_map(|i| i.billed_name.clone()).collect();
    billed.sort();
    assert_eq!(billed, vec!["Maggie Hughes", "Margaret Hughes", "Margaret Hughes"]);
    // On desk A the clean duplicate is no longer suggested with Margaret.
    let suggested = a.desk.duplicate_suggestions().unwrap();
    assert!(!suggested.iter().any(|s| [s.a.id, s.b.id] == [margaret, clean_duplicate]));
    assert!(a.desk.undo_merge(result.undo.unwrap().batch_id).is_err(), "the window is over");
    assert_same_as_server(&a.desk, &server);
    assert_same_as_server(&b.desk, &server);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn m10_an_offline_merge_the_server_refuses_is_reverted_and_explained() {
    let (_dir, mut server, [mut a]) = server_and_desks([("Rob Atkinson", "2222")]).await;
    let margaret = uuid_of(&server, FIRST_MARGARET);
    let maggie = customer(&a.desk, "Maggie Hughes", CustomerFilter::Active).unwrap();

    // Offline, Rob merges Maggie into Margaret; meanwhile Margaret's name is corrected at the server.
    server.stop();
    a.desk.merge_customers(margaret, &[maggie], margarets_values(), "MERGE").unwrap();
    a.clock.advance(Duration::from_secs(31));
    assert_eq!(a.desk.customer(maggie).unwrap().merged_from, Some(maggie), "merged here, offline");
    server.start_again();
    server
        .db()
        .execute("UPDATE customers SET name = 'Margaret A. Hughes' WHERE id = ?1", [margaret.to_string()])
        .unwrap();
    a.reconnect(&server);
    a.engine.cycle().await.unwrap();
    a.engine.cycle().await.unwrap();

    // Taken apart on this desk, explained to Rob, audited.
    assert_eq!(a.desk.customer(maggie).unwrap().merged_from, None, "Maggie is her own record again");
    assert!(customer(&a.desk, "Maggie Hughes", CustomerFilter::Active).is_some());
    assert_eq!(a.desk.customer(margaret).unwrap().work_orders.len(), 2);
    let problems = a.desk.sync_problems().unwrap();
    assert_eq!(problems.len(), 1);
    assert_eq!(
        problems[0].message,
        "The central server did not merge Margaret A. Hughes, Maggie Hughes: One of these customers was changed \
         after you opened the review. Nothing has been merged: open the review again to see the current details. \
         The records are separate again on this desk."
    );
    let audited = a.count("SELECT count(*) FROM audit_entries WHERE action = 'customer.merge_rejected'");
    assert_eq!(audited, 1);
    assert_same_as_server(&a.desk, &server);
}
