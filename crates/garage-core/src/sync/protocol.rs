//! The sync protocol between a desk and the garage's central server (product.md §5), shared by
//! both sides so it is written once. JSON over HTTP:
//!
//! | request | body | answer |
//! |---|---|---|
//! | `POST /v1/devices` (the current device token, for an id registered already) | [`RegisterDevice`] | [`DeviceToken`] or 403/409 [`ErrorBody`] |
//! | `POST /v1/sign-in` (device token) | [`SignInRequest`] | [`SignInResponse`] or 401/429 [`ErrorBody`] |
//! | `GET /v1/changes?after=SEQ&limit=N` (device token) | | [`ChangesPage`] |
//! | `POST /v1/mutations` (device token) | [`PushRequest`] | [`PushResponse`] |
//! | `GET /v1/events` (device token) | | server-sent events: `changed` with the newest seq |
//! | `POST /v1/rows` (device token) | [`RowsRequest`] | [`RowsResponse`]: rows as the server holds them now |
//!
//! Every answer carries the server database's identity in the [`SERVER_ID_HEADER`] header: a desk
//! that sees another one (the database was restored from a backup or replaced) starts over from
//! the server (issue 12).
//!
//! The device token travels as `Authorization: Bearer <token>`. An id that is registered already is
//! registered again only by a request bearing its current token, which it keeps (409
//! [`DEVICE_ALREADY_REGISTERED`] otherwise: a desk's id is in every audit row it syncs, so knowing
//! it proves nothing; issue 12). A desk proposes the token it will use ([`RegisterDevice::token`])
//! and bears it too, so a registration retried after its answer was lost is answered again with
//! that token. Every refusal, malformed requests
//! included, is a 4xx (or a 503 while storage is busy) with an [`ErrorBody`]; each route has a body
//! size limit (413 [`BODY_TOO_LARGE`]).

use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::staff::StaffMember;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RegisterDevice {
    pub device_id: Uuid,
    pub name: String,
    /// The garage's enrolment key, set by IT on the server and on each desk. A server with a key
    /// answers 403 [`ErrorBody`] `enrolment_refused` to a registration without the same key.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enrolment_key: Option<String>,
    /// The token the desk will use, if it made one ([`is_device_token`]), for a new id; the server
    /// makes one when it is absent. Ignored for an id registered already.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub token: Option<String>,
}

/// The [`ErrorBody`] code of a registration the server refused for its enrolment key.
pub const ENROLMENT_REFUSED: &str = "enrolment_refused";

/// [`ErrorBody`] codes of a request refused for its device token (401), not for what it asked.
pub const NO_DEVICE_TOKEN: &str = "no_device_token";
pub const UNKNOWN_DEVICE_TOKEN: &str = "unknown_device_token";
/// IT revoked the device: 401 on its requests, 403 on registering again under its id.
pub const DEVICE_REVOKED: &str = "device_revoked";
pub const DEVICE_TOKEN_REFUSED: [&str; 3] = [NO_DEVICE_TOKEN, UNKNOWN_DEVICE_TOKEN, DEVICE_REVOKED];
/// A registration of an id that is registered and not revoked, without that desk's token (409).
pub const DEVICE_ALREADY_REGISTERED: &str = "device_already_registered";
/// How many lowercase hex digits a device token has: 32 random bytes.
pub const DEVICE_TOKEN_HEX: usize = 64;

/// Whether `token` has the form of a device token (not whether any desk has it).
pub fn is_device_token(token: &str) -> bool {
    token.len() == DEVICE_TOKEN_HEX && token.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'))
}

/// [`ErrorBody`] code of a request whose body is over its route's size limit (413).
pub const BODY_TOO_LARGE: &str = "body_too_large";
/// [`ErrorBody`] code of a method the path does not answer (405).
pub const METHOD_NOT_ALLOWED: &str = "method_not_allowed";

/// The response header naming the server database's identity (a UUID).
pub const SERVER_ID_HEADER: &str = "garage-server-id";

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DeviceToken {
    pub token: String,
}

/// A sign-in the server checks (issue 9): the PIN, and the public key of a credential the desk
/// made for this person. The server counts wrong PINs per person at each device (issue 12) and per
/// device.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SignInRequest {
    pub staff_id: Uuid,
    pub pin: String,
    /// Ed25519 public key, 32 bytes hex: registered as the person's credential on this desk
    /// unless `credential_id` is still valid.
    pub public_key: String,
    /// The credential this desk already holds for the person (unlocked by this PIN), to keep.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub credential_id: Option<Uuid>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SignInResponse {
    /// The person's credential on this desk: the one the desk sent, or a new one for
    /// `public_key`. Their changes must be signed with it.
    pub credential_id: Uuid,
    pub staff: StaffMember,
}

