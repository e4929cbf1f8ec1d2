//! Customers the demo garage holds on purpose, so each state of the delete flow can be seen:
//! a clean duplicate, one blocked by each blocker, one blocked by all three, a renamed customer
//! whose invoices carry the old name, a cherished plate, and one already deleted; and for merging,
//! Margaret Hughes's second record with history of its own ([`seed_late_fixtures`]).

use rand_chacha::ChaCha8Rng;
use rusqlite::params;
use uuid::Uuid;

use super::writer::{NewCustomer, NewInvoice, Writer};
use crate::error::CoreError;

/// The fixture customers' names, for tests and the README.
pub const FIXTURE_NAMES: &[&str] = &[
    "Margaret Hughes",
    "Tom Fletcher",
    "Sarah Okafor",
    "Dylan Price",
    "Graham Whitlock",
    "Emma Clarke",
    "Jane Smith",
    "Bob Marsden",
    "Test Customer",
    "Maggie Hughes",
];

struct Person {
    name: &'static str,
    phone: &'static str,
    email: &'static str,
    address: &'static str,
    town: &'static str,
    postcode: &'static str,
    age_days: i64,
}

impl Person {
    fn insert(&self, w: &mut Writer<'_>, rng: &mut ChaCha8Rng) -> Result<Uuid, CoreError> {
        let id = w.new_id(rng);
        w.customer(
            id,
            &NewCustomer {
                name: self.name,
                phone: Some(self.phone),
                email: Some(self.email),
                address_line: Some(self.address),
                town: Some(self.town),
                postcode: Some(self.postcode),
                created_days_ago: self.age_days,
            },
        )?;
        Ok(id)
    }

    fn invoice<'a>(
        &'a self,
        customer: Uuid,
        wo: Uuid,
        status: &'a str,
        days: i64,
        total: i64,
        outstanding: i64,
    ) -> NewInvoice<'a> {
        NewInvoice {
            customer,
            work_order: Some(wo),
            status,
            issued_days_ago: Some(days),
            total_pence: total,
            outstanding_pence: outstanding,
            billed_name: self.name,
            billed_address: self.address,
            billed_postcode: self.postcode,
            status_reason: None,
        }
    }
}

/// A car with one current plate; returns its id.
#[allow(clippy::too_many_arguments)] // a row of demo data, read best flat
fn car(
    w: &mut Writer<'_>,
    rng: &mut ChaCha8Rng,
    owner: Uuid,
    model: (&str, &str),
    colour: &str,
    year: u16,
    plate: &str,
    since: i64,
) -> Result<Uuid, CoreError> {
    let id = w.new_id(rng);
    w.vehicle(id, owner, model, colour, year, true, since)?;
    let plate = w.claim_plate(plate).expect("fixture plates are unique");
    w.registration(w.new_id(rng), id, &plate, since, None)?;
    Ok(id)
}

/// A finished, paid job.
#[allow(clippy::too_many_arguments)] // a row of demo data, read best flat
fn paid_job(
    w: &mut Writer<'_>,
    rng: &mut ChaCha8Rng,
    p: &Person,
    customer: Uuid,
    vehicle: Uuid,
    job: &str,
    days: i64,
    total: i64,
) -> Result<(), CoreError> {
    let wo = w.new_id(rng);
    w.work_order(wo, customer, Some(vehicle), job, "completed", days)?;
    let inv = w.new_id(rng);
    w.invoice(inv, &p.invoice(customer, wo, "paid", days, total, 0))?;
    w.payment(w.new_id(rng), inv, total, "card", days)
}

