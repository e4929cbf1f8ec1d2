//! The lists that resolve blockers and the actions on their rows (D4, D5).

use std::sync::Arc;

use garage_core::resolve::{ConversationListRow, InvoiceListRow, ListFilter, WorkOrderAction, WorkOrderListRow};
use garage_core::Desk;
use tauri::State;
use uuid::Uuid;

use crate::blocking::with_desk;
use crate::ipc_arg::Arg;
use crate::ipc_error::{ipc, IpcResult};

#[tauri::command]
pub async fn list_work_orders(desk: State<'_, Arc<Desk>>, filter: Arg<ListFilter>) -> IpcResult<Vec<WorkOrderListRow>> {
    with_desk(&desk, move |desk| ipc(desk, desk.list_work_orders(&filter.get(desk, "filter")?))).await
}

#[tauri::command]
pub async fn list_invoices(desk: State<'_, Arc<Desk>>, filter: Arg<ListFilter>) -> IpcResult<Vec<InvoiceListRow>> {
    with_desk(&desk, move |desk| ipc(desk, desk.list_invoices(&filter.get(desk, "filter")?))).await
}

#[tauri::command]
pub async fn list_conversations(
    desk: State<'_, Arc<Desk>>,
    filter: Arg<ListFilter>,
) -> IpcResult<Vec<ConversationListRow>> {
    with_desk(&desk, move |desk| ipc(desk, desk.list_conversations(&filter.get(desk, "filter")?))).await
}

#[tauri::command]
pub async fn update_work_order(
    desk: State<'_, Arc<Desk>>,
    work_order_id: Arg<Uuid>,
    action: Arg<WorkOrderAction>,
) -> IpcResult<WorkOrderListRow> {
    with_desk(&desk, move |desk| {
        let (id, action) = (work_order_id.get(desk, "workOrderId")?, action.get(desk, "action")?);
        ipc(desk, desk.update_work_order(id, action))
    })
    .await
}

#[tauri::command]
pub async fn take_payment(
    desk: State<'_, Arc<Desk>>,
    invoice_id: Arg<Uuid>,
    amount: Arg<String>,
) -> IpcResult<InvoiceListRow> {
    with_desk(&desk, move |desk| {
        let (id, amount) = (invoice_id.get(desk, "invoiceId")?, amount.get(desk, "amount")?);
        ipc(desk, desk.take_payment(id, &amount))
    })
    .await
}

#[tauri::command]
pub async fn void_invoice(
    desk: State<'_, Arc<Desk>>,
    invoice_id: Arg<Uuid>,
    reason: Arg<String>,
) -> IpcResult<InvoiceListRow> {
    with_desk(&desk, move |desk| {
        let (id, reason) = (invoice_id.get(desk, "invoiceId")?, reason.get(desk, "reason")?);
        ipc(desk, desk.void_invoice(id, &reason))
    })
    .await
}

#[tauri::command]
pub async fn write_off_invoice(
    desk: State<'_, Arc<Desk>>,
    invoice_id: Arg<Uuid>,
    reason: Arg<String>,
) -> IpcResult<InvoiceListRow> {
    with_desk(&desk, move |desk| {
        let (id, reason) = (invoice_id.get(desk, "invoiceId")?, reason.get(desk, "reason")?);
        ipc(desk, desk.write_off_invoice(id, &reason))
    })
    .await
}

#[tauri::command]
pub async fn close_conversation(
    desk: State<'_, Arc<Desk>>,
    conversation_id: Arg<Uuid>,
) -> IpcResult<ConversationListRow> {
    with_desk(&desk, move |desk| ipc(desk, desk.close_conversation(conversation_id.get(desk, "conversationId")?))).await
}
