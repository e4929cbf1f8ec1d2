//! Merging duplicate customers and the duplicate suggestions, named by the rule each test proves
//! (README, "Merging duplicate customers": M1–M10, DS1–DS5).

use std::time::Duration;

use rusqlite::Connection;
use uuid::Uuid;

use super::*;
use crate::customers::{ContactDetails, CustomerFilter, CustomerQuery};
use crate::error::CoreError;
use crate::staff::{Permission, PermissionSetting};
use crate::sync::protocol::MutationKind;
use crate::testing::{
    audit_details, count, customer_id, ids, seeded_desk, sign_in, signed_in_desk, snapshot, snapshot_except, staff_id,
};
use crate::Desk;

/// Margaret Hughes (the record with a car and two paid jobs) and Maggie Hughes (her second
/// record, with a car, a paid job billed to "Maggie Hughes" and a booked MOT).
fn margaret_and_maggie(desk: &Desk) -> (Uuid, Uuid) {
    let conn = desk.connection();
    (customer_id(&conn, "Margaret Hughes"), customer_id(&conn, "Maggie Hughes"))
}

fn search(desk: &Desk, text: &str) -> Vec<Uuid> {
    desk.search_customers(&CustomerQuery { text: text.into(), filter: CustomerFilter::Active, page: 0, page_size: 50 })
        .unwrap()
        .rows
        .into_iter()
        .map(|r| r.id)
        .collect()
}

/// Rob signed in, having merged Maggie Hughes into Margaret Hughes with the values the review
/// pre-selects.
fn maggie_merged_into_margaret() -> (Desk, Uuid, Uuid) {
    let (desk, _) = signed_in_desk("Rob Atkinson", "2222");
    let (margaret, maggie) = margaret_and_maggie(&desk);
    merge_as_preselected(&desk, margaret, maggie);
    (desk, margaret, maggie)
}

/// Merges `maggie` into `margaret` with the values the review pre-selects.
fn merge_as_preselected(desk: &Desk, margaret: Uuid, maggie: Uuid) {
    let review = desk.merge_review(&[margaret, maggie]).unwrap();
    desk.merge_customers(margaret, &[maggie], preselected(&review), "MERGE").unwrap();
}

/// The survivor's values as the review pre-selects them.
fn preselected(review: &MergeReview) -> ContactDetails {
    let from = |field: MergeField| {
        let pick = review.fields.iter().find(|f| f.field == field).unwrap().preselected_from;
        review.records.iter().find(|r| r.id == pick).unwrap().values.get(field).map(str::to_owned)
    };
    ContactDetails {
        name: from(MergeField::Name).unwrap(),
        phone: from(MergeField::Phone),
        email: from(MergeField::Email),
        address_line: from(MergeField::AddressLine),
        town: from(MergeField::Town),
        postcode: from(MergeField::Postcode),
    }
}

#[test]
fn m1_only_holders_of_customers_merge_may_review_merge_or_dismiss_and_an_owner_can_grant_it() {
    let (desk, _) = seeded_desk();
    let (margaret, maggie) = margaret_and_maggie(&desk);
    for (name, pin) in [("Aisha Khan", "3333"), ("Dave Bennett", "4444")] {
        sign_in(&desk, name, pin);
        let before = snapshot(&desk.connection());
        assert!(matches!(desk.merge_review(&[margaret, maggie]), Err(CoreError::PermissionDenied("customers.merge"))));
        let values = ContactDetails { name: "Margaret Hughes".into(), ..ContactDetails::default() };
        assert!(matches!(
            desk.merge_customers(margaret, &[maggie], values, "MERGE"),
            Err(CoreError::PermissionDenied(_))
        ));
        assert!(matches!(desk.duplicate_suggestions(), Err(CoreError::PermissionDenied(_))));
        assert!(matches!(desk.dismiss_duplicate(margaret, maggie), Err(CoreError::PermissionDenied(_))));
        assert_eq!(before, snapshot(&desk.connection()), "{name}: nothing changed");
    }
    for (name, pin) in [("Sandra Whitaker", "1111"), ("Rob Atkinson", "2222")] {
        sign_in(&desk, name, pin);
        desk.merge_review(&[margaret, maggie]).unwrap();
    }
    // An Owner grants it to Aisha, a Service Advisor.
    sign_in(&desk, "Sandra Whitaker", "1111");
    let aisha = staff_id(&desk.connection(), "Aisha Khan");
    desk.set_staff_permission(aisha, Permission::CustomersMerge, PermissionSetting::Grant).unwrap();
    sign_in(&desk, "Aisha Khan", "3333");
    desk.merge_review(&[margaret, maggie]).unwrap();
}

