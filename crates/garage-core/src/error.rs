//! Errors of the core. Each has a stable [`ErrorCode`] the UI may branch on and a Fluent message
//! id, so the shell can hand the user a message in their own language.

use serde::Serialize;
use ts_rs::TS;

use crate::i18n::{Locale, Messages};

/// The stable codes that cross IPC.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum ErrorCode {
    NotSignedIn,
    WrongPin,
    LockedOut,
    PermissionDenied,
    NotFound,
    InvalidInput,
    Storage,
}

#[derive(Debug, thiserror::Error)]
pub enum CoreError {
    #[error("no staff member is signed in")]
    NotSignedIn,
    #[error("wrong PIN ({attempts_left} attempts left)")]
    WrongPin { attempts_left: u32 },
    #[error("locked out until {until}")]
    LockedOut { until: chrono::DateTime<chrono::Utc> },
    #[error("permission {0} is required")]
    PermissionDenied(&'static str),
    #[error("{0} not found")]
    NotFound(&'static str),
    #[error("invalid input: {0}")]
    InvalidInput(&'static str),
    #[error("database: {0}")]
    Database(#[from] rusqlite::Error),
    #[error("migration: {0}")]
    Migration(String),
    #[error("data folder: {0}")]
    Io(#[from] std::io::Error),
}

impl CoreError {
    pub fn code(&self) -> ErrorCode {
        match self {
            CoreError::NotSignedIn => ErrorCode::NotSignedIn,
            CoreError::WrongPin { .. } => ErrorCode::WrongPin,
            CoreError::LockedOut { .. } => ErrorCode::LockedOut,
            CoreError::PermissionDenied(_) => ErrorCode::PermissionDenied,
            CoreError::NotFound(_) => ErrorCode::NotFound,
            CoreError::InvalidInput(_) => ErrorCode::InvalidInput,
            CoreError::Database(_) | CoreError::Migration(_) | CoreError::Io(_) => ErrorCode::Storage,
        }
    }

    /// The message for the user, in `locale`.
    pub fn localised(&self, messages: &Messages, locale: Locale) -> String {
        match self {
            CoreError::NotSignedIn => messages.text(locale, "error-not-signed-in"),
            CoreError::WrongPin { attempts_left } => {
                messages.format(locale, "error-wrong-pin", &[("attempts", i64::from(*attempts_left).into())])
            }
            CoreError::LockedOut { until } => {
                messages.format(locale, "error-locked-out", &[("time", crate::i18n::local_time_of_day(*until).into())])
            }
            CoreError::PermissionDenied(_) => messages.text(locale, "error-permission-denied"),
            CoreError::NotFound(_) => messages.text(locale, "error-not-found"),
            CoreError::InvalidInput(_) => messages.text(locale, "error-invalid-input"),
            CoreError::Database(_) | CoreError::Migration(_) | CoreError::Io(_) => {
                messages.text(locale, "error-storage")
            }
        }
    }
}

impl From<rusqlite_migration::Error> for CoreError {
    fn from(e: rusqlite_migration::Error) -> Self {
        CoreError::Migration(e.to_string())
    }
}
