//! Restoring a deleted customer after the undo window, named by the rule each test proves
//! (README, "Restoring a deleted customer": R1–R8).

use std::time::Duration;

use rusqlite::Connection;
use uuid::Uuid;

use super::*;
use crate::audit::Actor;
use crate::delete::{self, no_fault, Deleted, UNDO_STEPS};
use crate::error::CoreError;
use crate::staff::{Permission, PermissionSetting};
use crate::sync::protocol::{Mutation, MutationKind};
use crate::testing::{
    anchor, count, customer_id, fault_at, is_live, move_plate_to_bob, seeded_connection, seeded_desk, sign_in,
    snapshot, snapshot_except, staff_id,
};
use crate::Desk;

type Clock = std::sync::Arc<crate::clock::ManualClock>;

/// Rob (Manager) deleted Jane Smith an hour ago; Sandra (Owner) is signed in now.
fn jane_deleted_an_hour_ago() -> (Desk, Clock, Uuid, Uuid) {
    let (desk, clock) = seeded_desk();
    sign_in(&desk, "Rob Atkinson", "2222");
    let jane = customer_id(&desk.connection(), "Jane Smith");
    let batch = desk.delete_customer(jane, "DELETE").unwrap().undo.unwrap().batch_id;
    clock.advance(Duration::from_secs(3600));
    sign_in(&desk, "Sandra Whitaker", "1111");
    (desk, clock, jane, batch)
}

/// What the restore must leave exactly as it was before the delete: everything but the logs,
/// the outbox and the updated_at stamps.
fn garage(conn: &Connection) -> Vec<String> {
    snapshot_except(
        conn,
        &["audit_entries", "delete_batches", "sync_outbox", "sync_outbox_rows", "staff_users"],
        &["updated_at"],
    )
}

#[test]
fn r1_only_holders_of_customers_restore_may_check_or_restore_and_an_owner_can_grant_it() {
    let (desk, _, jane, batch) = jane_deleted_an_hour_ago();
    for (name, pin) in
        [("Rob Atkinson", "2222"), ("Piotr Nowak", "5555"), ("Aisha Khan", "3333"), ("Dave Bennett", "4444")]
    {
        sign_in(&desk, name, pin);
        let before = snapshot(&desk.connection());
        assert!(matches!(desk.check_restore(jane), Err(CoreError::PermissionDenied("customers.restore"))), "{name}");
        assert!(matches!(desk.restore_customer(jane, batch), Err(CoreError::PermissionDenied(_))), "{name}");
        assert_eq!(before, snapshot(&desk.connection()), "{name}: nothing changed");
    }
    // Owners hold it by role; an Owner grants it to Piotr, a Manager, and he may restore.
    sign_in(&desk, "Sandra Whitaker", "1111");
    let piotr = staff_id(&desk.connection(), "Piotr Nowak");
    let listed = desk.staff_permissions().unwrap();
    let sandra = listed.iter().find(|s| s.staff.display_name == "Sandra Whitaker").unwrap();
    assert!(sandra.permissions.iter().any(|p| p.permission == Permission::CustomersRestore && p.held));
    let granted = desk.set_staff_permission(piotr, Permission::CustomersRestore, PermissionSetting::Grant).unwrap();
    assert!(granted.permissions.iter().any(|p| p.permission == Permission::CustomersRestore && p.held));
    sign_in(&desk, "Piotr Nowak", "5555");
    assert_eq!(desk.check_restore(jane).unwrap().state, RestoreState::Confirm);
    desk.restore_customer(jane, batch).unwrap();
    desk.sign_out();
    assert!(matches!(desk.check_restore(jane), Err(CoreError::NotSignedIn)));
}

