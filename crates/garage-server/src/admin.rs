//! IT's commands on the server's database: `devices` lists the registered desks, `revoke-device`
//! revokes one (a lost or stolen laptop). They open the database the server uses, even while it
//! runs (WAL, busy timeout), and never start the HTTP server.

use std::io::Write;
use std::path::Path;

use chrono::Utc;
use garage_core::clock::to_storage;
use rusqlite::Connection;
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
}
