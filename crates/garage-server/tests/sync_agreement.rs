//! Issue 12: sync never leaves a desk disagreeing with the server, and never stalls its queue.
//! Each numbered path of the issue, as a sequence a real garage can hit: desks running the core's
//! sync engine against the real `garage-server` binary, with the server's data changed behind the
//! desks' backs where another system (or another desk's past) would change it.

mod harness;

use std::time::Duration;

use garage_core::customers::{ConversationStatus, CustomerFilter, InvoiceStatus};
use garage_core::staff::{Permission, PermissionSetting};
use garage_core::sync::engine::state;
use garage_core::ErrorCode;
use harness::engine::*;
use harness::{fresh, Server};
use rusqlite::params;
use uuid::Uuid;

/// Graham Whitlock, and his unpaid invoice.
fn grahams_unpaid_invoice(desk: &TestDesk) -> (Uuid, garage_core::customers::Invoice) {
    let graham = customer(&desk.desk, "Graham Whitlock", CustomerFilter::Active).unwrap();
    let invoices = desk.desk.customer(graham).unwrap().invoices;
    (graham, invoices.into_iter().find(|i| i.status == InvoiceStatus::Issued).unwrap())
}

/// Whether the server holds `customer` as deleted.
fn deleted_at_server(server: &Server, customer: Uuid) -> bool {
    server.count(&format!("SELECT count(*) FROM customers WHERE id = '{customer}' AND deleted_at IS NOT NULL")) == 1
}

fn waiting(desk: &TestDesk) -> u32 {
    desk.desk.sync_status().unwrap().waiting
}

