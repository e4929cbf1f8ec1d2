//! Pushed changes (S2, S3): each applied at most once, under the same rules as on the desk, with
//! the server's own data: permission, confirmation token, pre-flight and rate limit; for a restore
//! (R6) the permission, the customer's delete and its plates, against the server's own rows.

use chrono::{DateTime, Utc};
use garage_core::audit::Actor;
use garage_core::changes::Applied;
use garage_core::clock::to_storage;
use garage_core::delete::Deleted;
use garage_core::sync::protocol::{Mutation, MutationResult, MutationStatus, Rejection};
use garage_core::{CoreError, ErrorCode};
use rusqlite::{params, Connection, OptionalExtension, Transaction, TransactionBehavior};
use uuid::Uuid;

/// Most mutations one push may carry.
pub const MAX_PER_PUSH: usize = 1000;

/// A pushed mutation as it arrived: one this server reads, or one it cannot (a newer desk's kind
/// of change, or a malformed one), which it answers alone instead of refusing the whole push.
#[derive(Debug, Clone)]
pub enum Pushed {
    Read(Box<Mutation>),
    Unreadable { id: Uuid, reason: String },
}

impl Pushed {
    /// Reads one mutation of a push; `None` if it does not even carry an id to answer.
    pub fn read(value: serde_json::Value) -> Option<Pushed> {
        let id = value.get("id").and_then(|v| v.as_str()).and_then(|s| Uuid::parse_str(s).ok())?;
        Some(match serde_json::from_value::<Mutation>(value) {
            Ok(m) => Pushed::Read(Box::new(m)),
            Err(e) => Pushed::Unreadable { id, reason: e.to_string() },
        })
    }
}

/// Answers each mutation in order. A storage error stops the push: what was answered before it is
/// committed and recorded, so the device's retry gets those answers again. An unreadable one is
/// refused (`unsupported_change`) and not recorded: a server updated later may take it.
pub fn push(conn: &mut Connection, device_id: Uuid, mutations: &[Pushed]) -> Result<Vec<MutationResult>, CoreError> {
    mutations
        .iter()
        .map(|pushed| match pushed {
            Pushed::Read(m) => push_one(conn, device_id, m),
            Pushed::Unreadable { id, reason } => {
                tracing::warn!(mutation = %id, device = %device_id, "refused a change this server cannot read: {reason}");
                let refusal = CoreError::UnsupportedChange(reason.clone());
                Ok(MutationResult { id: *id, status: MutationStatus::Rejected, rejection: Some(rejection(&refusal)) })
            }
        })
        .collect()
}

fn push_one(conn: &mut Connection, device_id: Uuid, m: &Mutation) -> Result<MutationResult, CoreError> {
    let now = Utc::now();
    let mut tx = Transaction::new(conn, TransactionBehavior::Immediate)?;
    if let Some(answer) = recorded(&tx, m.id)? {
        tracing::info!(mutation = %m.id, device = %device_id, "mutation seen before: answered again, not applied");
        return Ok(answer);
    }
    // Who acts is proven, not claimed (issue 9). An unproven mutation is answered but not
    // recorded: a forger who guessed a real change's id cannot spoil its answer.
    if let Some(refusal) = crate::credentials::check_proof(&tx, device_id, m)? {
        tracing::warn!(mutation = %m.id, device = %device_id, staff = %m.staff_id, "refused: {refusal}");
        return Ok(MutationResult { id: m.id, status: MutationStatus::Rejected, rejection: Some(rejection(&refusal)) });
    }
    let rejection = decide(&mut tx, device_id, now, m)?;
    record(&tx, device_id, now, m, rejection.as_ref())?;
    tx.commit()?;
    let status = if rejection.is_some() { MutationStatus::Rejected } else { MutationStatus::Applied };
    tracing::info!(mutation = %m.id, device = %device_id, name = name(m), ?status, "mutation");
    Ok(MutationResult { id: m.id, status, rejection })
}

