use super::*;

#[test]
fn migrations_are_valid() {
    MIGRATIONS.validate().expect("migrations validate");
}

#[test]
fn empty_database_migrates_to_latest() {
    let dir = tempfile::tempdir().unwrap();
    let conn = open(&dir.path().join("cache.db")).unwrap();
    assert_eq!(current_version(&conn).unwrap(), latest_version());
    let mode: String = conn.pragma_query_value(None, "journal_mode", |r| r.get(0)).unwrap();
    assert_eq!(mode, "wal");
    let fk: i64 = conn.pragma_query_value(None, "foreign_keys", |r| r.get(0)).unwrap();
    assert_eq!(fk, 1);
}

#[test]
fn existing_database_reopens_without_losing_rows() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("cache.db");
    {
        let conn = open(&path).unwrap();
        conn.execute(
            "INSERT INTO device (id, name, created_at) VALUES ('d1', 'Front desk', '2026-01-01T00:00:00Z')",
            [],
        )
        .unwrap();
    }
    let conn = open(&path).unwrap();
    assert_eq!(current_version(&conn).unwrap(), latest_version());
    let n: i64 = conn.query_row("SELECT count(*) FROM device", [], |r| r.get(0)).unwrap();
    assert_eq!(n, 1);
}

#[test]
fn database_from_a_newer_app_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("cache.db");
    {
        let conn = Connection::open(&path).unwrap();
        conn.pragma_update(None, "user_version", 999).unwrap();
    }
    assert!(matches!(open(&path), Err(CoreError::Migration(_))));
}

#[test]
fn audit_entries_are_append_only() {
    let conn = open_in_memory().unwrap();
    conn.execute(
        "INSERT INTO audit_entries (id, occurred_at, device_id, action, subject_type) VALUES ('a', 't', 'd', 'x', 'y')",
        [],
    )
    .unwrap();
    assert!(conn.execute("UPDATE audit_entries SET action = 'z'", []).is_err());
    assert!(conn.execute("DELETE FROM audit_entries", []).is_err());
}

#[test]
fn every_numbered_file_in_migrations_is_embedded() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../migrations");
    let files = std::fs::read_dir(dir)
        .unwrap()
        .filter(|e| e.as_ref().unwrap().path().extension().is_some_and(|x| x == "sql"))
        .count();
    assert_eq!(files, latest_version(), "a migration file is not in MIGRATION_FILES");
}
