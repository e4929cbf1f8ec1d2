//! The key file, `garage-desk.key` in the data folder: the fallback where there is no keyring.
//! 64 hex digits, owner-only (0600 on Unix), written to a temporary file and renamed into place
//! so a crash never leaves half a key.

use std::io::Write;
use std::path::{Path, PathBuf};

use super::{CacheKey, CacheKeyError};
use crate::db::owner_only;

pub const KEY_FILE: &str = "garage-desk.key";

pub struct KeyFile {
    path: PathBuf,
}

impl KeyFile {
    pub fn in_folder(folder: &Path) -> KeyFile {
        KeyFile { path: folder.join(KEY_FILE) }
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The key in the file, `None` when there is no file.
    pub fn read(&self) -> Result<Option<CacheKey>, CacheKeyError> {
        match std::fs::read_to_string(&self.path) {
            Ok(text) => {
                owner_only::restrict_file(&self.path)?;
                CacheKey::from_hex(&text).map(Some).ok_or(CacheKeyError::FileDamaged { path: self.path.clone() })
            }
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
            Err(e) if e.kind() == std::io::ErrorKind::InvalidData => {
                Err(CacheKeyError::FileDamaged { path: self.path.clone() })
            }
            Err(e) => Err(e.into()),
        }
    }

    pub fn write(&self, key: &CacheKey) -> std::io::Result<()> {
        let temporary = self.path.with_extension("key.new");
        let _ = std::fs::remove_file(&temporary);
        let mut file = owner_only::create_new_file(&temporary)?;
        file.write_all(format!("{}\n", key.to_hex()).as_bytes())?;
        file.sync_all()?;
        drop(file);
        std::fs::rename(&temporary, &self.path)?;
        owner_only::sync_folder(self.path.parent().unwrap_or(Path::new(".")))
    }

    pub fn remove(&self) -> std::io::Result<()> {
        match std::fs::remove_file(&self.path) {
            Err(e) if e.kind() != std::io::ErrorKind::NotFound => Err(e),
            _ => Ok(()),
        }
    }
}
