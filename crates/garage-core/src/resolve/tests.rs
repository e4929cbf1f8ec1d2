//! D5: resolving blockers, each action permission-checked, validated and audited.

use uuid::Uuid;

use super::*;
use crate::customers::{InvoiceStatus, WorkOrderStatus};
use crate::delete::DeleteState;
use crate::error::CoreError;
use crate::testing::{count, customer_id, only_open, seeded_desk, signed_in_desk, staff_id};
use crate::Desk;

fn audits(desk: &Desk, action: &str) -> i64 {
    count(&desk.connection(), "SELECT count(*) FROM audit_entries WHERE action = ?1", [action])
}

#[test]
fn d4_lists_filter_to_one_customer_and_to_what_blocks() {
    let (desk, _) = signed_in_desk("Aisha Khan", "3333");
    let tom = desk.list_work_orders(&only_open(&desk, "Tom Fletcher")).unwrap();
    assert_eq!(tom.len(), 3);
    assert!(tom.iter().all(|w| w.work_order.active && w.customer.customer_name == "Tom Fletcher"));
    let all_tom = desk.list_work_orders(&ListFilter { only_open: false, ..only_open(&desk, "Tom Fletcher") }).unwrap();
    assert_eq!(all_tom.len(), 4);
    let sarah = desk.list_invoices(&only_open(&desk, "Sarah Okafor")).unwrap();
    assert_eq!(sarah.iter().map(|i| i.invoice.outstanding_pence).sum::<i64>(), 42_560);
    let dylan = desk.list_conversations(&only_open(&desk, "Dylan Price")).unwrap();
    assert_eq!(dylan.len(), 1);
    let garage = desk.list_invoices(&ListFilter { customer_id: None, only_open: true }).unwrap();
    assert!(garage.len() > 3 && garage.iter().all(|i| i.invoice.unpaid));
}

#[test]
fn d5_work_orders_can_be_completed_closed_or_cancelled_once() {
    let (desk, _) = signed_in_desk("Aisha Khan", "3333");
    let rows = desk.list_work_orders(&only_open(&desk, "Tom Fletcher")).unwrap();
    let actions = [WorkOrderAction::Complete, WorkOrderAction::Close, WorkOrderAction::Cancel];
    let expected = [WorkOrderStatus::Completed, WorkOrderStatus::Closed, WorkOrderStatus::Cancelled];
    for ((row, action), status) in rows.iter().zip(actions).zip(expected) {
        let after = desk.update_work_order(row.work_order.id, action).unwrap();
        assert_eq!(after.work_order.status, status);
        assert!(matches!(desk.update_work_order(row.work_order.id, action), Err(CoreError::NotActive)));
    }
    assert_eq!(
        audits(&desk, "work_order.completed")
            + audits(&desk, "work_order.closed")
            + audits(&desk, "work_order.cancelled"),
        3
    );
    // Tom can now be deleted by a manager.
    let rob = staff_id(&desk.connection(), "Rob Atkinson");
    desk.sign_in(rob, "2222").unwrap();
    let tom = customer_id(&desk.connection(), "Tom Fletcher");
    assert_eq!(desk.check_delete(tom).unwrap().state, DeleteState::Confirm);
}

#[test]
fn d5_technicians_may_complete_but_not_close_or_cancel() {
    let (desk, _) = signed_in_desk("Dave Bennett", "4444");
    let row = desk.list_work_orders(&only_open(&desk, "Tom Fletcher")).unwrap().remove(0);
    assert!(matches!(
        desk.update_work_order(row.work_order.id, WorkOrderAction::Close),
        Err(CoreError::PermissionDenied(_))
    ));
    assert!(matches!(
        desk.update_work_order(row.work_order.id, WorkOrderAction::Cancel),
        Err(CoreError::PermissionDenied(_))
    ));
    assert!(matches!(desk.close_conversation(Uuid::new_v4()), Err(CoreError::PermissionDenied(_))));
    assert!(matches!(desk.take_payment(Uuid::new_v4(), "1"), Err(CoreError::PermissionDenied(_))));
    assert!(desk.update_work_order(row.work_order.id, WorkOrderAction::Complete).is_ok());
}

