//! What a request may change in the server's database, judged from the request and the answer:
//! a refusal changes nothing, except a wrong PIN, which counts a failed attempt (and may lock).

use garage_core::staff::MAX_FAILED_ATTEMPTS;
use garage_core::sync::protocol::{Mutation, MutationKind, MutationResult, MutationStatus};
use garage_core::ErrorCode;
use uuid::Uuid;

use super::snapshot::{Change, Row};

fn describe(changes: &[&Change]) -> String {
    let shown: Vec<String> =
        changes.iter().take(8).map(|c| format!("{}[{}] {:?}", c.table, c.key, c.columns())).collect();
    format!("{} unexpected change(s): {}", changes.len(), shown.join("; "))
}

/// `changes`, less those `allowed` says may happen; an error naming what is left.
fn only(changes: &[Change], allowed: impl Fn(&Change) -> bool) -> Result<(), String> {
    let left: Vec<&Change> = changes.iter().filter(|c| !allowed(c)).collect();
    if left.is_empty() {
        Ok(())
    } else {
        Err(describe(&left))
    }
}

/// The log entry of a synced row, and the log's sequence.
fn logged(c: &Change, table: &str, key: &str) -> bool {
    (c.table == "sync_changes" && c.key == format!("{table}|{key}"))
        || (c.table == "sqlite_sequence" && c.key == "sync_changes")
}

pub fn nothing(changes: &[Change]) -> Result<(), String> {
    only(changes, |_| false)
}

/// A registration that succeeded: the device's new row, or, for an id registered before (the
/// generated bodies repeat ids now and then; only a request bearing its token gets this far, issue
/// 12), at most its new name, its token and time kept; nothing else.
pub fn registered(changes: &[Change], device_id: Uuid) -> Result<(), String> {
    let id = device_id.to_string();
    let row = changes.iter().find(|c| c.table == "devices" && c.key == id);
    let again = ["name"];
    let ok = row.is_some_and(|c| {
        c.after.is_some() && (c.before.is_none() || c.columns().iter().all(|col| again.contains(&col.as_str())))
    });
    if !ok {
        return Err(format!("registered, but devices row {id} went {:?}", row.map(|c| (&c.before, &c.after))));
    }
    only(changes, |c| c.table == "devices" && c.key == id)
}

/// Refusals of a sign-in that count against the desk (issue 9: a desk guessing at many people's
/// PINs is paused): its row of wrong PINs in a row.
fn desk_count(c: &Change, device: &str) -> bool {
    c.table == "device_sign_in_attempts" && c.key == device
}

/// A sign-in of someone the server does not know: counted against the desk, nothing else.
pub fn unknown_staff(changes: &[Change], device_id: Uuid) -> Result<(), String> {
    let device = device_id.to_string();
    if !changes.iter().any(|c| desk_count(c, &device)) {
        return Err("a sign-in of nobody was not counted against the desk".into());
    }
    only(changes, |c| desk_count(c, &device))
}

/// A person's count of wrong PINs at a desk (issue 12), keyed `device|staff`.
pub const PERSON_AT_DESK: &str = "device_staff_sign_in_attempts";

fn person_at_desk(c: &Change, device: &str, staff: &str) -> bool {
    c.table == PERSON_AT_DESK && c.key == format!("{device}|{staff}")
}

/// A wrong PIN for `staff_id`, whose count at this desk was `before` (no row: none): the attempt
/// is counted for the person at this desk (locking at the fifth) and for the desk; nothing else
/// changes.
pub fn wrong_pin(changes: &[Change], device_id: Uuid, staff_id: Uuid, before: Option<&Row>) -> Result<(), String> {
    let (id, device) = (staff_id.to_string(), device_id.to_string());
    let expected = match before {
        None => 1,
        // A lock that ran out starts the count again (the answer would be locked_out otherwise).
        Some(before) if before["locked_until"] != "NULL" => 1,
        Some(before) => before["failed_attempts"].parse::<u32>().map_err(|e| format!("failed_attempts: {e}"))? + 1,
    };
    let row = changes
        .iter()
        .find(|c| person_at_desk(c, &device, &id))
        .ok_or_else(|| format!("wrong PIN for {id}, but the attempt was not counted"))?;
    let counted = row.after("failed_attempts") == Some(expected.to_string().as_str());
    let locked = row.after("locked_until") != Some("NULL");
    let columns_ok =
        row.before.is_none() || row.columns().iter().all(|c| ["failed_attempts", "locked_until"].contains(&c.as_str()));
    if !counted || locked != (expected >= MAX_FAILED_ATTEMPTS) || !columns_ok {
        return Err(format!(
            "wrong PIN {expected} of {MAX_FAILED_ATTEMPTS}: count at the desk went from {before:?} to {:?}",
            row.after
        ));
    }
    if !changes.iter().any(|c| desk_count(c, &device)) {
        return Err("a wrong PIN was not counted against the desk".into());
    }
    only(changes, |c| person_at_desk(c, &device, &id) || desk_count(c, &device))
}