#[test]
fn m1_a_merge_combines_two_to_five_distinct_customers() {
    let (desk, _) = signed_in_desk("Rob Atkinson", "2222");
    let (margaret, maggie) = margaret_and_maggie(&desk);
    assert!(matches!(desk.merge_review(&[margaret]), Err(CoreError::MergeCount)));
    assert!(matches!(desk.merge_review(&[margaret, margaret]), Err(CoreError::InvalidInput(_))));
    let six = ids(&desk.connection(), "SELECT id FROM customers WHERE deleted_at IS NULL LIMIT 6");
    assert!(matches!(desk.merge_review(&six), Err(CoreError::MergeCount)));
    assert_eq!(desk.merge_review(&six[..5]).unwrap().records.len(), 5);
    let values = ContactDetails { name: "Margaret Hughes".into(), ..ContactDetails::default() };
    assert!(matches!(desk.merge_customers(margaret, &[], values, "MERGE"), Err(CoreError::MergeCount)));
    let _ = maggie;
}

#[test]
fn m2_the_review_shows_every_field_collapses_agreeing_ones_and_preselects_the_record_with_most_history() {
    let (desk, _) = signed_in_desk("Rob Atkinson", "2222");
    let (margaret, maggie) = margaret_and_maggie(&desk);
    // Given in either order, the survivor is Margaret: a car, two jobs, two invoices, a consent.
    for ids in [[maggie, margaret], [margaret, maggie]] {
        let review = desk.merge_review(&ids).unwrap();
        assert_eq!(review.survivor_id, margaret);
        assert_eq!(review.fields.len(), MergeField::ALL.len());
        let agree: Vec<MergeField> = review.fields.iter().filter(|f| f.agree).map(|f| f.field).collect();
        assert_eq!(agree, vec![MergeField::Email, MergeField::Town, MergeField::Postcode]);
        assert!(review.fields.iter().all(|f| f.preselected_from == margaret));
        let m = review.records.iter().find(|r| r.id == margaret).unwrap();
        assert_eq!((m.history.vehicles, m.history.work_orders, m.history.invoices), (1, 2, 2));
        assert_eq!(m.plates, vec!["YL18 HUG".to_owned()]);
        assert_eq!(review.token, "MERGE");
        assert_eq!(
            review.impact,
            "This will merge 1 record into the one you keep, moving 1 vehicle, 2 work orders and 1 invoice to it. \
             Invoices keep the name they were issued to. The merged records are hidden, not erased."
        );
    }
    // Tied on history (none each): the oldest record.
    let conn = desk.connection();
    let margaret_dup: Uuid = conn
        .query_row(
            "SELECT id FROM customers WHERE name = 'Margaret Hughes' ORDER BY created_at DESC LIMIT 1",
            [],
            |r| crate::db::uuid_at(r, 0),
        )
        .unwrap();
    drop(conn);
    let test_free: Uuid = customer_id(&desk.connection(), "Jane Smith");
    assert_ne!(desk.merge_review(&[margaret_dup, test_free]).unwrap().survivor_id, margaret_dup, "more history wins");
}