/// An unpaid invoice for `customer`, made at the server (the garage's accounts system).
fn unpaid_invoice_at_server(server: &Server, customer: Uuid) -> Uuid {
    let id = Uuid::new_v4();
    server
        .db()
        .execute(
            "INSERT INTO invoices (id, number, customer_id, status, issued_at, total_pence, outstanding_pence,
                                   billed_name, created_at, updated_at)
             VALUES (?1, ?2, ?3, 'issued', '2026-12-01T09:00:00Z', 12000, 12000, 'Jane Smith',
                     '2026-12-01T09:00:00Z', '2026-12-01T09:00:00Z')",
            params![id.to_string(), format!("INV-T-{}", &id.to_string()[..8]), customer.to_string()],
        )
        .unwrap();
    id
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn issue12_path1_two_desks_delete_the_same_customer_and_the_second_ends_as_the_server_holds_it() {
    let (_dir, server, [a, b]) = server_and_desks([("Rob Atkinson", "2222"), ("Sandra Whitaker", "1111")]).await;
    let jane = customer(&a.desk, "Jane Smith", CustomerFilter::Active).unwrap();

    // Both delete Jane within the same 30 seconds; the first desk's reaches the server first.
    a.desk.delete_customer(jane, "DELETE").unwrap();
    b.desk.delete_customer(jane, "DELETE").unwrap();
    a.clock.advance(Duration::from_secs(31));
    a.engine.cycle().await.unwrap();
    // B's own delete still shields Jane's rows: this pull skips the server's new ones.
    assert!(b.engine.cycle().await.unwrap(), "B's delete is still held");
    b.clock.advance(Duration::from_secs(31));
    b.engine.cycle().await.unwrap();

    // The server refused B's delete (already deleted): B now holds Jane as the server does.
    assert!(customer(&b.desk, "Jane Smith", CustomerFilter::Active).is_none(), "not live again on B");
    assert!(customer(&b.desk, "Jane Smith", CustomerFilter::Deleted).is_some());
    assert_eq!(waiting(&b), 0);
    assert_eq!(b.problems().len(), 1, "Sandra is told her delete was not needed");
    b.engine.cycle().await.unwrap();
    assert_same_as_server(&a.desk, &server);
    assert_same_as_server(&b.desk, &server);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn issue12_path1_a_refused_permission_grant_leaves_no_override_on_the_desk() {
    let (_dir, server, [a]) = server_and_desks([("Sandra Whitaker", "1111")]).await;
    let sandra = staff(&a.desk, "Sandra Whitaker");
    let aisha = staff(&a.desk, "Aisha Khan");

    // Sandra grants Aisha "void invoices"; before it reaches the server, Sandra is deactivated there.
    a.desk.set_staff_permission(aisha, Permission::InvoicesVoid, PermissionSetting::Grant).unwrap();
    server.db().execute("UPDATE staff_users SET active = 0 WHERE id = ?1", [sandra.to_string()]).unwrap();
    a.engine.cycle().await.unwrap();

    let overrides: i64 = a
        .desk
        .connection()
        .query_row("SELECT count(*) FROM staff_permission_overrides WHERE staff_id = ?1", [aisha.to_string()], |r| {
            r.get(0)
        })
        .unwrap();
    assert_eq!(overrides, 0, "the grant the server never had is gone from the desk");
    assert_eq!(a.problems().len(), 1);
    assert_same_as_server(&a.desk, &server);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn issue12_path2_a_refused_delete_whose_plate_moved_on_settles_and_the_queue_goes_on() {
    let (_dir, server, [a]) = server_and_desks([("Rob Atkinson", "2222")]).await;
    let jane = customer(&a.desk, "Jane Smith", CustomerFilter::Active).unwrap();
    let tom = customer(&a.desk, "Tom Fletcher", CustomerFilter::Active).unwrap();
    a.desk.delete_customer(jane, "DELETE").unwrap();

    // Meanwhile, at the server: Jane gets an unpaid invoice (the delete will be refused), and her
    // plate YK14 JSM moves to a vehicle of Tom's (a plate transfer).
    unpaid_invoice_at_server(&server, jane);
    {
        let db = server.db();
        let (jane_registration, tom_vehicle): (String, String) = db
            .query_row(
                "SELECT r.id, (SELECT id FROM vehicles WHERE customer_id = ?2 AND deleted_at IS NULL LIMIT 1)
                   FROM registrations r WHERE r.plate = 'YK14JSM' AND r.valid_to IS NULL",
                [jane.to_string(), tom.to_string()],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .unwrap();
        db.execute("UPDATE registrations SET valid_to = '2026-12-02T10:00:00Z' WHERE id = ?1", [&jane_registration])
            .unwrap();
        db.execute(
            "UPDATE registrations SET valid_to = '2026-12-02T10:00:00Z' WHERE vehicle_id = ?1 AND valid_to IS NULL",
            [&tom_vehicle],
        )
        .unwrap();
        db.execute(
            "INSERT INTO registrations (id, vehicle_id, plate, valid_from) VALUES (?1, ?2, 'YK14JSM', '2026-12-02T10:00:00Z')",
            [Uuid::new_v4().to_string(), tom_vehicle],
        )
        .unwrap();
    }
    // While the delete is held, the desk pulls the plate's new registration.
    assert!(a.engine.cycle().await.unwrap(), "the delete is held");
    a.clock.advance(Duration::from_secs(31));
    // The refusal settles, though undoing the delete here would need the plate back.
    a.engine.cycle().await.unwrap();
    assert_eq!(waiting(&a), 0, "nothing left stuck in the queue");
    assert!(customer(&a.desk, "Jane Smith", CustomerFilter::Active).is_some(), "Jane is back, as at the server");
    assert_same_as_server(&a.desk, &server);

    // The queue goes on: a later change is sent and applied.
    let conversation =
        a.desk.customer(tom).unwrap().conversations.into_iter().find(|c| c.status != ConversationStatus::Closed);
    if let Some(conversation) = conversation {
        a.desk.close_conversation(conversation.id).unwrap();
        a.engine.cycle().await.unwrap();
        assert_eq!(waiting(&a), 0);
    }
    assert_same_as_server(&a.desk, &server);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn issue12_path2_a_change_the_server_refuses_whole_is_set_aside_and_the_queue_goes_on() {
    let (_dir, server, [a]) = server_and_desks([("Sandra Whitaker", "1111")]).await;
    let (graham, invoice) = grahams_unpaid_invoice(&a);
    let jane = customer(&a.desk, "Jane Smith", CustomerFilter::Active).unwrap();

    // A void queued by a newer desk version whose reasons may be longer than this server takes
    // in one request (its push is refused whole, 413), then a delete behind it.
    a.desk.void_invoice(invoice.id, "Raised twice").unwrap();
    a.desk
        .connection()
        .execute(
            "UPDATE sync_outbox SET body = json_set(body, '$.args.reason', ?1) WHERE body LIKE '%void_invoice%'",
            ["x".repeat(5 * 1024 * 1024)],
        )
        .unwrap();
    a.desk.delete_customer(jane, "DELETE").unwrap();
    a.clock.advance(Duration::from_secs(31));
    a.engine.cycle().await.unwrap();

    assert_eq!(waiting(&a), 0, "the void was set aside; the delete went through");
    assert!(deleted_at_server(&server, jane));
    let invoice_now = a.desk.customer(graham).unwrap().invoices.into_iter().find(|i| i.id == invoice.id).unwrap();
    assert_eq!(invoice_now.status, InvoiceStatus::Issued, "the void is taken back here, as the server never had it");
    assert_eq!(a.problems().len(), 1);
    assert!(a.problems()[0].contains("set aside"), "{:?}", a.problems());
    assert_same_as_server(&a.desk, &server);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn issue12_path2_a_server_answering_with_errors_shows_as_a_server_problem_not_offline() {
    let (_dir, server) = fresh();
    let a = desk(&server.base);
    a.desk.update_sync(|r| r.configured = true); // as the engine's run loop does
    a.engine.cycle().await.unwrap();
    use garage_core::sync::engine::status::SyncConnection;
    assert_eq!(a.desk.sync_status().unwrap().connection, SyncConnection::Online);

    // The server's log breaks (a failed disk, a bad migration): it answers 503.
    server.db().execute_batch("ALTER TABLE sync_changes RENAME TO sync_changes_broken").unwrap();
    assert!(a.engine.cycle().await.is_err());
    assert_eq!(a.desk.sync_status().unwrap().connection, SyncConnection::ServerProblem);

    server.db().execute_batch("ALTER TABLE sync_changes_broken RENAME TO sync_changes").unwrap();
    a.engine.cycle().await.unwrap();
    assert_eq!(a.desk.sync_status().unwrap().connection, SyncConnection::Online);
    drop(server);
    assert!(a.engine.cycle().await.is_err());
    assert_eq!(a.desk.sync_status().unwrap().connection, SyncConnection::Offline, "no answer at all");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn issue12_path3_a_server_restored_from_a_backup_loses_nothing_and_every_desk_agrees() {
    let dir = tempfile::tempdir().unwrap();
    let database = dir.path().join("server.db");
    let mut server = Server::start(&database);
    let address = server.base.trim_start_matches("http://").to_owned();
    let restart = |database: &std::path::Path| Server::start_with(database, &[("GARAGE_SERVER_LISTEN", &address)]);
    let a = signed_in_desk(&server.base, "Rob Atkinson", "2222").await;
    let b = signed_in_desk(&server.base, "Sandra Whitaker", "1111").await;

    // The nightly backup, taken with the server stopped.
    server.stop();
    let backup = dir.path().join("backup");
    std::fs::create_dir(&backup).unwrap();
    for file in ["server.db", "server.db-wal", "server.db-shm"] {
        let _ = std::fs::copy(dir.path().join(file), backup.join(file));
    }
    server = restart(&database);

    // A new desk is enrolled after the backup: the restored server will not know it.
    let c = downloaded_desk(&server.base).await;

    // The next morning: Rob deletes Jane on A, and both desks follow the server's log.
    let jane = delete_and_sync(&a, &b, "Jane Smith").await;

    // The disk fails; IT restores last night's backup, and the server renumbers from there.
    server.stop();
    for file in ["server.db", "server.db-wal", "server.db-shm"] {
        let _ = std::fs::remove_file(dir.path().join(file));
        let _ = std::fs::copy(backup.join(file), dir.path().join(file));
    }
    server = restart(&database);
    let tom = server.customer_id("Tom Fletcher");
    server.db().execute("UPDATE customers SET phone = '01904 000111' WHERE id = ?1", [tom.to_string()]).unwrap();

    // B syncs first: it starts over, and sees Tom's new phone.
    b.engine.cycle().await.unwrap();
    // A starts over and sends Jane's delete again: the restored server had lost it.
    a.engine.cycle().await.unwrap();
    b.engine.cycle().await.unwrap();
    // The new desk registers again under its own token, and starts over too.
    c.engine.cycle().await.unwrap();
    assert_same_as_server(&c.desk, &server);
    assert!(deleted_at_server(&server, jane), "Jane's delete is not lost");
    assert_eq!(
        server.count(&format!("SELECT count(*) FROM delete_batches WHERE customer_id = '{jane}'")),
        1,
        "nor doubled"
    );
    for d in [&a, &b] {
        assert!(customer(&d.desk, "Jane Smith", CustomerFilter::Deleted).is_some());
        let phone = d.desk.customer(tom).unwrap().customer.contact.phone;
        assert_eq!(phone.as_deref(), Some("01904 000111"));
        assert_same_as_server(&d.desk, &server);
    }
    let started_over = state::get(&a.desk.connection(), state::START_OVER).unwrap();
    assert_eq!(started_over, None, "the start-over finished");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn issue12_path5_deletes_undone_on_one_desk_count_on_every_desk() {
    let (_dir, server, [a, b]) = server_and_desks([("Rob Atkinson", "2222"), ("Rob Atkinson", "2222")]).await;

    // Rob deletes and undoes ten customers on A (D13: an undone delete still counts).
    let customers = server.clean_customers(11);
    for customer in &customers[..10] {
        let undo = a.desk.delete_customer(*customer, "DELETE").unwrap().undo.unwrap();
        a.desk.undo_delete(undo.batch_id).unwrap();
    }
    a.engine.cycle().await.unwrap();
    assert_eq!(waiting(&a), 0);
    assert_eq!(server.count("SELECT count(*) FROM delete_batches WHERE undone_at IS NOT NULL"), 10);
    for customer in &customers[..10] {
        assert!(!deleted_at_server(&server, *customer), "none of them deleted at the server");
    }

    // On B, within the hour, an eleventh is refused at once.
    b.engine.cycle().await.unwrap();
    let refused = b.desk.delete_customer(customers[10], "DELETE").unwrap_err();
    assert_eq!(refused.code(), ErrorCode::RateLimited);
    assert_same_as_server(&a.desk, &server);
    assert_same_as_server(&b.desk, &server);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn issue12_path6_an_undo_that_reaches_the_lock_after_its_window_is_refused_and_the_delete_is_sent() {
    let (_dir, server, [a]) = server_and_desks([("Rob Atkinson", "2222")]).await;
    let jane = customer(&a.desk, "Jane Smith", CustomerFilter::Active).unwrap();
    let undo = a.desk.delete_customer(jane, "DELETE").unwrap().undo.unwrap();
    a.clock.advance(Duration::from_secs(29));

    // The cache is busy (a page of pull, a push deciding what to send) when Rob clicks Undo with a
    // second left; by the time the undo gets the cache, the window has closed.
    let (undone, outcome) = std::sync::mpsc::channel();
    let busy = a.desk.connection();
    let desk = a.desk.clone();
    std::thread::spawn(move || undone.send(desk.undo_delete(undo.batch_id)).unwrap());
    std::thread::sleep(Duration::from_millis(300));
    a.clock.advance(Duration::from_secs(2));
    drop(busy);
    let outcome = outcome.recv_timeout(Duration::from_secs(10)).unwrap();
    assert_eq!(outcome.unwrap_err().code(), ErrorCode::UndoExpired, "refused: the push may send it now");

    a.engine.cycle().await.unwrap();
    assert!(customer(&a.desk, "Jane Smith", CustomerFilter::Deleted).is_some());
    assert!(deleted_at_server(&server, jane));
    assert_same_as_server(&a.desk, &server);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn issue12_path8_a_refused_payment_is_put_back_without_downloading_the_garage_again() {
    let (_dir, server, [a]) = server_and_desks([("Sandra Whitaker", "1111")]).await;
    let (graham, invoice) = grahams_unpaid_invoice(&a);

    // A row the server has not changed since this desk downloaded it, marked here only: a second
    // full download would overwrite it.
    let tom = customer(&a.desk, "Tom Fletcher", CustomerFilter::Active).unwrap();
    a.desk.connection().execute("UPDATE customers SET phone = 'marked here' WHERE id = ?1", [tom.to_string()]).unwrap();

    // A payment is taken here while the invoice is voided at the server: the payment is refused.
    a.desk.take_payment(invoice.id, "10.00").unwrap();
    server
        .db()
        .execute(
            "UPDATE invoices SET status = 'void', status_reason = 'Raised twice', updated_at = '2026-12-02T10:00:00Z'
              WHERE id = ?1",
            [invoice.id.to_string()],
        )
        .unwrap();
    a.engine.cycle().await.unwrap();

    let detail = a.desk.customer(graham).unwrap();
    let invoice_now = detail.invoices.iter().find(|i| i.id == invoice.id).unwrap();
    assert_eq!(invoice_now.status, InvoiceStatus::Void, "as the server holds it");
    let payments: i64 = a
        .desk
        .connection()
        .query_row("SELECT count(*) FROM payments WHERE invoice_id = ?1", [invoice.id.to_string()], |r| r.get(0))
        .unwrap();
    assert_eq!(payments, server.count(&format!("SELECT count(*) FROM payments WHERE invoice_id = '{}'", invoice.id)));
    assert_eq!(a.problems().len(), 1);
    let phone = a.desk.customer(tom).unwrap().customer.contact.phone;
    assert_eq!(phone.as_deref(), Some("marked here"), "no second download of the whole garage");
    assert_same_as_server_except(&a.desk, &server, &["phone"]);
}
