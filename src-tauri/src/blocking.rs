//! Where a command's desk work runs (issue 12). Tauri v2 runs a sync `fn` command on the main
//! (GTK) thread, which also paints the window and takes the keyboard; an `async fn` command runs on
//! the async runtime. Every command here is `async`, and whatever touches the cache runs through
//! [`with_desk`] on the runtime's blocking pool: SQLite waits (the sync engine holds the desk's
//! connection for a whole pulled page) then stall neither typing nor the runtime's few workers,
//! which also run the sync engine and every other command.

use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::Arc;

use garage_core::{CoreError, Desk, ErrorCode};

use crate::ipc_error::{IpcError, IpcResult};

/// Runs `work` (convert the arguments, call the desk, convert the answer) on the blocking pool and
/// hands back its answer. Errors are made there too, since localising one reads the signed-in
/// user's language from the cache. A panic in `work` answers as a storage-class error.
pub async fn with_desk<T, W>(desk: &Arc<Desk>, work: W) -> IpcResult<T>
where
    T: Send + 'static,
    W: FnOnce(&Desk) -> IpcResult<T> + Send + 'static,
{
    let desk = Arc::clone(desk);
    let answer = tauri::async_runtime::spawn_blocking(move || {
        catch_unwind(AssertUnwindSafe(|| work(&desk))).unwrap_or_else(|_| {
            log::error!("a command panicked");
            Err(IpcError::from_core(&desk, CoreError::Io(std::io::Error::other("the command panicked"))))
        })
    })
    .await;
    // Only a runtime shutting down drops the task: there is no one left to read a localised message.
    answer.unwrap_or_else(|e| Err(IpcError { code: ErrorCode::Storage, message: e.to_string() }))
}
