//! Sign-in, the session and the user's language.

use std::sync::Arc;

use garage_core::desk::SessionInfo;
use garage_core::i18n::Locale;
use garage_core::staff::StaffMember;
use garage_core::Desk;
use tauri::State;
use uuid::Uuid;

pub mod admin;

use crate::blocking::with_desk;
use crate::ipc_arg::Arg;
use crate::ipc_error::{ipc, IpcResult};

#[tauri::command]
pub async fn list_staff(desk: State<'_, Arc<Desk>>) -> IpcResult<Vec<StaffMember>> {
    with_desk(&desk, |desk| ipc(desk, desk.list_staff())).await
}

/// The central server this desk syncs with, if any: sign-in asks it when it can be reached.
pub struct SyncServer(pub Option<garage_core::sync::client::Client>);

/// With a server, the core's sign-in reads the desk, awaits the server's answer, then writes the
/// desk: it runs whole on the blocking pool, its one HTTP call awaited there ([`block_on`] on a
/// blocking thread leaves the runtime's workers free).
///
/// [`block_on`]: tauri::async_runtime::block_on
#[tauri::command]
pub async fn sign_in(
    desk: State<'_, Arc<Desk>>,
    server: State<'_, SyncServer>,
    staff_id: Arg<Uuid>,
    pin: Arg<String>,
) -> IpcResult<SessionInfo> {
    let client = server.0.clone();
    with_desk(&desk, move |desk| {
        let (staff_id, pin) = (staff_id.get(desk, "staffId")?, pin.get(desk, "pin")?);
        let result = match &client {
            Some(client) => {
                tauri::async_runtime::block_on(garage_core::sync::sign_in::sign_in(desk, client, staff_id, &pin))
            }
            None => desk.sign_in(staff_id, &pin),
        };
        ipc(desk, result)
    })
    .await
}

/// Forgets the session (no cache read). Never fails: Tauri's async commands that borrow state
/// answer with a `Result`.
#[tauri::command]
pub async fn sign_out(desk: State<'_, Arc<Desk>>) -> IpcResult<()> {
    desk.sign_out();
    Ok(())
}

#[tauri::command]
pub async fn current_session(desk: State<'_, Arc<Desk>>) -> IpcResult<Option<SessionInfo>> {
    with_desk(&desk, |desk| ipc(desk, desk.current_session())).await
}

#[tauri::command]
pub async fn set_my_locale(desk: State<'_, Arc<Desk>>, locale: Arg<Locale>) -> IpcResult<SessionInfo> {
    with_desk(&desk, move |desk| ipc(desk, desk.set_my_locale(locale.get(desk, "locale")?))).await
}
