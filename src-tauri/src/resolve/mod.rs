//! The lists that resolve blockers and the actions on their rows (D4, D5).

use garage_core::resolve::{ConversationListRow, InvoiceListRow, ListFilter, WorkOrderAction, WorkOrderListRow};
use garage_core::Desk;
use uuid::Uuid;

use crate::ipc_error::{ipc, IpcResult};

pub fn list_work_orders(desk: &Desk, filter: ListFilter) -> IpcResult<Vec<WorkOrderListRow>> {
    ipc(desk, desk.list_work_orders(&filter))
}

pub fn list_invoices(desk: &Desk, filter: ListFilter) -> IpcResult<Vec<InvoiceListRow>> {
    ipc(desk, desk.list_invoices(&filter))
}

pub fn list_conversations(desk: &Desk, filter: ListFilter) -> IpcResult<Vec<ConversationListRow>> {
    ipc(desk, desk.list_conversations(&filter))
}

pub fn update_work_order(desk: &Desk, work_order_id: Uuid, action: WorkOrderAction) -> IpcResult<WorkOrderListRow> {
    ipc(desk, desk.update_work_order(work_order_id, action))
}

/// `amount` is the text as typed ("12.50" or "£12.50"); the core parses it.
pub fn take_payment(desk: &Desk, invoice_id: Uuid, amount: String) -> IpcResult<InvoiceListRow> {
    ipc(desk, desk.take_payment(invoice_id, &amount))
}

pub fn void_invoice(desk: &Desk, invoice_id: Uuid, reason: String) -> IpcResult<InvoiceListRow> {
    ipc(desk, desk.void_invoice(invoice_id, &reason))
}

pub fn write_off_invoice(desk: &Desk, invoice_id: Uuid, reason: String) -> IpcResult<InvoiceListRow> {
    ipc(desk, desk.write_off_invoice(invoice_id, &reason))
}

pub fn close_conversation(desk: &Desk, conversation_id: Uuid) -> IpcResult<ConversationListRow> {
    ipc(desk, desk.close_conversation(conversation_id))
}
