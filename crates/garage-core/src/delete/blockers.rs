//! What blocks a customer's delete (D3): one shape for the pre-flight, the dialog's check, the
//! server's refusal of a delete and the sync problem that tells the desk of it, and the one place
//! it is worded.

use rusqlite::Connection;
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use super::types::{Blocker, BlockerKind};
use crate::error::CoreError;
use crate::i18n::{money, Locale, Messages};
use crate::{conversations, invoices, plates, work_orders};

/// What blocks a customer's delete: how many of each kind ([`BlockerKind`]), what the unpaid
/// invoices still owe, and the plated vehicle holding the most active work orders. Nothing
/// blocks when every count is 0.
///
/// On the wire, in a refused delete's [`Rejection`](crate::sync::protocol::Rejection), it is a
/// list with one entry per kind that blocks, in [`BlockerKind::ALL`]'s order:
/// `{"kind": "invoices", "count": 2, "total_pence": 42560, "plate": null}`, `total_pence` set for
/// invoices and `plate` (`[plate, how many]`) for work orders.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(into = "Vec<WireBlocker>", from = "Vec<WireBlocker>")]
pub struct Blockers {
    pub active_work_orders: u32,
    /// The plated vehicle holding the most active work orders (its plate normalised), and how
    /// many it holds.
    pub busiest_plate: Option<(String, u32)>,
    pub unpaid_invoices: u32,
    pub unpaid_total_pence: i64,
    pub open_conversations: u32,
}

impl Blockers {
    /// What blocks `customer_id`'s delete now, each kind asked of its own module.
    pub fn of_customer(conn: &Connection, customer_id: Uuid) -> Result<Blockers, CoreError> {
        let (active_work_orders, busiest_plate) = work_orders::active_for_customer(conn, customer_id)?;
        let (unpaid_invoices, unpaid_total_pence) = invoices::unpaid_for_customer(conn, customer_id)?;
        Ok(Blockers {
            active_work_orders,
            busiest_plate,
            unpaid_invoices,
            unpaid_total_pence,
            open_conversations: conversations::open_count(conn, customer_id)?,
        })
    }

    /// Nothing blocks.
    pub fn is_empty(&self) -> bool {
        self.kinds().next().is_none()
    }

    /// How many of `kind` block.
    pub fn count(&self, kind: BlockerKind) -> u32 {
        match kind {
            BlockerKind::WorkOrders => self.active_work_orders,
            BlockerKind::Invoices => self.unpaid_invoices,
            BlockerKind::Conversations => self.open_conversations,
        }
    }

    /// The kinds that block, in [`BlockerKind::ALL`]'s order.
    pub fn kinds(&self) -> impl Iterator<Item = BlockerKind> + '_ {
        BlockerKind::ALL.into_iter().filter(|kind| self.count(*kind) > 0)
    }

    /// One line a kind that blocks, worded for `locale`: "3 active work orders (including 2 on
    /// AB12 CDE)", "2 unpaid invoices totalling £425.60", "1 active conversation". The dialog
    /// lists them; a sync problem joins them into its sentence.
    pub fn lines(&self, messages: &Messages, locale: Locale) -> Vec<Blocker> {
        self.kinds()
            .map(|kind| Blocker { kind, count: self.count(kind), text: self.sentence(kind, messages, locale) })
            .collect()
    }

    fn sentence(&self, kind: BlockerKind, messages: &Messages, locale: Locale) -> String {
        let n = |v: u32| i64::from(v).into();
        let count = self.count(kind);
        match kind {
            BlockerKind::WorkOrders => {
                let base = messages.format(locale, "delete-blocker-work-orders", &[("count", n(count))]);
                match &self.busiest_plate {
                    Some((plate, on_plate)) => messages.format(
                        locale,
                        "delete-blocker-work-orders-including",
                        &[
                            ("workOrders", base.into()),
                            ("onPlate", n(*on_plate)),
                            ("plate", plates::format(plate).into()),
                        ],
                    ),
                    None => base,
                }
            }
            BlockerKind::Invoices => messages.format(
                locale,
                "delete-blocker-invoices",
                &[("count", n(count)), ("total", money(locale, self.unpaid_total_pence).into())],
            ),
            BlockerKind::Conversations => {
                messages.format(locale, "delete-blocker-conversations", &[("count", n(count))])
            }
        }
    }
}

/// One kind of blocker as a refused delete carries it (the JSON desks and servers have always
/// exchanged, and kept in `sync_problems` and `applied_mutations`).
#[derive(Debug, Clone, Serialize, Deserialize)]
struct WireBlocker {
    kind: BlockerKind,
    count: u32,
    /// Set for unpaid invoices.
    #[serde(default)]
    total_pence: i64,
    /// Set for work orders when a plated vehicle holds some: (plate, how many).
    #[serde(default)]
    plate: Option<(String, u32)>,
}

impl From<Blockers> for Vec<WireBlocker> {
    fn from(blockers: Blockers) -> Vec<WireBlocker> {
        blockers
            .kinds()
            .map(|kind| WireBlocker {
                kind,
                count: blockers.count(kind),
                total_pence: if kind == BlockerKind::Invoices { blockers.unpaid_total_pence } else { 0 },
                plate: if kind == BlockerKind::WorkOrders { blockers.busiest_plate.clone() } else { None },
            })
            .collect()
    }
}

impl From<Vec<WireBlocker>> for Blockers {
    fn from(entries: Vec<WireBlocker>) -> Blockers {
        let mut blockers = Blockers::default();
        for entry in entries {
            match entry.kind {
                BlockerKind::WorkOrders => {
                    blockers.active_work_orders = blockers.active_work_orders.saturating_add(entry.count);
                    blockers.busiest_plate = blockers.busiest_plate.or(entry.plate);
                }
                BlockerKind::Invoices => {
                    blockers.unpaid_invoices = blockers.unpaid_invoices.saturating_add(entry.count);
                    blockers.unpaid_total_pence = blockers.unpaid_total_pence.saturating_add(entry.total_pence);
                }
                BlockerKind::Conversations => {
                    blockers.open_conversations = blockers.open_conversations.saturating_add(entry.count);
                }
            }
        }
        blockers
    }
}
