//! Errors of the core. Each has a stable [`ErrorCode`] the UI may branch on and a Fluent message
//! id, so the shell can hand the user a message in their own language.

use serde::Serialize;
use ts_rs::TS;

use crate::i18n::{Locale, Messages};

/// The stable codes that cross IPC.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, serde::Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum ErrorCode {
    NotSignedIn,
    WrongPin,
    LockedOut,
    PermissionDenied,
    NotFound,
    InvalidInput,
    Storage,
    WrongToken,
    RateLimited,
    AlreadyDeleted,
    UndoExpired,
    UndoNotAllowed,
    PlateTaken,
    InvalidAmount,
    AmountTooLarge,
    InvoiceNotUnpaid,
    ReasonRequired,
    ReasonTooLong,
    NotActive,
    /// The server's pre-flight found blockers for a pushed delete (S3).
    DeleteBlocked,
    /// A restore of a customer who is not deleted (restored already, R8).
    NotDeleted,
    /// A restore of a delete that is not the customer's current one any more (R8).
    DeleteChanged,
    /// A merge of fewer than 2 or more than 5 customers (M1).
    MergeCount,
    /// A merge of a customer already merged into another (M8).
    AlreadyMerged,
    /// A merge whose kept values no record holds any more: a record changed since the review (M8).
    MergeChanged,
    FirstSignInNeedsServer,
    /// Too many wrong PINs from this desk: the central server pauses its sign-ins (issue 9).
    DeviceLockedOut,
    /// A pushed change carries no proof of who made it (issue 9).
    ProofMissing,
    /// A pushed change's proof is not a valid signature by its author's credential on that desk.
    ProofInvalid,
    /// The credential that signed a pushed change was revoked (by IT, or a PIN change).
    CredentialRevoked,
    /// A pushed change the server cannot read or will never accept in that form (a newer desk's
    /// change, an older server): it is set aside so the queue goes on (issue 12).
    UnsupportedChange,
    /// A fault inside Garage Desk (a bug, never the person's doing): nothing was changed.
    Internal,
    /// A settings file (IT's or the user's) has a mistake: the desk did not start.
    SettingsInvalid,
    /// The data folder cannot be opened: the desk did not start.
    DataFolderUnavailable,
    /// The central server answered a sign-in with an error (a 5xx, an unexpected 4xx, an answer
    /// that is not its own): not a refusal of the PIN, and not an absent server (issue 12).
    ServerError,
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
    #[error("the confirmation token does not match")]
    WrongToken,
    #[error("the merge's confirmation token does not match")]
    WrongMergeToken,
    #[error("rate limited until {next_at}")]
    RateLimited { next_at: chrono::DateTime<chrono::Utc> },
    #[error("customer already deleted")]
    AlreadyDeleted,
    #[error("the undo window has closed")]
    UndoExpired,
    #[error("only the session that deleted can undo")]
    UndoNotAllowed,
    #[error("plate {plate} is on another vehicle now")]
    PlateTaken { plate: String },
    #[error("plate {plate} is on another vehicle now: the customer was not restored")]
    RestorePlateTaken { plate: String },
    #[error("the customer is not deleted")]
    NotDeleted,
    #[error("the customer's delete is not the one being restored")]
    DeleteChanged,
    #[error("a merge combines 2 to 5 customers")]
    MergeCount,
    #[error("the customer was merged into another already")]
    AlreadyMerged,
    #[error("a customer changed since the merge was reviewed")]
    MergeChanged,
    #[error("not an amount of money")]
    InvalidAmount,
    #[error("more than the {outstanding_pence}p outstanding")]
    AmountTooLarge { outstanding_pence: i64 },
    #[error("the invoice is not unpaid")]
    InvoiceNotUnpaid,
    #[error("a reason is required")]
    ReasonRequired,
    #[error("a reason has at most {max} characters")]
    ReasonTooLong { max: usize },
    #[error("already finished")]
    NotActive,
    #[error("a first sign-in on this desk needs the central server")]
    FirstSignInNeedsServer,
    #[error("too many wrong PINs from this desk; sign-in paused until {until}")]
    DeviceLockedOut { until: chrono::DateTime<chrono::Utc> },
    #[error("the change carries no proof of who made it")]
    ProofMissing,
    #[error("the change's proof is not valid for its author on this desk")]
    ProofInvalid,
    #[error("the credential that signed the change was revoked")]
    CredentialRevoked,
    #[error("the central server cannot take this change: {0}")]
    UnsupportedChange(String),
    /// `status`: the HTTP status of the central server's answer.
    #[error("the central server answered the sign-in with an error (HTTP {status})")]
    ServerError { status: u16 },
    #[error("database: {0}")]
    Database(#[from] rusqlite::Error),
    #[error("migration: {0}")]
    Migration(String),
    /// A fault inside Garage Desk: a value that cannot be read back, a result of the wrong kind.
    #[error("internal error: {0}")]
    Internal(String),
    #[error("data folder: {0}")]
    Io(#[from] std::io::Error),
    #[error("cache key: {0}")]
    CacheKey(#[from] crate::cache_key::CacheKeyError),
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
            CoreError::Database(_) | CoreError::Migration(_) | CoreError::Io(_) | CoreError::CacheKey(_) => {
                ErrorCode::Storage
            }
            CoreError::WrongToken | CoreError::WrongMergeToken => ErrorCode::WrongToken,
            CoreError::RateLimited { .. } => ErrorCode::RateLimited,
            CoreError::AlreadyDeleted => ErrorCode::AlreadyDeleted,
            CoreError::UndoExpired => ErrorCode::UndoExpired,
            CoreError::UndoNotAllowed => ErrorCode::UndoNotAllowed,
            CoreError::PlateTaken { .. } | CoreError::RestorePlateTaken { .. } => ErrorCode::PlateTaken,
            CoreError::NotDeleted => ErrorCode::NotDeleted,
            CoreError::DeleteChanged => ErrorCode::DeleteChanged,
            CoreError::MergeCount => ErrorCode::MergeCount,
            CoreError::AlreadyMerged => ErrorCode::AlreadyMerged,
            CoreError::MergeChanged => ErrorCode::MergeChanged,
            CoreError::InvalidAmount => ErrorCode::InvalidAmount,
            CoreError::AmountTooLarge { .. } => ErrorCode::AmountTooLarge,
            CoreError::InvoiceNotUnpaid => ErrorCode::InvoiceNotUnpaid,
            CoreError::ReasonRequired => ErrorCode::ReasonRequired,
            CoreError::ReasonTooLong { .. } => ErrorCode::ReasonTooLong,
            CoreError::NotActive => ErrorCode::NotActive,
            CoreError::FirstSignInNeedsServer => ErrorCode::FirstSignInNeedsServer,
            CoreError::DeviceLockedOut { .. } => ErrorCode::DeviceLockedOut,
            CoreError::ProofMissing => ErrorCode::ProofMissing,
            CoreError::ProofInvalid => ErrorCode::ProofInvalid,
            CoreError::CredentialRevoked => ErrorCode::CredentialRevoked,
            CoreError::Internal(_) => ErrorCode::Internal,
            CoreError::UnsupportedChange(_) => ErrorCode::UnsupportedChange,
            CoreError::ServerError { .. } => ErrorCode::ServerError,
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
            CoreError::Database(_) | CoreError::Migration(_) | CoreError::Io(_) | CoreError::CacheKey(_) => {
                messages.text(locale, "error-storage")
            }
            CoreError::WrongToken => {
                messages.format(locale, "error-wrong-token", &[("token", crate::delete::token(locale).into())])
            }
            CoreError::WrongMergeToken => {
                messages.format(locale, "error-wrong-token", &[("token", crate::merge::token(locale).into())])
            }
            CoreError::MergeCount => messages.text(locale, "error-merge-count"),
            CoreError::AlreadyMerged => messages.text(locale, "error-already-merged"),
            CoreError::MergeChanged => messages.text(locale, "error-merge-changed"),
            CoreError::RateLimited { next_at } => messages.format(
                locale,
                "error-rate-limited",
                &[("time", crate::i18n::local_time_of_day(*next_at).into())],
            ),
            CoreError::AlreadyDeleted => messages.text(locale, "error-already-deleted"),
            CoreError::UndoExpired => messages.text(locale, "error-undo-expired"),
            CoreError::UndoNotAllowed => messages.text(locale, "error-undo-not-allowed"),
            CoreError::PlateTaken { plate } => {
                messages.format(locale, "error-plate-taken", &[("plate", crate::plates::format(plate).into())])
            }
            CoreError::RestorePlateTaken { plate } => {
                messages.format(locale, "error-restore-plate-taken", &[("plate", crate::plates::format(plate).into())])
            }
            CoreError::NotDeleted => messages.text(locale, "error-not-deleted"),
            CoreError::DeleteChanged => messages.text(locale, "error-delete-changed"),
            CoreError::InvalidAmount => messages.text(locale, "error-invalid-amount"),
            CoreError::AmountTooLarge { outstanding_pence } => messages.format(
                locale,
                "error-amount-too-large",
                &[("outstanding", crate::i18n::money(locale, *outstanding_pence).into())],
            ),
            CoreError::InvoiceNotUnpaid => messages.text(locale, "error-invoice-not-unpaid"),
            CoreError::ReasonRequired => messages.text(locale, "error-reason-required"),
            CoreError::ReasonTooLong { max } => reason_too_long(messages, locale, *max),
            CoreError::NotActive => messages.text(locale, "error-not-active"),
            CoreError::FirstSignInNeedsServer => messages.text(locale, "error-first-sign-in-needs-server"),
            CoreError::DeviceLockedOut { until } => messages.format(
                locale,
                "error-device-locked-out",
                &[("time", crate::i18n::local_time_of_day(*until).into())],
            ),
            CoreError::ProofMissing => messages.text(locale, "error-proof-missing"),
            CoreError::ProofInvalid => messages.text(locale, "error-proof-invalid"),
            CoreError::CredentialRevoked => messages.text(locale, "error-credential-revoked"),
            CoreError::Internal(_) => messages.text(locale, "error-internal"),
            CoreError::UnsupportedChange(_) => messages.text(locale, "error-unsupported-change"),
            CoreError::ServerError { status } => {
                messages.format(locale, "error-server-error", &[("status", status.to_string().into())])
            }
        }
    }
}

