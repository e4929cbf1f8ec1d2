//! The IPC contract in TypeScript, generated from the Rust types (ts-rs) into
//! `ui/src/ipc/bindings.ts`. A test fails when the committed file is stale; regenerate with
//! `UPDATE_BINDINGS=1 cargo test -p garage-desk bindings`.

use garage_core::customers::*;
use garage_core::delete::{
    Blocker, BlockerKind, DeleteCheck, DeleteOutcome, DeleteResult, DeleteState, PendingUndo, UndoResult,
};
use garage_core::desk::SessionInfo;
use garage_core::i18n::Locale;
use garage_core::merge::{
    DuplicateReason, DuplicateSide, DuplicateSuggestion, FieldReview, HistoryCounts, MergeField, MergeRecord,
    MergeResult, MergeReview, MergeUndoResult, MergeValues, PendingMergeUndo,
};
use garage_core::resolve::{ConversationListRow, InvoiceListRow, ListFilter, WorkOrderAction, WorkOrderListRow};
use garage_core::restore::{LeftOut, LeftOutKind, RestoreCheck, RestoreResult, RestoreState};
use garage_core::staff::{
    Permission, PermissionSetting, PermissionSource, PermissionState, Role, StaffMember, StaffPermissions,
};
use garage_core::sync::status::{DownloadProgress, SyncConnection, SyncProblem, SyncStatus};
use garage_core::ErrorCode;
use ts_rs::{Config, TS};

use crate::ipc_error::IpcError;
use crate::startup::StartupState;

/// Where the generated file lives, relative to this crate.
pub const BINDINGS_PATH: &str = "../ui/src/ipc/bindings.ts";

/// The whole file, one `export type` per IPC type, in a stable order.
pub fn typescript() -> String {
    let cfg = Config::new();
    let decls = [
        Locale::decl(&cfg),
        Role::decl(&cfg),
        Permission::decl(&cfg),
        StaffMember::decl(&cfg),
        SessionInfo::decl(&cfg),
        CustomerFilter::decl(&cfg),
        CustomerQuery::decl(&cfg),
        CustomerListRow::decl(&cfg),
        CustomerPage::decl(&cfg),
        Customer::decl(&cfg),
        Vehicle::decl(&cfg),
        WorkOrderStatus::decl(&cfg),
        WorkOrder::decl(&cfg),
        InvoiceStatus::decl(&cfg),
        Invoice::decl(&cfg),
        ConversationStatus::decl(&cfg),
        Channel::decl(&cfg),
        Conversation::decl(&cfg),
        ConsentChannel::decl(&cfg),
        ConsentKind::decl(&cfg),
        ConsentSource::decl(&cfg),
        ConsentEvent::decl(&cfg),
        CustomerDetail::decl(&cfg),
        BlockerKind::decl(&cfg),
        Blocker::decl(&cfg),
        DeleteState::decl(&cfg),
        DeleteCheck::decl(&cfg),
        PendingUndo::decl(&cfg),
        DeleteOutcome::decl(&cfg),
        DeleteResult::decl(&cfg),
        UndoResult::decl(&cfg),
        RestoreState::decl(&cfg),
        LeftOutKind::decl(&cfg),
        LeftOut::decl(&cfg),
        RestoreCheck::decl(&cfg),
        RestoreResult::decl(&cfg),
        MergeField::decl(&cfg),
        MergeValues::decl(&cfg),
        HistoryCounts::decl(&cfg),
        MergeRecord::decl(&cfg),
        FieldReview::decl(&cfg),
        MergeReview::decl(&cfg),
        PendingMergeUndo::decl(&cfg),
        MergeResult::decl(&cfg),
        MergeUndoResult::decl(&cfg),
        DuplicateReason::decl(&cfg),
        DuplicateSide::decl(&cfg),
        DuplicateSuggestion::decl(&cfg),
        ListFilter::decl(&cfg),
        WorkOrderListRow::decl(&cfg),
        InvoiceListRow::decl(&cfg),
        ConversationListRow::decl(&cfg),
        WorkOrderAction::decl(&cfg),
        PermissionSource::decl(&cfg),
        PermissionState::decl(&cfg),
        StaffPermissions::decl(&cfg),
        PermissionSetting::decl(&cfg),
        SyncConnection::decl(&cfg),
        DownloadProgress::decl(&cfg),
        SyncStatus::decl(&cfg),
        SyncProblem::decl(&cfg),
        ErrorCode::decl(&cfg),
        IpcError::decl(&cfg),
        StartupState::decl(&cfg),
    ];
    let mut out = String::from(
        "// Generated from the Rust types by src-tauri/src/bindings.rs. Do not edit by hand:\n\
         // run `UPDATE_BINDINGS=1 cargo test -p garage-desk bindings` after changing them.\n\n",
    );
    for decl in decls {
        out.push_str("export ");
        out.push_str(decl.trim());
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bindings_ts_is_up_to_date() {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(BINDINGS_PATH);
        let generated = typescript();
        if std::env::var_os("UPDATE_BINDINGS").is_some() {
            std::fs::write(&path, &generated).unwrap();
        }
        let committed = std::fs::read_to_string(&path).unwrap_or_default();
        assert!(
            committed == generated,
            "{} is stale: run `UPDATE_BINDINGS=1 cargo test -p garage-desk bindings`",
            path.display()
        );
    }
}
