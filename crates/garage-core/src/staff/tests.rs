use super::*;
use crate::testing::{anchor, column, seeded_connection, staff_id};

#[test]
fn pins_are_stored_only_as_argon2_hashes() {
    let conn = seeded_connection();
    let hashes: Vec<String> = column(&conn, "SELECT pin_hash FROM staff_users", []);
    assert_eq!(hashes.len(), crate::demo::DEMO_STAFF.len());
    for (hash, staff) in hashes.iter().zip(crate::demo::DEMO_STAFF) {
        assert!(hash.starts_with("$argon2id$"), "{hash}");
        assert!(!hash.contains(staff.pin));
    }
}

#[test]
fn right_pin_signs_in_and_wrong_pin_counts_down() {
    let conn = seeded_connection();
    let rob = staff_id(&conn, "Rob Atkinson");
    let user = sign_in(&conn, rob, "2222", anchor(), &OnStaffRow).unwrap();
    assert_eq!(user.display_name, "Rob Atkinson");
    assert_eq!(user.role, Role::Manager);
    match sign_in(&conn, rob, "9999", anchor(), &OnStaffRow) {
        Err(CoreError::WrongPin { attempts_left }) => assert_eq!(attempts_left, MAX_FAILED_ATTEMPTS - 1),
        other => panic!("expected a wrong PIN, got {other:?}"),
    }
    // A right PIN resets the count.
    sign_in(&conn, rob, "2222", anchor(), &OnStaffRow).unwrap();
    let failed: u32 = conn
        .query_row("SELECT failed_attempts FROM staff_users WHERE id = ?1", [rob.to_string()], |r| r.get(0))
        .unwrap();
    assert_eq!(failed, 0);
}

#[test]
fn repeated_failures_lock_the_user_until_the_lockout_ends() {
    let conn = seeded_connection();
    let aisha = staff_id(&conn, "Aisha Khan");
    for _ in 0..MAX_FAILED_ATTEMPTS {
        assert!(matches!(sign_in(&conn, aisha, "0000", anchor(), &OnStaffRow), Err(CoreError::WrongPin { .. })));
    }
    // Locked: even the right PIN is refused, and the staff list shows the lock.
    let until = match sign_in(&conn, aisha, "3333", anchor(), &OnStaffRow) {
        Err(CoreError::LockedOut { until }) => until,
        other => panic!("expected lock-out, got {other:?}"),
    };
    assert_eq!(until, anchor() + chrono::Duration::from_std(LOCKOUT).unwrap());
    assert!(list_staff(&conn, anchor()).unwrap().iter().any(|s| s.id == aisha && s.locked));
    // Other users are not affected.
    sign_in(&conn, staff_id(&conn, "Rob Atkinson"), "2222", anchor(), &OnStaffRow).unwrap();
    // After the lock-out the right PIN works again, with a fresh count.
    let later = until + chrono::Duration::seconds(1);
    assert!(sign_in(&conn, aisha, "3333", later, &OnStaffRow).is_ok());
    assert!(matches!(sign_in(&conn, aisha, "0000", later, &OnStaffRow), Err(CoreError::WrongPin { attempts_left: 4 })));
}

#[test]
fn unknown_staff_member_is_not_found() {
    let conn = seeded_connection();
    assert!(matches!(sign_in(&conn, uuid::Uuid::new_v4(), "1111", anchor(), &OnStaffRow), Err(CoreError::NotFound(_))));
}

#[test]
fn role_defaults_match_the_product_table() {
    let conn = seeded_connection();
    let perms = |name: &str| effective_permissions(&conn, staff_id(&conn, name)).unwrap();
    let owner = perms("Sandra Whitaker");
    assert_eq!(owner.len(), Permission::ALL.len());
    let manager = perms("Rob Atkinson");
    assert!(manager.contains(&Permission::CustomersDelete));
    assert!(manager.contains(&Permission::InvoicesVoid));
    assert!(!manager.contains(&Permission::InvoicesWriteOff));
    assert!(!manager.contains(&Permission::StaffManagePermissions));
    let advisor = perms("Aisha Khan");
    assert!(!advisor.contains(&Permission::CustomersDelete));
    assert!(advisor.contains(&Permission::InvoicesTakePayment));
    let technician = perms("Dave Bennett");
    assert_eq!(technician, vec![Permission::CustomersView, Permission::WorkOrdersComplete]);
}

