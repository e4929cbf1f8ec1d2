//! The desk's side of "Staff and permissions": Owners only (staff.manage_permissions).

use uuid::Uuid;

use super::Desk;
use crate::error::CoreError;
use crate::staff::{self, Permission, PermissionSetting, StaffPermissions};

impl Desk {
    pub fn staff_permissions(&self) -> Result<Vec<StaffPermissions>, CoreError> {
        self.require(Permission::StaffManagePermissions)?;
        staff::all_staff_permissions(&self.connection(), self.clock.now_utc())
    }

    pub fn set_staff_permission(
        &self,
        staff_id: Uuid,
        permission: Permission,
        setting: PermissionSetting,
    ) -> Result<StaffPermissions, CoreError> {
        Ok(self.mutate(crate::staff::SetStaffPermission { staff_id, permission, setting })?.1)
    }
}
