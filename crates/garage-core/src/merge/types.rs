//! What the merge screens and the duplicate suggestions receive from Rust, and what the merge
//! command carries (also the mutation pushed to the central server).

use crate::customers::ContactDetails;
use serde::{Deserialize, Serialize};
use ts_rs::TS;
use uuid::Uuid;

/// The fields of a customer the review compares, in the order shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum MergeField {
    Name,
    Phone,
    Email,
    AddressLine,
    Town,
    Postcode,
}

impl MergeField {
    pub const ALL: [MergeField; 6] = [
        MergeField::Name,
        MergeField::Phone,
        MergeField::Email,
        MergeField::AddressLine,
        MergeField::Town,
        MergeField::Postcode,
    ];

    pub fn column(self) -> &'static str {
        match self {
            MergeField::Name => "name",
            MergeField::Phone => "phone",
            MergeField::Email => "email",
            MergeField::AddressLine => "address_line",
            MergeField::Town => "town",
            MergeField::Postcode => "postcode",
        }
    }
}

impl ContactDetails {
    pub fn get(&self, field: MergeField) -> Option<&str> {
        match field {
            MergeField::Name => Some(self.name.as_str()),
            MergeField::Phone => self.phone.as_deref(),
            MergeField::Email => self.email.as_deref(),
            MergeField::AddressLine => self.address_line.as_deref(),
            MergeField::Town => self.town.as_deref(),
            MergeField::Postcode => self.postcode.as_deref(),
        }
    }
}

/// How much history one record holds (the survivor is the one with most, M2).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct HistoryCounts {
    pub vehicles: u32,
    pub work_orders: u32,
    pub invoices: u32,
    pub conversations: u32,
    pub consent_events: u32,
}

impl HistoryCounts {
    pub fn total(&self) -> u32 {
        self.vehicles + self.work_orders + self.invoices + self.conversations + self.consent_events
    }
}

/// One record in the review, with its values and history.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct MergeRecord {
    pub id: Uuid,
    pub values: ContactDetails,
    /// UTC, RFC 3339.
    pub created_at: String,
    pub history: HistoryCounts,
    /// Current plates of its vehicles, formatted.
    pub plates: Vec<String>,
}

/// One field across the records: agreeing fields are collapsed in the review (M2).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct FieldReview {
    pub field: MergeField,
    /// Every record holds the same value (the review collapses it).
    pub agree: bool,
    /// The record whose value is pre-selected: the survivor's, or the first record that has one.
    pub preselected_from: Uuid,
}

/// The review step: the records side by side, every field, the pre-selected survivor, what
/// happens to the records' history, and the token to type.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct MergeReview {
    pub records: Vec<MergeRecord>,
    pub fields: Vec<FieldReview>,
    /// M2: the record with most history (the oldest when tied).
    pub survivor_id: Uuid,
    /// What the merge does with things both records have, in the user's language (M5).
    pub notes: Vec<String>,
    /// The sentence of what will happen, in the user's language.
    pub impact: String,
    /// The word to type to confirm, in the user's language (M9).
    pub token: String,
}

/// A merge that may still be undone, for the toast.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct PendingMergeUndo {
    pub batch_id: Uuid,
    pub survivor_id: Uuid,
    pub survivor_name: String,
    pub remaining_ms: u32,
}

/// What a merge did.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct MergeResult {
    pub survivor_id: Uuid,
    pub survivor_name: String,
    /// How many records were merged into the survivor.
    pub merged: u32,
    pub undo: Option<PendingMergeUndo>,
}

/// What an undo of a merge put back.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct MergeUndoResult {
    pub survivor_id: Uuid,
    pub survivor_name: String,
}

/// Why a pair is suggested as duplicates (DS1).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum DuplicateReason {
    SamePhone,
    SameEmail,
    SamePlate,
    SimilarNameSamePostcode,
}

/// One side of a suggested pair.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct DuplicateSide {
    pub id: Uuid,
    pub name: String,
    pub phone: Option<String>,
    pub postcode: Option<String>,
    pub history: HistoryCounts,
}

/// A likely pair, with why (DS1, DS2).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct DuplicateSuggestion {
    pub a: DuplicateSide,
    pub b: DuplicateSide,
    pub reasons: Vec<DuplicateReason>,
    /// The reasons worded for the user, one line each.
    pub why: Vec<String>,
}
