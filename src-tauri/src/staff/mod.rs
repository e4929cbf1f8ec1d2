//! Sign-in, the session and the user's language.

use std::sync::Arc;

use garage_core::desk::SessionInfo;
use garage_core::i18n::Locale;
use garage_core::staff::StaffMember;
use garage_core::Desk;
use tauri::State;
use uuid::Uuid;

pub mod admin;

use crate::ipc_arg::Arg;
use crate::ipc_error::{ipc, IpcResult};

#[tauri::command]
pub fn list_staff(desk: State<'_, Arc<Desk>>) -> IpcResult<Vec<StaffMember>> {
    ipc(&desk, desk.list_staff())
}

/// The central server this desk syncs with, if any: sign-in asks it when it can be reached.
pub struct SyncServer(pub Option<garage_core::sync::client::Client>);

#[tauri::command]
pub async fn sign_in(
    desk: State<'_, Arc<Desk>>,
    server: State<'_, SyncServer>,
    staff_id: Arg<Uuid>,
    pin: Arg<String>,
) -> IpcResult<SessionInfo> {
    let (staff_id, pin) = (staff_id.get(&desk, "staffId")?, pin.get(&desk, "pin")?);
    let result = match &server.0 {
        Some(client) => garage_core::sync::sign_in::sign_in(&desk, client, staff_id, &pin).await,
        None => desk.sign_in(staff_id, &pin),
    };
    ipc(&desk, result)
}

#[tauri::command]
pub fn sign_out(desk: State<'_, Arc<Desk>>) {
    desk.sign_out();
}

#[tauri::command]
pub fn current_session(desk: State<'_, Arc<Desk>>) -> IpcResult<Option<SessionInfo>> {
    ipc(&desk, desk.current_session())
}

#[tauri::command]
pub fn set_my_locale(desk: State<'_, Arc<Desk>>, locale: Arg<Locale>) -> IpcResult<SessionInfo> {
    ipc(&desk, desk.set_my_locale(locale.get(&desk, "locale")?))
}