/// Applies `m` inside `tx`, or says why not (then nothing of it is kept).
fn decide(
    tx: &mut Transaction<'_>,
    device_id: Uuid,
    now: DateTime<Utc>,
    m: &Mutation,
) -> Result<Option<Rejection>, CoreError> {
    if !staff_active(tx, m.staff_id)? {
        return Ok(Some(rejection(&CoreError::NotFound("staff member"))));
    }
    let actor = Actor { staff_id: m.staff_id, device_id, now: to_storage(now), mutation_id: m.id };
    // A refusal rolls back to here, so only its record is committed.
    let savepoint = tx.savepoint()?;
    match m.kind.apply(&savepoint, &actor, now) {
        Ok(Applied::DeleteCustomer(Deleted::Blocked(check))) => Ok(Some(Rejection::blocked(&check))),
        Ok(_) => {
            savepoint.commit()?;
            Ok(None)
        }
        Err(CoreError::Database(rusqlite::Error::SqliteFailure(e, message)))
            if e.code == rusqlite::ErrorCode::ConstraintViolation =>
        {
            // The data refuses it and always will: retrying would block the device's queue.
            tracing::warn!(mutation = %m.id, "constraint violated: {}", message.unwrap_or_default());
            Ok(Some(rejection(&CoreError::InvalidInput("the data refuses this change"))))
        }
        Err(e) if e.code() == ErrorCode::Storage => Err(e),
        Err(e) => Ok(Some(rejection(&e))),
    }
}

fn rejection(refusal: &CoreError) -> Rejection {
    Rejection::refused(refusal)
}

fn staff_active(conn: &Connection, staff_id: Uuid) -> Result<bool, CoreError> {
    Ok(conn.query_row(
        "SELECT EXISTS (SELECT 1 FROM staff_users WHERE id = ?1 AND active = 1)",
        [staff_id.to_string()],
        |r| r.get(0),
    )?)
}

/// The answer given before, if this mutation was seen already.
fn recorded(conn: &Connection, id: Uuid) -> Result<Option<MutationResult>, CoreError> {
    let row: Option<(String, Option<String>)> = conn
        .prepare_cached("SELECT status, rejection FROM applied_mutations WHERE id = ?1")?
        .query_row([id.to_string()], |r| Ok((r.get(0)?, r.get(1)?)))
        .optional()?;
    let Some((status, rejection)) = row else { return Ok(None) };
    let status = if status == "applied" { MutationStatus::Applied } else { MutationStatus::Rejected };
    let rejection = rejection
        .map(|json| serde_json::from_str::<Rejection>(&json))
        .transpose()
        .map_err(|e| CoreError::Internal(format!("recorded rejection of {id}: {e}")))?;
    Ok(Some(MutationResult { id, status, rejection }))
}

fn record(
    conn: &Connection,
    device_id: Uuid,
    now: DateTime<Utc>,
    m: &Mutation,
    rejection: Option<&Rejection>,
) -> Result<(), CoreError> {
    let rejection = rejection
        .map(serde_json::to_string)
        .transpose()
        .map_err(|e| CoreError::Internal(format!("rejection of {}: {e}", m.id)))?;
    conn.execute(
        "INSERT INTO applied_mutations (id, device_id, staff_id, name, status, rejection, received_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
        params![
            m.id.to_string(),
            device_id.to_string(),
            m.staff_id.to_string(),
            name(m),
            if rejection.is_some() { "rejected" } else { "applied" },
            rejection,
            to_storage(now),
        ],
    )?;
    Ok(())
}

/// The mutation's name as it travels ("delete_customer").
fn name(m: &Mutation) -> String {
    serde_json::to_value(&m.kind)
        .ok()
        .and_then(|v| v.get("name").and_then(|n| n.as_str()).map(str::to_owned))
        .unwrap_or_default()
}