#[test]
fn d5_payments_reduce_what_is_outstanding_and_pay_in_full_closes() {
    let (desk, _) = signed_in_desk("Aisha Khan", "3333");
    let part_paid = desk
        .list_invoices(&only_open(&desk, "Sarah Okafor"))
        .unwrap()
        .into_iter()
        .find(|i| i.invoice.outstanding_pence == 18_000)
        .unwrap();
    let after = desk.take_payment(part_paid.invoice.id, "£100.50").unwrap();
    assert_eq!(after.invoice.outstanding_pence, 7_950);
    assert_eq!(after.invoice.status, InvoiceStatus::Issued);
    let after = desk.take_payment(part_paid.invoice.id, "79.50").unwrap();
    assert_eq!(after.invoice.outstanding_pence, 0);
    assert_eq!(after.invoice.status, InvoiceStatus::Paid);
    assert!(!after.invoice.unpaid);
    assert!(matches!(desk.take_payment(part_paid.invoice.id, "1"), Err(CoreError::InvoiceNotUnpaid)));
    assert_eq!(audits(&desk, "invoice.take_payment"), 2);
    let payments: i64 = desk
        .connection()
        .query_row(
            "SELECT sum(amount_pence) FROM payments WHERE invoice_id = ?1",
            [part_paid.invoice.id.to_string()],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(payments, 30_000 + 18_000);
}

#[test]
fn d5_bad_amounts_are_refused_and_change_nothing() {
    let (desk, _) = signed_in_desk("Aisha Khan", "3333");
    let unpaid = desk.list_invoices(&only_open(&desk, "Sarah Okafor")).unwrap().remove(0);
    for bad in ["-5", "0", "abc", "12.3456", ""] {
        assert!(matches!(desk.take_payment(unpaid.invoice.id, bad), Err(CoreError::InvalidAmount)), "{bad:?}");
    }
    let too_much = desk.take_payment(unpaid.invoice.id, "10000").unwrap_err();
    assert!(
        matches!(too_much, CoreError::AmountTooLarge { outstanding_pence } if outstanding_pence == unpaid.invoice.outstanding_pence)
    );
    assert!(desk
        .message_for(&too_much)
        .contains(&crate::i18n::money(crate::i18n::Locale::EnGb, unpaid.invoice.outstanding_pence)));
    assert!(matches!(desk.take_payment(Uuid::new_v4(), "1"), Err(CoreError::NotFound(_))));
    let paid =
        desk.list_invoices(&ListFilter { only_open: false, ..only_open(&desk, "Jane Smith") }).unwrap().remove(0);
    assert!(matches!(desk.take_payment(paid.invoice.id, "1"), Err(CoreError::InvoiceNotUnpaid)));
    assert_eq!(desk.list_invoices(&only_open(&desk, "Sarah Okafor")).unwrap()[0], unpaid);
    assert_eq!(audits(&desk, "invoice.take_payment"), 0);
}

#[test]
fn d5_void_and_write_off_need_a_reason_and_the_right_role() {
    let (owner, _) = signed_in_desk("Sandra Whitaker", "1111");
    let invoices = owner.list_invoices(&only_open(&owner, "Sarah Okafor")).unwrap();
    assert!(matches!(owner.void_invoice(invoices[0].invoice.id, "   "), Err(CoreError::ReasonRequired)));
    let voided = owner.void_invoice(invoices[0].invoice.id, "Raised twice").unwrap();
    assert_eq!((voided.invoice.status, voided.invoice.outstanding_pence), (InvoiceStatus::Void, 0));
    let written = owner.write_off_invoice(invoices[1].invoice.id, "Goodwill").unwrap();
    assert_eq!(written.invoice.status, InvoiceStatus::WrittenOff);
    assert!(matches!(owner.void_invoice(invoices[0].invoice.id, "again"), Err(CoreError::InvoiceNotUnpaid)));
    let reason: String = owner
        .connection()
        .query_row("SELECT status_reason FROM invoices WHERE id = ?1", [voided.invoice.id.to_string()], |r| r.get(0))
        .unwrap();
    assert_eq!(reason, "Raised twice");

    // A manager may void but not write off; an advisor may do neither.
    let (manager, _) = signed_in_desk("Rob Atkinson", "2222");
    let graham = manager.list_invoices(&only_open(&manager, "Graham Whitlock")).unwrap().remove(0);
    assert!(matches!(manager.write_off_invoice(graham.invoice.id, "x"), Err(CoreError::PermissionDenied(_))));
    let (advisor, _) = signed_in_desk("Aisha Khan", "3333");
    assert!(matches!(advisor.void_invoice(graham.invoice.id, "x"), Err(CoreError::PermissionDenied(_))));
}

/// Issue 9: a reason has at most MAX_REASON_CHARS characters (it also bounds the largest change
/// a desk pushes); one over is refused and changes nothing; what is queued is the trimmed text.
#[test]
fn d5_a_reason_over_the_limit_is_refused_and_the_queued_reason_is_trimmed() {
    let (owner, _) = signed_in_desk("Sandra Whitaker", "1111");
    let invoices = owner.list_invoices(&only_open(&owner, "Sarah Okafor")).unwrap();
    let too_long = "é".repeat(MAX_REASON_CHARS + 1);
    let err = owner.void_invoice(invoices[0].invoice.id, &too_long).unwrap_err();
    assert!(matches!(err, CoreError::ReasonTooLong { max: MAX_REASON_CHARS }), "{err:?}");
    assert!(owner.message_for(&err).contains("500"), "{}", owner.message_for(&err));
    assert_eq!(owner.list_invoices(&only_open(&owner, "Sarah Okafor")).unwrap(), invoices, "nothing changed");
    let queued = |desk: &Desk| -> i64 {
        desk.connection().query_row("SELECT count(*) FROM sync_outbox", [], |r| r.get(0)).unwrap()
    };
    assert_eq!(queued(&owner), 0);

    let longest = format!("   {}\n", "é".repeat(MAX_REASON_CHARS));
    owner.write_off_invoice(invoices[0].invoice.id, &longest).unwrap();
    let body: String = owner.connection().query_row("SELECT body FROM sync_outbox", [], |r| r.get(0)).unwrap();
    let body: serde_json::Value = serde_json::from_str(&body).unwrap();
    assert_eq!(body["args"]["reason"], "é".repeat(MAX_REASON_CHARS), "queued trimmed");
}

#[test]
fn d5_conversations_close_once() {
    let (desk, _) = signed_in_desk("Aisha Khan", "3333");
    let open = desk.list_conversations(&only_open(&desk, "Dylan Price")).unwrap().remove(0);
    let closed = desk.close_conversation(open.conversation.id).unwrap();
    assert_eq!(closed.conversation.status, crate::customers::ConversationStatus::Closed);
    assert!(matches!(desk.close_conversation(open.conversation.id), Err(CoreError::NotActive)));
    assert_eq!(audits(&desk, "conversation.close"), 1);
}

#[test]
fn d10_a_deleted_customers_invoices_and_work_orders_still_list_with_the_name_at_issue() {
    let (desk, _) = signed_in_desk("Aisha Khan", "3333");
    let test_customer = customer_id(&desk.connection(), "Test Customer");
    desk.connection()
        .execute_batch(&format!(
            "INSERT INTO work_orders (id, number, customer_id, description, status, created_at, updated_at)
             VALUES ('0b6f1c2e-0000-4000-8000-000000000001', 'WO-900001', '{test_customer}', 'MOT test', 'completed', '2026-11-20T09:00:00Z', '2026-11-20T09:00:00Z');
             INSERT INTO invoices (id, number, customer_id, work_order_id, status, issued_at, total_pence, outstanding_pence,
                                   billed_name, created_at, updated_at)
             VALUES ('0b6f1c2e-0000-4000-8000-000000000002', 'INV-900001', '{test_customer}', '0b6f1c2e-0000-4000-8000-000000000001', 'paid', '2026-11-20T09:00:00Z', 5485, 0,
                     'Test Customer Ltd', '2026-11-20T09:00:00Z', '2026-11-20T09:00:00Z');"
        ))
        .unwrap();
    let filter = ListFilter { customer_id: Some(test_customer), only_open: false };
    let invoices = desk.list_invoices(&filter).unwrap();
    assert_eq!(invoices.len(), 1);
    assert!(invoices[0].customer.customer_deleted);
    assert_eq!(invoices[0].customer.customer_name, "Test Customer Ltd");
    let work_orders = desk.list_work_orders(&filter).unwrap();
    assert_eq!(
        work_orders[0].customer.customer_name, "Test Customer Ltd",
        "work orders render with the invoice's name at issue"
    );
}

#[test]
fn lists_need_a_signed_in_user() {
    let (desk, _) = seeded_desk();
    let filter = ListFilter { customer_id: None, only_open: true };
    assert!(matches!(desk.list_work_orders(&filter), Err(CoreError::NotSignedIn)));
    assert!(matches!(desk.list_invoices(&filter), Err(CoreError::NotSignedIn)));
    assert!(matches!(desk.list_conversations(&filter), Err(CoreError::NotSignedIn)));
}
