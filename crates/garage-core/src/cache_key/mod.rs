//! The desk cache's encryption key (issue 9): 32 random bytes, given to SQLCipher as a raw key.
//!
//! It is held by the OS keyring (Secret Service on Linux, Credential Manager on Windows, the
//! Keychain on macOS), one entry per data folder. Where there is no keyring (no Secret Service on
//! the session bus, a headless box) the key goes to `garage-desk.key` in the data folder, owner
//! only, and the log says so and why. IT can insist on either ([`KeyPolicy`]).
//!
//! A key that cannot be found while an encrypted cache exists is an error: the desk never makes a
//! new key over data it can no longer read.

mod file;
mod keyring;
#[cfg(test)]
mod tests;

use std::fmt;
use std::path::{Path, PathBuf};

use rand::RngCore;
use serde::{Deserialize, Serialize};

pub use file::{KeyFile, KEY_FILE};
pub use keyring::{Keyring, KeyringError, OsKeyring, KEYRING_SERVICE};

use crate::db::cipher::{inspect, CacheFile};
use crate::db::owner_only;

/// A raw SQLCipher key. Never printed: `Debug` shows only that it is one.
#[derive(Clone, PartialEq, Eq)]
pub struct CacheKey([u8; 32]);

impl CacheKey {
    /// A new key from the OS's random source.
    pub fn generate() -> CacheKey {
        let mut bytes = [0u8; 32];
        rand::rng().fill_bytes(&mut bytes);
        CacheKey(bytes)
    }

    /// The 64 lowercase hex digits, as the key file and the keyring hold it.
    pub fn to_hex(&self) -> String {
        hex::encode(self.0)
    }

    /// Parses 64 hex digits (surrounding whitespace ignored).
    pub fn from_hex(text: &str) -> Option<CacheKey> {
        let mut bytes = [0u8; 32];
        hex::decode_to_slice(text.trim(), &mut bytes).ok()?;
        Some(CacheKey(bytes))
    }

    /// SQLCipher's raw-key literal, `x'…'`: used as is, without the slow key derivation.
    pub(crate) fn sql_literal(&self) -> String {
        format!("x'{}'", self.to_hex())
    }
}

impl fmt::Debug for CacheKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("CacheKey(…)")
    }
}

/// Where IT wants the key kept (`cache_key_store` in the settings).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum KeyPolicy {
    /// The OS keyring when there is one, else the key file (with a warning in the log).
    #[default]
    Auto,
    /// The OS keyring only: without one the desk does not start.
    Keyring,
    /// The key file in the data folder, even where there is a keyring (a PC with full-disk
    /// encryption and no keyring daemon, or one IT manages by files).
    File,
}

impl KeyPolicy {
    pub const ALL: [KeyPolicy; 3] = [KeyPolicy::Auto, KeyPolicy::Keyring, KeyPolicy::File];

    pub fn key(self) -> &'static str {
        match self {
            KeyPolicy::Auto => "auto",
            KeyPolicy::Keyring => "keyring",
            KeyPolicy::File => "file",
        }
    }

    pub fn from_key(key: &str) -> Option<KeyPolicy> {
        KeyPolicy::ALL.into_iter().find(|p| p.key() == key)
    }
}

/// Where the key in use is kept.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum KeyPlace {
    Keyring,
    File(PathBuf),
}

/// The key for a data folder, and where it is kept.
#[derive(Debug, Clone)]
pub struct ResolvedKey {
    pub key: CacheKey,
    pub place: KeyPlace,
}

