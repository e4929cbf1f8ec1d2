//! DS1–DS5: likely duplicate pairs among live customers, each with why, and "Not a duplicate".
//!
//! A pair is suggested when the two share a phone number, an email address or a plate (now or
//! in the past), or have similar names (same surname, first names alike) at the same postcode.
//! A value shared by more than [`MAX_SHARED`] customers (a company's switchboard, a fleet
//! address) suggests nothing: it says nothing about one person.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use rusqlite::{params, Connection};
use uuid::Uuid;

use super::review::history;
use super::types::{DuplicateReason, DuplicateSide, DuplicateSuggestion};
use crate::audit::Actor;
use crate::error::CoreError;
use crate::i18n::{Locale, Messages};

/// A shared value held by more customers than this suggests no pairs.
pub const MAX_SHARED: usize = 5;
/// The most pairs listed at once, strongest first.
pub const MAX_SUGGESTIONS: usize = 50;

struct Live {
    id: Uuid,
    name: String,
    phone: Option<String>,
    postcode: Option<String>,
}

/// The pair's key: the two ids in order (as `duplicate_dismissals` stores them).
pub fn pair_key(a: Uuid, b: Uuid) -> (Uuid, Uuid) {
    if a.to_string() < b.to_string() {
        (a, b)
    } else {
        (b, a)
    }
}

/// The id of a pair's dismissal: the same on every desk (DS4).
pub fn dismissal_id(a: Uuid, b: Uuid) -> Uuid {
    let (a, b) = pair_key(a, b);
    Uuid::new_v5(&a, b.to_string().as_bytes())
}

fn digits(s: &str) -> String {
    s.chars().filter(char::is_ascii_digit).collect()
}

fn compact_lower(s: &str) -> String {
    s.chars().filter(|c| c.is_alphanumeric()).flat_map(char::to_lowercase).collect()
}

/// DS1: same surname, and first names alike (the same, or one starts with the other's first two
/// letters: "Margaret" and "Maggie", "Tom" and "Thomas" do not).
pub fn similar_names(a: &str, b: &str) -> bool {
    let words = |s: &str| s.split_whitespace().map(compact_lower).filter(|w| !w.is_empty()).collect::<Vec<_>>();
    let (a, b) = (words(a), words(b));
    let (Some(sa), Some(sb)) = (a.last(), b.last()) else { return false };
    if sa != sb {
        return false;
    }
    match (a.first(), b.first()) {
        (Some(fa), Some(fb)) if a.len() > 1 && b.len() > 1 => fa == fb || fa.chars().take(2).eq(fb.chars().take(2)),
        _ => true,
    }
}