#[test]
fn a_grant_adds_and_a_revocation_removes_one_users_permission() {
    let conn = seeded_connection();
    let owner = staff_id(&conn, "Sandra Whitaker");
    let aisha = staff_id(&conn, "Aisha Khan");
    let rob = staff_id(&conn, "Rob Atkinson");
    for (who, effect) in [(aisha, "grant"), (rob, "revoke")] {
        conn.execute(
            "INSERT INTO staff_permission_overrides (staff_id, permission, effect, set_by, set_at)
             VALUES (?1, 'customers.delete', ?2, ?3, '2026-11-30T09:00:00Z')",
            rusqlite::params![who.to_string(), effect, owner.to_string()],
        )
        .unwrap();
    }
    assert!(effective_permissions(&conn, aisha).unwrap().contains(&Permission::CustomersDelete));
    assert!(!effective_permissions(&conn, rob).unwrap().contains(&Permission::CustomersDelete));
    // Only that user changes.
    let piotr = staff_id(&conn, "Piotr Nowak");
    assert!(effective_permissions(&conn, piotr).unwrap().contains(&Permission::CustomersDelete));
}

#[test]
fn staff_list_is_by_role_then_name_with_locales() {
    let conn = seeded_connection();
    let staff = list_staff(&conn, anchor()).unwrap();
    let roles: Vec<Role> = staff.iter().map(|s| s.role).collect();
    let mut sorted = roles.clone();
    sorted.sort_by_key(|r| Role::ALL.iter().position(|x| x == r));
    assert_eq!(roles, sorted);
    assert!(staff.iter().any(|s| s.locale == Locale::Pl));
    assert!(staff.iter().any(|s| s.locale == Locale::Ro));
}

mod admin {
    use crate::error::CoreError;
    use crate::staff::{Permission, PermissionSetting, PermissionSource};
    use crate::testing::{seeded_desk, staff_id};

    #[test]
    fn owner_grants_and_revokes_customers_delete_for_one_user_at_once() {
        let (desk, _) = seeded_desk();
        let (owner, aisha, rob) = {
            let c = desk.connection();
            (staff_id(&c, "Sandra Whitaker"), staff_id(&c, "Aisha Khan"), staff_id(&c, "Rob Atkinson"))
        };
        desk.sign_in(owner, "1111").unwrap();
        let granted = desk.set_staff_permission(aisha, Permission::CustomersDelete, PermissionSetting::Grant).unwrap();
        let state = granted.permissions.iter().find(|p| p.permission == Permission::CustomersDelete).unwrap();
        assert!(state.held && state.source == PermissionSource::Granted);
        let revoked = desk.set_staff_permission(rob, Permission::CustomersDelete, PermissionSetting::Revoke).unwrap();
        let state = revoked.permissions.iter().find(|p| p.permission == Permission::CustomersDelete).unwrap();
        assert!(!state.held && state.source == PermissionSource::Revoked);
        let audits: i64 = desk
            .connection()
            .query_row("SELECT count(*) FROM audit_entries WHERE action = 'staff.set_permission'", [], |r| r.get(0))
            .unwrap();
        assert_eq!(audits, 2);

        // In force at once: Aisha can now check a delete, Rob cannot.
        desk.sign_in(aisha, "3333").unwrap();
        assert!(desk.session_can(Permission::CustomersDelete));
        desk.sign_in(rob, "2222").unwrap();
        assert!(!desk.session_can(Permission::CustomersDelete));

        // Back to the role's default.
        desk.sign_in(owner, "1111").unwrap();
        desk.set_staff_permission(rob, Permission::CustomersDelete, PermissionSetting::RoleDefault).unwrap();
        desk.sign_in(rob, "2222").unwrap();
        assert!(desk.session_can(Permission::CustomersDelete));
    }

    #[test]
    fn only_owners_manage_permissions_and_not_their_own_management_right() {
        let (desk, _) = seeded_desk();
        let (owner, rob) = {
            let c = desk.connection();
            (staff_id(&c, "Sandra Whitaker"), staff_id(&c, "Rob Atkinson"))
        };
        desk.sign_in(rob, "2222").unwrap();
        assert!(matches!(desk.staff_permissions(), Err(CoreError::PermissionDenied(_))));
        assert!(matches!(
            desk.set_staff_permission(rob, Permission::InvoicesWriteOff, PermissionSetting::Grant),
            Err(CoreError::PermissionDenied(_))
        ));
        desk.sign_in(owner, "1111").unwrap();
        assert_eq!(desk.staff_permissions().unwrap().len(), crate::demo::DEMO_STAFF.len());
        assert!(matches!(
            desk.set_staff_permission(owner, Permission::StaffManagePermissions, PermissionSetting::Revoke),
            Err(CoreError::InvalidInput(_))
        ));
    }
}
