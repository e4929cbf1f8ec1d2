//! The delete flow's rules, named by the requirement each one proves.

use std::time::Duration;

use rusqlite::Connection;
use uuid::Uuid;

use super::*;
use crate::audit::Actor;
use crate::error::CoreError;
use crate::i18n::{Locale, Messages};
use crate::testing::{
    anchor, assert_intact, audit_details, count, customer_id, fault_at, is_live, move_plate_to_bob, seeded_connection,
    seeded_desk, signed_in_desk, snapshot, snapshot_except, staff_id,
};
use crate::Desk;

fn manager() -> (Desk, std::sync::Arc<crate::clock::ManualClock>) {
    signed_in_desk("Rob Atkinson", "2222")
}

fn id_of(desk: &Desk, name: &str) -> Uuid {
    customer_id(&desk.connection(), name)
}

#[test]
fn d2_d3_blocked_by_each_blocker_worded_with_plurals() {
    let (desk, _) = manager();
    let tom = desk.check_delete(id_of(&desk, "Tom Fletcher")).unwrap();
    assert_eq!(tom.state, DeleteState::Blocked);
    assert_eq!(tom.blockers.len(), 1);
    assert_eq!(tom.blockers[0].text, "3 active work orders (including 2 on AB12 CDE)");

    let sarah = desk.check_delete(id_of(&desk, "Sarah Okafor")).unwrap();
    assert_eq!(sarah.blockers[0].kind, BlockerKind::Invoices);
    assert_eq!(sarah.blockers[0].text, "2 unpaid invoices totalling £425.60");

    let dylan = desk.check_delete(id_of(&desk, "Dylan Price")).unwrap();
    assert_eq!(dylan.blockers[0].text, "1 active conversation", "snoozed does not block");

    let graham = desk.check_delete(id_of(&desk, "Graham Whitlock")).unwrap();
    let kinds: Vec<_> = graham.blockers.iter().map(|b| b.kind).collect();
    assert_eq!(kinds, BlockerKind::ALL.to_vec());
    assert_eq!(graham.blockers[0].text, "1 active work order (including 1 on YH67 GWL)");
    assert_eq!(graham.blockers[1].text, "1 unpaid invoice totalling £312.75");
}

#[test]
fn d3_blockers_follow_polish_and_romanian_plural_rules() {
    let conn = seeded_connection();
    let messages = Messages::load().unwrap();
    let tom = customer_id(&conn, "Tom Fletcher");
    let check = preflight(&conn, tom).unwrap();
    let pl = check.to_check(tom, &messages, Locale::Pl);
    assert_eq!(pl.blockers[0].text, "3 aktywne zlecenia (w tym 2 dla AB12 CDE)");
    assert_eq!(pl.token, "USUŃ");
    let sarah = customer_id(&conn, "Sarah Okafor");
    let pl = preflight(&conn, sarah).unwrap().to_check(sarah, &messages, Locale::Pl);
    assert_eq!(pl.blockers[0].text, "2 nieopłacone faktury na łączną kwotę 425,60\u{a0}£");
    let ro = preflight(&conn, sarah).unwrap().to_check(sarah, &messages, Locale::Ro);
    assert_eq!(ro.blockers[0].text, "2 facturi neplătite în valoare totală de 425,60\u{a0}£");
    // Polish "many": five of something.
    let mut five = check.clone();
    five.blockers.active_work_orders = 5;
    five.blockers.busiest_plate = None;
    assert_eq!(five.to_check(tom, &messages, Locale::Pl).blockers[0].text, "5 aktywnych zleceń");
}

#[test]
fn d3_plate_left_out_when_no_busy_vehicle_has_one() {
    let conn = seeded_connection();
    let tom = customer_id(&conn, "Tom Fletcher");
    conn.execute(
        "UPDATE registrations SET valid_to = '2026-11-30T09:00:00Z' WHERE vehicle_id IN (SELECT id FROM vehicles WHERE customer_id = ?1)",
        [tom.to_string()],
    )
    .unwrap();
    let check = preflight(&conn, tom).unwrap();
    assert_eq!(check.blockers.busiest_plate, None);
    let text = check.to_check(tom, &Messages::load().unwrap(), Locale::EnGb).blockers[0].text.clone();
    assert_eq!(text, "3 active work orders");
}

