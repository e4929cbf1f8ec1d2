//! The lists that resolve blockers and the actions on their rows (D4, D5).

use std::sync::Arc;

use garage_core::resolve::{ConversationListRow, InvoiceListRow, ListFilter, WorkOrderAction, WorkOrderListRow};
use garage_core::Desk;
use tauri::State;
use uuid::Uuid;

use crate::ipc_error::{ipc, IpcResult};

#[tauri::command]
pub fn list_work_orders(desk: State<'_, Arc<Desk>>, filter: ListFilter) -> IpcResult<Vec<WorkOrderListRow>> {
    ipc(&desk, desk.list_work_orders(&filter))
}

#[tauri::command]
pub fn list_invoices(desk: State<'_, Arc<Desk>>, filter: ListFilter) -> IpcResult<Vec<InvoiceListRow>> {
    ipc(&desk, desk.list_invoices(&filter))
}

#[tauri::command]
pub fn list_conversations(desk: State<'_, Arc<Desk>>, filter: ListFilter) -> IpcResult<Vec<ConversationListRow>> {
    ipc(&desk, desk.list_conversations(&filter))
}

#[tauri::command]
pub fn update_work_order(
    desk: State<'_, Arc<Desk>>,
    work_order_id: Uuid,
    action: WorkOrderAction,
) -> IpcResult<WorkOrderListRow> {
    ipc(&desk, desk.update_work_order(work_order_id, action))
}

#[tauri::command]
pub fn take_payment(desk: State<'_, Arc<Desk>>, invoice_id: Uuid, amount: String) -> IpcResult<InvoiceListRow> {
    ipc(&desk, desk.take_payment(invoice_id, &amount))
}

#[tauri::command]
pub fn void_invoice(desk: State<'_, Arc<Desk>>, invoice_id: Uuid, reason: String) -> IpcResult<InvoiceListRow> {
    ipc(&desk, desk.void_invoice(invoice_id, &reason))
}

#[tauri::command]
pub fn write_off_invoice(desk: State<'_, Arc<Desk>>, invoice_id: Uuid, reason: String) -> IpcResult<InvoiceListRow> {
    ipc(&desk, desk.write_off_invoice(invoice_id, &reason))
}

#[tauri::command]
pub fn close_conversation(desk: State<'_, Arc<Desk>>, conversation_id: Uuid) -> IpcResult<ConversationListRow> {
    ipc(&desk, desk.close_conversation(conversation_id))
}
