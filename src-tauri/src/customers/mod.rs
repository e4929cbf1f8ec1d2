//! The customer list and the customer page.

use std::sync::Arc;

use garage_core::customers::{CustomerDetail, CustomerPage, CustomerQuery};
use garage_core::Desk;
use tauri::State;
use uuid::Uuid;

use crate::blocking::with_desk;
use crate::ipc_arg::Arg;
use crate::ipc_error::{ipc, IpcResult};

#[tauri::command]
pub async fn search_customers(desk: State<'_, Arc<Desk>>, query: Arg<CustomerQuery>) -> IpcResult<CustomerPage> {
    with_desk(&desk, move |desk| ipc(desk, desk.search_customers(&query.get(desk, "query")?))).await
}

#[tauri::command]
pub async fn get_customer(desk: State<'_, Arc<Desk>>, customer_id: Arg<Uuid>) -> IpcResult<CustomerDetail> {
    with_desk(&desk, move |desk| ipc(desk, desk.customer(customer_id.get(desk, "customerId")?))).await
}
