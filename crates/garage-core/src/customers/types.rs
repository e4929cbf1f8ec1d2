//! The shapes the customer list and page send to the UI. The page's work orders, invoices and
//! conversations are their own modules' shapes.

use serde::{Deserialize, Serialize};
use ts_rs::TS;
use uuid::Uuid;

use crate::conversations::Conversation;
use crate::invoices::Invoice;
use crate::work_orders::WorkOrder;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum CustomerFilter {
    Active,
    Deleted,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct CustomerQuery {
    pub text: String,
    pub filter: CustomerFilter,
    /// 0-based.
    pub page: u32,
    pub page_size: u32,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct CustomerListRow {
    pub id: Uuid,
    pub name: String,
    pub phone: Option<String>,
    pub postcode: Option<String>,
    /// Current plates of the customer's vehicles, formatted ("AB12 CDE").
    pub plates: Vec<String>,
    /// UTC, RFC 3339: when the newest work order was opened.
    pub last_visit: Option<String>,
    pub deleted_at: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct CustomerPage {
    pub rows: Vec<CustomerListRow>,
    /// How many customers match, at most `COUNT_CAP`.
    pub total: u32,
    /// More than `total` customers match: the list says "more than 1,000" and pages on while pages are full.
    pub total_capped: bool,
    pub page: u32,
    pub page_size: u32,
}

/// How to reach a customer: what the page shows, a merge picks field by field (M3), and a delete
/// clears.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ContactDetails {
    pub name: String,
    pub phone: Option<String>,
    pub email: Option<String>,
    pub address_line: Option<String>,
    pub town: Option<String>,
    pub postcode: Option<String>,
}

impl ContactDetails {
    /// The columns [`ContactDetails::at`] reads, of `customers`.
    pub const COLUMNS: &'static str = "name, phone, email, address_line, town, postcode";

    /// Read from [`ContactDetails::COLUMNS`] at `first` on.
    pub(crate) fn at(r: &rusqlite::Row<'_>, first: usize) -> rusqlite::Result<ContactDetails> {
        Ok(ContactDetails {
            name: r.get(first)?,
            phone: r.get(first + 1)?,
            email: r.get(first + 2)?,
            address_line: r.get(first + 3)?,
            town: r.get(first + 4)?,
            postcode: r.get(first + 5)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Customer {
    pub id: Uuid,
    #[serde(flatten)]
    pub contact: ContactDetails,
    pub created_at: String,
    pub deleted_at: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Vehicle {
    pub id: Uuid,
    pub make: String,
    pub model: String,
    pub colour: Option<String>,
    pub year: Option<u16>,
    pub active: bool,
    /// The current plate, formatted.
    pub plate: Option<String>,
    pub previous_plates: Vec<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum ConsentChannel {
    Sms,
    Email,
    Post,
    Phone,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum ConsentKind {
    Given,
    Withdrawn,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum ConsentSource {
    FrontDesk,
    Phone,
    WebForm,
    EmailLink,
    Import,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ConsentEvent {
    pub id: Uuid,
    pub channel: ConsentChannel,
    pub kind: ConsentKind,
    pub source: ConsentSource,
    pub occurred_at: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct CustomerDetail {
    pub customer: Customer,
    /// M6: the customer that was asked for, when it was merged into this one.
    pub merged_from: Option<Uuid>,
    pub vehicles: Vec<Vehicle>,
    pub work_orders: Vec<WorkOrder>,
    pub invoices: Vec<Invoice>,
    pub conversations: Vec<Conversation>,
    pub consent_events: Vec<ConsentEvent>,
}
