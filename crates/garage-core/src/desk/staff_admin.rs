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
        let session = self.require(Permission::StaffManagePermissions)?;
        let actor = self.actor(&session);
        staff::set_staff_permission(&mut self.connection(), &actor, self.clock.now_utc(), staff_id, permission, setting)
    }
}
