//! S2: each local change is queued for the server in the transaction that made it.

use super::protocol::{Mutation, MutationKind};
use crate::testing::{customer_id, only_open, seeded_desk, sign_in, signed_in_desk, value};

fn queued(desk: &crate::Desk) -> Vec<Mutation> {
    let conn = desk.connection();
    let mut stmt = conn.prepare("SELECT body FROM sync_outbox ORDER BY position").unwrap();
    stmt.query_map([], |r| r.get::<_, String>(0)).unwrap().map(|b| serde_json::from_str(&b.unwrap()).unwrap()).collect()
}

#[test]
fn s2_each_change_is_queued_with_the_user_and_a_fresh_id() {
    let (desk, _) = seeded_desk();
    let aisha = sign_in(&desk, "Aisha Khan", "3333");
    let open = desk.list_conversations(&only_open(&desk, "Dylan Price")).unwrap().remove(0);
    desk.close_conversation(open.conversation.id).unwrap();
    desk.set_my_locale(crate::i18n::Locale::Pl).unwrap();
    let queue = queued(&desk);
    assert_eq!(queue.len(), 2);
    assert!(queue.iter().all(|m| m.staff_id == aisha));
    assert_ne!(queue[0].id, queue[1].id);
    assert_eq!(
        queue[0].kind,
        MutationKind::CloseConversation(crate::changes::CloseConversation { conversation_id: open.conversation.id })
    );
    // The audit entry's id derives from the mutation: the server will write the very same row.
    let audit: String =
        value(&desk.connection(), "SELECT id FROM audit_entries WHERE action = 'conversation.close'", []);
    let expected =
        super::protocol::derived_id(queue[0].id, &format!("audit:conversation.close:{}", open.conversation.id));
    assert_eq!(audit, expected.to_string());
    assert_eq!(super::outbox::waiting(&desk.connection()).unwrap(), 2);
}

#[test]
fn s2_refused_changes_queue_nothing() {
    let (desk, _) = signed_in_desk("Dave Bennett", "4444");
    let jane = customer_id(&desk.connection(), "Jane Smith");
    assert!(desk.delete_customer(jane, "DELETE").is_err());
    assert!(desk.take_payment(uuid::Uuid::new_v4(), "1").is_err());
    sign_in(&desk, "Rob Atkinson", "2222");
    assert!(desk.delete_customer(jane, "nope").is_err());
    let graham = customer_id(&desk.connection(), "Graham Whitlock");
    assert_eq!(desk.delete_customer(graham, "DELETE").unwrap().outcome, crate::delete::DeleteOutcome::Blocked);
    assert!(queued(&desk).is_empty());
}

#[test]
fn u2_s3_a_delete_waits_in_the_outbox_and_an_undo_takes_it_back_before_it_leaves() {
    let (desk, _) = signed_in_desk("Rob Atkinson", "2222");
    let jane = customer_id(&desk.connection(), "Jane Smith");
    let undo = desk.delete_customer(jane, "DELETE").unwrap().undo.unwrap();
    let queue = queued(&desk);
    assert_eq!(queue.len(), 1);
    assert!(
        matches!(&queue[0].kind, MutationKind::DeleteCustomer(crate::changes::DeleteCustomer { customer_id, .. }) if *customer_id == jane)
    );
    let shielded: i64 = desk
        .connection()
        .query_row("SELECT count(*) FROM sync_outbox_rows WHERE mutation_id = ?1", [queue[0].id.to_string()], |r| {
            r.get(0)
        })
        .unwrap();
    assert!(shielded >= 4, "customer, batch, vehicle, registration and conversation rows: {shielded}");
    assert_eq!(undo.batch_id, super::protocol::derived_id(queue[0].id, "delete_batch"));
    desk.undo_delete(undo.batch_id).unwrap();
    // The delete never leaves the desk; the server is told only that it was made and undone, so
    // its rate limit counts it (D13, issue 12 path 5).
    let queue = queued(&desk);
    assert_eq!(queue.len(), 1, "the delete left the queue");
    assert_eq!(
        queue[0].kind,
        MutationKind::RecordUndoneDelete(crate::changes::RecordUndoneDelete {
            customer_id: jane,
            batch_id: undo.batch_id
        }),
        "in its place, the record of an undone delete"
    );
}

#[test]
fn issue12_a_row_that_cannot_be_put_back_is_named_and_the_rest_settles() {
    use super::protocol::{Change, MutationResult, MutationStatus, Rejection};
    let (desk, _) = signed_in_desk("Sandra Whitaker", "1111");
    let invoice = desk.list_invoices(&only_open(&desk, "Graham Whitlock")).unwrap().remove(0);
    desk.take_payment(invoice.invoice.id, "10.00").unwrap();
    let sent = super::push::queued(&desk.connection(), 10).unwrap();
    let m = &sent[0].mutation;
    // The server refused the payment, and holds the invoice in a form this desk's schema refuses
    // (a newer server's value): it cannot be put back here.
    let row: String = value(
        &desk.connection(),
        "SELECT json_set(json_object('id', id, 'number', number, 'customer_id', customer_id, 'status', status,
                'issued_at', issued_at, 'total_pence', total_pence, 'outstanding_pence', outstanding_pence,
                'billed_name', billed_name, 'created_at', created_at, 'updated_at', updated_at),
                '$.total_pence', -1) FROM invoices WHERE id = ?1",
        [invoice.invoice.id.to_string()],
    );
    let server_rows = vec![Change {
        seq: 1,
        table: "invoices".into(),
        key: serde_json::json!({ "id": invoice.invoice.id }),
        row: Some(serde_json::from_str(&row).unwrap()),
    }];
    let refusal = crate::error::CoreError::InvoiceNotUnpaid;
    let results = vec![MutationResult {
        id: m.id,
        status: MutationStatus::Rejected,
        rejection: Some(Rejection::refused(&refusal)),
    }];
    let settled = super::push::settle(
        &mut desk.connection(),
        desk.device_id(),
        "2026-12-04T10:00:00Z",
        &sent,
        &results,
        &server_rows,
    )
    .unwrap();

    assert_eq!(settled.refused, 1);
    assert_eq!(settled.not_put_back.len(), 1, "the invoice could not be put back");
    assert_eq!(settled.not_put_back[0].table, "invoices");
    let conn = desk.connection();
    let payments: i64 = conn
        .query_row("SELECT count(*) FROM payments WHERE invoice_id = ?1", [invoice.invoice.id.to_string()], |r| {
            r.get(0)
        })
        .unwrap();
    assert_eq!(payments, 0, "the payment the server never took is gone all the same");
    assert_eq!(super::outbox::waiting(&conn).unwrap(), 0, "the queue goes on");
    drop(conn);
    let problems = desk.sync_problems().unwrap();
    assert_eq!(problems.len(), 1);
    assert!(problems[0].message.contains("could not be put back"), "{}", problems[0].message);
    assert!(problems[0].message.contains("Tell support"), "{}", problems[0].message);
}