#[test]
fn d6_confirm_states_exactly_what_will_be_hidden() {
    let (desk, _) = manager();
    let jane = desk.check_delete(id_of(&desk, "Jane Smith")).unwrap();
    assert_eq!(jane.state, DeleteState::Confirm);
    assert!(jane.blockers.is_empty());
    assert_eq!((jane.vehicles, jane.closed_conversations), (1, 1));
    assert_eq!(
        jane.impact,
        "This will hide this customer, 1 vehicle, and 1 closed conversation. Historical work orders and paid invoices stay on file."
    );
    assert_eq!(jane.token, "DELETE");
}

#[test]
fn d1_only_holders_of_customers_delete_may_check_or_delete() {
    for (name, pin) in [("Aisha Khan", "3333"), ("Dave Bennett", "4444"), ("Ioana Popescu", "6666")] {
        let (desk, _) = signed_in_desk(name, pin);
        let jane = id_of(&desk, "Jane Smith");
        let before = snapshot(&desk.connection());
        assert!(matches!(desk.check_delete(jane), Err(CoreError::PermissionDenied(_))), "{name}");
        assert!(matches!(desk.delete_customer(jane, "DELETE"), Err(CoreError::PermissionDenied(_))), "{name}");
        assert_eq!(before, snapshot(&desk.connection()));
    }
    let (desk, _) = seeded_desk();
    assert!(matches!(desk.delete_customer(id_of(&desk, "Jane Smith"), "DELETE"), Err(CoreError::NotSignedIn)));
}

#[test]
fn d7_wrong_token_is_refused_and_changes_nothing() {
    let (desk, _) = manager();
    let jane = id_of(&desk, "Jane Smith");
    let before = snapshot(&desk.connection());
    for token in ["delete", "DELET", "USUŃ", "", "DELETE!"] {
        assert!(matches!(desk.delete_customer(jane, token), Err(CoreError::WrongToken)), "{token:?}");
    }
    assert_eq!(before, snapshot(&desk.connection()));
    // A Polish manager types USUŃ, not DELETE.
    let (desk, _) = signed_in_desk("Piotr Nowak", "5555");
    let jane = id_of(&desk, "Jane Smith");
    assert!(matches!(desk.delete_customer(jane, "DELETE"), Err(CoreError::WrongToken)));
    assert_eq!(desk.delete_customer(jane, " USUŃ ").unwrap().outcome, DeleteOutcome::Deleted);
}

/// Issue 9: the token is queued as compared (trimmed), so spaces typed around it never make the
/// change pushed to the server any bigger.
#[test]
fn d7_the_queued_token_is_trimmed() {
    let (desk, _) = manager();
    let typed = format!("{}DELETE{}", " ".repeat(10_000), "\t".repeat(10_000));
    assert_eq!(desk.delete_customer(id_of(&desk, "Jane Smith"), &typed).unwrap().outcome, DeleteOutcome::Deleted);
    let body: String = desk.connection().query_row("SELECT body FROM sync_outbox", [], |r| r.get(0)).unwrap();
    let body: serde_json::Value = serde_json::from_str(&body).unwrap();
    assert_eq!(body["args"]["token"], "DELETE");
}

#[test]
fn d8_a_blocker_that_appears_after_the_dialog_opened_stops_the_delete() {
    let (desk, _) = manager();
    let jane = id_of(&desk, "Jane Smith");
    assert_eq!(desk.check_delete(jane).unwrap().state, DeleteState::Confirm);
    // Another desk books the car in meanwhile.
    desk.connection()
        .execute(
            "INSERT INTO work_orders (id, number, customer_id, vehicle_id, description, status, created_at, updated_at)
             SELECT '0b6f1c2e-0000-4000-8000-000000000003', 'WO-999999', customer_id, id, 'Brake check', 'booked', '2026-11-30T09:00:00Z', '2026-11-30T09:00:00Z'
               FROM vehicles WHERE customer_id = ?1",
            [jane.to_string()],
        )
        .unwrap();
    let before = snapshot(&desk.connection());
    let result = desk.delete_customer(jane, "DELETE").unwrap();
    assert_eq!(result.outcome, DeleteOutcome::Blocked);
    let check = result.check.unwrap();
    assert_eq!(check.state, DeleteState::Blocked);
    assert_eq!(check.blockers[0].text, "1 active work order (including 1 on YK14 JSM)");
    assert_eq!(before, snapshot(&desk.connection()), "nothing changes");
}

