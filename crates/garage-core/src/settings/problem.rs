//! Why the desk could not start, in words for the person at the desk and for IT.

use std::path::PathBuf;

use super::SettingsError;
use crate::cache_key::CacheKeyError;
use crate::error::CoreError;
use crate::i18n::{Locale, Messages};

#[derive(Debug, thiserror::Error)]
pub enum StartupProblem {
    #[error(transparent)]
    Settings(#[from] SettingsError),
    #[error("data folder {}: {error}", folder.display())]
    DataFolder { folder: PathBuf, error: CoreError },
}

impl StartupProblem {
    /// The message in `locale`, naming the file and line, or the folder, so IT can act on it.
    pub fn localised(&self, messages: &Messages, locale: Locale) -> String {
        match self {
            StartupProblem::Settings(SettingsError::Malformed { path, line, detail }) => messages.format(
                locale,
                "startup-settings-malformed",
                &[
                    ("file", path.display().to_string().into()),
                    ("line", (*line as i64).into()),
                    ("detail", detail.clone().into()),
                ],
            ),
            StartupProblem::Settings(SettingsError::Unreadable { path, source }) => messages.format(
                locale,
                "startup-settings-unreadable",
                &[("file", path.display().to_string().into()), ("detail", source.to_string().into())],
            ),
            StartupProblem::DataFolder { error: CoreError::CacheKey(problem), .. }
                if !matches!(problem, CacheKeyError::Io(_)) =>
            {
                cache_key_message(problem, messages, locale)
            }
            StartupProblem::DataFolder { folder, error } => {
                // The OS's own words ("Permission denied"), without our "data folder:" prefix.
                let detail = match error {
                    CoreError::Io(io) => io.to_string(),
                    other => other.to_string(),
                };
                messages.format(
                    locale,
                    "startup-data-folder",
                    &[("folder", folder.display().to_string().into()), ("detail", detail.into())],
                )
            }
        }
    }
}

/// Issue 9: the cache's key cannot be had. Each message says nothing was deleted and what IT can do.
fn cache_key_message(problem: &CacheKeyError, messages: &Messages, locale: Locale) -> String {
    let path = |p: &std::path::Path| p.display().to_string().into();
    match problem {
        CacheKeyError::Missing { cache, key_file, keyring } => messages.format(
            locale,
            "startup-cache-key-missing",
            &[("cache", path(cache)), ("keyfile", path(key_file)), ("detail", keyring.clone().into())],
        ),
        CacheKeyError::Rejected { cache } => {
            messages.format(locale, "startup-cache-key-rejected", &[("cache", path(cache))])
        }
        CacheKeyError::KeyringRequired { reason } => {
            messages.format(locale, "startup-cache-key-keyring-required", &[("detail", reason.clone().into())])
        }
        CacheKeyError::FileDamaged { path: file } => {
            messages.format(locale, "startup-cache-key-file-damaged", &[("file", path(file))])
        }
        CacheKeyError::Io(error) => error.to_string(),
    }
}
