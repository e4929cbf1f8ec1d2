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
        let session = self.require(match action {
            WorkOrderAction::Complete => Permission::WorkOrdersComplete,
            WorkOrderAction::Close => Permission::WorkOrdersClose,
            WorkOrderAction::Cancel => Permission::WorkOrdersCancel,
        })?;
        resolve::update_work_order(&mut self.connection(), &self.actor(&session), id, action)
    }

    pub fn take_payment(&self, id: Uuid, amount: &str) -> Result<InvoiceListRow, CoreError> {
        let session = self.require(Permission::InvoicesTakePayment)?;
        resolve::take_payment(&mut self.connection(), &self.actor(&session), id, amount)
    }

    pub fn void_invoice(&self, id: Uuid, reason: &str) -> Result<InvoiceListRow, CoreError> {
        let session = self.require(Permission::InvoicesVoid)?;
        resolve::void_invoice(&mut self.connection(), &self.actor(&session), id, reason)
    }

    pub fn write_off_invoice(&self, id: Uuid, reason: &str) -> Result<InvoiceListRow, CoreError> {
        let session = self.require(Permission::InvoicesWriteOff)?;
        resolve::write_off_invoice(&mut self.connection(), &self.actor(&session), id, reason)
    }

    pub fn close_conversation(&self, id: Uuid) -> Result<ConversationListRow, CoreError> {
        let session = self.require(Permission::ConversationsClose)?;
        resolve::close_conversation(&mut self.connection(), &self.actor(&session), id)
    }
}
