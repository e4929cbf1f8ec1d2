//! IT's commands on the server's database: `devices` lists the registered desks, `revoke-device`
//! revokes one (a lost or stolen laptop). They open the database the server uses, even while it
//! runs (WAL, busy timeout), and never start the HTTP server.

use std::io::Write;
use std::path::Path;

use chrono::Utc;
use garage_core::clock::to_storage;
use rusqlite::{Connection, OptionalExtension};
use uuid::Uuid;

use crate::database;
use crate::devices::{self, DeviceInfo, Revocation};

/// Opens an existing database (migrating it if needed); a missing file is an error, not a new
/// empty garage.
fn open_existing(path: &Path) -> Result<Connection, String> {
    let shown = path.display();
    if !path.is_file() {
        return Err(format!("no database at {shown} (set database in the config or GARAGE_SERVER_DATABASE)"));
    }
    database::open(path).map_err(|e| format!("cannot open {shown}: {e}"))
}

/// Writes the header and one tab-separated line per device.
pub fn write_devices(out: &mut impl Write, devices: &[DeviceInfo]) -> std::io::Result<()> {
    writeln!(out, "id\tname\tregistered_at\tstatus\tstaff")?;
    for device in devices {
        let status = device.revoked_at.as_ref().map_or("active".to_owned(), |at| format!("revoked {at}"));
        // A name with a tab or a line break would break the columns.
        let name: String = device.name.chars().map(|c| if c.is_control() { ' ' } else { c }).collect();
        writeln!(out, "{}\t{name}\t{}\t{status}\t{}", device.id, device.registered_at, device.staff)?;
    }
    Ok(())
}

/// `garage-server devices`.
pub fn list_devices(database: &Path) -> Result<(), String> {
    let conn = open_existing(database)?;
    let list = devices::list(&conn).map_err(|e| format!("cannot read the devices: {e}"))?;
    write_devices(&mut std::io::stdout().lock(), &list).map_err(|e| format!("cannot write: {e}"))
}

/// `garage-server revoke-device <DEVICE-ID>`: what to print, or the error (exit code 1).
pub fn revoke_device(database: &Path, device_id: Uuid) -> Result<String, String> {
    let conn = open_existing(database)?;
    match devices::revoke(&conn, device_id, &to_storage(Utc::now())).map_err(|e| format!("cannot revoke: {e}"))? {
        Revocation::Revoked { name } => {
            tracing::warn!(device = %device_id, "device revoked");
            Ok(format!("revoked {device_id} ({name})"))
        }
        Revocation::AlreadyRevoked { name, at } => Ok(format!("{device_id} ({name}) was already revoked at {at}")),
        Revocation::Unknown => Err(format!("no device {device_id} is registered (see `garage-server devices`)")),
    }
}

/// `garage-server set-pin <STAFF-ID>`: sets the PIN, clears the person's lock-outs, and revokes
/// their credentials on every desk (issue 9), in one transaction.
pub fn set_pin(database: &Path, staff_id: Uuid, pin: &str) -> Result<String, String> {
    if !(4..=8).contains(&pin.len()) || !pin.bytes().all(|b| b.is_ascii_digit()) {
        return Err("a PIN is 4 to 8 digits".to_owned());
    }
    let mut conn = open_existing(database)?;
    let failed = |e: rusqlite::Error| format!("cannot set the PIN: {e}");
    let tx = conn.transaction().map_err(failed)?;
    let name: Option<String> = tx
        .query_row("SELECT display_name FROM staff_users WHERE id = ?1", [staff_id.to_string()], |r| r.get(0))
        .optional()
        .map_err(failed)?;
    let Some(name) = name else { return Err(format!("no staff member {staff_id}")) };
    tx.execute(
        "UPDATE staff_users SET pin_hash = ?2, failed_attempts = 0, locked_until = NULL WHERE id = ?1",
        rusqlite::params![staff_id.to_string(), garage_core::staff::hash_pin(pin)],
    )
    .map_err(failed)?;
    // Their lock-outs at every desk go too (issue 12: counted per desk and person).
    tx.execute("DELETE FROM device_staff_sign_in_attempts WHERE staff_id = ?1", [staff_id.to_string()])
        .map_err(failed)?;
    let revoked = crate::credentials::revoke_staff(
        &tx,
        staff_id,
        crate::credentials::REVOKED_PIN_CHANGE,
        &to_storage(Utc::now()),
    )
    .map_err(|e| format!("cannot revoke the credentials: {e}"))?;
    tx.commit().map_err(failed)?;
    tracing::warn!(staff = %staff_id, revoked, "PIN changed: credentials revoked");
    Ok(format!("PIN set for {name}; {revoked} credential(s) on desks revoked"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_are_tab_separated_with_a_header() {
        let devices = [
            DeviceInfo {
                id: "a".into(),
                name: "Front\tdesk".into(),
                registered_at: "2026-11-30T10:00:00Z".into(),
                revoked_at: None,
                staff: 2,
            },
            DeviceInfo {
                id: "b".into(),
                name: "Laptop".into(),
                registered_at: "2026-11-30T10:05:00Z".into(),
                revoked_at: Some("2026-12-01T09:00:00Z".into()),
                staff: 0,
            },
        ];
        let mut out = Vec::new();
        write_devices(&mut out, &devices).unwrap();
        assert_eq!(
            String::from_utf8(out).unwrap(),
            "id\tname\tregistered_at\tstatus\tstaff\n\
             a\tFront desk\t2026-11-30T10:00:00Z\tactive\t2\n\
             b\tLaptop\t2026-11-30T10:05:00Z\trevoked 2026-12-01T09:00:00Z\t0\n"
        );
    }

    #[test]
    fn a_missing_database_is_not_created() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("nowhere.db");
        assert!(list_devices(&path).unwrap_err().contains("no database at"));
        assert!(revoke_device(&path, Uuid::new_v4()).is_err());
        assert!(!path.exists());
    }

    #[test]
    fn issue12_path7_a_pin_change_clears_the_persons_lock_outs_at_every_desk() {
        let (dir, mut conn) = database::test_database::seeded();
        let path = dir.path().join("server.db");
        let staff: Vec<String> = conn
            .prepare("SELECT id FROM staff_users ORDER BY id LIMIT 2")
            .unwrap()
            .query_map([], |r| r.get(0))
            .unwrap()
            .map(Result::unwrap)
            .collect();
        for (device, locked) in [(Uuid::new_v4(), &staff[0]), (Uuid::new_v4(), &staff[0]), (Uuid::new_v4(), &staff[1])]
        {
            let crate::devices::Registration::Registered(_) =
                devices::register(&mut conn, device, "Desk", None, None).unwrap()
            else {
                panic!("registered")
            };
            conn.execute(
                "INSERT INTO device_staff_sign_in_attempts (device_id, staff_id, failed_attempts, locked_until)
                 VALUES (?1, ?2, 5, '2999-01-01T00:00:00Z')",
                [device.to_string(), locked.clone()],
            )
            .unwrap();
        }
        set_pin(&path, Uuid::parse_str(&staff[0]).unwrap(), "8642").unwrap();
        let left: Vec<String> = conn
            .prepare("SELECT staff_id FROM device_staff_sign_in_attempts")
            .unwrap()
            .query_map([], |r| r.get(0))
            .unwrap()
            .map(Result::unwrap)
            .collect();
        assert_eq!(left, [staff[1].clone()], "only the other person's lock is left");
    }
}