#[test]
fn d9_delete_hides_customer_and_active_vehicles_releases_plates_closes_conversations_keeps_history() {
    let (desk, _) = manager();
    let jane = id_of(&desk, "Jane Smith");
    let conn_before = snapshot(&desk.connection());
    let result = desk.delete_customer(jane, "DELETE").unwrap();
    assert_eq!(result.outcome, DeleteOutcome::Deleted);
    let batch = result.undo.unwrap().batch_id.to_string();
    let conn = desk.connection();
    let one = |sql: &str| -> i64 { conn.query_row(sql, [&batch], |r| r.get(0)).unwrap() };
    assert_eq!(one("SELECT count(*) FROM customers WHERE delete_batch_id = ?1 AND deleted_at IS NOT NULL"), 1);
    assert_eq!(one("SELECT count(*) FROM vehicles WHERE delete_batch_id = ?1 AND deleted_at IS NOT NULL"), 1);
    assert_eq!(one("SELECT count(*) FROM registrations WHERE ended_by_batch_id = ?1 AND valid_to IS NOT NULL"), 1);
    assert_eq!(
        one("SELECT count(*) FROM registrations WHERE plate = 'YK14JSM' AND valid_to IS NULL AND ?1 IS NOT NULL"),
        0
    );
    assert_eq!(
        one("SELECT count(*) FROM conversations WHERE delete_batch_id = ?1 AND status = 'closed' AND status_before_delete = 'snoozed'"),
        1
    );
    assert_eq!(one("SELECT count(*) FROM audit_entries WHERE batch_id = ?1 AND action = 'customer.delete'"), 1);
    // Work orders, invoices, payments and consent events are untouched.
    let after = snapshot(&conn);
    for table in ["work_orders", "invoices", "payments", "consent_events"] {
        let pick = |rows: &Vec<String>| {
            rows.iter().filter(|r| r.starts_with(&format!("{table}:"))).cloned().collect::<Vec<_>>()
        };
        assert_eq!(pick(&conn_before), pick(&after), "{table}");
    }
    // D10: gone from search, present under Deleted.
    drop(conn);
    let found = desk
        .search_customers(&crate::customers::CustomerQuery {
            text: "Jane Smith".into(),
            filter: crate::customers::CustomerFilter::Active,
            page: 0,
            page_size: 50,
        })
        .unwrap();
    assert!(found.rows.iter().all(|r| r.id != jane));
    let deleted = desk
        .search_customers(&crate::customers::CustomerQuery {
            text: "Jane Smith".into(),
            filter: crate::customers::CustomerFilter::Deleted,
            page: 0,
            page_size: 50,
        })
        .unwrap();
    assert_eq!(deleted.rows.len(), 1);
    // D12: the command takes one id; a second delete of the same customer is refused.
    assert!(matches!(desk.delete_customer(jane, "DELETE"), Err(CoreError::AlreadyDeleted)));
    assert_eq!(desk.check_delete(jane).unwrap().state, DeleteState::AlreadyDeleted);
}

#[test]
fn d9_a_released_plate_can_go_on_another_customers_vehicle_and_could_not_before() {
    let (desk, _) = manager();
    let jane = id_of(&desk, "Jane Smith");
    let other_vehicle: String = desk
        .connection()
        .query_row(
            "SELECT v.id FROM vehicles v JOIN customers c ON c.id = v.customer_id
              WHERE c.name = 'Margaret Hughes' AND v.deleted_at IS NULL",
            [],
            |r| r.get(0),
        )
        .unwrap();
    let put_plate_on_other = |conn: &Connection| {
        conn.execute_batch(&format!(
            "BEGIN;
             UPDATE registrations SET valid_to = '2026-11-30T10:00:00Z' WHERE vehicle_id = '{other_vehicle}' AND valid_to IS NULL;
             INSERT INTO registrations (id, vehicle_id, plate, valid_from) VALUES ('cherished', '{other_vehicle}', 'YK14JSM', '2026-11-30T10:00:00Z');
             COMMIT;"
        ))
    };
    let refused = put_plate_on_other(&desk.connection());
    assert!(refused.is_err(), "YK14 JSM is still current on Jane's car");
    desk.connection().execute_batch("ROLLBACK").unwrap();
    desk.delete_customer(jane, "DELETE").unwrap();
    put_plate_on_other(&desk.connection()).expect("the released plate moves");
}