#[test]
fn m3_m4_one_transaction_moves_all_history_to_the_survivor_keeps_names_at_issue_and_hides_the_other() {
    let (desk, _) = signed_in_desk("Rob Atkinson", "2222");
    let (margaret, maggie) = margaret_and_maggie(&desk);
    let review = desk.merge_review(&[margaret, maggie]).unwrap();
    let mut values = preselected(&review);
    values.phone = Some("0113 496 0588".into()); // Maggie's landline is the one she answers.
    let billed_before: Vec<(String, String)> = {
        let conn = desk.connection();
        let mut stmt = conn
            .prepare("SELECT number, billed_name FROM invoices WHERE customer_id IN (?1, ?2) ORDER BY number")
            .unwrap();
        stmt.query_map([margaret.to_string(), maggie.to_string()], |r| Ok((r.get(0)?, r.get(1)?)))
            .unwrap()
            .map(Result::unwrap)
            .collect()
    };
    assert!(billed_before.iter().any(|(_, n)| n == "Maggie Hughes"));
    let result = desk.merge_customers(margaret, &[maggie], values.clone(), " MERGE ").unwrap();
    assert_eq!((result.survivor_id, result.survivor_name.as_str(), result.merged), (margaret, "Margaret Hughes", 1));
    assert!(result.undo.is_some());

    let detail = desk.customer(margaret).unwrap();
    assert_eq!(detail.customer.contact.phone.as_deref(), Some("0113 496 0588"));
    assert_eq!(detail.vehicles.len(), 2);
    assert_eq!(detail.work_orders.len(), 4, "both records' work orders, the booked MOT too");
    let billed: Vec<(String, String)> =
        detail.invoices.iter().map(|i| (i.number.clone(), i.billed_name.clone().unwrap())).collect();
    let mut billed_sorted = billed.clone();
    billed_sorted.sort();
    assert_eq!(billed_sorted, billed_before, "every invoice, each with its name at issue");
    assert_eq!(detail.consent_events.len(), 1);
    let conn = desk.connection();
    for table in ["vehicles", "work_orders", "invoices", "conversations", "consent_events"] {
        assert_eq!(
            count(&conn, &format!("SELECT count(*) FROM {table} WHERE customer_id = ?1"), [maggie.to_string()]),
            0,
            "{table}"
        );
    }
    assert_eq!(
        count(
            &conn,
            "SELECT count(*) FROM payments p JOIN invoices i ON i.id = p.invoice_id WHERE i.customer_id = ?1",
            [margaret.to_string()]
        ),
        3,
        "payments follow their invoices"
    );
    // M4: Maggie is kept, hidden, pointing to Margaret.
    assert_eq!(
        count(
            &conn,
            "SELECT count(*) FROM customers WHERE id = ?1 AND merged_into_id IS NOT NULL AND deleted_at IS NULL",
            [maggie.to_string()]
        ),
        1
    );
    assert_eq!(
        count(&conn, "SELECT count(*) FROM customer_search_terms WHERE customer_id = ?1", [maggie.to_string()]),
        0
    );
    drop(conn);
    assert!(!search(&desk, "Maggie").contains(&maggie));
    assert!(search(&desk, "YM19").contains(&margaret), "her car's plate finds the survivor");
    assert!(search(&desk, "0113 496 0588").contains(&margaret));
    for filter in [CustomerFilter::Active, CustomerFilter::Deleted] {
        for page in 0..2 {
            let listed =
                desk.search_customers(&CustomerQuery { text: String::new(), filter, page, page_size: 200 }).unwrap();
            assert!(listed.rows.iter().all(|r| r.id != maggie), "in neither list: {filter:?}");
            if filter == CustomerFilter::Active {
                assert_eq!(listed.total, 309, "one customer fewer than before the merge");
            }
        }
    }
}

#[test]
fn m5_two_current_plates_are_both_kept_and_open_conversations_stay_separate_and_the_review_says_so() {
    let (desk, _) = signed_in_desk("Rob Atkinson", "2222");
    let (dylan, graham) = {
        let conn = desk.connection();
        (customer_id(&conn, "Dylan Price"), customer_id(&conn, "Graham Whitlock"))
    };
    let review = desk.merge_review(&[dylan, graham]).unwrap();
    assert_eq!(
        review.notes,
        vec![
            "Both records have vehicles (YH67 GWL, YR19 DPX): every vehicle is kept, each with its own plate."
                .to_owned(),
            "2 open conversations stay as separate conversations.".to_owned(),
        ]
    );
    let survivor = review.survivor_id;
    let other = if survivor == dylan { graham } else { dylan };
    desk.merge_customers(survivor, &[other], preselected(&review), "MERGE").unwrap();
    let detail = desk.customer(survivor).unwrap();
    let mut plates: Vec<String> = detail.vehicles.iter().filter_map(|v| v.plate.clone()).collect();
    plates.sort();
    assert_eq!(plates, vec!["YH67 GWL".to_owned(), "YR19 DPX".to_owned()]);
    let open = detail.conversations.iter().filter(|c| c.status == crate::customers::ConversationStatus::Open).count();
    assert_eq!(open, 2);
}

