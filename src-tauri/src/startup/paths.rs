//! Where the settings files are on each OS.
//!
//! - IT's machine-wide file: Linux `/etc/garage-desk/config.toml`, Windows
//!   `%ProgramData%\GarageDesk\config.toml`, macOS `/Library/Application Support/GarageDesk/config.toml`.
//! - The user's own file: `<config dir>/uk.co.garagedesk.desktop/settings.toml` (Linux
//!   `~/.config/…`, Windows `%APPDATA%\…`, macOS `~/Library/Application Support/…`).

use std::path::PathBuf;

/// The app's identifier (tauri.conf.json), which names its per-user folders.
pub const IDENTIFIER: &str = "uk.co.garagedesk.desktop";

/// Debug builds only: another machine-wide file, so tests need not write to `/etc`. A release
/// build ignores it, so a user cannot escape IT's locks by setting a variable.
pub const MACHINE_CONFIG_ENV: &str = "GARAGE_DESK_MACHINE_CONFIG";

pub fn machine_config() -> PathBuf {
    #[cfg(debug_assertions)]
    if let Some(path) = std::env::var_os(MACHINE_CONFIG_ENV).filter(|v| !v.is_empty()) {
        return PathBuf::from(path);
    }
    os_machine_config()
}

#[cfg(target_os = "windows")]
fn os_machine_config() -> PathBuf {
    let program_data = std::env::var_os("ProgramData").map(PathBuf::from).unwrap_or_else(|| "C:\\ProgramData".into());
    program_data.join("GarageDesk").join("config.toml")
}

#[cfg(target_os = "macos")]
fn os_machine_config() -> PathBuf {
    PathBuf::from("/Library/Application Support/GarageDesk/config.toml")
}

#[cfg(not(any(target_os = "windows", target_os = "macos")))]
fn os_machine_config() -> PathBuf {
    PathBuf::from("/etc/garage-desk/config.toml")
}

/// The user's own settings file, if the OS has a config folder for them.
pub fn user_settings() -> Option<PathBuf> {
    dirs::config_dir().map(|dir| dir.join(IDENTIFIER).join("settings.toml"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_identifier_matches_tauri_conf() {
        let conf: serde_json::Value = serde_json::from_str(include_str!("../../tauri.conf.json")).unwrap();
        assert_eq!(conf["identifier"], IDENTIFIER);
    }
}
