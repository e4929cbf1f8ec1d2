//! D5: a payment, a void or a write-off as a change; each needs its own permission.

use chrono::{DateTime, Utc};
use rusqlite::Connection;
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::audit::Actor;
use crate::changes::{Change, TouchedRows};
use crate::error::CoreError;
use crate::staff::Permission;

use super::{take_payment, void_invoice, write_off_invoice, InvoiceListRow};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TakePayment {
    pub invoice_id: Uuid,
    pub amount_pence: i64,
}

impl Change for TakePayment {
    type Outcome = InvoiceListRow;

    fn permission(&self) -> Option<Permission> {
        Some(Permission::InvoicesTakePayment)
    }

    fn apply(&self, tx: &Connection, actor: &Actor, _now: DateTime<Utc>) -> Result<InvoiceListRow, CoreError> {
        take_payment(tx, actor, self.invoice_id, self.amount_pence)
    }

    /// The invoice, and the payment row (its id derives from the change's).
    fn touched_rows(&self, _tx: &Connection, id: Uuid, row: &InvoiceListRow) -> Result<TouchedRows, CoreError> {
        let payment = crate::ids::derived_id(id, "payment");
        Ok(vec![("invoices", row.invoice.id.to_string()), ("payments", payment.to_string())])
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct VoidInvoice {
    pub invoice_id: Uuid,
    pub reason: String,
}

impl Change for VoidInvoice {
    type Outcome = InvoiceListRow;

    fn permission(&self) -> Option<Permission> {
        Some(Permission::InvoicesVoid)
    }

    fn apply(&self, tx: &Connection, actor: &Actor, _now: DateTime<Utc>) -> Result<InvoiceListRow, CoreError> {
        void_invoice(tx, actor, self.invoice_id, &self.reason)
    }

    fn touched_rows(&self, _tx: &Connection, _id: Uuid, row: &InvoiceListRow) -> Result<TouchedRows, CoreError> {
        Ok(vec![("invoices", row.invoice.id.to_string())])
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct WriteOffInvoice {
    pub invoice_id: Uuid,
    pub reason: String,
}

impl Change for WriteOffInvoice {
    type Outcome = InvoiceListRow;

    fn permission(&self) -> Option<Permission> {
        Some(Permission::InvoicesWriteOff)
    }

    fn apply(&self, tx: &Connection, actor: &Actor, _now: DateTime<Utc>) -> Result<InvoiceListRow, CoreError> {
        write_off_invoice(tx, actor, self.invoice_id, &self.reason)
    }

    fn touched_rows(&self, _tx: &Connection, _id: Uuid, row: &InvoiceListRow) -> Result<TouchedRows, CoreError> {
        Ok(vec![("invoices", row.invoice.id.to_string())])
    }
}
