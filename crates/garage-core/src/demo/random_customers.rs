//! Customers made up at random (but deterministically) to fill the garage around the fixtures.

use rand::seq::IndexedRandom;
use rand::Rng;
use rand_chacha::ChaCha8Rng;
use uuid::Uuid;

use super::names::*;
use super::writer::{NewCustomer, NewInvoice, Writer};
use crate::error::CoreError;
use crate::work_orders::WorkOrderStatus;

pub(super) fn seed_random(w: &mut Writer<'_>, rng: &mut ChaCha8Rng, count: usize) -> Result<(), CoreError> {
    for _ in 0..count {
        random_customer(w, rng)?;
    }
    Ok(())
}

pub(super) fn random_postcode(rng: &mut ChaCha8Rng) -> (&'static str, String) {
    let (town, area, districts) = *TOWNS.choose(rng).expect("towns");
    let letter = |rng: &mut ChaCha8Rng| char::from(*POSTCODE_LETTERS.choose(rng).expect("letters"));
    let postcode =
        format!("{area}{} {}{}{}", rng.random_range(1..=districts), rng.random_range(1..=9), letter(rng), letter(rng));
    (town, postcode)
}

pub(super) fn random_phone(rng: &mut ChaCha8Rng) -> Option<String> {
    match rng.random_range(0..20) {
        0 => None,
        1..=5 => Some(format!("0113 496 0{:03}", rng.random_range(0..1000))),
        _ => Some(format!("07700 900{:03}", rng.random_range(0..1000))),
    }
}

/// A plate of the shape its car's year would have: current format from September 2001, prefix before.
pub(super) fn random_plate(w: &mut Writer<'_>, rng: &mut ChaCha8Rng, year: u16) -> String {
    loop {
        let letter = |rng: &mut ChaCha8Rng| char::from(*PLATE_LETTERS.choose(rng).expect("letters"));
        let candidate = if year >= 2002 {
            let age = if rng.random_bool(0.5) { year % 100 } else { year % 100 + 50 - 1 };
            let area = LOCAL_AREA_CODES.choose(rng).expect("areas");
            format!("{area}{age:02}{}{}{}", letter(rng), letter(rng), letter(rng))
        } else {
            const PREFIX_YEARS: &[u8] = b"PRSTVWXY";
            let prefix = char::from(PREFIX_YEARS[usize::from(year.clamp(1997, 2001) - 1997) % PREFIX_YEARS.len()]);
            format!("{prefix}{}{}{}{}", rng.random_range(1..999), letter(rng), letter(rng), letter(rng))
        };
        if let Some(plate) = w.claim_plate(&candidate) {
            return plate;
        }
    }
}