#[test]
fn r2_restore_an_hour_later_puts_back_exactly_what_the_delete_changed() {
    let (desk, clock) = seeded_desk();
    sign_in(&desk, "Rob Atkinson", "2222");
    let jane = customer_id(&desk.connection(), "Jane Smith");
    let before = garage(&desk.connection());
    let batch = desk.delete_customer(jane, "DELETE").unwrap().undo.unwrap().batch_id;
    clock.advance(Duration::from_secs(3600));
    assert!(matches!(desk.undo_delete(batch), Err(CoreError::UndoExpired)), "undo is over");
    sign_in(&desk, "Sandra Whitaker", "1111");

    let check = desk.check_restore(jane).unwrap();
    assert_eq!(check.state, RestoreState::Confirm);
    assert_eq!((check.batch_id, check.customer_name.as_str()), (batch, "Jane Smith"));
    assert_eq!((check.vehicles, check.conversations), (1, 1));
    assert_eq!(check.plates, vec!["YK14 JSM".to_owned()]);
    assert!(check.left_out.is_empty());
    assert_eq!(
        check.impact,
        "This will bring back this customer, 1 vehicle and 1 conversation, as they were before the delete. \
         Work orders, invoices and consent history stayed on file all along and do not change."
    );

    let result = desk.restore_customer(jane, batch).unwrap();
    assert_eq!((result.customer_name.as_str(), result.vehicles, result.conversations), ("Jane Smith", 1, 1));
    assert!(result.left_out.is_empty());
    let conn = desk.connection();
    assert_eq!(garage(&conn), before, "the customer, vehicle, plate and conversation (snoozed) are as they were");
    let searchable = "SELECT count(*) FROM customer_search_terms WHERE customer_id = ?1 AND deleted = 0";
    assert!(count(&conn, searchable, [jane.to_string()]) > 0, "found by search again");
}

#[test]
fn r2_the_demo_customer_deleted_a_week_ago_comes_back_with_its_plate() {
    let (desk, _) = seeded_desk();
    sign_in(&desk, "Sandra Whitaker", "1111");
    let test = customer_id(&desk.connection(), "Test Customer");
    let check = desk.check_restore(test).unwrap();
    assert_eq!((check.vehicles, check.plates.clone()), (1, vec!["YA10 TST".to_owned()]));
    desk.restore_customer(test, check.batch_id).unwrap();
    let conn = desk.connection();
    assert!(is_live(&conn, test));
    assert_eq!(
        count(
            &conn,
            "SELECT count(*) FROM registrations r JOIN vehicles v ON v.id = r.vehicle_id
              WHERE v.customer_id = ?1 AND v.deleted_at IS NULL AND r.plate = 'YA10TST' AND r.valid_to IS NULL",
            [test.to_string()]
        ),
        1
    );
}

#[test]
fn r3_a_released_plate_now_on_another_vehicle_refuses_the_whole_restore_naming_it() {
    let (desk, _, jane, batch) = jane_deleted_an_hour_ago();
    move_plate_to_bob(&desk.connection(), "moved", "2026-11-30T09:30:00Z");
    let check = desk.check_restore(jane).unwrap();
    assert_eq!(check.state, RestoreState::PlateTaken);
    assert!(check.impact.contains("YK14 JSM"), "{}", check.impact);
    let before = snapshot(&desk.connection());
    let err = desk.restore_customer(jane, batch).unwrap_err();
    assert!(matches!(&err, CoreError::RestorePlateTaken { plate } if plate == "YK14JSM"));
    assert_eq!(
        desk.message_for(&err),
        "The customer was not restored: plate YK14 JSM is now on another vehicle. Nothing has been changed."
    );
    assert_eq!(before, snapshot(&desk.connection()), "nothing half-restored, nothing queued");
}

