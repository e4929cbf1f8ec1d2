//! What the restore dialog and the list's notice receive from Rust.

use serde::Serialize;
use ts_rs::TS;
use uuid::Uuid;

/// What the dialog shows before a restore.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum RestoreState {
    /// The restore can run: the impact sentence and the Restore button (R2, R4).
    Confirm,
    /// R3: a plate the delete released is current on another vehicle now; nothing can run.
    PlateTaken,
}

/// Why something the delete changed will not come back (R4).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum LeftOutKind {
    /// The vehicle is on another customer's record now.
    VehicleMoved,
    /// The vehicle no longer carries this delete (changed, put back or deleted again since).
    VehicleChanged,
    /// The registration no longer carries this delete.
    PlateChanged,
    /// The conversation no longer carries this delete, or is another customer's now.
    ConversationChanged,
}

/// One thing the restore leaves as it is, worded for the user.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct LeftOut {
    pub kind: LeftOutKind,
    pub text: String,
}

/// The restore dialog's check, computed from the database (like the delete's pre-flight).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct RestoreCheck {
    pub customer_id: Uuid,
    pub customer_name: String,
    /// The delete this restore puts back: the restore command must name it (R8).
    pub batch_id: Uuid,
    /// UTC, RFC 3339: when the delete was made.
    pub deleted_at: String,
    pub state: RestoreState,
    /// Vehicles that come back.
    pub vehicles: u32,
    /// Their plates, formatted ("AB12 CDE").
    pub plates: Vec<String>,
    /// Conversations that go back to open or snoozed.
    pub conversations: u32,
    /// The sentence of what comes back (confirm), or why nothing can (plate taken), in the
    /// user's language.
    pub impact: String,
    /// What will not come back, one line each (R4).
    pub left_out: Vec<LeftOut>,
}

/// What a restore did.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct RestoreResult {
    pub customer_id: Uuid,
    pub customer_name: String,
    pub vehicles: u32,
    pub conversations: u32,
    /// What the delete changed that the restore left as it is (R4).
    pub left_out: Vec<LeftOut>,
}
