use super::*;
use crate::testing::{anchor, column, count, seeded_connection, snapshot_except};

/// Every row of every table as text, except PIN hashes (salted on purpose).
fn dump(conn: &Connection) -> Vec<String> {
    snapshot_except(conn, &[], &["pin_hash"])
}

#[test]
fn seeding_is_deterministic() {
    let a = dump(&seeded_connection());
    let b = dump(&seeded_connection());
    assert!(a.len() > 1000);
    assert_eq!(a, b);
}

#[test]
fn a_different_anchor_moves_the_dates_only() {
    let mut later = crate::db::open_in_memory().unwrap();
    seed(&mut later, DemoSize::Demo, anchor() + chrono::Duration::days(1)).unwrap();
    let a = seeded_connection();
    let names = |c: &Connection| -> Vec<String> { column(c, "SELECT name FROM customers ORDER BY id", []) };
    assert_eq!(names(&a), names(&later));
}

#[test]
fn seeding_twice_is_refused() {
    let mut conn = seeded_connection();
    assert!(seed(&mut conn, DemoSize::Demo, anchor()).is_err());
}

#[test]
fn demo_holds_every_state_the_delete_flow_needs() {
    let conn = seeded_connection();
    let customers = count(&conn, "SELECT count(*) FROM customers", []);
    assert_eq!(customers as usize, DemoSize::Demo.random_customers() + FIXTURE_NAMES.len() + 1);
    for name in FIXTURE_NAMES {
        assert!(count(&conn, &format!("SELECT count(*) FROM customers WHERE name = '{name}'"), []) >= 1, "{name}");
    }
    // The clean duplicate: same name and phone, no history at all.
    assert_eq!(
        count(
            &conn,
            "SELECT count(*) FROM customers c WHERE name = 'Margaret Hughes'
                      AND NOT EXISTS (SELECT 1 FROM vehicles WHERE customer_id = c.id)
                      AND NOT EXISTS (SELECT 1 FROM work_orders WHERE customer_id = c.id)",
            []
        ),
        1
    );
    assert_eq!(count(&conn, "SELECT count(*) FROM customers WHERE deleted_at IS NOT NULL", []), 1);
    // Every work order status, every invoice status, every conversation status.
    assert_eq!(count(&conn, "SELECT count(DISTINCT status) FROM work_orders", []), 8);
    assert_eq!(count(&conn, "SELECT count(DISTINCT status) FROM invoices", []), 4, "paid, issued, void, written off");
    assert!(count(&conn, "SELECT count(*) FROM invoices WHERE status = 'issued' AND outstanding_pence < total_pence AND outstanding_pence > 0", []) > 0, "part-paid");
    assert_eq!(count(&conn, "SELECT count(DISTINCT status) FROM conversations", []), 3);
    assert!(
        count(
            &conn,
            "SELECT count(*) FROM invoices i JOIN customers c ON c.id = i.customer_id WHERE i.billed_name <> c.name",
            []
        ) > 0,
        "renamed"
    );
    assert!(count(&conn, "SELECT count(*) FROM consent_events WHERE kind = 'withdrawn'", []) > 0);
}

#[test]
fn demo_data_has_realistic_shapes() {
    let conn = seeded_connection();
    let col = |sql: &str| -> Vec<String> {
        conn.prepare(sql).unwrap().query_map([], |r| r.get(0)).unwrap().map(Result::unwrap).collect()
    };
    for postcode in col("SELECT postcode FROM customers") {
        let (outward, inward) = postcode.split_once(' ').expect("postcodes have a space");
        assert!((2..=4).contains(&outward.len()) && outward.chars().next().unwrap().is_ascii_uppercase(), "{postcode}");
        let inward: Vec<char> = inward.chars().collect();
        assert!(
            inward.len() == 3 && inward[0].is_ascii_digit() && inward[1..].iter().all(|c| c.is_ascii_uppercase()),
            "{postcode}"
        );
    }
    for phone in col("SELECT phone FROM customers WHERE phone IS NOT NULL") {
        let digits: String = phone.chars().filter(char::is_ascii_digit).collect();
        assert!(digits.len() == 11 && digits.starts_with('0'), "{phone}");
    }
    let current_format = col("SELECT plate FROM registrations")
        .iter()
        .filter(|p| {
            p.len() == 7
                && p[..2].chars().all(|c| c.is_ascii_uppercase())
                && p[2..4].chars().all(|c| c.is_ascii_digit())
        })
        .count();
    assert!(current_format > 200, "mostly current-format plates");
    assert!(count(&conn, "SELECT count(*) FROM invoices WHERE total_pence < outstanding_pence", []) == 0);
    // The database allows no plate to be current twice, and no vehicle two current plates.
    assert_eq!(count(&conn, "SELECT count(*) FROM (SELECT plate FROM registrations WHERE valid_to IS NULL GROUP BY plate HAVING count(*) > 1)", []), 0);
}

#[test]
fn a_plate_cannot_be_current_on_two_vehicles_or_on_a_deleted_one() {
    let conn = seeded_connection();
    let other_vehicle: String = conn
        .query_row("SELECT id FROM vehicles WHERE deleted_at IS NULL AND active = 1 LIMIT 1 OFFSET 5", [], |r| r.get(0))
        .unwrap();
    // AB12 CDE is current on Tom Fletcher's Focus.
    let dup = conn.execute(
        "INSERT INTO registrations (id, vehicle_id, plate, valid_from) VALUES ('r-dup', ?1, 'AB12CDE', '2026-11-30T09:00:00Z')",
        [&other_vehicle],
    );
    assert!(dup.is_err());
    // The deleted customer's released plate can go on another vehicle once that one has none current.
    conn.execute(
        "UPDATE registrations SET valid_to = '2026-11-30T09:00:00Z' WHERE vehicle_id = ?1 AND valid_to IS NULL",
        [&other_vehicle],
    )
    .unwrap();
    conn.execute(
        "INSERT INTO registrations (id, vehicle_id, plate, valid_from) VALUES ('r-new', ?1, 'YA10TST', '2026-11-30T09:00:00Z')",
        [&other_vehicle],
    )
    .unwrap();
    // A deleted vehicle can take no current plate.
    let deleted_vehicle: String =
        conn.query_row("SELECT id FROM vehicles WHERE deleted_at IS NOT NULL", [], |r| r.get(0)).unwrap();
    assert!(conn
        .execute(
            "INSERT INTO registrations (id, vehicle_id, plate, valid_from) VALUES ('r-x', ?1, 'ZZ99ZZZ', '2026-11-30T09:00:00Z')",
            [&deleted_vehicle],
        )
        .is_err());
    // And a vehicle with a current plate cannot be deleted until the plate is released.
    assert!(conn
        .execute("UPDATE vehicles SET deleted_at = 't', deleted_by = NULL WHERE id = ?1", [&other_vehicle])
        .is_err());
}

#[test]
fn sizes_parse() {
    assert_eq!("100k".parse::<DemoSize>().unwrap(), DemoSize::K100);
    assert!("huge".parse::<DemoSize>().is_err());
}
