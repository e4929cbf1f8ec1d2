//! The desk's settings and where each comes from: IT's machine-wide file (which may lock values),
//! the user's own settings file, the command line, the environment, and built-in defaults.
//!
//! The shell finds the files (their place differs per OS) and gathers flags; what wins is decided
//! here, so it is tested without a window.

mod file;
mod problem;
mod resolve;
#[cfg(test)]
mod tests;

use std::path::PathBuf;

use serde::{Deserialize, Serialize};

use crate::i18n::Locale;

pub use file::{parse_settings, read_settings_file, FileKind, SettingsFile};
pub use problem::StartupProblem;
pub use resolve::{resolve, Origin, Overridden, Resolved, UserLayers};

/// A setting IT or a user can give.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Setting {
    /// The garage's central server; none means this desk works alone on a demo garage.
    ServerUrl,
    /// The language before anyone signs in (each staff member's own language applies after).
    DefaultLocale,
    /// The folder of the local cache.
    DataDir,
    /// The garage's enrolment key, which the central server asks of a desk registering.
    EnrolmentKey,
    /// Where the cache's encryption key is kept: the OS keyring, the key file, or either (issue 9).
    CacheKeyStore,
}

impl Setting {
    pub const ALL: [Setting; 5] =
        [Setting::ServerUrl, Setting::DefaultLocale, Setting::DataDir, Setting::EnrolmentKey, Setting::CacheKeyStore];

    /// The key in a settings file.
    pub fn key(self) -> &'static str {
        match self {
            Setting::ServerUrl => "server_url",
            Setting::DefaultLocale => "default_locale",
            Setting::DataDir => "data_dir",
            Setting::EnrolmentKey => "enrolment_key",
            Setting::CacheKeyStore => "cache_key_store",
        }
    }
}

/// Values one source gives; `None` where it says nothing.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Values {
    pub server_url: Option<String>,
    pub default_locale: Option<Locale>,
    pub data_dir: Option<PathBuf>,
    /// A secret: never logged.
    pub enrolment_key: Option<String>,
    /// Only in settings files (IT locks it in theirs): no flag or variable weakens it.
    pub cache_key_store: Option<crate::cache_key::KeyPolicy>,
}

impl Values {
    pub fn has(&self, setting: Setting) -> bool {
        match setting {
            Setting::ServerUrl => self.server_url.is_some(),
            Setting::DefaultLocale => self.default_locale.is_some(),
            Setting::DataDir => self.data_dir.is_some(),
            Setting::EnrolmentKey => self.enrolment_key.is_some(),
            Setting::CacheKeyStore => self.cache_key_store.is_some(),
        }
    }
}

/// A settings file that could not be used. Never replaced by a silent default.
#[derive(Debug, thiserror::Error)]
pub enum SettingsError {
    #[error("{}, line {line}: {detail}", path.display())]
    Malformed { path: PathBuf, line: usize, detail: String },
    #[error("{}: {source}", path.display())]
    Unreadable { path: PathBuf, source: std::io::Error },
}

/// The locale for a system language tag such as `pl-PL` or `ro_RO.UTF-8`: used for messages
/// shown before the settings could be read.
pub fn locale_for_system_tag(tag: &str) -> Locale {
    let language = tag.split(['-', '_', '.']).next().unwrap_or_default().to_ascii_lowercase();
    match language.as_str() {
        "pl" => Locale::Pl,
        "ro" => Locale::Ro,
        _ => Locale::EnGb,
    }
}
