use proptest::prelude::*;

use super::*;
use crate::testing::{customer_id, seeded_connection};

fn query(text: &str) -> CustomerQuery {
    CustomerQuery { text: text.to_owned(), filter: CustomerFilter::Active, page: 0, page_size: 50 }
}

fn names(conn: &rusqlite::Connection, text: &str) -> Vec<String> {
    search_customers(conn, &query(text)).unwrap().rows.into_iter().map(|r| r.name).collect()
}

#[test]
fn plate_search_ignores_spaces_and_case() {
    let conn = seeded_connection();
    for typed in ["ab12cde", "AB12 CDE", " ab12 c de ", "Ab1 2cD e", "ab12"] {
        assert_eq!(names(&conn, typed), vec!["Tom Fletcher"], "typed {typed:?}");
    }
}

#[test]
fn cherished_plates_are_found_too() {
    let conn = seeded_connection();
    assert_eq!(names(&conn, "bob1"), vec!["Bob Marsden"]);
    assert_eq!(names(&conn, "BOB 1"), vec!["Bob Marsden"]);
}

#[test]
fn postcode_search_ignores_spaces_and_case() {
    let conn = seeded_connection();
    assert!(names(&conn, "ls53bt").contains(&"Tom Fletcher".to_owned()));
    assert!(names(&conn, "LS5 3BT").contains(&"Tom Fletcher".to_owned()));
}

#[test]
fn phone_search_accepts_national_and_international_forms() {
    let conn = seeded_connection();
    for typed in ["07700 900112", "07700900112", "+44 7700 900112", "(07700) 900-112"] {
        assert!(names(&conn, typed).contains(&"Tom Fletcher".to_owned()), "typed {typed:?}");
    }
}

#[test]
fn email_and_name_search_by_prefix_in_any_word_order() {
    let conn = seeded_connection();
    assert_eq!(names(&conn, "tom.fletcher@"), vec!["Tom Fletcher"]);
    assert!(names(&conn, "fletcher").contains(&"Tom Fletcher".to_owned()));
    for typed in ["fletcher tom", "Tom Fle"] {
        let found = names(&conn, typed);
        assert!(found.contains(&"Tom Fletcher".to_owned()), "{typed}: {found:?}");
        // Prefix semantics: "Tomasz Fletcher" matches too, nobody else.
        assert!(found.iter().all(|n| n.starts_with("Tom") && n.ends_with("Fletcher")), "{typed}: {found:?}");
    }
    assert!(names(&conn, "zzzzzz").is_empty());
}

#[test]
fn d10_deleted_customers_are_only_in_the_deleted_filter() {
    let conn = seeded_connection();
    assert!(names(&conn, "Test Customer").is_empty());
    assert!(names(&conn, "").iter().all(|n| n != "Test Customer"));
    let deleted = search_customers(&conn, &CustomerQuery { filter: CustomerFilter::Deleted, ..query("") }).unwrap();
    assert_eq!(deleted.total, 1);
    assert_eq!(deleted.rows[0].name, "Test Customer");
    assert!(deleted.rows[0].deleted_at.is_some());
    // Its plate was released: nobody is found by it.
    assert!(names(&conn, "YA10TST").is_empty());
}

#[test]
fn listing_pages_through_everyone_alphabetically() {
    let conn = seeded_connection();
    let first = search_customers(&conn, &query("")).unwrap();
    let active: u32 =
        conn.query_row("SELECT count(*) FROM customers WHERE deleted_at IS NULL", [], |r| r.get(0)).unwrap();
    assert_eq!(first.total, active);
    assert_eq!(first.rows.len(), 50);
    let mut all = Vec::new();
    for page in 0..first.total.div_ceil(50) {
        all.extend(search_customers(&conn, &CustomerQuery { page, ..query("") }).unwrap().rows);
    }
    assert_eq!(all.len() as u32, active);
    let lower: Vec<String> = all.iter().map(|r| r.name.to_lowercase()).collect();
    assert!(lower.windows(2).all(|w| w[0] <= w[1]), "sorted by name");
}

#[test]
fn rows_carry_formatted_plates_and_last_visit() {
    let conn = seeded_connection();
    let row = search_customers(&conn, &query("Tom Fletcher")).unwrap().rows.remove(0);
    let mut plates = row.plates.clone();
    plates.sort();
    assert_eq!(plates, vec!["AB12 CDE", "YT70 VAN"]);
    assert!(row.last_visit.is_some());
}

#[test]
fn page_size_is_bounded() {
    let conn = seeded_connection();
    for page_size in [0, MAX_PAGE_SIZE + 1] {
        assert!(search_customers(&conn, &CustomerQuery { page_size, ..query("") }).is_err());
    }
}

