//! Staff changes: a permission granted or taken away (issue 6), a person's own language.

use chrono::{DateTime, Utc};
use rusqlite::Connection;
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use super::{set_locale, set_staff_permission, Permission, PermissionSetting, StaffPermissions};
use crate::audit::Actor;
use crate::changes::{Change, TouchedRows};
use crate::error::CoreError;
use crate::i18n::Locale;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SetStaffPermission {
    pub staff_id: Uuid,
    pub permission: Permission,
    pub setting: PermissionSetting,
}

impl Change for SetStaffPermission {
    type Outcome = StaffPermissions;

    fn permission(&self) -> Option<Permission> {
        Some(Permission::StaffManagePermissions)
    }

    fn apply(&self, tx: &Connection, actor: &Actor, now: DateTime<Utc>) -> Result<StaffPermissions, CoreError> {
        set_staff_permission(tx, actor, now, self.staff_id, self.permission, self.setting)
    }

    fn touched_rows(&self, _tx: &Connection, _id: Uuid, _outcome: &StaffPermissions) -> Result<TouchedRows, CoreError> {
        Ok(vec![("staff_permission_overrides", format!("{}|{}", self.staff_id, self.permission.id()))])
    }
}

/// The signed-in person's own language: no permission needed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SetLocale {
    pub locale: Locale,
}

impl Change for SetLocale {
    /// Whose language it set.
    type Outcome = Uuid;

    fn permission(&self) -> Option<Permission> {
        None
    }

    fn apply(&self, tx: &Connection, actor: &Actor, _now: DateTime<Utc>) -> Result<Uuid, CoreError> {
        set_locale(tx, actor.staff_id, self.locale, &actor.now)?;
        Ok(actor.staff_id)
    }

    /// The person's row (the registry's test found it was left unshielded before).
    fn touched_rows(&self, _tx: &Connection, _id: Uuid, staff_id: &Uuid) -> Result<TouchedRows, CoreError> {
        Ok(vec![("staff_users", staff_id.to_string())])
    }
}
