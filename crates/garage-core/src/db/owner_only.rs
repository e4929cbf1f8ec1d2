//! The data folder and its files are its owner's only (issue 9): the folder 0700, the database,
//! its -wal and -shm and the key file 0600 on Unix. (On Windows and macOS the per-user app-data
//! folder is already the user's own.) Modes are fixed on every open, so a folder made by an older
//! version is tightened too.

use std::fs::{File, OpenOptions};
use std::io;
use std::path::Path;

#[cfg(unix)]
use std::os::unix::fs::{OpenOptionsExt, PermissionsExt};

/// Creates `folder` (and its parents) if missing and makes it owner-only. A folder that belongs
/// to another account (one IT made) keeps its mode, with a warning: this account cannot change it.
pub fn folder(folder: &Path) -> io::Result<()> {
    std::fs::create_dir_all(folder)?;
    #[cfg(unix)]
    set_mode(folder, 0o700)?;
    Ok(())
}

/// Makes an existing file owner-only; a missing one is left missing.
pub fn restrict_file(path: &Path) -> io::Result<()> {
    #[cfg(unix)]
    if path.exists() {
        set_mode(path, 0o600)?;
    }
    let _ = path;
    Ok(())
}

/// Creates `path` empty and owner-only if it does not exist, so SQLite (which gives the -wal and
/// -shm files the database's mode) never makes it readable by others, even for a moment.
pub fn create_file(path: &Path) -> io::Result<()> {
    let mut options = OpenOptions::new();
    options.write(true).create(true).truncate(false);
    #[cfg(unix)]
    options.mode(0o600);
    options.open(path)?;
    restrict_file(path)
}

/// A new owner-only file, failing if `path` exists.
pub fn create_new_file(path: &Path) -> io::Result<File> {
    let mut options = OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    options.mode(0o600);
    options.open(path)
}

/// Makes a rename in `folder` durable (Unix; Windows commits renames with the file system).
pub fn sync_folder(folder: &Path) -> io::Result<()> {
    #[cfg(unix)]
    File::open(folder)?.sync_all()?;
    let _ = folder;
    Ok(())
}

#[cfg(unix)]
fn set_mode(path: &Path, mode: u32) -> io::Result<()> {
    let current = std::fs::metadata(path)?.permissions().mode() & 0o777;
    if current == mode {
        return Ok(());
    }
    match std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode)) {
        Err(e) if e.kind() == io::ErrorKind::PermissionDenied => {
            log::warn!("{} is not this account's, so its mode stays {current:o}: {e}", path.display());
            Ok(())
        }
        other => other,
    }
}