/// DS1–DS3: the likely pairs, strongest first, without dismissed pairs (DS4), worded in `locale`.
pub fn suggestions(
    conn: &Connection,
    messages: &Messages,
    locale: Locale,
) -> Result<Vec<DuplicateSuggestion>, CoreError> {
    let mut live: HashMap<Uuid, Live> = HashMap::new();
    let mut by_phone: HashMap<String, Vec<Uuid>> = HashMap::new();
    let mut by_email: HashMap<String, Vec<Uuid>> = HashMap::new();
    let mut by_postcode: HashMap<String, Vec<Uuid>> = HashMap::new();
    {
        let mut stmt = conn.prepare(
            "SELECT id, name, phone, email, postcode FROM customers WHERE deleted_at IS NULL AND merged_into_id IS NULL",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok((
                crate::db::uuid_at(r, 0)?,
                r.get::<_, String>(1)?,
                r.get::<_, Option<String>>(2)?,
                r.get::<_, Option<String>>(3)?,
                r.get::<_, Option<String>>(4)?,
            ))
        })?;
        for row in rows {
            let (id, name, phone, email, postcode) = row?;
            if let Some(p) = phone.as_deref().map(digits).filter(|p| p.len() >= 6) {
                by_phone.entry(p).or_default().push(id);
            }
            if let Some(e) = email.as_deref().map(|e| e.trim().to_lowercase()).filter(|e| e.contains('@')) {
                by_email.entry(e).or_default().push(id);
            }
            if let Some(p) = postcode.as_deref().map(compact_lower).filter(|p| !p.is_empty()) {
                by_postcode.entry(p).or_default().push(id);
            }
            live.insert(id, Live { id, name, phone, postcode });
        }
    }
    let mut by_plate: HashMap<String, BTreeSet<Uuid>> = HashMap::new();
    {
        let mut stmt = conn.prepare(
            "SELECT r.plate, v.customer_id FROM registrations r JOIN vehicles v ON v.id = r.vehicle_id
              WHERE v.deleted_at IS NULL",
        )?;
        for row in stmt.query_map([], |r| Ok((r.get::<_, String>(0)?, crate::db::uuid_at(r, 1)?)))? {
            let (plate, customer) = row?;
            if live.contains_key(&customer) {
                by_plate.entry(plate).or_default().insert(customer);
            }
        }
    }
    let mut pairs: BTreeMap<(Uuid, Uuid), BTreeSet<DuplicateReason>> = BTreeMap::new();
    let mut add_groups = |groups: &mut dyn Iterator<Item = Vec<Uuid>>, reason: DuplicateReason| {
        for group in groups {
            if group.len() < 2 || group.len() > MAX_SHARED {
                continue;
            }
            for (i, a) in group.iter().enumerate() {
                for b in &group[i + 1..] {
                    pairs.entry(pair_key(*a, *b)).or_default().insert(reason);
                }
            }
        }
    };
    add_groups(&mut by_phone.into_values(), DuplicateReason::SamePhone);
    add_groups(&mut by_email.into_values(), DuplicateReason::SameEmail);
    add_groups(&mut by_plate.into_values().map(|s| s.into_iter().collect()), DuplicateReason::SamePlate);
    for group in by_postcode.into_values() {
        for (i, a) in group.iter().enumerate() {
            for b in &group[i + 1..] {
                if similar_names(&live[a].name, &live[b].name) {
                    pairs.entry(pair_key(*a, *b)).or_default().insert(DuplicateReason::SimilarNameSamePostcode);
                }
            }
        }
    }
    let dismissed: BTreeSet<(String, String)> = conn
        .prepare("SELECT customer_a, customer_b FROM duplicate_dismissals")?
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<Result<_, _>>()?;
    let mut ranked: Vec<((Uuid, Uuid), BTreeSet<DuplicateReason>)> =
        pairs.into_iter().filter(|((a, b), _)| !dismissed.contains(&(a.to_string(), b.to_string()))).collect();
    ranked.sort_by(|(ka, ra), (kb, rb)| {
        rb.len().cmp(&ra.len()).then_with(|| live[&ka.0].name.cmp(&live[&kb.0].name)).then_with(|| ka.cmp(kb))
    });
    ranked.truncate(MAX_SUGGESTIONS);
    let side = |id: &Uuid| -> Result<DuplicateSide, CoreError> {
        let c = &live[id];
        Ok(DuplicateSide {
            id: c.id,
            name: c.name.clone(),
            phone: c.phone.clone(),
            postcode: c.postcode.clone(),
            history: history(conn, c.id)?,
        })
    };
    ranked
        .into_iter()
        .map(|((a, b), reasons)| {
            let (mut a, mut b) = (side(&a)?, side(&b)?);
            // The record with more history first: the likely survivor.
            if b.history.total() > a.history.total() {
                std::mem::swap(&mut a, &mut b);
            }
            let why = reasons.iter().map(|r| messages.text(locale, reason_message(*r))).collect();
            Ok(DuplicateSuggestion { a, b, reasons: reasons.into_iter().collect(), why })
        })
        .collect()
}

fn reason_message(reason: DuplicateReason) -> &'static str {
    match reason {
        DuplicateReason::SamePhone => "duplicate-reason-same-phone",
        DuplicateReason::SameEmail => "duplicate-reason-same-email",
        DuplicateReason::SamePlate => "duplicate-reason-same-plate",
        DuplicateReason::SimilarNameSamePostcode => "duplicate-reason-similar-name-same-postcode",
    }
}

/// DS4: records "Not a duplicate" for the pair, for good, on every desk. The caller has checked
/// the permission. Both must be customers; dismissing a dismissed pair changes nothing.
pub fn dismiss_in(tx: &Connection, actor: &Actor, a: Uuid, b: Uuid) -> Result<Uuid, CoreError> {
    if a == b {
        return Err(CoreError::InvalidInput("a customer is not a duplicate of itself"));
    }
    for id in [a, b] {
        let exists: bool = tx
            .prepare_cached("SELECT EXISTS (SELECT 1 FROM customers WHERE id = ?1)")?
            .query_row(params![id.to_string()], |r| r.get(0))?;
        if !exists {
            return Err(CoreError::NotFound("customer"));
        }
    }
    let (first, second) = pair_key(a, b);
    let id = dismissal_id(a, b);
    tx.execute(
        "INSERT OR IGNORE INTO duplicate_dismissals (id, customer_a, customer_b, dismissed_by, dismissed_at)
         VALUES (?1, ?2, ?3, ?4, ?5)",
        params![id.to_string(), first.to_string(), second.to_string(), actor.staff_id.to_string(), actor.now],
    )?;
    actor.record(
        tx,
        "customer.duplicate_dismissed",
        "customer",
        first,
        None,
        serde_json::json!({ "customer_a": first, "customer_b": second }),
    )?;
    Ok(id)
}
