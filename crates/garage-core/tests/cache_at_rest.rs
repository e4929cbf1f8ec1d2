//! Issue 9: the desk's cache is encrypted at rest. No customer's text is in any file of the data
//! folder (database, WAL, key file), a plaintext cache of an older version is encrypted in place
//! without losing a row, and the folder and its files are the owner's only.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use garage_core::cache_key::{self, CacheKey, KeyPlace, KeyPolicy, OsKeyring};
use garage_core::clock::{Clock, SystemClock};
use garage_core::db;
use garage_core::demo::{self, DemoSize};
use garage_core::desk::{Desk, DATABASE_FILE};
use rusqlite::Connection;

const CANARY_NAME: &str = "Zebedee Quantock-Canary";
const CANARY_PHONE: &str = "07700 900417";
const CANARY_EMAIL: &str = "zebedee.canary@example.com";

fn insert_canary(conn: &Connection) {
    conn.execute(
        "INSERT INTO customers (id, name, phone, email, address_line, town, postcode, created_at, updated_at)
         VALUES ('5b1e6c1e-9f3a-4d55-8a36-6c0f2b7d9e01', ?1, ?2, ?3, '1 Canary Row', 'Halifax', 'HX1 1AA',
                 '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')",
        [CANARY_NAME, CANARY_PHONE, CANARY_EMAIL],
    )
    .unwrap();
}

/// Every file under `folder`, with which canary strings (as written, or in lower case) it holds.
fn canaries_in(folder: &Path) -> Vec<(PathBuf, &'static str)> {
    let mut found = Vec::new();
    let mut folders = vec![folder.to_owned()];
    while let Some(dir) = folders.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                folders.push(path);
                continue;
            }
            let bytes = std::fs::read(&path).unwrap();
            for canary in [CANARY_NAME, CANARY_PHONE, CANARY_EMAIL, "Quantock", "quantock", "zebedee"] {
                if bytes.windows(canary.len()).any(|w| w == canary.as_bytes()) {
                    found.push((path.clone(), canary));
                }
            }
        }
    }
    found
}

fn wal(folder: &Path) -> PathBuf {
    folder.join(format!("{DATABASE_FILE}-wal"))
}

/// Rows in every table, to compare a cache before and after.
fn row_counts(conn: &Connection) -> BTreeMap<String, i64> {
    let mut tables =
        conn.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").unwrap();
    let names: Vec<String> = tables.query_map([], |r| r.get(0)).unwrap().map(Result::unwrap).collect();
    names
        .into_iter()
        .map(|t| {
            let n = conn.query_row(&format!("SELECT count(*) FROM \"{t}\""), [], |r| r.get(0)).unwrap();
            (t, n)
        })
        .collect()
}

fn starts_as_plaintext(path: &Path) -> bool {
    std::fs::read(path).unwrap().starts_with(b"SQLite format 3\0")
}

#[test]
fn issue9_no_canary_customer_text_is_in_any_file_of_the_data_folder_in_the_wal_or_checkpointed() {
    // The scan finds the canary in a plaintext database: it can tell.
    let plain = tempfile::tempdir().unwrap();
    insert_canary(&db::open(&plain.path().join(DATABASE_FILE)).unwrap());
    assert!(!canaries_in(plain.path()).is_empty(), "the scan finds text in a plaintext cache");

    let dir = tempfile::tempdir().unwrap();
    let key = CacheKey::generate();
    let desk = Desk::open_encrypted(dir.path(), &key, Arc::new(SystemClock), true).unwrap();
    {
        let conn = desk.connection();
        conn.pragma_update(None, "wal_autocheckpoint", 0).unwrap();
        insert_canary(&conn);
        let found: String =
            conn.query_row("SELECT name FROM customers WHERE email = ?1", [CANARY_EMAIL], |r| r.get(0)).unwrap();
        assert_eq!(found, CANARY_NAME);
    }
    assert!(std::fs::metadata(wal(dir.path())).unwrap().len() > 0, "the canary is in the WAL");
    assert_eq!(canaries_in(dir.path()), vec![], "nothing readable while the canary is in the WAL");

    desk.connection().query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(())).unwrap();
    assert_eq!(canaries_in(dir.path()), vec![], "nothing readable once checkpointed into the database");
    drop(desk);
    assert_eq!(canaries_in(dir.path()), vec![], "nothing readable once closed");
    assert!(!starts_as_plaintext(&dir.path().join(DATABASE_FILE)));
}

