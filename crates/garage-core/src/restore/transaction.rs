//! R2–R5, R8: the restore of a deleted customer after the undo window, one transaction inside
//! the caller's (beside the outbox on a desk, the mutation log on the server). What it puts back
//! is found as undo finds it ([`crate::delete::put_back_in`]); it refuses whole when a plate is
//! taken, and says what else it could not put back.

use rusqlite::Connection;
use serde_json::json;
use uuid::Uuid;

use super::plan::{plan, word_left_out};
use super::types::{LeftOutKind, RestoreResult};
use crate::audit::Actor;
use crate::delete::{put_back_in, PutBack};
use crate::error::CoreError;
use crate::i18n::{Locale, Messages};

/// What a restore put back, and what it left as it was.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Restored {
    pub customer_id: Uuid,
    pub customer_name: String,
    pub batch_id: Uuid,
    pub put_back: PutBack,
    pub left_out: Vec<(LeftOutKind, String)>,
}

impl Restored {
    pub fn to_result(&self, messages: &Messages, locale: Locale) -> RestoreResult {
        RestoreResult {
            customer_id: self.customer_id,
            customer_name: self.customer_name.clone(),
            vehicles: self.put_back.vehicles.len() as u32,
            conversations: self.put_back.conversations.len() as u32,
            left_out: word_left_out(&self.left_out, messages, locale),
        }
    }
}

/// Restores `customer_id` from delete `batch_id` inside `tx`. The caller has checked the
/// permission (R1). Refused, with nothing changed, when the customer is not deleted, when its
/// delete is not `batch_id` any more (R8), or when a plate to put back is taken (R3).
pub fn restore_in(
    tx: &Connection,
    actor: &Actor,
    customer_id: Uuid,
    batch_id: Uuid,
    fault: &mut dyn FnMut(&'static str) -> Result<(), CoreError>,
) -> Result<Restored, CoreError> {
    let plan = plan(tx, customer_id)?;
    if plan.batch_id != batch_id {
        return Err(CoreError::DeleteChanged);
    }
    if let Some(plate) = plan.taken_plate {
        return Err(CoreError::RestorePlateTaken { plate });
    }
    let put_back = put_back_in(tx, actor, batch_id, customer_id, fault).map_err(|e| match e {
        CoreError::PlateTaken { plate } => CoreError::RestorePlateTaken { plate },
        other => other,
    })?;
    fault("audit")?;
    let left_out: Vec<serde_json::Value> =
        plan.left_out.iter().map(|(kind, what)| json!({ "kind": kind, "what": what })).collect();
    actor.record(
        tx,
        "customer.restore",
        "customer",
        customer_id,
        Some(batch_id),
        json!({
            "customer_name": plan.customer_name,
            "deleted_at": plan.deleted_at,
            "vehicles": put_back.vehicles,
            "registrations": put_back.registrations,
            "plates": plan.plates,
            "conversations": put_back.conversations,
            "left_out": left_out,
        }),
    )?;
    Ok(Restored { customer_id, customer_name: plan.customer_name, batch_id, put_back, left_out: plan.left_out })
}
