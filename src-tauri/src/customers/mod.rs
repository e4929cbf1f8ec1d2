//! The customer list and the customer page.

use garage_core::customers::{CustomerDetail, CustomerPage, CustomerQuery};
use garage_core::Desk;
use uuid::Uuid;

use crate::ipc_error::{ipc, IpcResult};

pub fn search_customers(desk: &Desk, query: CustomerQuery) -> IpcResult<CustomerPage> {
    ipc(desk, desk.search_customers(&query))
}

pub fn get_customer(desk: &Desk, customer_id: Uuid) -> IpcResult<CustomerDetail> {
    ipc(desk, desk.customer(customer_id))
}
