//! Two desks and the real central server on loopback (S1–S4): the core's sync engine against
//! the `garage-server` binary, no mocks.

mod harness;

use std::time::Duration;

use garage_core::customers::{CustomerFilter, CustomerQuery};
use harness::engine::*;
use harness::fresh;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn s1_s4_a_new_desk_downloads_the_whole_garage_and_signs_in_offline_afterwards() {
    let (_dir, server) = fresh();
    let a = desk(&server.base);
    assert!(a.desk.list_staff().unwrap().is_empty(), "nothing before the download");
    a.engine.cycle().await.unwrap();
    assert_same_as_server(&a.desk, &server);
    // Staff came down, and no PIN hash (issue 9): Rob signs in once through the server, then
    // without it, against his own credential on this desk.
    let hashes: i64 = a
        .desk
        .connection()
        .query_row("SELECT count(*) FROM staff_users WHERE pin_hash IS NOT NULL", [], |r| r.get(0))
        .unwrap();
    assert_eq!(hashes, 0, "no desk database holds a PIN hash");
    let rob = staff(&a.desk, "Rob Atkinson");
    a.sign_in(rob, "2222").await;
    a.desk.sign_out();
    drop(server);
    a.desk.sign_in(rob, "2222").unwrap();
    assert!(customer(&a.desk, "Tom Fletcher", CustomerFilter::Active).is_some(), "search terms built locally");
    assert!(a.engine.cycle().await.is_err(), "offline");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn s2_s4_u1_a_delete_on_one_desk_leaves_after_its_undo_window_and_vanishes_from_the_other() {
    let (_dir, server, [a, b]) = server_and_desks([("Rob Atkinson", "2222"), ("Aisha Khan", "3333")]).await;
    let jane = customer(&a.desk, "Jane Smith", CustomerFilter::Active).unwrap();
    a.desk.delete_customer(jane, "DELETE").unwrap();

    // Held back while it can be undone: nothing reaches the server.
    assert!(a.engine.cycle().await.unwrap(), "the delete is held");
    assert_eq!(a.desk.sync_status().unwrap().waiting, 1);
    b.engine.cycle().await.unwrap();
    assert!(customer(&b.desk, "Jane Smith", CustomerFilter::Active).is_some());

    a.clock.advance(Duration::from_secs(31));
    assert!(!a.engine.cycle().await.unwrap());
    assert_eq!(a.desk.sync_status().unwrap().waiting, 0);
    b.engine.cycle().await.unwrap();
    assert!(customer(&b.desk, "Jane Smith", CustomerFilter::Active).is_none(), "gone from the other desk");
    assert!(customer(&b.desk, "Jane Smith", CustomerFilter::Deleted).is_some());
    assert_same_as_server(&a.desk, &server);
    assert_same_as_server(&b.desk, &server);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn s2_u2_an_undone_delete_never_leaves_the_desk() {
    let (_dir, server, [a]) = server_and_desks([("Rob Atkinson", "2222")]).await;
    let jane = customer(&a.desk, "Jane Smith", CustomerFilter::Active).unwrap();
    let undo = a.desk.delete_customer(jane, "DELETE").unwrap().undo.unwrap();
    a.engine.cycle().await.unwrap();
    a.desk.undo_delete(undo.batch_id).unwrap();
    a.clock.advance(Duration::from_secs(31));
    a.engine.cycle().await.unwrap();
    let batches: i64 = server
        .db()
        .query_row(
            "SELECT count(*) FROM delete_batches WHERE undone_at IS NULL AND customer_id = ?1",
            [jane.to_string()],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(batches, 0);
    // Exactly as before but for the stamps of the local delete and undo.
    assert_same_as_server_except(&a.desk, &server, &["updated_at"]);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn s3_an_offline_delete_the_server_must_reject_comes_back_with_an_explanation() {
    let (_dir, mut server) = fresh();
    let mut a = downloaded_desk(&server.base).await;
    let piotr = staff(&a.desk, "Piotr Nowak");
    a.sign_in(piotr, "5555").await;
    let margaret = {
        let page = a
            .desk
            .search_customers(&CustomerQuery {
                text: "Margaret Hughes".into(),
                filter: CustomerFilter::Active,
                page: 0,
                page_size: 10,
            })
            .unwrap();
        // The one with the car (Maggie Hughes, found by her email, has one too).
        page.rows.into_iter().find(|r| r.name == "Margaret Hughes" && !r.plates.is_empty()).unwrap().id
    };
    // The server goes away; meanwhile another desk books Margaret's car in at the server.
    server.stop();
    a.desk.delete_customer(margaret, "USUŃ").unwrap();
    server.start_again();
    server
        .db()
        .execute(
            "INSERT INTO work_orders (id, number, customer_id, vehicle_id, description, status, created_at, updated_at)
         SELECT '7c1d9a52-0000-4000-8000-0000000000aa', 'WO-990001', customer_id, id, 'MOT test', 'booked',
                '2026-11-30T12:00:00Z', '2026-11-30T12:00:00Z'
           FROM vehicles WHERE customer_id = ?1",
            [margaret.to_string()],
        )
        .unwrap();
    a.reconnect(&server);
    a.clock.advance(Duration::from_secs(31));
    a.engine.cycle().await.unwrap();

    // Restored as undo would, explained in Polish to the person who deleted, audited.
    assert!(a.desk.customer(margaret).unwrap().customer.deleted_at.is_none());
    let problems = a.desk.sync_problems().unwrap();
    assert_eq!(problems.len(), 1);
    assert!(
        problems[0].message.contains("Serwer centralny nie usunął klienta Margaret Hughes"),
        "{}",
        problems[0].message
    );
    assert!(problems[0].message.contains("1 aktywne zlecenie"), "{}", problems[0].message);
    assert_eq!(a.desk.sync_status().unwrap().unread_problems, 1);
    a.desk.mark_problem_read(problems[0].id).unwrap();
    assert_eq!(a.desk.sync_status().unwrap().unread_problems, 0);
    let audited = a.count("SELECT count(*) FROM audit_entries WHERE action = 'sync.rejected'");
    assert_eq!(audited, 1);
    // And the desk ends equal to the server (the new work order came down too), but for the
    // stamps of the local delete and its restoration.
    a.engine.cycle().await.unwrap();
    assert_same_as_server_except(&a.desk, &server, &["updated_at"]);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn s3_a_revoked_permission_stops_working_on_every_desk_at_its_next_sync() {
    let (_dir, server) = fresh();
    let (a, b) = (downloaded_desk(&server.base).await, downloaded_desk(&server.base).await);
    let rob = staff(&b.desk, "Rob Atkinson");
    a.sign_in(staff(&a.desk, "Sandra Whitaker"), "1111").await;
    a.desk
        .set_staff_permission(
            rob,
            garage_core::staff::Permission::CustomersDelete,
            garage_core::staff::PermissionSetting::Revoke,
        )
        .unwrap();
    a.engine.cycle().await.unwrap();
    b.sign_in(rob, "2222").await;
    let jane = customer(&b.desk, "Jane Smith", CustomerFilter::Active).unwrap();
    assert!(b.desk.check_delete(jane).is_ok(), "not synced yet");
    b.engine.cycle().await.unwrap();
    assert!(b.desk.check_delete(jane).is_err(), "revoked at the next sync");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn s4_a_download_cut_off_by_a_server_restart_resumes_and_ends_identical() {
    let (_dir, mut server) = fresh();
    let mut a = desk(&server.base);
    // One page by hand, then the server restarts.
    let client = garage_core::sync::client::Client::new(&server.base);
    let token = client.register(a.desk.device_id(), "a", None).await.unwrap();
    garage_core::sync::engine::state::set(&a.desk.connection(), garage_core::sync::engine::state::DEVICE_TOKEN, &token)
        .unwrap();
    let page = client.changes(&token, 0, 500).await.unwrap();
    assert!(page.remaining > 0);
    garage_core::sync::pull::apply_page(&mut a.desk.connection(), &page).unwrap();
    server.stop();
    assert!(a.engine.cycle().await.is_err());
    server.start_again();
    a.reconnect(&server);
    a.engine.cycle().await.unwrap();
    assert_same_as_server(&a.desk, &server);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn s3_a_refused_payment_is_taken_back_and_the_invoice_comes_back_from_the_server() {
    let (_dir, mut server, [mut a]) = server_and_desks([("Aisha Khan", "3333")]).await;
    let sarah = customer(&a.desk, "Sarah Okafor", CustomerFilter::Active).unwrap();
    let filter = garage_core::resolve::ListFilter { customer_id: Some(sarah), only_open: true };
    let invoice = a.desk.list_invoices(&filter).unwrap().remove(0);

    // Offline, a payment is taken here while the office voids the invoice at the server.
    server.stop();
    let paid = a.desk.take_payment(invoice.invoice.id, "£20.00").unwrap();
    assert_eq!(paid.invoice.outstanding_pence, invoice.invoice.outstanding_pence - 2_000);
    server.start_again();
    server
        .db()
        .execute(
            "UPDATE invoices SET status = 'void', outstanding_pence = 0, status_reason = 'Raised twice' WHERE id = ?1",
            [invoice.invoice.id.to_string()],
        )
        .unwrap();
    a.reconnect(&server);
    a.engine.cycle().await.unwrap();
    a.engine.cycle().await.unwrap();

    let problems = a.desk.sync_problems().unwrap();
    assert_eq!(problems.len(), 1);
    assert!(problems[0].message.contains("nothing left to pay"), "{}", problems[0].message);
    let all = garage_core::resolve::ListFilter { customer_id: Some(sarah), only_open: false };
    let now = a.desk.list_invoices(&all).unwrap().into_iter().find(|i| i.invoice.id == invoice.invoice.id).unwrap();
    assert_eq!(now.invoice.status, garage_core::customers::InvoiceStatus::Void, "the server's invoice");
    assert_same_as_server(&a.desk, &server);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_first_sign_in_goes_through_the_server_and_only_known_people_sign_in_offline() {
    use garage_core::error::CoreError;
    use garage_core::sync::client::sign_in::sign_in;
    use garage_core::sync::client::Client;

    let (_dir, mut server) = fresh();
    let a = downloaded_desk(&server.base).await;
    let client = Client::new(&server.base);
    let (rob, aisha) = (staff(&a.desk, "Rob Atkinson"), staff(&a.desk, "Aisha Khan"));

    // Online: the server checks the PIN.
    assert!(matches!(sign_in(&a.desk, &client, rob, "0000").await, Err(CoreError::WrongPin { .. })));
    sign_in(&a.desk, &client, rob, "2222").await.unwrap();
    a.desk.sign_out();

    // Offline: Rob has signed in here before, Aisha has not.
    server.stop();
    sign_in(&a.desk, &client, rob, "2222").await.unwrap();
    a.desk.sign_out();
    let refused = sign_in(&a.desk, &client, aisha, "3333").await.unwrap_err();
    assert!(matches!(refused, CoreError::FirstSignInNeedsServer));
    assert!(a.desk.message_for(&refused).contains("Sign in here once while it is online"));
    assert!(a.desk.current_session().unwrap().is_none());
}
