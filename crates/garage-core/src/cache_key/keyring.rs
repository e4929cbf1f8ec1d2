//! The OS keyring through keyring-core and one store per OS (chosen per target in Cargo.toml):
//! the Secret Service on Linux and the BSDs, Credential Manager on Windows, the login Keychain on
//! macOS. Each entry is service [`KEYRING_SERVICE`], user the data folder's full path.

use std::sync::Arc;

use keyring_core::api::CredentialStore;

use super::CacheKey;

/// The keyring entries' service name: the app's identifier.
pub const KEYRING_SERVICE: &str = "uk.co.garagedesk.desktop";

/// Why the keyring could not be used (no Secret Service on the session bus, a locked or missing
/// default collection, …), in the keyring's own words.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0}")]
pub struct KeyringError(pub String);

/// A keyring holding text secrets by folder id.
pub trait Keyring {
    /// The secret stored for `id`, `Ok(None)` when there is none.
    fn get(&self, id: &str) -> Result<Option<String>, KeyringError>;
    fn set(&self, id: &str, secret: &str) -> Result<(), KeyringError>;
    fn delete(&self, id: &str) -> Result<(), KeyringError>;
}

/// Stores `key` for `id` and reads it back: a keyring that accepts a secret but cannot return it
/// (a collection that is not kept, a broken daemon) is no place for the only copy.
pub(super) fn store_checked(keyring: &dyn Keyring, id: &str, key: &CacheKey) -> Result<(), KeyringError> {
    keyring.set(id, &key.to_hex())?;
    match keyring.get(id)?.as_deref().and_then(CacheKey::from_hex) {
        Some(read) if read == *key => Ok(()),
        _ => Err(KeyringError("the keyring did not return the key it was given".into())),
    }
}

/// The OS's own keyring. Connecting does not fail: an unreachable keyring answers every call
/// with why.
pub struct OsKeyring {
    store: Result<Arc<CredentialStore>, KeyringError>,
}

impl OsKeyring {
    pub fn connect() -> OsKeyring {
        OsKeyring { store: os_store().map_err(|e| KeyringError(e.to_string())) }
    }

    fn entry(&self, id: &str) -> Result<keyring_core::Entry, KeyringError> {
        let store = self.store.as_ref().map_err(Clone::clone)?;
        keyring_core::Entry::new_in_store(store, KEYRING_SERVICE, id).map_err(|e| KeyringError(e.to_string()))
    }
}

impl Keyring for OsKeyring {
    fn get(&self, id: &str) -> Result<Option<String>, KeyringError> {
        match self.entry(id)?.get_password() {
            Ok(secret) => Ok(Some(secret)),
            Err(keyring_core::Error::NoEntry) => Ok(None),
            Err(error) => Err(KeyringError(error.to_string())),
        }
    }

    fn set(&self, id: &str, secret: &str) -> Result<(), KeyringError> {
        self.entry(id)?.set_password(secret).map_err(|e| KeyringError(e.to_string()))
    }

    fn delete(&self, id: &str) -> Result<(), KeyringError> {
        match self.entry(id)?.delete_credential() {
            Ok(()) | Err(keyring_core::Error::NoEntry) => Ok(()),
            Err(error) => Err(KeyringError(error.to_string())),
        }
    }
}

#[cfg(target_os = "windows")]
fn os_store() -> keyring_core::Result<Arc<CredentialStore>> {
    Ok(windows_native_keyring_store::Store::new()?)
}

#[cfg(target_os = "macos")]
fn os_store() -> keyring_core::Result<Arc<CredentialStore>> {
    Ok(apple_native_keyring_store::keychain::Store::new()?)
}

#[cfg(all(unix, not(target_os = "macos")))]
fn os_store() -> keyring_core::Result<Arc<CredentialStore>> {
    Ok(zbus_secret_service_keyring_store::Store::new()?)
}