/// The right PIN: `staff_id` signed in on `device_id` with a credential there (the desk's count
/// and the person's there cleared), nothing else.
pub fn signed_in(changes: &[Change], device_id: Uuid, staff_id: Uuid, credential: Uuid) -> Result<(), String> {
    let (device, staff) = (device_id.to_string(), staff_id.to_string());
    let session = format!("{device}|{staff}");
    if !changes.iter().any(|c| c.table == "device_staff" && c.key == session) {
        return Err(format!("signed in, but no device_staff row {session}"));
    }
    only(changes, |c| {
        (c.table == "device_staff" && c.key == session)
            || (c.table == "credentials"
                && c.key == credential.to_string()
                && c.after("staff_id") == Some(staff.as_str())
                && c.after("device_id") == Some(device.as_str()))
            || (desk_count(c, &device) && c.after.is_none())
            || (person_at_desk(c, &device, &staff) && c.after.is_none())
    })
}

/// Refusals of a change whose author is not proven.
const UNPROVEN: [ErrorCode; 3] = [ErrorCode::ProofMissing, ErrorCode::ProofInvalid, ErrorCode::CredentialRevoked];

/// An answered push: each mutation's answer recorded once under its id. A refused one changes
/// nothing else, and an unproven one is not even recorded; the only kind the generated pushes
/// can have applied is a staff member's own language (every other one names a random record),
/// which changes that member's row.
pub fn pushed(changes: &[Change], mutations: &[Mutation], results: &[MutationResult]) -> Result<(), String> {
    if results.len() != mutations.len() {
        return Err(format!("{} mutations, {} answers", mutations.len(), results.len()));
    }
    let mut languages = Vec::new();
    for (i, (m, result)) in mutations.iter().zip(results).enumerate() {
        let id = m.id.to_string();
        if result.id != m.id {
            return Err(format!("answer {} for mutation {id}", result.id));
        }
        // The same id again in one push is answered as it was the first time.
        if let Some(first) = mutations[..i].iter().position(|o| o.id == m.id) {
            if results[first] != *result {
                return Err(format!("mutation {id} answered {result:?}, first {:?}", results[first]));
            }
            continue;
        }
        let status = if result.status == MutationStatus::Applied { "applied" } else { "rejected" };
        let recorded = changes.iter().find(|c| c.table == "applied_mutations" && c.key == id);
        // An unproven change is answered but not recorded (a forger cannot spoil a real id).
        let unproven = result.rejection.as_ref().is_some_and(|r| UNPROVEN.contains(&r.code));
        if unproven {
            if recorded.is_some() {
                return Err(format!("unproven mutation {id} was recorded"));
            }
            continue;
        }
        if !recorded.is_some_and(|c| c.before.is_none() && c.after("status") == Some(status)) {
            return Err(format!("mutation {id} answered {status}, recorded {:?}", recorded.map(|c| &c.after)));
        }
        if result.status == MutationStatus::Applied {
            let MutationKind::SetLocale(garage_core::changes::SetLocale { locale }) = &m.kind else {
                return Err(format!("mutation {id} ({:?}) was applied", m.kind));
            };
            languages.push((m.staff_id.to_string(), locale.tag()));
        }
    }
    let ids: Vec<String> = mutations.iter().map(|m| m.id.to_string()).collect();
    only(changes, |c| {
        (c.table == "applied_mutations" && ids.contains(&c.key))
            || languages.iter().any(|(staff, tag)| {
                (c.table == "staff_users"
                    && c.key == *staff
                    && c.after("locale") == Some(*tag)
                    && c.columns().iter().all(|col| ["locale", "updated_at"].contains(&col.as_str())))
                    || logged(c, "staff_users", staff)
            })
    })
}