pub(super) fn seed_fixtures(w: &mut Writer<'_>, rng: &mut ChaCha8Rng) -> Result<(), CoreError> {
    // A real customer and the clean duplicate someone created by mistake (same phone, no history).
    let margaret = Person {
        name: "Margaret Hughes",
        phone: "07700 900461",
        email: "margaret.hughes@example.co.uk",
        address: "14 Otley Road",
        town: "Leeds",
        postcode: "LS6 3PX",
        age_days: 2_100,
    };
    let m = margaret.insert(w, rng)?;
    let m_car = car(w, rng, m, ("Toyota", "Yaris"), "Red", 2018, "YL18 HUG", 2_000)?;
    paid_job(w, rng, &margaret, m, m_car, "MOT test", 380, 5_485)?;
    paid_job(w, rng, &margaret, m, m_car, "Full service", 370, 24_900)?;
    w.consent(w.new_id(rng), m, "sms", "given", "front_desk", 2_100)?;
    Person { age_days: 12, ..margaret }.insert(w, rng)?;

    // Blocked by active work orders: three, two of them on AB12 CDE.
    let tom = Person {
        name: "Tom Fletcher",
        phone: "07700 900112",
        email: "tom.fletcher@example.com",
        address: "3 Kirkstall Lane",
        town: "Leeds",
        postcode: "LS5 3BT",
        age_days: 1_400,
    };
    let t = tom.insert(w, rng)?;
    let focus = car(w, rng, t, ("Ford", "Focus"), "Blue", 2012, "AB12 CDE", 1_400)?;
    let van = car(w, rng, t, ("Ford", "Transit Custom"), "White", 2020, "YT70 VAN", 900)?;
    paid_job(w, rng, &tom, t, focus, "MOT test", 365, 5_485)?;
    w.work_order(w.new_id(rng), t, Some(focus), "Clutch replacement", "awaiting_parts", 3)?;
    w.work_order(w.new_id(rng), t, Some(focus), "Diagnose engine warning light", "in_progress", 1)?;
    w.work_order(w.new_id(rng), t, Some(van), "Full service", "booked", 0)?;

    // Blocked by unpaid invoices: one unpaid, one part-paid.
    let sarah = Person {
        name: "Sarah Okafor",
        phone: "0113 496 0734",
        email: "sarah.okafor@example.org",
        address: "27 Roundhay Road",
        town: "Leeds",
        postcode: "LS8 5AJ",
        age_days: 900,
    };
    let s = sarah.insert(w, rng)?;
    let s_car = car(w, rng, s, ("Volkswagen", "Golf"), "Grey", 2016, "YS66 OKA", 900)?;
    let wo = w.new_id(rng);
    w.work_order(wo, s, Some(s_car), "Front brake pads and discs", "completed", 20)?;
    w.invoice(w.new_id(rng), &sarah.invoice(s, wo, "issued", 20, 24_560, 24_560))?;
    let wo = w.new_id(rng);
    w.work_order(wo, s, Some(s_car), "Timing belt and water pump", "closed", 60)?;
    let part_paid = w.new_id(rng);
    w.invoice(part_paid, &sarah.invoice(s, wo, "issued", 60, 48_000, 18_000))?;
    w.payment(w.new_id(rng), part_paid, 30_000, "card", 60)?;

    // Blocked by an open conversation; a snoozed one does not block.
    let dylan = Person {
        name: "Dylan Price",
        phone: "07700 900873",
        email: "dylan.price@example.com",
        address: "8 Spen Lane",
        town: "Leeds",
        postcode: "LS16 5EL",
        age_days: 600,
    };
    let d = dylan.insert(w, rng)?;
    car(w, rng, d, ("MINI", "Hatch"), "Green", 2019, "YR19 DPX", 600)?;
    w.conversation(
        w.new_id(rng),
        d,
        "sms",
        ("Is my car ready?", "Hi, just checking if the car is ready to collect today?"),
        "open",
        0,
    )?;
    w.conversation(
        w.new_id(rng),
        d,
        "email",
        ("MOT reminder", "Your MOT is due next month. Reply YES to book."),
        "snoozed",
        5,
    )?;

    // Blocked by all three.
    let graham = Person {
        name: "Graham Whitlock",
        phone: "07700 900290",
        email: "graham.whitlock@example.co.uk",
        address: "52 Harrogate Road",
        town: "Harrogate",
        postcode: "HG1 5QT",
        age_days: 2_800,
    };
    let g = graham.insert(w, rng)?;
    let g_car = car(w, rng, g, ("Land Rover", "Discovery Sport"), "Black", 2017, "YH67 GWL", 2_000)?;
    w.work_order(
        w.new_id(rng),
        g,
        Some(g_car),
        "Investigate knocking from front suspension",
        "awaiting_authorisation",
        2,
    )?;
    let wo = w.new_id(rng);
    w.work_order(wo, g, Some(g_car), "Full service", "completed", 30)?;
    w.invoice(w.new_id(rng), &graham.invoice(g, wo, "issued", 30, 31_275, 31_275))?;
    w.conversation(
        w.new_id(rng),
        g,
        "email",
        ("Quote for brakes", "Thanks for the quote, can you do Thursday morning?"),
        "open",
        1,
    )?;

    // Renamed: invoices from before the change carry the name at issue.
    let emma = Person {
        name: "Emma Davies",
        phone: "07700 900518",
        email: "emma.clarke@example.com",
        address: "19 Beech Grove",
        town: "Wakefield",
        postcode: "WF1 2DL",
        age_days: 1_800,
    };
    let e = emma.insert(w, rng)?;
    let e_car = car(w, rng, e, ("Kia", "Picanto"), "Silver", 2015, "YC15 EMC", 1_800)?;
    paid_job(w, rng, &emma, e, e_car, "MOT and interim service", 700, 18_500)?;
    paid_job(w, rng, &emma, e, e_car, "Battery replacement", 500, 15_600)?;
    w.conn.execute("UPDATE customers SET name = 'Emma Clarke' WHERE id = ?1", params![e.to_string()])?;
    let emma_now = Person { name: "Emma Clarke", ..emma };
    paid_job(w, rng, &emma_now, e, e_car, "MOT test", 40, 5_485)?;

    // Clean, with history: a car, a closed and a snoozed conversation, consent given and withdrawn.
    let jane = Person {
        name: "Jane Smith",
        phone: "07700 900345",
        email: "jane.smith@example.com",
        address: "4 Willow Way",
        town: "York",
        postcode: "YO24 1AB",
        age_days: 1_000,
    };
    let j = jane.insert(w, rng)?;
    let j_car = car(w, rng, j, ("Honda", "Jazz"), "Blue", 2014, "YK14 JSM", 1_000)?;
    paid_job(w, rng, &jane, j, j_car, "Full service", 200, 24_900)?;
    w.conversation(
        w.new_id(rng),
        j,
        "sms",
        ("Service booking", "Booked in for Tuesday 8:30, see you then."),
        "closed",
        200,
    )?;
    w.conversation(
        w.new_id(rng),
        j,
        "sms",
        ("MOT reminder", "Your MOT is due next month. Reply YES to book."),
        "snoozed",
        4,
    )?;
    w.consent(w.new_id(rng), j, "email", "given", "web_form", 1_000)?;
    w.consent(w.new_id(rng), j, "email", "withdrawn", "email_link", 100)?;

    // A cherished plate, moved onto a newer car; the old car kept its original plate history.
    let bob = Person {
        name: "Bob Marsden",
        phone: "0113 496 0021",
        email: "bob.marsden@example.org",
        address: "1 Manor Drive",
        town: "Leeds",
        postcode: "LS17 6HT",
        age_days: 2_900,
    };
    let b = bob.insert(w, rng)?;
    let b_car = w.new_id(rng);
    w.vehicle(b_car, b, ("Volvo", "XC40"), "Grey", 2021, true, 1_200)?;
    let original = w.claim_plate("YB21 KMR").expect("unique");
    w.registration(w.new_id(rng), b_car, &original, 1_200, Some(1_100))?;
    let cherished = w.claim_plate("BOB 1").expect("unique");
    w.registration(w.new_id(rng), b_car, &cherished, 1_100, None)?;
    paid_job(w, rng, &bob, b, b_car, "Full service", 150, 24_900)?;

    // Already deleted, by the Owner, a week ago.
    let test = Person {
        name: "Test Customer",
        phone: "07700 900000",
        email: "test@example.com",
        address: "1 Test Street",
        town: "Leeds",
        postcode: "LS1 1AA",
        age_days: 30,
    };
    let x = test.insert(w, rng)?;
    let x_car = car(w, rng, x, ("Ford", "Fiesta"), "Red", 2010, "YA10 TST", 30)?;
    let batch = w.new_id(rng);
    let deleted_at = w.days_ago(7);
    let device = Uuid::nil().to_string();
    w.conn.execute(
        "INSERT INTO delete_batches (id, customer_id, deleted_by, device_id, committed_at)
         SELECT ?1, ?2, id, ?3, ?4 FROM staff_users WHERE role_id = 'owner' LIMIT 1",
        params![batch.to_string(), x.to_string(), device, deleted_at],
    )?;
    w.conn.execute(
        "UPDATE registrations SET valid_to = ?2, ended_by_batch_id = ?3 WHERE vehicle_id = ?1 AND valid_to IS NULL",
        params![x_car.to_string(), deleted_at, batch.to_string()],
    )?;
    for table in ["vehicles", "customers"] {
        w.conn.execute(
            &format!(
                "UPDATE {table} SET deleted_at = ?2, delete_batch_id = ?3,
                    deleted_by = (SELECT deleted_by FROM delete_batches WHERE id = ?3)
                  WHERE id = ?1"
            ),
            params![if table == "vehicles" { x_car } else { x }.to_string(), deleted_at, batch.to_string()],
        )?;
    }
    w.conn.execute(
        "INSERT INTO audit_entries (id, occurred_at, actor_id, device_id, action, subject_type, subject_id, batch_id, details)
         SELECT ?1, ?2, deleted_by, device_id, 'customer.delete', 'customer', customer_id, id,
                json_object('customer_name', 'Test Customer', 'vehicles', json_array(?3), 'plates', json_array('YA10TST'))
           FROM delete_batches WHERE id = ?4",
        params![w.new_id(rng).to_string(), deleted_at, x_car.to_string(), batch.to_string()],
    )?;
    Ok(())
}

/// Margaret Hughes's duplicate with history (issue 11, merge): "Maggie Hughes", same email and
/// postcode, her second car, a paid job billed to "Maggie Hughes" and a booked MOT. Seeded after
/// the random customers with an rng of its own, so nothing seeded before it changes.
pub(super) fn seed_late_fixtures(w: &mut Writer<'_>) -> Result<(), CoreError> {
    use rand::SeedableRng;
    let rng = &mut ChaCha8Rng::seed_from_u64(0x4D41_4747_4945);
    let maggie = Person {
        name: "Maggie Hughes",
        phone: "0113 496 0588",
        email: "margaret.hughes@example.co.uk",
        address: "14 Otley Rd",
        town: "Leeds",
        postcode: "LS6 3PX",
        age_days: 400,
    };
    let m = maggie.insert(w, rng)?;
    let m_car = car(w, rng, m, ("Honda", "Jazz"), "White", 2019, "YM19 HGS", 400)?;
    paid_job(w, rng, &maggie, m, m_car, "Air conditioning re-gas", 90, 7_950)?;
    w.work_order(w.new_id(rng), m, Some(m_car), "MOT test", "booked", 0)?;
    Ok(())
}
