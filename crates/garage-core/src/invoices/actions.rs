//! D5: taking a payment, voiding or writing off an unpaid invoice, inside the caller's
//! transaction (which also queues the change for the server), each with a payment or a reason as
//! needed, audited; bad input changes nothing.

use rusqlite::{params, Connection};
use serde_json::json;
use uuid::Uuid;

use super::queries::invoice;
use super::types::*;
use crate::audit::Actor;
use crate::error::CoreError;

fn unpaid_invoice(tx: &Connection, id: Uuid) -> Result<InvoiceListRow, CoreError> {
    let row = invoice(tx, id)?;
    if !row.invoice.unpaid {
        return Err(CoreError::InvoiceNotUnpaid);
    }
    Ok(row)
}

/// Takes `pence` (typed as "12.50", "£12.50", "12,50": see [`super::parse_pounds`]) off what is
/// outstanding; paid in full closes the invoice.
pub fn take_payment(tx: &Connection, actor: &Actor, id: Uuid, pence: i64) -> Result<InvoiceListRow, CoreError> {
    if pence <= 0 || pence > super::MAX_PENCE {
        return Err(CoreError::InvalidAmount);
    }
    let before = unpaid_invoice(tx, id)?;
    if pence > before.invoice.outstanding_pence {
        return Err(CoreError::AmountTooLarge { outstanding_pence: before.invoice.outstanding_pence });
    }
    let outstanding = before.invoice.outstanding_pence - pence;
    tx.execute(
        "INSERT INTO payments (id, invoice_id, amount_pence, method, taken_by, taken_at) VALUES (?1, ?2, ?3, 'card', ?4, ?5)",
        params![actor.derived_id("payment").to_string(), id.to_string(), pence, actor.staff_id.to_string(), actor.now],
    )?;
    tx.execute(
        "UPDATE invoices SET outstanding_pence = ?2, status = CASE WHEN ?2 = 0 THEN 'paid' ELSE status END,
                updated_at = ?3 WHERE id = ?1",
        params![id.to_string(), outstanding, actor.now],
    )?;
    actor.record(
        tx,
        "invoice.take_payment",
        "invoice",
        id,
        None,
        json!({ "amount_pence": pence, "outstanding_before": before.invoice.outstanding_pence, "outstanding_after": outstanding }),
    )?;
    invoice(tx, id)
}

/// The longest reason a void or write-off keeps, in characters (spaces around it not counted).
/// It also bounds the largest change a desk pushes, which sizes the server's body limit.
pub const MAX_REASON_CHARS: usize = 500;

fn close_invoice(
    tx: &Connection,
    actor: &Actor,
    id: Uuid,
    reason: &str,
    status: &str,
) -> Result<InvoiceListRow, CoreError> {
    let reason = reason.trim();
    if reason.is_empty() {
        return Err(CoreError::ReasonRequired);
    }
    if reason.chars().count() > MAX_REASON_CHARS {
        return Err(CoreError::ReasonTooLong { max: MAX_REASON_CHARS });
    }
    let before = unpaid_invoice(tx, id)?;
    tx.execute(
        "UPDATE invoices SET status = ?2, outstanding_pence = 0, status_reason = ?3, updated_at = ?4 WHERE id = ?1",
        params![id.to_string(), status, reason, actor.now],
    )?;
    actor.record(
        tx,
        &format!("invoice.{status}"),
        "invoice",
        id,
        None,
        json!({ "reason": reason, "outstanding_before": before.invoice.outstanding_pence }),
    )?;
    invoice(tx, id)
}

pub fn void_invoice(tx: &Connection, actor: &Actor, id: Uuid, reason: &str) -> Result<InvoiceListRow, CoreError> {
    close_invoice(tx, actor, id, reason, "void")
}

pub fn write_off_invoice(tx: &Connection, actor: &Actor, id: Uuid, reason: &str) -> Result<InvoiceListRow, CoreError> {
    close_invoice(tx, actor, id, reason, "written_off")
}
