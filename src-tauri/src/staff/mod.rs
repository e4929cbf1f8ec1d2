//! Sign-in, the session and the user's language.

use std::sync::Arc;

use garage_core::desk::SessionInfo;
use garage_core::i18n::Locale;
use garage_core::staff::StaffMember;
use garage_core::Desk;
use tauri::{AppHandle, Manager, Runtime};
use uuid::Uuid;

pub mod admin;

use crate::blocking::with_desk;
use crate::ipc_error::{ipc, IpcResult};

pub fn list_staff(desk: &Desk) -> IpcResult<Vec<StaffMember>> {
    ipc(desk, desk.list_staff())
}

/// The central server this desk syncs with, if any: sign-in asks it when it can be reached.
pub struct SyncServer(pub Option<garage_core::sync::client::Client>);

/// With a server, the core's sign-in reads the desk, awaits the server's answer, then writes the
/// desk: it runs whole on the blocking pool, its one HTTP call awaited there ([`block_on`] on a
/// blocking thread leaves the runtime's workers free). The server is managed with the desk.
///
/// [`block_on`]: tauri::async_runtime::block_on
pub async fn sign_in<R: Runtime>(app: AppHandle<R>, staff_id: Uuid, pin: String) -> IpcResult<SessionInfo> {
    let client = app.try_state::<SyncServer>().and_then(|server| server.0.clone());
    with_desk(&app.state::<Arc<Desk>>(), move |desk| {
        let result = match &client {
            Some(client) => tauri::async_runtime::block_on(garage_core::sync::client::sign_in::sign_in(
                desk, client, staff_id, &pin,
            )),
            None => desk.sign_in(staff_id, &pin),
        };
        ipc(desk, result)
    })
    .await
}

/// Forgets the session (no cache read). Never fails.
pub fn sign_out(desk: &Desk) -> IpcResult<()> {
    desk.sign_out();
    Ok(())
}

pub fn current_session(desk: &Desk) -> IpcResult<Option<SessionInfo>> {
    ipc(desk, desk.current_session())
}

pub fn set_my_locale(desk: &Desk, locale: Locale) -> IpcResult<SessionInfo> {
    ipc(desk, desk.set_my_locale(locale))
}