#[test]
fn customer_page_holds_vehicles_work_orders_invoices_conversations_consent() {
    let conn = seeded_connection();
    let tom = customer_detail(&conn, customer_id(&conn, "Tom Fletcher")).unwrap();
    assert_eq!(tom.customer.contact.name, "Tom Fletcher");
    assert_eq!(tom.vehicles.len(), 2);
    assert!(tom.vehicles.iter().any(|v| v.plate.as_deref() == Some("AB12 CDE") && v.model == "Focus"));
    assert_eq!(tom.work_orders.iter().filter(|w| w.active).count(), 3);
    assert_eq!(
        tom.work_orders.iter().filter(|w| w.active && w.vehicle_plate.as_deref() == Some("AB12 CDE")).count(),
        2
    );

    let sarah = customer_detail(&conn, customer_id(&conn, "Sarah Okafor")).unwrap();
    let unpaid: Vec<_> = sarah.invoices.iter().filter(|i| i.unpaid).collect();
    assert_eq!(unpaid.len(), 2);
    assert_eq!(unpaid.iter().map(|i| i.outstanding_pence).sum::<i64>(), 24_560 + 18_000);

    let dylan = customer_detail(&conn, customer_id(&conn, "Dylan Price")).unwrap();
    let statuses: Vec<_> = dylan.conversations.iter().map(|c| c.status).collect();
    assert!(statuses.contains(&ConversationStatus::Open) && statuses.contains(&ConversationStatus::Snoozed));

    let jane = customer_detail(&conn, customer_id(&conn, "Jane Smith")).unwrap();
    assert_eq!(jane.consent_events.len(), 2);
    assert!(jane.consent_events.iter().any(|e| e.kind == ConsentKind::Withdrawn));

    let bob = customer_detail(&conn, customer_id(&conn, "Bob Marsden")).unwrap();
    assert_eq!(bob.vehicles[0].plate.as_deref(), Some("BOB 1"));
    assert_eq!(bob.vehicles[0].previous_plates, vec!["YB21 KMR"]);
}

#[test]
fn invoices_keep_the_name_at_issue() {
    let conn = seeded_connection();
    let emma = customer_detail(&conn, customer_id(&conn, "Emma Clarke")).unwrap();
    let billed: Vec<_> = emma.invoices.iter().filter_map(|i| i.billed_name.as_deref()).collect();
    assert!(billed.contains(&"Emma Davies"));
    assert!(billed.contains(&"Emma Clarke"));
}

#[test]
fn unknown_customer_is_not_found() {
    let conn = seeded_connection();
    assert!(matches!(customer_detail(&conn, uuid::Uuid::new_v4()), Err(crate::CoreError::NotFound(_))));
}

#[test]
fn query_normalisation() {
    let q = normalise_query("  AB12 cde ");
    assert_eq!(q.compact, "ab12cde");
    assert_eq!(q.words, vec!["ab12", "cde"]);
    assert_eq!(normalise_query("+44 (0) 7700-900").compact, "4407700900");
    assert_eq!(normalise_query("").compact, "");
}

/// Issue 9 (found by the IPC fuzzing): a search of hundreds of words was a storage error (SQLite
/// refuses a compound query of over 500 parts). Repeated words count once, and only the first
/// MAX_QUERY_WORDS distinct ones narrow the search.
#[test]
fn a_search_of_many_words_is_answered() {
    let conn = seeded_connection();
    let repeated = "jane ".repeat(2_000);
    assert_eq!(normalise_query(&repeated).words, vec!["jane"]);
    assert!(names(&conn, &repeated).contains(&"Jane Smith".to_owned()));
    let many: String = (0..3_000).map(|i| format!("w{i} ")).collect();
    assert_eq!(normalise_query(&many).words.len(), search_terms::MAX_QUERY_WORDS);
    assert!(names(&conn, &many).is_empty(), "no customer has those words");
    assert_eq!(names(&conn, "smith jane jane smith"), names(&conn, "smith jane"));
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(16))]

    /// Every current plate finds its customer however it is spaced and cased.
    #[test]
    fn any_plate_typed_any_way_finds_its_owner(pick in 0usize..1000, spaces in proptest::collection::vec(any::<bool>(), 8), lower in any::<bool>()) {
        thread_local!(static CONN: rusqlite::Connection = seeded_connection());
        CONN.with(|conn| {
            let plates: Vec<(String, String)> = conn.prepare(
                "SELECT r.plate, c.name FROM registrations r JOIN vehicles v ON v.id = r.vehicle_id
                 JOIN customers c ON c.id = v.customer_id
                 WHERE r.valid_to IS NULL AND v.deleted_at IS NULL AND c.deleted_at IS NULL ORDER BY r.plate")
                .unwrap().query_map([], |r| Ok((r.get(0)?, r.get(1)?))).unwrap().collect::<Result<_, _>>().unwrap();
            let (plate, owner) = &plates[pick % plates.len()];
            let mut typed = String::new();
            for (i, c) in plate.chars().enumerate() {
                if spaces[i % spaces.len()] { typed.push(' '); }
                typed.push(if lower { c.to_ascii_lowercase() } else { c });
            }
            let found = search_customers(conn, &CustomerQuery { page_size: 200, ..query(&typed) }).unwrap();
            prop_assert!(found.rows.iter().any(|r| &r.name == owner), "{typed:?} did not find {owner}");
            Ok(())
        })?;
    }
}
