//! Issue 9: where the cache key is kept, decided by [`resolve`]. These tests give it keyrings of
//! their own (one that works, none, one that loses what it is given); the real OS keyring is
//! tested by `scripts/test-keyring.sh` (`os_keyring` in tests/cache_at_rest.rs).

use std::cell::RefCell;
use std::collections::HashMap;

use super::*;
use crate::db::cipher::open_encrypted;
use crate::error::CoreError;

#[derive(Default)]
struct WorkingKeyring(RefCell<HashMap<String, String>>);

impl Keyring for WorkingKeyring {
    fn get(&self, id: &str) -> Result<Option<String>, KeyringError> {
        Ok(self.0.borrow().get(id).cloned())
    }
    fn set(&self, id: &str, secret: &str) -> Result<(), KeyringError> {
        self.0.borrow_mut().insert(id.to_owned(), secret.to_owned());
        Ok(())
    }
    fn delete(&self, id: &str) -> Result<(), KeyringError> {
        self.0.borrow_mut().remove(id);
        Ok(())
    }
}

struct NoKeyring;

impl Keyring for NoKeyring {
    fn get(&self, _: &str) -> Result<Option<String>, KeyringError> {
        Err(KeyringError("no Secret Service on the session bus".into()))
    }
    fn set(&self, _: &str, _: &str) -> Result<(), KeyringError> {
        Err(KeyringError("no Secret Service on the session bus".into()))
    }
    fn delete(&self, _: &str) -> Result<(), KeyringError> {
        Err(KeyringError("no Secret Service on the session bus".into()))
    }
}

/// Accepts a secret and then has none (a collection that is not kept).
struct ForgetfulKeyring;

impl Keyring for ForgetfulKeyring {
    fn get(&self, _: &str) -> Result<Option<String>, KeyringError> {
        Ok(None)
    }
    fn set(&self, _: &str, _: &str) -> Result<(), KeyringError> {
        Ok(())
    }
    fn delete(&self, _: &str) -> Result<(), KeyringError> {
        Ok(())
    }
}

fn key_file(folder: &Path) -> PathBuf {
    folder.join(KEY_FILE)
}

fn stored(keyring: &WorkingKeyring, folder: &Path) -> Option<String> {
    keyring.0.borrow().get(&folder_id(folder).unwrap()).cloned()
}

#[test]
fn issue9_a_new_key_goes_to_the_keyring_when_there_is_one() {
    let dir = tempfile::tempdir().unwrap();
    let keyring = WorkingKeyring::default();
    let resolved = resolve(dir.path(), KeyPolicy::Auto, &keyring).unwrap();
    assert_eq!(resolved.place, KeyPlace::Keyring);
    assert_eq!(stored(&keyring, dir.path()), Some(resolved.key.to_hex()));
    assert!(!key_file(dir.path()).exists(), "no key file beside a keyring");
    let again = resolve(dir.path(), KeyPolicy::Auto, &keyring).unwrap();
    assert_eq!(again.key, resolved.key, "the next start finds the same key");
}

#[test]
fn issue9_without_a_keyring_the_key_goes_to_an_owner_only_file_in_the_data_folder() {
    let dir = tempfile::tempdir().unwrap();
    let resolved = resolve(dir.path(), KeyPolicy::Auto, &NoKeyring).unwrap();
    assert_eq!(resolved.place, KeyPlace::File(key_file(dir.path())));
    let text = std::fs::read_to_string(key_file(dir.path())).unwrap();
    assert_eq!(CacheKey::from_hex(&text), Some(resolved.key.clone()));
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(key_file(dir.path())).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600);
    }
    assert_eq!(resolve(dir.path(), KeyPolicy::Auto, &NoKeyring).unwrap().key, resolved.key);
}

#[test]
fn issue9_a_keyring_that_does_not_give_the_key_back_is_not_trusted_with_it() {
    let dir = tempfile::tempdir().unwrap();
    let resolved = resolve(dir.path(), KeyPolicy::Auto, &ForgetfulKeyring).unwrap();
    assert_eq!(resolved.place, KeyPlace::File(key_file(dir.path())));
    assert!(matches!(
        resolve(tempfile::tempdir().unwrap().path(), KeyPolicy::Keyring, &ForgetfulKeyring),
        Err(CacheKeyError::KeyringRequired { .. })
    ));
}

#[test]
fn issue9_a_key_file_moves_into_the_keyring_once_there_is_one() {
    let dir = tempfile::tempdir().unwrap();
    let first = resolve(dir.path(), KeyPolicy::Auto, &NoKeyring).unwrap();
    let keyring = WorkingKeyring::default();
    let second = resolve(dir.path(), KeyPolicy::Auto, &keyring).unwrap();
    assert_eq!(second.key, first.key);
    assert_eq!(second.place, KeyPlace::Keyring);
    assert_eq!(stored(&keyring, dir.path()), Some(first.key.to_hex()));
    assert!(!key_file(dir.path()).exists(), "the file is removed once the keyring holds the key");
}

