//! D4: each blocker opens its list, filtered to the customer, in a window of its own; "Return
//! to customer" brings the customer's page in the main window back to the front.

use std::sync::Arc;

use garage_core::delete::BlockerKind;
use garage_core::staff::Permission;
use garage_core::Desk;
use serde::Serialize;
use tauri::{AppHandle, Emitter, Manager, Runtime, WebviewUrl, WebviewWindowBuilder};
use uuid::Uuid;

use crate::blocking::with_desk;
use crate::ipc_error::{ipc, IpcError, IpcResult};

/// The event the main window listens for to show a customer's page.
pub const SHOW_CUSTOMER_EVENT: &str = "show-customer";

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
struct ShowCustomer {
    customer_id: Uuid,
}

/// The window's label: one window per customer and kind, reused when opened again.
pub fn blocker_window_label(customer_id: Uuid, kind: BlockerKind) -> String {
    format!("blockers-{}-{}", kind.id().replace('_', "-"), customer_id.simple())
}

/// Window calls from a command off the main thread are safe: Tauri hands each to the main thread
/// (building a window waits there for it). The title is read from the cache on the blocking pool.
pub async fn open_blocker_window<R: Runtime>(app: AppHandle<R>, customer_id: Uuid, kind: BlockerKind) -> IpcResult<()> {
    let desk = Arc::clone(&app.state::<Arc<Desk>>());
    let title = with_desk(&desk, move |desk| ipc(desk, blocker_window_title(desk, customer_id, kind))).await?;
    let label = blocker_window_label(customer_id, kind);
    if let Some(existing) = app.get_webview_window(&label) {
        let _ = existing.unminimize();
        let _ = existing.set_focus();
        return Ok(());
    }
    let url = WebviewUrl::App(format!("index.html#/blockers/{}/{customer_id}", kind.id()).into());
    let built = WebviewWindowBuilder::new(&app, label, url)
        .title(title)
        .inner_size(960.0, 640.0)
        .min_inner_size(720.0, 480.0)
        .build();
    match built {
        Ok(_) => Ok(()),
        Err(e) => {
            let detail = e.to_string();
            with_desk(&desk, move |desk| Err(IpcError::window(desk, detail))).await
        }
    }
}

fn blocker_window_title(desk: &Desk, customer_id: Uuid, kind: BlockerKind) -> Result<String, garage_core::CoreError> {
    desk.require(Permission::CustomersView)?;
    let customer = desk.customer(customer_id)?.customer;
    let id = match kind {
        BlockerKind::WorkOrders => "blocker-window-title-work-orders",
        BlockerKind::Invoices => "blocker-window-title-invoices",
        BlockerKind::Conversations => "blocker-window-title-conversations",
    };
    Ok(desk.messages().format(desk.locale(), id, &[("customer", customer.contact.name.into())]))
}

pub async fn return_to_customer<R: Runtime>(app: AppHandle<R>, customer_id: Uuid) -> IpcResult<()> {
    with_desk(&app.state::<Arc<Desk>>(), |desk| ipc(desk, desk.require(Permission::CustomersView))).await?;
    if let Some(main) = app.get_webview_window("main") {
        let _ = main.unminimize();
        let _ = main.show();
        let _ = main.set_focus();
        let _ = main.emit_to("main", SHOW_CUSTOMER_EVENT, ShowCustomer { customer_id });
    }
    Ok(())
}