#[test]
fn d13_the_eleventh_delete_in_an_hour_is_refused_and_says_when() {
    let (desk, clock) = manager();
    let conn = desk.connection();
    let ids: Vec<Uuid> = conn
        .prepare(
            "SELECT c.id FROM customers c WHERE deleted_at IS NULL
               AND NOT EXISTS (SELECT 1 FROM active_work_orders w WHERE w.customer_id = c.id)
               AND NOT EXISTS (SELECT 1 FROM unpaid_invoices i WHERE i.customer_id = c.id)
               AND NOT EXISTS (SELECT 1 FROM open_conversations v WHERE v.customer_id = c.id)
             ORDER BY c.id LIMIT 12",
        )
        .unwrap()
        .query_map([], |r| crate::db::uuid_at(r, 0))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    drop(conn);
    for (i, id) in ids.iter().take(10).enumerate() {
        let result = desk.delete_customer(*id, "DELETE").unwrap();
        // An undone delete still counts.
        if i == 0 {
            desk.undo_delete(result.undo.unwrap().batch_id).unwrap();
        }
        clock.advance(Duration::from_secs(60));
    }
    let before = snapshot(&desk.connection());
    let err = desk.delete_customer(ids[10], "DELETE").unwrap_err();
    let CoreError::RateLimited { next_at } = err else { panic!("expected rate limit, got {err:?}") };
    assert_eq!(next_at, anchor() + chrono::Duration::hours(1), "the first delete turns an hour old");
    let message = desk.message_for(&err);
    assert!(message.starts_with("Rate limited - too many deletes this hour"), "{message}");
    assert_eq!(before, snapshot(&desk.connection()));
    // Persisted: a new desk over the same database (a restart) still refuses.
    // After the hour, the next delete goes through.
    clock.advance(Duration::from_secs(60 * 60));
    assert_eq!(desk.delete_customer(ids[10], "DELETE").unwrap().outcome, DeleteOutcome::Deleted);
}

#[test]
fn d13_the_limit_is_per_user_and_survives_a_restart() {
    let conn = seeded_connection();
    let rob = staff_id(&conn, "Rob Atkinson");
    let piotr = staff_id(&conn, "Piotr Nowak");
    for i in 0..10 {
        conn.execute(
            "INSERT INTO delete_batches (id, customer_id, deleted_by, device_id, committed_at) VALUES (?1, 'c', ?2, 'd', ?3)",
            rusqlite::params![format!("b{i}"), rob.to_string(), crate::clock::to_storage(anchor() - chrono::Duration::minutes(50 - i))],
        )
        .unwrap();
    }
    assert!(rate_limit(&conn, rob, anchor()).unwrap().is_some());
    assert!(rate_limit(&conn, piotr, anchor()).unwrap().is_none());
    assert!(rate_limit(&conn, rob, anchor() + chrono::Duration::minutes(11)).unwrap().is_none());
}

#[test]
fn u1_u2_undo_within_the_window_restores_exactly_what_the_delete_changed() {
    let (desk, clock) = manager();
    let jane = id_of(&desk, "Jane Smith");
    // The outbox is left out: in place of the delete it holds the record that it was undone
    // (D13, issue 12), which sync::tests checks.
    let skip_tables = ["audit_entries", "delete_batches", "sync_outbox", "sync_outbox_rows"];
    let before_without_stamps = snapshot_except(&desk.connection(), &skip_tables, &["updated_at"]);
    let undo = desk.delete_customer(jane, "DELETE").unwrap().undo.unwrap();
    assert_eq!(undo.remaining_ms, 30_000);
    clock.advance(Duration::from_secs(29));
    let pending = desk.pending_undo().unwrap().unwrap();
    assert_eq!(pending.batch_id, undo.batch_id);
    assert_eq!(pending.remaining_ms, 1_000);
    let restored = desk.undo_delete(undo.batch_id).unwrap();
    assert_eq!(restored.customer_name, "Jane Smith");
    // Exactly as before, but for the batch (now marked undone), the audit log and updated_at stamps.
    assert_eq!(
        snapshot_except(&desk.connection(), &skip_tables, &["updated_at"]),
        before_without_stamps,
        "undo restores exactly what the delete changed"
    );
    let conn = desk.connection();
    assert!(is_live(&conn, jane));
    assert_eq!(
        count(
            &conn,
            "SELECT count(*) FROM conversations WHERE customer_id = ?1 AND status = 'snoozed'",
            [jane.to_string()]
        ),
        1
    );
    assert_eq!(
        count(
            &conn,
            "SELECT count(*) FROM conversations WHERE customer_id = ?1 AND status = 'closed'",
            [jane.to_string()]
        ),
        1
    );
    assert_eq!(
        count(&conn, "SELECT count(*) FROM registrations r JOIN vehicles v ON v.id = r.vehicle_id WHERE v.customer_id = ?1 AND r.valid_to IS NULL", [jane.to_string()]),
        1
    );
    assert_eq!(
        count(
            &conn,
            "SELECT count(*) FROM audit_entries WHERE subject_id = ?1 AND action = 'customer.undo_delete'",
            [jane.to_string()]
        ),
        1
    );
    drop(conn);
    assert!(desk.pending_undo().unwrap().is_none());
    // Undoing twice does nothing more.
    assert!(matches!(desk.undo_delete(undo.batch_id), Err(CoreError::UndoExpired)));
}