#[test]
fn issue9_a_plaintext_cache_of_the_old_code_is_encrypted_in_place_keeping_every_row() {
    // The old code path: plain SQLite, the migrated schema, the demo garage and a canary, the app
    // then killed with changes still in the WAL (a copy of the files while it is open).
    let old = tempfile::tempdir().unwrap();
    let mut conn = db::open(&old.path().join(DATABASE_FILE)).unwrap();
    demo::seed(&mut conn, DemoSize::Demo, SystemClock.now_utc()).unwrap();
    conn.execute(
        "INSERT INTO device (id, name, created_at) VALUES ('0d3c2f4e-7b61-4c1a-9d2e-5f8a9b0c1d2e', 'Front desk', 't')",
        [],
    )
    .unwrap();
    conn.pragma_update(None, "wal_autocheckpoint", 0).unwrap();
    insert_canary(&conn);
    let before = row_counts(&conn);
    let dir = tempfile::tempdir().unwrap();
    for name in [DATABASE_FILE.to_owned(), format!("{DATABASE_FILE}-wal")] {
        std::fs::copy(old.path().join(&name), dir.path().join(&name)).unwrap();
    }
    drop(conn);
    assert!(std::fs::metadata(wal(dir.path())).unwrap().len() > 0, "the copy has changes in its WAL");
    assert!(starts_as_plaintext(&dir.path().join(DATABASE_FILE)));
    // A copy left by a start that died while encrypting is started over.
    std::fs::write(dir.path().join(format!("{DATABASE_FILE}.encrypting")), b"half a copy").unwrap();

    let key = CacheKey::generate();
    let desk = Desk::open_encrypted(dir.path(), &key, Arc::new(SystemClock), true).unwrap();
    assert_eq!(row_counts(&desk.connection()), before, "every row of every table is kept");
    assert_eq!(db::current_version(&desk.connection()).unwrap(), db::latest_version(), "user_version is kept");
    assert!(desk.list_staff().unwrap().len() >= 6, "the demo garage is still there");
    drop(desk);

    assert!(!starts_as_plaintext(&dir.path().join(DATABASE_FILE)), "no plaintext header");
    assert_eq!(canaries_in(dir.path()), vec![]);
    let names: Vec<String> =
        std::fs::read_dir(dir.path()).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).collect();
    assert!(!names.iter().any(|n| n.contains("encrypting")), "no copy is left behind: {names:?}");
    let reopened = db::open_encrypted(&dir.path().join(DATABASE_FILE), &key).unwrap();
    assert_eq!(row_counts(&reopened), before);
    assert!(
        db::open_encrypted(&dir.path().join(DATABASE_FILE), &CacheKey::generate()).is_err(),
        "another key cannot read it"
    );
}

#[cfg(unix)]
#[test]
fn issue9_the_data_folder_is_0700_and_its_files_0600_also_when_an_older_version_made_them_wider() {
    use std::os::unix::fs::PermissionsExt;
    let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
    let set = |p: &Path, m: u32| std::fs::set_permissions(p, std::fs::Permissions::from_mode(m)).unwrap();
    let parent = tempfile::tempdir().unwrap();
    let folder = parent.path().join("desk");
    let files = ["", "-wal", "-shm"].map(|s| folder.join(format!("{DATABASE_FILE}{s}")));

    // An older version's cache: a plaintext database in a folder anyone could read.
    std::fs::create_dir(&folder).unwrap();
    set(&folder, 0o755);
    drop(db::open(&files[0]).unwrap());
    set(&files[0], 0o644);

    let desk = Desk::open_with(&folder, Arc::new(SystemClock), true).unwrap();
    assert_eq!(mode(&folder), 0o700);
    for file in files.iter().chain([&folder.join(cache_key::KEY_FILE)]) {
        assert_eq!(mode(file), 0o600, "{}", file.display());
    }
    drop(desk);

    set(&folder, 0o775);
    set(&files[0], 0o664);
    let desk = Desk::open_with(&folder, Arc::new(SystemClock), true).unwrap();
    assert_eq!((mode(&folder), mode(&files[0]), mode(&files[1])), (0o700, 0o600, 0o600), "modes fixed on open");
    drop(desk);
}

/// The real OS keyring (Secret Service here). Ignored in `cargo test`, whose session may have a
/// keyring that must not fill with test folders; `scripts/test-keyring.sh` runs it under a
/// D-Bus session of its own with an unlocked gnome-keyring.
#[test]
#[ignore = "needs an unlocked OS keyring: run by scripts/test-keyring.sh"]
fn issue9_os_keyring_holds_the_cache_key_of_a_data_folder_across_starts() {
    let dir = tempfile::tempdir().unwrap();
    let first = cache_key::resolve(dir.path(), KeyPolicy::Keyring, &OsKeyring::connect()).unwrap();
    assert_eq!(first.place, KeyPlace::Keyring);
    assert!(!dir.path().join(cache_key::KEY_FILE).exists(), "no key file beside a keyring");
    let desk = Desk::open_encrypted(dir.path(), &first.key, Arc::new(SystemClock), true).unwrap();
    insert_canary(&desk.connection());
    drop(desk);

    // The next start: a new connection to the keyring finds the same key, which opens the cache.
    let keyring = OsKeyring::connect();
    let again = cache_key::resolve(dir.path(), KeyPolicy::Auto, &keyring).unwrap();
    assert_eq!(again.key, first.key);
    let desk = Desk::open_encrypted(dir.path(), &again.key, Arc::new(SystemClock), true).unwrap();
    let n: i64 = desk
        .connection()
        .query_row("SELECT count(*) FROM customers WHERE name = ?1", [CANARY_NAME], |r| r.get(0))
        .unwrap();
    assert_eq!(n, 1);
    drop(desk);
    assert_eq!(canaries_in(dir.path()), vec![]);

    // Without its entry the encrypted cache stops the start instead of getting a new key.
    use cache_key::Keyring;
    let id = cache_key::folder_id(dir.path()).unwrap();
    keyring.delete(&id).unwrap();
    assert!(matches!(
        cache_key::resolve(dir.path(), KeyPolicy::Auto, &keyring),
        Err(cache_key::CacheKeyError::Missing { .. })
    ));
}
