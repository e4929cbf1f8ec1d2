//! The desk's side of resolving blockers: each action checks its own permission (D5).

use uuid::Uuid;

use super::Desk;
use crate::error::CoreError;
use crate::resolve::{self, ConversationListRow, InvoiceListRow, ListFilter, WorkOrderAction, WorkOrderListRow};
use crate::staff::Permission;

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
        Ok(self.mutate(crate::work_orders::UpdateWorkOrder { work_order_id: id, action })?.1)
    }

    /// `amount` as typed: "12.50", "£12.50", "12,50".
    pub fn take_payment(&self, id: Uuid, amount: &str) -> Result<InvoiceListRow, CoreError> {
        self.require_session()?;
        let amount_pence = resolve::parse_pounds(amount)?;
        Ok(self.mutate(crate::invoices::TakePayment { invoice_id: id, amount_pence })?.1)
    }

    /// The reason is queued as kept (trimmed), so what the server is sent stays within its limit.
    pub fn void_invoice(&self, id: Uuid, reason: &str) -> Result<InvoiceListRow, CoreError> {
        Ok(self.mutate(crate::invoices::VoidInvoice { invoice_id: id, reason: reason.trim().to_owned() })?.1)
    }

    pub fn write_off_invoice(&self, id: Uuid, reason: &str) -> Result<InvoiceListRow, CoreError> {
        Ok(self.mutate(crate::invoices::WriteOffInvoice { invoice_id: id, reason: reason.trim().to_owned() })?.1)
    }

    pub fn close_conversation(&self, id: Uuid) -> Result<ConversationListRow, CoreError> {
        Ok(self.mutate(crate::conversations::CloseConversation { conversation_id: id })?.1)
    }
}