#[test]
fn r4_what_changed_since_the_delete_is_left_as_it_is_and_said() {
    let (desk, _, jane, batch) = jane_deleted_an_hour_ago();
    {
        let conn = desk.connection();
        // Jane's car went to Margaret Hughes's record; her conversation was changed since.
        conn.execute(
            "UPDATE vehicles SET customer_id = (SELECT id FROM customers WHERE name = 'Margaret Hughes')
              WHERE delete_batch_id = ?1",
            [batch.to_string()],
        )
        .unwrap();
        conn.execute(
            "UPDATE conversations SET delete_batch_id = NULL, status_before_delete = NULL WHERE delete_batch_id = ?1",
            [batch.to_string()],
        )
        .unwrap();
    }
    let check = desk.check_restore(jane).unwrap();
    assert_eq!(check.state, RestoreState::Confirm);
    assert_eq!((check.vehicles, check.conversations), (0, 0));
    let kinds: Vec<LeftOutKind> = check.left_out.iter().map(|l| l.kind).collect();
    assert_eq!(kinds, vec![LeftOutKind::VehicleMoved, LeftOutKind::ConversationChanged]);
    assert!(check.left_out[0].text.contains("(YK14 JSM) is on another customer’s record now"), "{:?}", check.left_out);
    assert!(check.left_out[1].text.starts_with("The conversation “"), "{:?}", check.left_out);

    let result = desk.restore_customer(jane, batch).unwrap();
    assert_eq!((result.vehicles, result.conversations), (0, 0));
    assert_eq!(result.left_out, check.left_out);
    let conn = desk.connection();
    assert!(is_live(&conn, jane));
    assert_eq!(
        count(
            &conn,
            "SELECT count(*) FROM vehicles WHERE delete_batch_id = ?1 AND deleted_at IS NOT NULL",
            [batch.to_string()]
        ),
        1,
        "the moved car stays as it is"
    );
    assert_eq!(
        count(
            &conn,
            "SELECT count(*) FROM registrations WHERE plate = 'YK14JSM' AND valid_to IS NULL AND ?1 <> ''",
            [batch.to_string()]
        ),
        0
    );
}

#[test]
fn r4_polish_and_romanian_words_for_the_check() {
    let (desk, _, jane, _) = jane_deleted_an_hour_ago();
    let sandra = staff_id(&desk.connection(), "Sandra Whitaker");
    desk.set_my_locale(crate::i18n::Locale::Pl).unwrap();
    let pl = desk.check_restore(jane).unwrap().impact;
    assert!(pl.starts_with("Przywrócone zostaną: ten klient, 1 pojazd i 1 rozmowa"), "{pl}");
    desk.set_my_locale(crate::i18n::Locale::Ro).unwrap();
    let ro = desk.check_restore(jane).unwrap().impact;
    assert!(ro.starts_with("Vor fi readuse acest client, 1 vehicul și 1 conversație"), "{ro}");
    assert_eq!(staff_id(&desk.connection(), "Sandra Whitaker"), sandra);
}