/// Why the desk has no key for its cache. Each stops the start with a message for IT.
#[derive(Debug, thiserror::Error)]
pub enum CacheKeyError {
    /// An encrypted cache exists but its key is in neither the keyring nor the key file.
    #[error("the cache {} is encrypted but its key is in neither the OS keyring ({keyring}) nor {}", cache.display(), key_file.display())]
    Missing { cache: PathBuf, key_file: PathBuf, keyring: String },
    /// The key found does not open the cache (the keyring entry or the key file was changed).
    #[error("the key found for the cache {} does not open it", cache.display())]
    Rejected { cache: PathBuf },
    /// IT asked for the keyring (`cache_key_store = "keyring"`) and it cannot be used.
    #[error("IT asked for the cache key to be kept in the OS keyring, which cannot be used: {reason}")]
    KeyringRequired { reason: String },
    /// The key file is there but does not hold a key.
    #[error("the key file {} does not hold a key", path.display())]
    FileDamaged { path: PathBuf },
    #[error("{0}")]
    Io(#[from] std::io::Error),
}

/// The keyring's name for a data folder: its full path (stable while the folder stays where it
/// is, and what IT recognises in the keyring's own viewer).
pub fn folder_id(folder: &Path) -> std::io::Result<String> {
    Ok(std::fs::canonicalize(folder)?.to_string_lossy().into_owned())
}

/// Finds, or makes and stores, the key of the cache in `folder` (which must exist), keeping it
/// where `policy` says: the decision of issue 9, with the keyring given so tests can choose.
///
/// A key file found is used first (it is what a desk without a keyring wrote last); with a
/// keyring allowed and working it moves into the keyring and the file is removed. A new key is
/// made only when there is no encrypted cache to lose.
pub fn resolve(folder: &Path, policy: KeyPolicy, keyring: &dyn Keyring) -> Result<ResolvedKey, CacheKeyError> {
    owner_only::folder(folder)?;
    let cache = folder.join(crate::desk::DATABASE_FILE);
    let state = inspect(&cache)?;
    let file = KeyFile::in_folder(folder);
    let id = folder_id(folder)?;
    let in_file = file.read()?;

    if let Some(key) = in_file {
        if policy == KeyPolicy::File {
            return Ok(ResolvedKey { key, place: KeyPlace::File(file.path().to_owned()) });
        }
        return match keyring::store_checked(keyring, &id, &key) {
            Ok(()) => {
                file.remove()?;
                log::info!("cache key: moved from {} into the OS keyring", file.path().display());
                Ok(ResolvedKey { key, place: KeyPlace::Keyring })
            }
            Err(reason) if policy == KeyPolicy::Auto => Ok(in_key_file(&file, key, &reason)),
            Err(reason) => Err(CacheKeyError::KeyringRequired { reason: reason.to_string() }),
        };
    }

    let found = keyring.get(&id);
    match found.as_ref().map(|text| text.as_deref().map(CacheKey::from_hex)) {
        Ok(Some(Some(key))) => {
            if policy == KeyPolicy::File {
                file.write(&key)?;
                if let Err(error) = keyring.delete(&id) {
                    log::warn!("cache key: copied to the key file, but the OS keyring entry stays: {error}");
                }
                log::info!("cache key: moved from the OS keyring into {} (IT chose the file)", file.path().display());
                return Ok(ResolvedKey { key, place: KeyPlace::File(file.path().to_owned()) });
            }
            log::info!("cache key: from the OS keyring");
            return Ok(ResolvedKey { key, place: KeyPlace::Keyring });
        }
        Ok(Some(None)) if state == CacheFile::Encrypted => {
            return Err(CacheKeyError::Rejected { cache });
        }
        _ if state == CacheFile::Encrypted => {
            let keyring = match &found {
                Err(error) => error.to_string(),
                Ok(_) => "no entry for this folder".into(),
            };
            return Err(CacheKeyError::Missing { cache, key_file: file.path().to_owned(), keyring });
        }
        _ => {}
    }

    // No key anywhere, and no encrypted cache it could have opened: a new key.
    let key = CacheKey::generate();
    if policy == KeyPolicy::File {
        file.write(&key)?;
        log::info!("cache key: new, in {} (IT chose the file)", file.path().display());
        return Ok(ResolvedKey { key, place: KeyPlace::File(file.path().to_owned()) });
    }
    let stored = match found {
        Err(error) => Err(error),
        Ok(_) => keyring::store_checked(keyring, &id, &key),
    };
    match stored {
        Ok(()) => {
            log::info!("cache key: new, in the OS keyring");
            Ok(ResolvedKey { key, place: KeyPlace::Keyring })
        }
        Err(reason) if policy == KeyPolicy::Auto => {
            file.write(&key)?;
            Ok(in_key_file(&file, key, &reason))
        }
        Err(reason) => Err(CacheKeyError::KeyringRequired { reason: reason.to_string() }),
    }
}

/// The key in the folder's key file, made if there is none and no encrypted cache: for tests and
/// tools that never touch the OS keyring.
pub fn from_key_file(folder: &Path) -> Result<CacheKey, CacheKeyError> {
    owner_only::folder(folder)?;
    let file = KeyFile::in_folder(folder);
    if let Some(key) = file.read()? {
        return Ok(key);
    }
    let cache = folder.join(crate::desk::DATABASE_FILE);
    if inspect(&cache)? == CacheFile::Encrypted {
        let key_file = file.path().to_owned();
        return Err(CacheKeyError::Missing { cache, key_file, keyring: "not looked in".into() });
    }
    let key = CacheKey::generate();
    file.write(&key)?;
    Ok(key)
}

fn in_key_file(file: &KeyFile, key: CacheKey, reason: &KeyringError) -> ResolvedKey {
    log::warn!(
        "cache key: kept in the file {} (owner only), not in the OS keyring: {reason}. Anyone who can \
         read that folder can read the cache; prefer a keyring or full-disk encryption (docs/it-deployment.md)",
        file.path().display()
    );
    ResolvedKey { key, place: KeyPlace::File(file.path().to_owned()) }
}
