//! "Staff and permissions" (Owners): grant or revoke one permission for one user.

use std::sync::Arc;

use garage_core::staff::{Permission, PermissionSetting, StaffPermissions};
use garage_core::Desk;
use tauri::State;
use uuid::Uuid;

use crate::ipc_arg::Arg;
use crate::ipc_error::{ipc, IpcResult};

#[tauri::command]
pub fn staff_permissions(desk: State<'_, Arc<Desk>>) -> IpcResult<Vec<StaffPermissions>> {
    ipc(&desk, desk.staff_permissions())
}

#[tauri::command]
pub fn set_staff_permission(
    desk: State<'_, Arc<Desk>>,
    staff_id: Arg<Uuid>,
    permission: Arg<Permission>,
    setting: Arg<PermissionSetting>,
) -> IpcResult<StaffPermissions> {
    let staff_id = staff_id.get(&desk, "staffId")?;
    let (permission, setting) = (permission.get(&desk, "permission")?, setting.get(&desk, "setting")?);
    ipc(&desk, desk.set_staff_permission(staff_id, permission, setting))
}