#[test]
fn r5_the_restore_writes_its_own_audit_entry_and_closes_the_batch() {
    let (desk, _, jane, batch) = jane_deleted_an_hour_ago();
    desk.restore_customer(jane, batch).unwrap();
    let conn = desk.connection();
    let (actor, details): (String, String) = conn
        .query_row(
            "SELECT actor_id, details FROM audit_entries WHERE action = 'customer.restore' AND subject_id = ?1 AND batch_id = ?2",
            [jane.to_string(), batch.to_string()],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap();
    assert_eq!(actor, staff_id(&conn, "Sandra Whitaker").to_string());
    let details: serde_json::Value = serde_json::from_str(&details).unwrap();
    assert_eq!(details["vehicles"].as_array().unwrap().len(), 1);
    assert_eq!(details["registrations"].as_array().unwrap().len(), 1);
    assert_eq!(details["conversations"].as_array().unwrap().len(), 1);
    assert_eq!(details["plates"][0], "YK14JSM");
    assert_eq!(
        count(
            &conn,
            "SELECT count(*) FROM delete_batches WHERE id = ?1 AND undone_at IS NOT NULL",
            [batch.to_string()]
        ),
        1
    );
}

#[test]
fn r6_the_restore_is_queued_for_the_server_with_its_rows_shielded() {
    let (desk, _, jane, batch) = jane_deleted_an_hour_ago();
    desk.restore_customer(jane, batch).unwrap();
    let conn = desk.connection();
    let body: String =
        conn.query_row("SELECT body FROM sync_outbox ORDER BY position DESC LIMIT 1", [], |r| r.get(0)).unwrap();
    let mutation: Mutation = serde_json::from_str(&body).unwrap();
    assert_eq!(
        mutation.kind,
        MutationKind::RestoreCustomer(crate::changes::RestoreCustomer { customer_id: jane, batch_id: batch })
    );
    assert!(mutation.proof.is_some(), "signed by Sandra's credential");
    let mut stmt =
        conn.prepare("SELECT table_name FROM sync_outbox_rows WHERE mutation_id = ?1 ORDER BY table_name").unwrap();
    let tables: Vec<String> =
        stmt.query_map([mutation.id.to_string()], |r| r.get(0)).unwrap().map(Result::unwrap).collect();
    assert_eq!(tables, ["conversations", "customers", "delete_batches", "registrations", "vehicles"]);
}

#[test]
fn r8_a_customer_not_deleted_or_deleted_again_is_refused_and_nothing_changes() {
    let (desk, clock, jane, batch) = jane_deleted_an_hour_ago();
    assert!(matches!(desk.check_restore(Uuid::new_v4()), Err(CoreError::NotFound(_))));
    assert!(matches!(desk.restore_customer(jane, Uuid::new_v4()), Err(CoreError::DeleteChanged)));
    desk.restore_customer(jane, batch).unwrap();
    let before = snapshot(&desk.connection());
    let err = desk.restore_customer(jane, batch).unwrap_err();
    assert!(matches!(err, CoreError::NotDeleted));
    assert!(desk.message_for(&err).contains("not deleted any more"));
    assert!(matches!(desk.check_restore(jane), Err(CoreError::NotDeleted)));
    assert_eq!(before, snapshot(&desk.connection()));
    // Deleted again: the old delete is not the one to restore.
    let again = desk.delete_customer(jane, "DELETE").unwrap().undo.unwrap().batch_id;
    clock.advance(Duration::from_secs(60));
    assert!(matches!(desk.restore_customer(jane, batch), Err(CoreError::DeleteChanged)));
    assert_eq!(desk.check_restore(jane).unwrap().batch_id, again);
}

#[test]
fn r2_restoring_within_the_undo_window_ends_the_undo() {
    let (desk, _) = seeded_desk();
    sign_in(&desk, "Sandra Whitaker", "1111");
    let jane = customer_id(&desk.connection(), "Jane Smith");
    let batch = desk.delete_customer(jane, "DELETE").unwrap().undo.unwrap().batch_id;
    assert!(desk.is_undoable(batch));
    desk.restore_customer(jane, batch).unwrap();
    assert!(!desk.is_undoable(batch), "the delete may leave the desk, the restore behind it");
    assert!(desk.pending_undo().unwrap().is_none());
}

#[test]
fn r2_r3_a_fault_at_any_step_of_the_restore_leaves_the_delete_in_place() {
    for &step in UNDO_STEPS {
        let mut conn = seeded_connection();
        let jane = customer_id(&conn, "Jane Smith");
        let actor = Actor {
            staff_id: staff_id(&conn, "Sandra Whitaker"),
            device_id: Uuid::nil(),
            now: "2026-11-30T10:00:00Z".into(),
            mutation_id: Uuid::new_v4(),
        };
        let Deleted::Done { batch_id, .. } =
            delete::delete_customer(&mut conn, &actor, anchor(), jane, &mut no_fault).unwrap()
        else {
            panic!("Jane is deletable")
        };
        let before = snapshot(&conn);
        let tx = conn.transaction().unwrap();
        let result = restore_in(&tx, &actor, jane, batch_id, &mut fault_at(step));
        assert!(result.is_err(), "{step}");
        drop(tx);
        assert_eq!(before, snapshot(&conn), "fault at {step}");
    }
}