#[test]
fn u3_undo_after_thirty_seconds_fails_and_changes_nothing() {
    let (desk, clock) = manager();
    let jane = id_of(&desk, "Jane Smith");
    let batch = desk.delete_customer(jane, "DELETE").unwrap().undo.unwrap().batch_id;
    clock.advance(UNDO_WINDOW);
    let before = snapshot(&desk.connection());
    let err = desk.undo_delete(batch).unwrap_err();
    assert!(matches!(err, CoreError::UndoExpired));
    assert!(desk.message_for(&err).contains("Contact support"));
    assert_eq!(before, snapshot(&desk.connection()));
    assert!(desk.pending_undo().unwrap().is_none());
}

#[test]
fn u3_after_a_restart_there_is_nothing_to_undo() {
    let dir = tempfile::tempdir().unwrap();
    let clock: std::sync::Arc<dyn crate::clock::Clock> = std::sync::Arc::new(crate::clock::SystemClock);
    let batch = {
        let desk = Desk::open(dir.path(), clock.clone()).unwrap();
        let rob = staff_id(&desk.connection(), "Rob Atkinson");
        desk.sign_in(rob, "2222").unwrap();
        desk.delete_customer(id_of(&desk, "Jane Smith"), "DELETE").unwrap().undo.unwrap().batch_id
    };
    let desk = Desk::open(dir.path(), clock).unwrap();
    let rob = staff_id(&desk.connection(), "Rob Atkinson");
    desk.sign_in(rob, "2222").unwrap();
    assert!(desk.pending_undo().unwrap().is_none());
    assert!(matches!(desk.undo_delete(batch), Err(CoreError::UndoExpired)));
}

#[test]
fn u4_only_the_deleting_session_can_undo() {
    let (desk, _) = manager();
    let jane = id_of(&desk, "Jane Smith");
    let batch = desk.delete_customer(jane, "DELETE").unwrap().undo.unwrap().batch_id;
    // Another person signs in at the same desk.
    let piotr = staff_id(&desk.connection(), "Piotr Nowak");
    desk.sign_in(piotr, "5555").unwrap();
    assert!(desk.pending_undo().unwrap().is_none());
    assert!(matches!(desk.undo_delete(batch), Err(CoreError::UndoNotAllowed)));
    // Even the same person, in a new sign-in, cannot.
    let rob = staff_id(&desk.connection(), "Rob Atkinson");
    desk.sign_in(rob, "2222").unwrap();
    assert!(matches!(desk.undo_delete(batch), Err(CoreError::UndoNotAllowed)));
    desk.sign_out();
    assert!(matches!(desk.undo_delete(batch), Err(CoreError::NotSignedIn)));
}

#[test]
fn u5_undo_fails_whole_when_a_released_plate_was_reused() {
    let (desk, _) = manager();
    let jane = id_of(&desk, "Jane Smith");
    let batch = desk.delete_customer(jane, "DELETE").unwrap().undo.unwrap().batch_id;
    move_plate_to_bob(&desk.connection(), "moved", "2026-11-30T09:00:00Z");
    let before = snapshot(&desk.connection());
    let err = desk.undo_delete(batch).unwrap_err();
    assert!(matches!(&err, CoreError::PlateTaken { plate } if plate == "YK14JSM"));
    assert!(desk.message_for(&err).contains("YK14 JSM"), "the message names the plate");
    assert_eq!(before, snapshot(&desk.connection()), "nothing half-restored");
}