/// JSON the core wrote itself and reads back (queued changes, audit details): a failure is a bug.
impl From<serde_json::Error> for CoreError {
    fn from(e: serde_json::Error) -> Self {
        CoreError::Internal(format!("JSON: {e}"))
    }
}

impl From<rusqlite_migration::Error> for CoreError {
    fn from(e: rusqlite_migration::Error) -> Self {
        CoreError::Migration(e.to_string())
    }
}

fn reason_too_long(messages: &Messages, locale: Locale, max: usize) -> String {
    messages.format(locale, "error-reason-too-long", &[("max", i64::try_from(max).unwrap_or(i64::MAX).into())])
}

/// A message for a code alone, without the details an error carries (for problems the central
/// server reported, which bring only the code).
pub fn message_for_code(messages: &Messages, locale: Locale, code: ErrorCode) -> String {
    let id = match code {
        ErrorCode::NotSignedIn => "error-not-signed-in",
        ErrorCode::WrongPin | ErrorCode::LockedOut | ErrorCode::PermissionDenied => "error-permission-denied",
        ErrorCode::NotFound => "error-not-found",
        ErrorCode::InvalidInput => "error-invalid-input",
        ErrorCode::Storage | ErrorCode::SettingsInvalid | ErrorCode::DataFolderUnavailable => "error-storage",
        ErrorCode::WrongToken => {
            return messages.format(locale, "error-wrong-token", &[("token", crate::delete::token(locale).into())])
        }
        ErrorCode::RateLimited => "sync-reason-rate-limited",
        ErrorCode::AlreadyDeleted => "error-already-deleted",
        ErrorCode::UndoExpired => "error-undo-expired",
        ErrorCode::UndoNotAllowed => "error-undo-not-allowed",
        ErrorCode::PlateTaken => "sync-reason-plate-taken",
        ErrorCode::InvalidAmount => "error-invalid-amount",
        ErrorCode::AmountTooLarge => "sync-reason-amount-too-large",
        ErrorCode::InvoiceNotUnpaid => "error-invoice-not-unpaid",
        ErrorCode::ReasonRequired => "error-reason-required",
        ErrorCode::ReasonTooLong => return reason_too_long(messages, locale, crate::resolve::MAX_REASON_CHARS),
        ErrorCode::NotActive => "error-not-active",
        ErrorCode::DeleteBlocked => "sync-reason-delete-blocked",
        ErrorCode::NotDeleted => "error-not-deleted",
        ErrorCode::DeleteChanged => "error-delete-changed",
        ErrorCode::MergeCount => "error-merge-count",
        ErrorCode::AlreadyMerged => "error-already-merged",
        ErrorCode::MergeChanged => "error-merge-changed",
        ErrorCode::FirstSignInNeedsServer => "error-first-sign-in-needs-server",
        ErrorCode::DeviceLockedOut => "error-permission-denied",
        ErrorCode::ProofMissing => "error-proof-missing",
        ErrorCode::ProofInvalid => "error-proof-invalid",
        ErrorCode::CredentialRevoked => "error-credential-revoked",
        ErrorCode::Internal => "error-internal",
        ErrorCode::UnsupportedChange => "error-unsupported-change",
        ErrorCode::ServerError => "sync-reason-server-error",
    };
    messages.text(locale, id)
}