#[test]
fn issue9_it_can_keep_the_key_in_the_file_even_where_there_is_a_keyring() {
    let dir = tempfile::tempdir().unwrap();
    let keyring = WorkingKeyring::default();
    let in_keyring = resolve(dir.path(), KeyPolicy::Auto, &keyring).unwrap();
    let in_file = resolve(dir.path(), KeyPolicy::File, &keyring).unwrap();
    assert_eq!(in_file.key, in_keyring.key);
    assert_eq!(in_file.place, KeyPlace::File(key_file(dir.path())));
    assert_eq!(stored(&keyring, dir.path()), None, "the key leaves the keyring");
    let fresh = tempfile::tempdir().unwrap();
    assert!(matches!(resolve(fresh.path(), KeyPolicy::File, &keyring).unwrap().place, KeyPlace::File(_)));
    assert_eq!(stored(&keyring, fresh.path()), None);
}

#[test]
fn issue9_it_can_insist_on_the_keyring_and_then_a_desk_without_one_does_not_start() {
    let dir = tempfile::tempdir().unwrap();
    assert!(matches!(resolve(dir.path(), KeyPolicy::Keyring, &NoKeyring), Err(CacheKeyError::KeyringRequired { .. })));
    assert!(!key_file(dir.path()).exists(), "no key was written to a file");
    // A key file left from before moves into the keyring when there is one.
    let first = resolve(dir.path(), KeyPolicy::File, &NoKeyring).unwrap();
    let keyring = WorkingKeyring::default();
    assert_eq!(resolve(dir.path(), KeyPolicy::Keyring, &keyring).unwrap().key, first.key);
    assert!(!key_file(dir.path()).exists());
}

/// An encrypted cache made with `key` in `folder`, closed.
fn encrypted_cache(folder: &Path, key: &CacheKey) -> Vec<u8> {
    let path = folder.join(crate::desk::DATABASE_FILE);
    let conn = open_encrypted(&path, key).unwrap();
    conn.execute("INSERT INTO device (id, name, created_at) VALUES ('d1', 'Front desk', 't')", []).unwrap();
    drop(conn);
    std::fs::read(path).unwrap()
}

#[test]
fn issue9_an_encrypted_cache_whose_key_is_gone_stops_the_start_and_is_left_as_it_is() {
    let dir = tempfile::tempdir().unwrap();
    let resolved = resolve(dir.path(), KeyPolicy::Auto, &NoKeyring).unwrap();
    let before = encrypted_cache(dir.path(), &resolved.key);
    std::fs::remove_file(key_file(dir.path())).unwrap();
    for keyring in [&NoKeyring as &dyn Keyring, &WorkingKeyring::default()] {
        let error = resolve(dir.path(), KeyPolicy::Auto, keyring).unwrap_err();
        assert!(matches!(error, CacheKeyError::Missing { .. }), "{error:?}");
    }
    assert!(!key_file(dir.path()).exists(), "no new key was made over the old cache");
    assert_eq!(std::fs::read(dir.path().join(crate::desk::DATABASE_FILE)).unwrap(), before);
}

#[test]
fn issue9_a_changed_key_in_the_keyring_is_refused_by_the_cache_not_taken_for_a_new_one() {
    let dir = tempfile::tempdir().unwrap();
    let keyring = WorkingKeyring::default();
    let resolved = resolve(dir.path(), KeyPolicy::Auto, &keyring).unwrap();
    encrypted_cache(dir.path(), &resolved.key);
    let id = folder_id(dir.path()).unwrap();

    keyring.set(&id, &CacheKey::generate().to_hex()).unwrap();
    let changed = resolve(dir.path(), KeyPolicy::Auto, &keyring).unwrap();
    let path = dir.path().join(crate::desk::DATABASE_FILE);
    let error = open_encrypted(&path, &changed.key).unwrap_err();
    assert!(matches!(error, CoreError::CacheKey(CacheKeyError::Rejected { .. })), "{error:?}");

    keyring.set(&id, "not a key").unwrap();
    assert!(matches!(resolve(dir.path(), KeyPolicy::Auto, &keyring), Err(CacheKeyError::Rejected { .. })));

    keyring.set(&id, &resolved.key.to_hex()).unwrap();
    let conn = open_encrypted(&path, &resolve(dir.path(), KeyPolicy::Auto, &keyring).unwrap().key).unwrap();
    let n: i64 = conn.query_row("SELECT count(*) FROM device", [], |r| r.get(0)).unwrap();
    assert_eq!(n, 1, "with the right key back, nothing was lost");
}

#[test]
fn issue9_a_damaged_key_file_stops_the_start() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(key_file(dir.path()), "not a key\n").unwrap();
    assert!(matches!(resolve(dir.path(), KeyPolicy::Auto, &NoKeyring), Err(CacheKeyError::FileDamaged { .. })));
}

#[test]
fn keys_round_trip_through_hex_and_never_print() {
    let key = CacheKey::generate();
    assert_eq!(CacheKey::from_hex(&format!(" {}\n", key.to_hex())), Some(key.clone()));
    assert_ne!(CacheKey::generate(), key);
    assert_eq!(CacheKey::from_hex("abc"), None);
    assert_eq!(CacheKey::from_hex(&"g".repeat(64)), None);
    assert!(!format!("{key:?}").contains(&key.to_hex()[..8]));
    for policy in KeyPolicy::ALL {
        assert_eq!(KeyPolicy::from_key(policy.key()), Some(policy));
    }
}