#[test]
fn u6_the_audit_entry_holds_enough_to_restore_by_hand() {
    let (desk, _) = manager();
    let jane = id_of(&desk, "Jane Smith");
    desk.delete_customer(jane, "DELETE").unwrap();
    let details = audit_details(&desk.connection(), "customer.delete", jane);
    assert_eq!(details["customer"]["name"], "Jane Smith");
    assert_eq!(details["vehicles"].as_array().unwrap().len(), 1);
    assert_eq!(details["registrations"][0]["plate"], "YK14JSM");
    assert_eq!(details["conversations"][0]["status"], "snoozed");
    assert!(details["restore"].as_str().unwrap().contains("valid_to"));
}

fn actor(conn: &Connection) -> Actor {
    Actor {
        staff_id: staff_id(conn, "Rob Atkinson"),
        device_id: Uuid::nil(),
        now: "2026-11-30T09:00:00Z".into(),
        mutation_id: Uuid::new_v4(),
    }
}

#[test]
fn d9_u2_a_fault_at_any_step_of_the_delete_leaves_the_database_as_it_was() {
    for &step in DELETE_STEPS {
        let mut conn = seeded_connection();
        let jane = customer_id(&conn, "Jane Smith");
        let before = snapshot(&conn);
        let actor = actor(&conn);
        let result = delete_customer(&mut conn, &actor, anchor(), jane, &mut fault_at(step));
        assert!(result.is_err(), "{step}");
        assert_eq!(before, snapshot(&conn), "fault at {step}");
        assert_intact(&conn);
    }
}

#[test]
fn u2_u5_a_fault_at_any_step_of_the_undo_leaves_the_delete_in_place() {
    for &step in UNDO_STEPS {
        let mut conn = seeded_connection();
        let jane = customer_id(&conn, "Jane Smith");
        let actor = actor(&conn);
        let Deleted::Done { batch_id, .. } = delete_customer(&mut conn, &actor, anchor(), jane, &mut no_fault).unwrap()
        else {
            panic!("Jane is deletable")
        };
        let before = snapshot(&conn);
        let result = undo_delete(&mut conn, &actor, batch_id, &mut fault_at(step));
        assert!(result.is_err(), "{step}");
        assert_eq!(before, snapshot(&conn), "fault at {step}");
        assert_intact(&conn);
    }
}

#[test]
fn d10_d12_unknown_and_deleted_customers_are_refused() {
    let (desk, _) = manager();
    assert!(matches!(desk.check_delete(Uuid::new_v4()), Err(CoreError::NotFound(_))));
    assert!(matches!(desk.delete_customer(Uuid::new_v4(), "DELETE"), Err(CoreError::NotFound(_))));
    let test_customer = id_of(&desk, "Test Customer");
    assert!(matches!(desk.delete_customer(test_customer, "DELETE"), Err(CoreError::AlreadyDeleted)));
    assert!(matches!(desk.undo_delete(Uuid::new_v4()), Err(CoreError::NotFound(_))));
}

#[test]
fn d14_a_delete_is_not_erasure_the_data_stays_on_file() {
    let (desk, _) = manager();
    let jane = id_of(&desk, "Jane Smith");
    let personal = |conn: &Connection| -> (String, String, String, i64) {
        conn.query_row(
            "SELECT name, phone, email, (SELECT count(*) FROM consent_events WHERE customer_id = c.id) FROM customers c WHERE id = ?1",
            [jane.to_string()],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
        )
        .unwrap()
    };
    let before = personal(&desk.connection());
    desk.delete_customer(jane, "DELETE").unwrap();
    assert_eq!(personal(&desk.connection()), before, "name, contact details and consent history are retained");
    // Readable, read-only, through the Deleted filter and the customer page.
    assert!(desk.customer(jane).unwrap().customer.deleted_at.is_some());
}

/// Issue 10: the pre-flight's unpaid-invoice sum read every issued invoice of the garage
/// (SQLite chose invoices_by_status); each of its queries must go by the customer.
#[test]
fn issue10_every_preflight_query_goes_by_the_customer() {
    let conn = crate::testing::seeded_connection();
    let plan = |sql: &str| -> String {
        let mut stmt = conn.prepare(&format!("EXPLAIN QUERY PLAN {sql}")).unwrap();
        let rows = stmt.query_map(["x"], |r| r.get::<_, String>(3)).unwrap();
        rows.map(Result::unwrap).collect::<Vec<_>>().join("; ")
    };
    for sql in super::preflight::queries() {
        let steps = plan(sql);
        let by_customer = steps.contains("customer_id=?") || steps.contains("USING INDEX sqlite_autoindex_customers");
        assert!(by_customer && !steps.contains("SCAN"), "{sql}\n=> {steps}");
    }
}
