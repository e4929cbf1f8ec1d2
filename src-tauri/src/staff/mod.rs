//! Sign-in, the session and the user's language.

use std::sync::Arc;

use garage_core::desk::SessionInfo;
use garage_core::i18n::Locale;
use garage_core::staff::StaffMember;
use garage_core::Desk;
use tauri::State;
use uuid::Uuid;

pub mod admin;

use crate::ipc_error::{ipc, IpcResult};

#[tauri::command]
pub fn list_staff(desk: State<'_, Arc<Desk>>) -> IpcResult<Vec<StaffMember>> {
    ipc(&desk, desk.list_staff())
}

#[tauri::command]
pub fn sign_in(desk: State<'_, Arc<Desk>>, staff_id: Uuid, pin: String) -> IpcResult<SessionInfo> {
    ipc(&desk, desk.sign_in(staff_id, &pin))
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
pub fn set_my_locale(desk: State<'_, Arc<Desk>>, locale: Locale) -> IpcResult<SessionInfo> {
    ipc(&desk, desk.set_my_locale(locale))
}
