//! Roles, permissions and per-user overrides (product.md §2).

use rusqlite::{params, Connection};
use serde::{Deserialize, Serialize};
use ts_rs::TS;
use uuid::Uuid;

use crate::error::CoreError;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    Owner,
    Manager,
    ServiceAdvisor,
    Technician,
}

impl Role {
    pub const ALL: [Role; 4] = [Role::Owner, Role::Manager, Role::ServiceAdvisor, Role::Technician];

    pub fn id(self) -> &'static str {
        match self {
            Role::Owner => "owner",
            Role::Manager => "manager",
            Role::ServiceAdvisor => "service_advisor",
            Role::Technician => "technician",
        }
    }

    pub fn from_id(id: &str) -> Option<Role> {
        Role::ALL.into_iter().find(|r| r.id() == id)
    }
}

macro_rules! permissions {
    ($($variant:ident => $id:literal),+ $(,)?) => {
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, TS)]
        pub enum Permission {
            $(#[serde(rename = $id)] $variant,)+
        }

        impl Permission {
            pub const ALL: &'static [Permission] = &[$(Permission::$variant,)+];

            pub fn id(self) -> &'static str {
                match self { $(Permission::$variant => $id,)+ }
            }
        }
    };
}

permissions! {
    CustomersView => "customers.view",
    CustomersEdit => "customers.edit",
    CustomersDelete => "customers.delete",
    CustomersRestore => "customers.restore",
    CustomersMerge => "customers.merge",
    WorkOrdersComplete => "work_orders.complete",
    WorkOrdersClose => "work_orders.close",
    WorkOrdersCancel => "work_orders.cancel",
    InvoicesTakePayment => "invoices.take_payment",
    InvoicesVoid => "invoices.void",
    InvoicesWriteOff => "invoices.write_off",
    ConversationsClose => "conversations.close",
    StaffManagePermissions => "staff.manage_permissions",
}

impl Permission {
    pub fn from_id(id: &str) -> Option<Permission> {
        Permission::ALL.iter().copied().find(|p| p.id() == id)
    }
}

/// The role's defaults, plus the user's grants, minus the user's revocations, sorted.
pub fn effective_permissions(conn: &Connection, staff_id: Uuid) -> Result<Vec<Permission>, CoreError> {
    let mut stmt = conn.prepare(
        "SELECT rp.permission FROM staff_users s JOIN role_permissions rp ON rp.role_id = s.role_id
         WHERE s.id = ?1
           AND NOT EXISTS (SELECT 1 FROM staff_permission_overrides o
                           WHERE o.staff_id = s.id AND o.permission = rp.permission AND o.effect = 'revoke')
         UNION
         SELECT o.permission FROM staff_permission_overrides o WHERE o.staff_id = ?1 AND o.effect = 'grant'",
    )?;
    let ids = stmt.query_map(params![staff_id.to_string()], |row| row.get::<_, String>(0))?;
    let mut perms: Vec<Permission> = ids.filter_map(|id| id.ok().and_then(|id| Permission::from_id(&id))).collect();
    perms.sort();
    Ok(perms)
}
