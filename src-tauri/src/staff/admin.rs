//! "Staff and permissions" (Owners): grant or revoke one permission for one user.

use std::sync::Arc;

use garage_core::staff::{Permission, PermissionSetting, StaffPermissions};
use garage_core::Desk;
use tauri::State;
use uuid::Uuid;

use crate::blocking::with_desk;
use crate::ipc_arg::Arg;
use crate::ipc_error::{ipc, IpcResult};

#[tauri::command]
pub async fn staff_permissions(desk: State<'_, Arc<Desk>>) -> IpcResult<Vec<StaffPermissions>> {
    with_desk(&desk, |desk| ipc(desk, desk.staff_permissions())).await
}

#[tauri::command]
pub async fn set_staff_permission(
    desk: State<'_, Arc<Desk>>,
    staff_id: Arg<Uuid>,
    permission: Arg<Permission>,
    setting: Arg<PermissionSetting>,
) -> IpcResult<StaffPermissions> {
    with_desk(&desk, move |desk| {
        let staff_id = staff_id.get(desk, "staffId")?;
        let (permission, setting) = (permission.get(desk, "permission")?, setting.get(desk, "setting")?);
        ipc(desk, desk.set_staff_permission(staff_id, permission, setting))
    })
    .await
}
