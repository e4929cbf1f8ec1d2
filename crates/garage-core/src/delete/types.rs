//! What the delete dialog, the toast and the banner receive from Rust.

use serde::{Deserialize, Serialize};
use ts_rs::TS;
use uuid::Uuid;

/// The three kinds of blocker (D3), each with its own list window (D4).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum BlockerKind {
    WorkOrders,
    Invoices,
    Conversations,
}

impl BlockerKind {
    pub const ALL: [BlockerKind; 3] = [BlockerKind::WorkOrders, BlockerKind::Invoices, BlockerKind::Conversations];

    pub fn id(self) -> &'static str {
        match self {
            BlockerKind::WorkOrders => "work_orders",
            BlockerKind::Invoices => "invoices",
            BlockerKind::Conversations => "conversations",
        }
    }
}

/// One line of the blocked dialog, already in the user's language:
/// "3 active work orders (including 2 on AB12 CDE)", "2 unpaid invoices totalling £425.60".
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Blocker {
    pub kind: BlockerKind,
    pub count: u32,
    pub text: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum DeleteState {
    /// Something must be resolved first (D3).
    Blocked,
    /// Clear: the impact sentence and the token input (D6, D7).
    Confirm,
    /// Nothing to do (D1's disabled button, or a delete from another window).
    AlreadyDeleted,
}

/// The pre-flight check (D2), computed from the database.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct DeleteCheck {
    pub customer_id: Uuid,
    pub customer_name: String,
    pub state: DeleteState,
    /// Empty unless blocked.
    pub blockers: Vec<Blocker>,
    /// Active vehicles the delete hides.
    pub vehicles: u32,
    /// Open and snoozed conversations the delete closes.
    pub closed_conversations: u32,
    /// D6's sentence, in the user's language (empty unless confirm).
    pub impact: String,
    /// The token this user must type: DELETE, USUŃ or ȘTERGE (D7).
    pub token: String,
}

/// An undo that is still possible for this session (U1, U3, U4).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct PendingUndo {
    pub batch_id: Uuid,
    pub customer_id: Uuid,
    pub customer_name: String,
    /// Milliseconds left on Rust's monotonic clock when this was read.
    pub remaining_ms: u32,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum DeleteOutcome {
    Deleted,
    /// A blocker appeared since the dialog opened: nothing changed (D8).
    Blocked,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct DeleteResult {
    pub outcome: DeleteOutcome,
    /// Set when deleted.
    pub undo: Option<PendingUndo>,
    /// Set when blocked: the new blocker list for the dialog.
    pub check: Option<DeleteCheck>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct UndoResult {
    pub customer_id: Uuid,
    pub customer_name: String,
}
