//! "Staff and permissions": an Owner grants or revokes a permission for one user. Audited, and in
//! force at once (every command reads permissions from the database when it runs).

use rusqlite::{params, Connection};
use serde::{Deserialize, Serialize};
use serde_json::json;
use ts_rs::TS;
use uuid::Uuid;

use super::{effective_permissions, find_staff, list_staff, Permission, StaffMember};
use crate::audit::Actor;
use crate::error::CoreError;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum PermissionSource {
    /// Held because the role holds it.
    Role,
    /// Held because an Owner granted it to this user.
    Granted,
    /// Not held because an Owner revoked it from this user.
    Revoked,
    /// Not held: the role does not hold it.
    NotInRole,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct PermissionState {
    pub permission: Permission,
    pub held: bool,
    pub source: PermissionSource,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct StaffPermissions {
    pub staff: StaffMember,
    pub permissions: Vec<PermissionState>,
}

/// What an Owner sets for one user and one permission.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum PermissionSetting {
    Grant,
    Revoke,
    /// Back to whatever the role says.
    RoleDefault,
}

pub fn staff_permissions(conn: &Connection, staff: StaffMember) -> Result<StaffPermissions, CoreError> {
    let held = effective_permissions(conn, staff.id)?;
    let mut stmt = conn.prepare_cached(
        "SELECT p.id,
                EXISTS (SELECT 1 FROM role_permissions rp JOIN staff_users s ON s.role_id = rp.role_id
                         WHERE s.id = ?1 AND rp.permission = p.id),
                (SELECT effect FROM staff_permission_overrides o WHERE o.staff_id = ?1 AND o.permission = p.id)
           FROM permissions p",
    )?;
    let rows = stmt.query_map(params![staff.id.to_string()], |r| {
        Ok((r.get::<_, String>(0)?, r.get::<_, bool>(1)?, r.get::<_, Option<String>>(2)?))
    })?;
    let mut permissions = Vec::new();
    for row in rows {
        let (id, in_role, effect) = row?;
        let Some(permission) = Permission::from_id(&id) else { continue };
        let source = match (effect.as_deref(), in_role) {
            (Some("grant"), _) => PermissionSource::Granted,
            (Some("revoke"), _) => PermissionSource::Revoked,
            (_, true) => PermissionSource::Role,
            (_, false) => PermissionSource::NotInRole,
        };
        permissions.push(PermissionState { permission, held: held.contains(&permission), source });
    }
    permissions.sort_by_key(|p| p.permission);
    Ok(StaffPermissions { staff, permissions })
}

pub fn all_staff_permissions(
    conn: &Connection,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<Vec<StaffPermissions>, CoreError> {
    list_staff(conn, now)?.into_iter().map(|s| staff_permissions(conn, s)).collect()
}

pub fn set_staff_permission(
    tx: &Connection,
    actor: &Actor,
    now: chrono::DateTime<chrono::Utc>,
    staff_id: Uuid,
    permission: Permission,
    setting: PermissionSetting,
) -> Result<StaffPermissions, CoreError> {
    // An Owner cannot take away their own right to manage permissions: someone must keep it.
    if staff_id == actor.staff_id && permission == Permission::StaffManagePermissions {
        return Err(CoreError::InvalidInput("own permission management"));
    }
    let staff = find_staff(tx, staff_id, now)?;
    match setting {
        PermissionSetting::RoleDefault => {
            tx.execute(
                "DELETE FROM staff_permission_overrides WHERE staff_id = ?1 AND permission = ?2",
                params![staff_id.to_string(), permission.id()],
            )?;
        }
        PermissionSetting::Grant | PermissionSetting::Revoke => {
            let effect = if setting == PermissionSetting::Grant { "grant" } else { "revoke" };
            tx.execute(
                "INSERT INTO staff_permission_overrides (staff_id, permission, effect, set_by, set_at)
                 VALUES (?1, ?2, ?3, ?4, ?5)
                 ON CONFLICT (staff_id, permission) DO UPDATE SET effect = ?3, set_by = ?4, set_at = ?5",
                params![staff_id.to_string(), permission.id(), effect, actor.staff_id.to_string(), actor.now],
            )?;
        }
    }
    actor.record(
        tx,
        "staff.set_permission",
        "staff_user",
        staff_id,
        None,
        json!({ "permission": permission.id(), "setting": setting }),
    )?;
    staff_permissions(tx, staff)
}
