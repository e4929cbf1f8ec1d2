//! The log IT reads: the OS log folder (Linux `~/.local/share/uk.co.garagedesk.desktop/logs`,
//! macOS `~/Library/Logs/uk.co.garagedesk.desktop`, Windows `%LOCALAPPDATA%\uk.co.garagedesk.desktop\logs`),
//! file `garage-desk.log`, rotated at 1 MB keeping five old files, times in UTC.
//!
//! Only this app's own records at info and above, and other libraries' warnings, are written:
//! nothing here logs a PIN, a token or a customer's details, and libraries' debug output (which
//! can carry request headers) never reaches the file.

use tauri::plugin::TauriPlugin;
use tauri::Runtime;
use tauri_plugin_log::{RotationStrategy, Target, TargetKind, TimezoneStrategy};

pub const LOG_FILE: &str = "garage-desk";

pub fn plugin<R: Runtime>() -> TauriPlugin<R> {
    tauri_plugin_log::Builder::new()
        .clear_targets()
        .targets([
            Target::new(TargetKind::LogDir { file_name: Some(LOG_FILE.into()) }),
            Target::new(TargetKind::Stderr),
        ])
        .level(log::LevelFilter::Warn)
        .level_for("garage_desk", log::LevelFilter::Info)
        .level_for("garage_core", log::LevelFilter::Info)
        .max_file_size(1_000_000)
        .rotation_strategy(RotationStrategy::KeepSome(5))
        .timezone_strategy(TimezoneStrategy::UseUtc)
        .build()
}