#[test]
fn m6_opening_a_merged_record_lands_on_the_survivor_and_the_audit_entry_holds_enough_to_reverse_it() {
    let (desk, margaret, maggie) = maggie_merged_into_margaret();
    let landed = desk.customer(maggie).unwrap();
    assert_eq!((landed.customer.id, landed.merged_from), (margaret, Some(maggie)));
    assert_eq!(desk.customer(margaret).unwrap().merged_from, None);
    let conn = desk.connection();
    let details = audit_details(&conn, "customer.merge", margaret);
    let moved = details["moved"].as_array().unwrap();
    assert_eq!(moved.len(), 4, "her car, two work orders and an invoice");
    assert!(moved.iter().all(|m| m["from"] == maggie.to_string()), "each says from whom");
    assert_eq!(details["merged"][0]["values"]["name"], "Maggie Hughes");
    assert_eq!(details["survivor_before"]["name"], "Margaret Hughes");
    assert!(details["undo"].as_str().unwrap().starts_with("Undo by hand"));
}

#[test]
fn m7_undo_within_30_seconds_by_the_same_session_puts_back_exactly_what_the_merge_changed() {
    let garage = |conn: &Connection| {
        snapshot_except(
            conn,
            &["audit_entries", "merge_batches", "sync_outbox", "sync_outbox_rows", "staff_users"],
            &["updated_at"],
        )
    };
    let (desk, clock) = signed_in_desk("Rob Atkinson", "2222");
    let (margaret, maggie) = margaret_and_maggie(&desk);
    let before = garage(&desk.connection());
    let review = desk.merge_review(&[margaret, maggie]).unwrap();
    let mut values = preselected(&review);
    values.phone = Some("0113 496 0588".into());
    let batch = desk.merge_customers(margaret, &[maggie], values.clone(), "MERGE").unwrap().undo.unwrap().batch_id;
    assert!(desk.is_undoable(batch), "held back from the server while it can be undone");
    clock.advance(Duration::from_secs(29));
    let undone = desk.undo_merge(batch).unwrap();
    assert_eq!((undone.survivor_id, undone.survivor_name.as_str()), (margaret, "Margaret Hughes"));
    assert_eq!(garage(&desk.connection()), before, "both records and all their history as they were");
    assert_eq!(
        count(&desk.connection(), "SELECT count(*) FROM sync_outbox WHERE batch_id = ?1", [batch.to_string()]),
        0,
        "never pushed"
    );
    assert!(search(&desk, "Maggie").contains(&maggie));
    assert!(matches!(desk.undo_merge(batch), Err(CoreError::UndoExpired)), "once");

    // After 30 s the window is closed and nothing changes; the merge may leave for the server.
    let batch = desk.merge_customers(margaret, &[maggie], values.clone(), "MERGE").unwrap().undo.unwrap().batch_id;
    clock.advance(Duration::from_secs(30));
    let after = snapshot(&desk.connection());
    assert!(matches!(desk.undo_merge(batch), Err(CoreError::UndoExpired)));
    assert_eq!(after, snapshot(&desk.connection()));
    assert!(!desk.is_undoable(batch));

    // Only the session that merged may undo (the same person signing in again is a new session).
    let (desk, _) = signed_in_desk("Rob Atkinson", "2222");
    let batch = desk.merge_customers(margaret, &[maggie], values, "MERGE").unwrap().undo.unwrap().batch_id;
    sign_in(&desk, "Rob Atkinson", "2222");
    assert!(matches!(desk.undo_merge(batch), Err(CoreError::UndoNotAllowed)));
}

