//! How errors cross IPC: `{ code, message }`, the code stable for the UI to branch on, the message
//! already in the signed-in user's language.

use garage_core::{CoreError, Desk, ErrorCode};
use serde::Serialize;
use ts_rs::TS;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct IpcError {
    pub code: ErrorCode,
    pub message: String,
}

pub type IpcResult<T> = Result<T, IpcError>;

impl IpcError {
    pub fn from_core(desk: &Desk, error: CoreError) -> IpcError {
        if matches!(error.code(), ErrorCode::Storage | ErrorCode::Internal) {
            log::error!("{error}");
        }
        IpcError { code: error.code(), message: desk.message_for(&error) }
    }
}

impl IpcError {
    /// A window the OS would not open: logged, and reported as a storage-class failure.
    pub fn window(desk: &Desk, error: String) -> IpcError {
        log::error!("window: {error}");
        IpcError { code: ErrorCode::Storage, message: desk.message_for(&CoreError::Io(std::io::Error::other(error))) }
    }
}

/// Runs a core call and turns its error into an [`IpcError`].
pub fn ipc<T>(desk: &Desk, result: Result<T, CoreError>) -> IpcResult<T> {
    result.map_err(|e| IpcError::from_core(desk, e))
}