fn random_customer(w: &mut Writer<'_>, rng: &mut ChaCha8Rng) -> Result<(), CoreError> {
    let first = *FIRST_NAMES.choose(rng).expect("names");
    let last = *LAST_NAMES.choose(rng).expect("names");
    let name = format!("{first} {last}");
    let renamed_from = rng.random_bool(0.03).then(|| format!("{first} {}", LAST_NAMES.choose(rng).expect("names")));
    let (town, postcode) = random_postcode(rng);
    let address = format!("{} {}", rng.random_range(1..180), STREETS.choose(rng).expect("streets"));
    let phone = random_phone(rng);
    let email = rng.random_bool(0.75).then(|| {
        let domain = ["example.com", "example.co.uk", "example.org"].choose(rng).expect("domains");
        let local: String =
            format!("{first}.{last}").chars().filter(|c| c.is_ascii_alphabetic() || *c == '.').collect();
        format!("{}{}@{domain}", local.to_lowercase(), rng.random_range(1..99))
    });
    let age_days = rng.random_range(20..3_000);
    let id = w.new_id(rng);
    w.customer(
        id,
        &NewCustomer {
            name: &name,
            phone: phone.as_deref(),
            email: email.as_deref(),
            address_line: Some(&address),
            town: Some(town),
            postcode: Some(&postcode),
            created_days_ago: age_days,
        },
    )?;
    let billed_name = |days_ago: i64| match &renamed_from {
        Some(old) if days_ago > age_days / 2 => old.clone(),
        _ => name.clone(),
    };

    let vehicle_count = [0, 1, 1, 1, 1, 1, 1, 2, 2, 3].choose(rng).copied().unwrap_or(1);
    let mut active_vehicles = Vec::new();
    for _ in 0..vehicle_count {
        let vid = w.new_id(rng);
        let year: u16 = rng.random_range(1999..=2025);
        let active = rng.random_bool(0.9);
        let since = rng.random_range(0..=age_days);
        w.vehicle(
            vid,
            id,
            *MAKES_MODELS.choose(rng).expect("cars"),
            COLOURS.choose(rng).expect("colours"),
            year,
            active,
            since,
        )?;
        let plate = random_plate(w, rng, year);
        let sold = (!active).then(|| rng.random_range(0..=since));
        let cherished = CHERISHED_PLATES.choose(rng).filter(|_| active && rng.random_bool(0.03));
        match cherished.and_then(|p| w.claim_plate(p)) {
            // A cherished plate transferred on: the car's original plate is history.
            Some(cherished) => {
                w.registration(w.new_id(rng), vid, &plate, since, Some(since / 2))?;
                w.registration(w.new_id(rng), vid, &cherished, since / 2, None)?;
            }
            None => w.registration(w.new_id(rng), vid, &plate, since, sold)?,
        }
        if active {
            active_vehicles.push(vid);
        }
        // A few years of jobs on each car.
        for _ in 0..rng.random_range(0..5) {
            let days = rng.random_range(sold.unwrap_or(0)..=since);
            history_job(w, rng, id, vid, days, &billed_name(days), &address, &postcode)?;
        }
    }

    if let Some(&vid) = active_vehicles.first().filter(|_| rng.random_bool(0.07)) {
        let wo = w.new_id(rng);
        let (job, _) = *JOBS.choose(rng).expect("jobs");
        w.work_order(
            wo,
            id,
            Some(vid),
            job,
            WorkOrderStatus::ACTIVE.choose(rng).expect("statuses").id(),
            rng.random_range(0..10),
        )?;
    }

    for _ in 0..rng.random_range(0..3) {
        let status = match rng.random_range(0..100) {
            0..=5 => "open",
            6..=8 => "snoozed",
            _ => "closed",
        };
        let channel = if rng.random_bool(0.7) { "sms" } else { "email" };
        w.conversation(
            w.new_id(rng),
            id,
            channel,
            *CONVERSATION_SUBJECTS.choose(rng).expect("subjects"),
            status,
            rng.random_range(0..=age_days.min(400)),
        )?;
    }

    for channel in ["sms", "email"] {
        if rng.random_bool(0.55) {
            w.consent(w.new_id(rng), id, channel, "given", "front_desk", age_days)?;
            if rng.random_bool(0.15) {
                let source = ["email_link", "phone"].choose(rng).expect("sources");
                w.consent(w.new_id(rng), id, channel, "withdrawn", source, rng.random_range(0..age_days))?;
            }
        }
    }
    Ok(())
}

/// A finished job with its invoice: mostly paid, a few unpaid, part-paid, void or written off.
#[allow(clippy::too_many_arguments)]
fn history_job(
    w: &mut Writer<'_>,
    rng: &mut ChaCha8Rng,
    customer: Uuid,
    vehicle: Uuid,
    days_ago: i64,
    billed_name: &str,
    address: &str,
    postcode: &str,
) -> Result<(), CoreError> {
    let (job, price) = *JOBS.choose(rng).expect("jobs");
    let status = match rng.random_range(0..100) {
        0..=4 => "cancelled",
        5..=24 => "closed",
        _ => "completed",
    };
    let wo = w.new_id(rng);
    w.work_order(wo, customer, Some(vehicle), job, status, days_ago)?;
    if status == "cancelled" {
        return Ok(());
    }
    let total = price + rng.random_range(0..40) * 125;
    let (inv_status, outstanding, reason) = match rng.random_range(0..100) {
        0..=2 => ("issued", total, None),
        3..=4 => ("issued", total - total / 4 * rng.random_range(1..=3), None),
        5 => ("void", 0, Some("Raised twice by mistake")),
        6 => ("written_off", 0, Some("Goodwill: customer complaint upheld")),
        _ => ("paid", 0, None),
    };
    let inv = w.new_id(rng);
    w.invoice(
        inv,
        &NewInvoice {
            customer,
            work_order: Some(wo),
            status: inv_status,
            issued_days_ago: Some(days_ago),
            total_pence: total,
            outstanding_pence: outstanding,
            billed_name,
            billed_address: address,
            billed_postcode: postcode,
            status_reason: reason,
        },
    )?;
    if inv_status == "paid" || (inv_status == "issued" && outstanding < total) {
        let method = ["card", "card", "cash", "bank_transfer"].choose(rng).expect("methods");
        w.payment(w.new_id(rng), inv, total - outstanding, method, days_ago)?;
    }
    Ok(())
}
