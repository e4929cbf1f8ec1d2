//! The desk's side of resolving blockers: each action checks its own permission (D5).

use uuid::Uuid;

use super::Desk;
use crate::error::CoreError;
use crate::resolve::{self, ConversationListRow, InvoiceListRow, ListFilter, WorkOrderAction, WorkOrderListRow};
use crate::staff::Permission;
use crate::sync::protocol::MutationKind;
use crate::sync::Applied;

impl Desk {
    pub fn list_work_orders(&self, filter: &ListFilter) -> Result<Vec<WorkOrderListRow>, CoreError> {
        self.require(Permission::CustomersView)?;
        resolve::list_work_orders(&self.connection(), filter)
    }

    pub fn list_invoices(&self, filter: &ListFilter) -> Result<Vec<InvoiceListRow>, CoreError> {
        self.require(Permission::CustomersView)?;
        resolve::list_invoices(&self.connection(), filter)
    }

    pub fn list_conversations(&self, filter: &ListFilter) -> Result<Vec<ConversationListRow>, CoreError> {
        self.require(Permission::CustomersView)?;
        resolve::list_conversations(&self.connection(), filter)
    }

    pub fn update_work_order(&self, id: Uuid, action: WorkOrderAction) -> Result<WorkOrderListRow, CoreError> {
        match self.mutate(MutationKind::UpdateWorkOrder { work_order_id: id, action })?.1 {
            Applied::WorkOrder(row) => Ok(row),
            other => Err(unexpected(other)),
        }
    }

    /// `amount` as typed: "12.50", "£12.50", "12,50".
    pub fn take_payment(&self, id: Uuid, amount: &str) -> Result<InvoiceListRow, CoreError> {
        self.require_session()?;
        let amount_pence = resolve::parse_pounds(amount)?;
        self.invoice_change(MutationKind::TakePayment { invoice_id: id, amount_pence })
    }

    /// The reason is queued as kept (trimmed), so what the server is sent stays within its limit.
    pub fn void_invoice(&self, id: Uuid, reason: &str) -> Result<InvoiceListRow, CoreError> {
        self.invoice_change(MutationKind::VoidInvoice { invoice_id: id, reason: reason.trim().to_owned() })
    }

    pub fn write_off_invoice(&self, id: Uuid, reason: &str) -> Result<InvoiceListRow, CoreError> {
        self.invoice_change(MutationKind::WriteOffInvoice { invoice_id: id, reason: reason.trim().to_owned() })
    }

    fn invoice_change(&self, kind: MutationKind) -> Result<InvoiceListRow, CoreError> {
        match self.mutate(kind)?.1 {
            Applied::Invoice(row) => Ok(row),
            other => Err(unexpected(other)),
        }
    }

    pub fn close_conversation(&self, id: Uuid) -> Result<ConversationListRow, CoreError> {
        match self.mutate(MutationKind::CloseConversation { conversation_id: id })?.1 {
            Applied::Conversation(row) => Ok(row),
            other => Err(unexpected(other)),
        }
    }
}

/// A change answered with another kind of result: a defect, reported as a storage failure.
pub(super) fn unexpected(applied: Applied) -> CoreError {
    CoreError::Internal(format!("unexpected result {applied:?}"))
}