/// One row as the server holds it now (`row`), or its removal (`row` is null).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Change {
    pub seq: i64,
    pub table: String,
    /// The row's key: `{"id": …}`, or the composite key of a table without an id column.
    pub key: serde_json::Value,
    pub row: Option<serde_json::Value>,
}

/// The most changes the server sends in one page: a first download of a `100k` garage (1.3 million
/// rows) in pages of 20,000 ran at 52,000 rows/s, in pages of 5,000 at 36,000 (issue 10).
pub const MAX_CHANGES_PAGE: u32 = 20_000;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ChangesPage {
    pub changes: Vec<Change>,
    /// The cursor to ask from next (the last change's seq, or `after` when empty).
    pub cursor: i64,
    /// At most this many changes after `cursor` are still to fetch (0 exactly when none are),
    /// for progress during the initial download.
    pub remaining: i64,
    /// No log this server's database has kept gave out the cursor asked from: the desk followed
    /// a log it lost (it was restored from a backup), and starts over (issue 12).
    #[serde(default)]
    pub cursor_unknown: bool,
}

/// One synced row, by its table and its key in the log's form (`id`, or `staff_id|permission`).
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct RowKey {
    pub table: String,
    pub key: String,
}

/// Rows a desk asks for by key: those a change the server refused touched, or a pull skipped.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RowsRequest {
    pub keys: Vec<RowKey>,
}

/// The most keys one [`RowsRequest`] may carry.
pub const MAX_ROWS_PER_REQUEST: usize = 5_000;

/// The rows asked for that the server holds, each as its newest [`Change`]. A key left out is a
/// row the server has never had.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RowsResponse {
    pub rows: Vec<Change>,
}

/// A local change, replayed by the server under the same rules (S2, S3).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Mutation {
    /// Unique per change: the server applies each id at most once.
    pub id: Uuid,
    /// Who made it, on this device.
    pub staff_id: Uuid,
    pub created_at: String,
    #[serde(flatten)]
    pub kind: MutationKind,
    /// The credential of `staff_id` on the pushing desk that signed it (issue 9).
    #[serde(default)]
    pub credential_id: Option<Uuid>,
    /// Ed25519 signature, hex, over the mutation, the device and the credential
    /// ([`crate::credentials::proof`]). The server refuses a mutation without a valid one.
    #[serde(default)]
    pub proof: Option<String>,
}

/// Every kind of change, declared once in [`crate::changes`].
pub use crate::changes::MutationKind;

/// The largest push body a server takes (413 [`BODY_TOO_LARGE`] above it). A desk never sends a
/// bigger one: it splits its queue, and sets aside a single change over it (issue 12).
pub const MAX_PUSH_BYTES: usize = 4 * 1024 * 1024;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PushRequest {
    pub mutations: Vec<Mutation>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MutationStatus {
    Applied,
    /// Refused by the rules: the device reverts it and tells its user (S3).
    Rejected,
}

/// Why the server refused a mutation: the error code, and for a delete the blockers it found.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Rejection {
    pub code: crate::error::ErrorCode,
    /// What the server's pre-flight found blocking (delete only): on the wire a list of kinds,
    /// counts, the unpaid total and the busiest plate ([`crate::delete::Blockers`]).
    #[serde(default)]
    pub blockers: crate::delete::Blockers,
    /// What the server found, in English for logs and support (the desk shows its own words for
    /// `code`).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub message: String,
    /// The plate that stopped a restore (R3), normalised, so the desk can name it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub plate: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MutationResult {
    pub id: Uuid,
    pub status: MutationStatus,
    pub rejection: Option<Rejection>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PushResponse {
    pub results: Vec<MutationResult>,
}

/// An error answer: a stable code and an English message for logs.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ErrorBody {
    pub code: String,
    pub message: String,
    /// A refused sign-in: wrong PINs left before the lock-out.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attempts_left: Option<u32>,
    /// A refused sign-in: when the lock-out ends (UTC, RFC 3339).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub until: Option<String>,
}

/// Both sides derive the ids of the rows a mutation creates the same way ([`crate::ids`]).
pub use crate::ids::derived_id;

impl Rejection {
    /// A change the rules refused with `refusal`.
    pub fn refused(refusal: &crate::error::CoreError) -> Rejection {
        let plate = match refusal {
            crate::error::CoreError::RestorePlateTaken { plate } | crate::error::CoreError::PlateTaken { plate } => {
                Some(plate.clone())
            }
            _ => None,
        };
        Rejection { code: refusal.code(), blockers: Default::default(), message: refusal.to_string(), plate }
    }

    /// A delete the server's own pre-flight check stopped, with what it found.
    pub fn blocked(check: &crate::delete::Preflight) -> Rejection {
        Rejection {
            code: crate::error::ErrorCode::DeleteBlocked,
            blockers: check.blockers.clone(),
            message: "the customer has active work, unpaid invoices or open conversations".to_owned(),
            plate: None,
        }
    }
}