#[test]
fn m8_a_deleted_merged_or_changed_record_refuses_the_whole_merge() {
    let (desk, _) = signed_in_desk("Rob Atkinson", "2222");
    let (margaret, maggie) = margaret_and_maggie(&desk);
    let test = customer_id(&desk.connection(), "Test Customer");
    let review = desk.merge_review(&[margaret, maggie]).unwrap();
    let values = preselected(&review);
    assert!(matches!(desk.merge_review(&[margaret, test]), Err(CoreError::AlreadyDeleted)));
    let before = snapshot(&desk.connection());
    assert!(matches!(desk.merge_customers(margaret, &[test], values.clone(), "MERGE"), Err(CoreError::AlreadyDeleted)));
    // Changed since the review: Margaret's name was corrected on another desk.
    desk.connection()
        .execute("UPDATE customers SET name = 'Margaret A. Hughes' WHERE id = ?1", [margaret.to_string()])
        .unwrap();
    let before_changed = snapshot(&desk.connection());
    let err = desk.merge_customers(margaret, &[maggie], values.clone(), "MERGE").unwrap_err();
    assert!(matches!(err, CoreError::MergeChanged));
    assert!(desk.message_for(&err).contains("Nothing has been merged"));
    assert_eq!(before_changed, snapshot(&desk.connection()));
    // Merged already: Maggie cannot be merged a second time.
    merge_as_preselected(&desk, margaret, maggie);
    let jane = customer_id(&desk.connection(), "Jane Smith");
    assert!(matches!(desk.merge_review(&[jane, maggie]), Err(CoreError::AlreadyMerged)));
    let _ = before;
}

#[test]
fn m9_the_typed_token_is_enforced_in_rust_in_each_locale() {
    assert!(token_matches(crate::i18n::Locale::EnGb, " MERGE "));
    assert!(!token_matches(crate::i18n::Locale::EnGb, "merge"));
    assert!(token_matches(crate::i18n::Locale::Pl, "SCAL"));
    assert!(!token_matches(crate::i18n::Locale::Pl, "MERGE"));
    assert!(token_matches(crate::i18n::Locale::Ro, "COMBINĂ"));
    assert!(token_matches(crate::i18n::Locale::Ro, "COMBINA\u{306}"), "NFC");
    let (desk, _) = seeded_desk();
    let (margaret, maggie) = margaret_and_maggie(&desk);
    sign_in(&desk, "Piotr Nowak", "5555");
    let review = desk.merge_review(&[margaret, maggie]).unwrap();
    assert_eq!(review.token, "SCAL");
    let before = snapshot(&desk.connection());
    let err = desk.merge_customers(margaret, &[maggie], preselected(&review), "MERGE").unwrap_err();
    assert!(matches!(err, CoreError::WrongMergeToken));
    assert_eq!(desk.message_for(&err), "Aby potwierdzić, wpisz dokładnie SCAL wielkimi literami.");
    assert_eq!(before, snapshot(&desk.connection()));
    desk.merge_customers(margaret, &[maggie], preselected(&review), "SCAL").unwrap();
}

#[test]
fn m10_the_merge_is_queued_as_one_mutation_naming_the_same_rows_and_values() {
    let (desk, margaret, maggie) = maggie_merged_into_margaret();
    let queued = crate::sync::push::queued(&desk.connection(), 10).unwrap();
    assert_eq!(queued.len(), 1);
    match &queued[0].mutation.kind {
        MutationKind::MergeCustomers(crate::changes::MergeCustomers {
            survivor_id, merged_ids, values, token, ..
        }) => {
            assert_eq!((*survivor_id, merged_ids.clone(), token.as_str()), (margaret, vec![maggie], "MERGE"));
            assert_eq!(values.name, "Margaret Hughes");
        }
        other => panic!("{other:?}"),
    }
    let shielded: i64 = desk
        .connection()
        .query_row("SELECT count(*) FROM sync_outbox_rows WHERE table_name IN ('customers', 'vehicles', 'work_orders', 'invoices', 'merge_batches')", [], |r| r.get(0))
        .unwrap();
    assert_eq!(shielded, 2 + 1 + 2 + 1 + 1, "every row it changed is shielded from pulls");
}

