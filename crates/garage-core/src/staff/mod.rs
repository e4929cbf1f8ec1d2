//! Staff users, roles and permissions, and PIN sign-in with lock-out.

mod admin;
mod change;
mod permissions;
mod pin;
mod sign_in;

pub use admin::{
    all_staff_permissions, set_staff_permission, staff_permissions, PermissionSetting, PermissionSource,
    PermissionState, StaffPermissions,
};
pub use change::{SetLocale, SetStaffPermission};
pub use permissions::{effective_permissions, Permission, Role};
pub use pin::{hash_pin, verify_pin};
pub use sign_in::{
    sign_in, sign_in_counted, sign_in_with, stored_count, FailedPins, Lockout, OnStaffRow, LOCKOUT,
    MAX_FAILED_ATTEMPTS, PERSON_LOCKOUT,
};

use rusqlite::{params, Connection, OptionalExtension};
use serde::Serialize;
use ts_rs::TS;
use uuid::Uuid;

use crate::clock::from_storage;
use crate::db::uuid_at;
use crate::error::CoreError;
use crate::i18n::Locale;

/// A staff member as the sign-in screen and the session show them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, serde::Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct StaffMember {
    pub id: Uuid,
    pub display_name: String,
    pub role: Role,
    pub locale: Locale,
    /// Locked out after too many wrong PINs, at the time of reading.
    pub locked: bool,
}

const STAFF_COLUMNS: &str = "s.id, s.display_name, s.role_id, s.locale, s.locked_until";

fn staff_from_row(row: &rusqlite::Row<'_>, now: chrono::DateTime<chrono::Utc>) -> rusqlite::Result<StaffMember> {
    let role: String = row.get(2)?;
    let locale: String = row.get(3)?;
    let locked_until: Option<String> = row.get(4)?;
    Ok(StaffMember {
        id: uuid_at(row, 0)?,
        display_name: row.get(1)?,
        role: Role::from_id(&role).unwrap_or(Role::Technician),
        locale: Locale::from_tag(&locale).unwrap_or(Locale::EnGb),
        locked: locked_until.as_deref().and_then(from_storage).is_some_and(|t| t > now),
    })
}

/// Every active staff member, by role then name.
pub fn list_staff(conn: &Connection, now: chrono::DateTime<chrono::Utc>) -> Result<Vec<StaffMember>, CoreError> {
    let mut stmt = conn.prepare(&format!(
        "SELECT {STAFF_COLUMNS} FROM staff_users s JOIN roles r ON r.id = s.role_id
         WHERE s.active = 1 ORDER BY r.rank, s.display_name"
    ))?;
    let rows = stmt.query_map([], |row| staff_from_row(row, now))?;
    Ok(rows.collect::<Result<_, _>>()?)
}

pub fn find_staff(conn: &Connection, id: Uuid, now: chrono::DateTime<chrono::Utc>) -> Result<StaffMember, CoreError> {
    conn.query_row(
        &format!("SELECT {STAFF_COLUMNS} FROM staff_users s WHERE s.id = ?1 AND s.active = 1"),
        params![id.to_string()],
        |row| staff_from_row(row, now),
    )
    .optional()?
    .ok_or(CoreError::NotFound("staff member"))
}

pub fn set_locale(conn: &Connection, id: Uuid, locale: Locale, now: &str) -> Result<(), CoreError> {
    let n = conn.execute(
        "UPDATE staff_users SET locale = ?2, updated_at = ?3 WHERE id = ?1",
        params![id.to_string(), locale.tag(), now],
    )?;
    if n == 0 {
        return Err(CoreError::NotFound("staff member"));
    }
    Ok(())
}

#[cfg(test)]
mod tests;
