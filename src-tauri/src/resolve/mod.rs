//! The lists that resolve blockers and the actions on their rows (D4, D5).

use std::sync::Arc;

use garage_core::resolve::{ConversationListRow, InvoiceListRow, ListFilter, WorkOrderAction, WorkOrderListRow};
use garage_core::Desk;
use tauri::State;
use uuid::Uuid;

use crate::ipc_arg::Arg;
use crate::ipc_error::{ipc, IpcResult};

#[tauri::command]
pub fn list_work_orders(desk: State<'_, Arc<Desk>>, filter: Arg<ListFilter>) -> IpcResult<Vec<WorkOrderListRow>> {
    ipc(&desk, desk.list_work_orders(&filter.get(&desk, "filter")?))
}

#[tauri::command]
pub fn list_invoices(desk: State<'_, Arc<Desk>>, filter: Arg<ListFilter>) -> IpcResult<Vec<InvoiceListRow>> {
    ipc(&desk, desk.list_invoices(&filter.get(&desk, "filter")?))
}

#[tauri::command]
pub fn list_conversations(desk: State<'_, Arc<Desk>>, filter: Arg<ListFilter>) -> IpcResult<Vec<ConversationListRow>> {
    ipc(&desk, desk.list_conversations(&filter.get(&desk, "filter")?))
}

#[tauri::command]
pub fn update_work_order(
    desk: State<'_, Arc<Desk>>,
    work_order_id: Arg<Uuid>,
    action: Arg<WorkOrderAction>,
) -> IpcResult<WorkOrderListRow> {
    let (id, action) = (work_order_id.get(&desk, "workOrderId")?, action.get(&desk, "action")?);
    ipc(&desk, desk.update_work_order(id, action))
}

#[tauri::command]
pub fn take_payment(
    desk: State<'_, Arc<Desk>>,
    invoice_id: Arg<Uuid>,
    amount: Arg<String>,
) -> IpcResult<InvoiceListRow> {
    let (id, amount) = (invoice_id.get(&desk, "invoiceId")?, amount.get(&desk, "amount")?);
    ipc(&desk, desk.take_payment(id, &amount))
}

#[tauri::command]
pub fn void_invoice(
    desk: State<'_, Arc<Desk>>,
    invoice_id: Arg<Uuid>,
    reason: Arg<String>,
) -> IpcResult<InvoiceListRow> {
    let (id, reason) = (invoice_id.get(&desk, "invoiceId")?, reason.get(&desk, "reason")?);
    ipc(&desk, desk.void_invoice(id, &reason))
}

#[tauri::command]
pub fn write_off_invoice(
    desk: State<'_, Arc<Desk>>,
    invoice_id: Arg<Uuid>,
    reason: Arg<String>,
) -> IpcResult<InvoiceListRow> {
    let (id, reason) = (invoice_id.get(&desk, "invoiceId")?, reason.get(&desk, "reason")?);
    ipc(&desk, desk.write_off_invoice(id, &reason))
}

#[tauri::command]
pub fn close_conversation(desk: State<'_, Arc<Desk>>, conversation_id: Arg<Uuid>) -> IpcResult<ConversationListRow> {
    ipc(&desk, desk.close_conversation(conversation_id.get(&desk, "conversationId")?))
}