#[test]
fn ds1_ds2_suggestions_say_why_and_count_each_sides_history() {
    let (desk, _) = signed_in_desk("Rob Atkinson", "2222");
    let (margaret, maggie) = margaret_and_maggie(&desk);
    let suggestions = desk.duplicate_suggestions().unwrap();
    let pair = suggestions.iter().find(|s| s.a.id == margaret && s.b.id == maggie).expect("Margaret and Maggie");
    assert_eq!(pair.reasons, vec![DuplicateReason::SameEmail, DuplicateReason::SimilarNameSamePostcode]);
    assert_eq!(pair.why, vec!["Same email address", "Similar name at the same postcode"]);
    assert_eq!((pair.a.history.work_orders, pair.b.history.work_orders), (2, 2));
    assert_eq!((pair.a.history.invoices, pair.b.history.invoices), (2, 1));
    // The clean duplicate: same phone, same email, same name and postcode: first.
    let first = &suggestions[0];
    assert_eq!(first.a.id, margaret);
    assert_eq!(first.reasons.len(), 3);
    assert!(similar_names("Margaret Hughes", "Maggie Hughes"));
    assert!(similar_names("Jane Smith", "Jane Smith"));
    assert!(!similar_names("Tom Fletcher", "Thomas Fletcher"), "first names alike only by their first two letters");
    assert!(!similar_names("Jane Smith", "Jane Smyth"));
}

#[test]
fn ds1_a_shared_plate_in_the_history_is_a_reason() {
    let (desk, _) = signed_in_desk("Rob Atkinson", "2222");
    let jane = customer_id(&desk.connection(), "Jane Smith");
    let bob = customer_id(&desk.connection(), "Bob Marsden");
    // Bob's old plate YB21 KMR turns up on a car on Jane's record.
    desk.connection()
        .execute_batch(&format!(
            "INSERT INTO vehicles (id, customer_id, make, model, created_at, updated_at)
             VALUES ('v-old', '{jane}', 'Volvo', 'XC40', '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z');
             INSERT INTO registrations (id, vehicle_id, plate, valid_from, valid_to)
             VALUES ('r-old', 'v-old', 'YB21KMR', '2023-01-01T00:00:00Z', '2023-06-01T00:00:00Z');"
        ))
        .unwrap();
    let suggestions = desk.duplicate_suggestions().unwrap();
    let pair = suggestions.iter().find(|s| [s.a.id, s.b.id].contains(&jane) && [s.a.id, s.b.id].contains(&bob));
    assert_eq!(pair.unwrap().reasons, vec![DuplicateReason::SamePlate]);
}

#[test]
fn ds3_merged_and_deleted_customers_are_not_suggested() {
    let (desk, _, maggie) = maggie_merged_into_margaret();
    let test = customer_id(&desk.connection(), "Test Customer");
    for s in desk.duplicate_suggestions().unwrap() {
        for gone in [maggie, test] {
            assert!(s.a.id != gone && s.b.id != gone);
        }
    }
}

#[test]
fn ds4_not_a_duplicate_dismisses_the_pair_for_good_with_the_same_id_on_every_desk() {
    let (desk, _) = signed_in_desk("Rob Atkinson", "2222");
    let (margaret, maggie) = margaret_and_maggie(&desk);
    desk.dismiss_duplicate(maggie, margaret).unwrap();
    let suggestions = desk.duplicate_suggestions().unwrap();
    assert!(!suggestions.iter().any(|s| s.a.id == margaret && s.b.id == maggie));
    assert!(suggestions.iter().any(|s| s.a.id == margaret), "the clean duplicate is still suggested");
    assert_eq!(dismissal_id(margaret, maggie), dismissal_id(maggie, margaret));
    // Dismissing again changes nothing but is not an error (another desk did it too).
    desk.dismiss_duplicate(margaret, maggie).unwrap();
    let conn = desk.connection();
    assert_eq!(
        count(
            &conn,
            "SELECT count(*) FROM duplicate_dismissals WHERE id = ?1",
            [dismissal_id(margaret, maggie).to_string()]
        ),
        1
    );
    assert_eq!(
        count(
            &conn,
            "SELECT count(*) FROM sync_outbox_rows WHERE table_name = 'duplicate_dismissals' AND row_key = ?1",
            [dismissal_id(margaret, maggie).to_string()]
        ),
        2
    );
    drop(conn);
    assert!(matches!(desk.dismiss_duplicate(margaret, margaret), Err(CoreError::InvalidInput(_))));
}
