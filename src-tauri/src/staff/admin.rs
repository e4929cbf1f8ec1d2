//! "Staff and permissions" (Owners): grant or revoke one permission for one user.

use garage_core::staff::{Permission, PermissionSetting, StaffPermissions};
use garage_core::Desk;
use uuid::Uuid;

use crate::ipc_error::{ipc, IpcResult};

pub fn staff_permissions(desk: &Desk) -> IpcResult<Vec<StaffPermissions>> {
    ipc(desk, desk.staff_permissions())
}

pub fn set_staff_permission(
    desk: &Desk,
    staff_id: Uuid,
    permission: Permission,
    setting: PermissionSetting,
) -> IpcResult<StaffPermissions> {
    ipc(desk, desk.set_staff_permission(staff_id, permission, setting))
}
