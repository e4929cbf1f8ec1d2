//! D5: resolving a blocker as a change: a work order moved on, a payment, a void or write-off,
//! a conversation closed. Each needs its own permission.

use chrono::{DateTime, Utc};
use rusqlite::Connection;
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use super::{
    close_conversation, take_payment, update_work_order, void_invoice, write_off_invoice, ConversationListRow,
    InvoiceListRow, WorkOrderAction, WorkOrderListRow,
};
use crate::audit::Actor;
use crate::changes::{Change, TouchedRows};
use crate::error::CoreError;
use crate::staff::Permission;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct UpdateWorkOrder {
    pub work_order_id: Uuid,
    pub action: WorkOrderAction,
}

impl Change for UpdateWorkOrder {
    type Outcome = WorkOrderListRow;

    fn permission(&self) -> Option<Permission> {
        Some(match self.action {
            WorkOrderAction::Complete => Permission::WorkOrdersComplete,
            WorkOrderAction::Close => Permission::WorkOrdersClose,
            WorkOrderAction::Cancel => Permission::WorkOrdersCancel,
        })
    }

    fn apply(&self, tx: &Connection, actor: &Actor, _now: DateTime<Utc>) -> Result<WorkOrderListRow, CoreError> {
        update_work_order(tx, actor, self.work_order_id, self.action)
    }

    fn touched_rows(&self, _tx: &Connection, _id: Uuid, row: &WorkOrderListRow) -> Result<TouchedRows, CoreError> {
        Ok(vec![("work_orders", row.id.to_string())])
    }
}

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
        let payment = crate::sync::protocol::derived_id(id, "payment");
        Ok(vec![("invoices", row.id.to_string()), ("payments", payment.to_string())])
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
        Ok(vec![("invoices", row.id.to_string())])
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
        Ok(vec![("invoices", row.id.to_string())])
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CloseConversation {
    pub conversation_id: Uuid,
}

impl Change for CloseConversation {
    type Outcome = ConversationListRow;

    fn permission(&self) -> Option<Permission> {
        Some(Permission::ConversationsClose)
    }

    fn apply(&self, tx: &Connection, actor: &Actor, _now: DateTime<Utc>) -> Result<ConversationListRow, CoreError> {
        close_conversation(tx, actor, self.conversation_id)
    }

    fn touched_rows(&self, _tx: &Connection, _id: Uuid, row: &ConversationListRow) -> Result<TouchedRows, CoreError> {
        Ok(vec![("conversations", row.id.to_string())])
    }
}
