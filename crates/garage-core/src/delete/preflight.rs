//! D2, D3, D6: the pre-flight check, computed from the database inside whatever transaction the
//! caller holds, so the delete re-runs exactly what the dialog showed (D8).

use rusqlite::{params, Connection, OptionalExtension};
use uuid::Uuid;

use super::types::{Blocker, BlockerKind, DeleteCheck, DeleteState};
use crate::error::CoreError;
use crate::i18n::{money, Locale, Messages};
use crate::plates;

/// The statuses of a work order that block a delete (product.md §2), as SQL.
pub const ACTIVE_WORK_ORDER_SQL: &str =
    "('booked', 'in_progress', 'awaiting_parts', 'awaiting_authorisation', 'ready_for_collection')";

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Preflight {
    pub customer_name: String,
    pub deleted: bool,
    pub active_work_orders: u32,
    /// The plated vehicle holding the most active work orders, and how many it holds.
    pub busiest_plate: Option<(String, u32)>,
    pub unpaid_invoices: u32,
    pub unpaid_total_pence: i64,
    pub active_conversations: u32,
    /// Active vehicles the delete would hide.
    pub vehicles: u32,
    /// Open and snoozed conversations the delete would close.
    pub closable_conversations: u32,
}

impl Preflight {
    pub fn is_blocked(&self) -> bool {
        self.active_work_orders > 0 || self.unpaid_invoices > 0 || self.active_conversations > 0
    }

    /// The dialog's view of this check, worded for `locale`.
    pub fn to_check(&self, customer_id: Uuid, messages: &Messages, locale: Locale) -> DeleteCheck {
        let n = |v: u32| i64::from(v).into();
        let mut blockers = Vec::new();
        if self.active_work_orders > 0 {
            let base = messages.format(locale, "delete-blocker-work-orders", &[("count", n(self.active_work_orders))]);
            let text = match &self.busiest_plate {
                Some((plate, on_plate)) => messages.format(
                    locale,
                    "delete-blocker-work-orders-including",
                    &[("workOrders", base.into()), ("onPlate", n(*on_plate)), ("plate", plates::format(plate).into())],
                ),
                None => base,
            };
            blockers.push(Blocker { kind: BlockerKind::WorkOrders, count: self.active_work_orders, text });
        }
        if self.unpaid_invoices > 0 {
            let text = messages.format(
                locale,
                "delete-blocker-invoices",
                &[("count", n(self.unpaid_invoices)), ("total", money(locale, self.unpaid_total_pence).into())],
            );
            blockers.push(Blocker { kind: BlockerKind::Invoices, count: self.unpaid_invoices, text });
        }
        if self.active_conversations > 0 {
            let text =
                messages.format(locale, "delete-blocker-conversations", &[("count", n(self.active_conversations))]);
            blockers.push(Blocker { kind: BlockerKind::Conversations, count: self.active_conversations, text });
        }
        let state = if self.deleted {
            DeleteState::AlreadyDeleted
        } else if self.is_blocked() {
            DeleteState::Blocked
        } else {
            DeleteState::Confirm
        };
        let impact = if state == DeleteState::Confirm {
            messages.format(
                locale,
                "delete-impact",
                &[("vehicles", n(self.vehicles)), ("conversations", n(self.closable_conversations))],
            )
        } else {
            String::new()
        };
        DeleteCheck {
            customer_id,
            customer_name: self.customer_name.clone(),
            state,
            blockers: if state == DeleteState::AlreadyDeleted { Vec::new() } else { blockers },
            vehicles: self.vehicles,
            closed_conversations: self.closable_conversations,
            impact,
            token: super::token(locale).to_owned(),
        }
    }
}

/// The pre-flight's queries, each by customer (`?1`), in the order [`preflight`] runs them.
/// Issue 10: each must be answered from a by-customer index (tested), or a delete at 100k
/// customers walks a garage-wide index first.
pub(crate) fn queries() -> [String; 7] {
    [
        "SELECT name, deleted_at IS NOT NULL FROM customers WHERE id = ?1".to_owned(),
        format!("SELECT count(*) FROM work_orders WHERE customer_id = ?1 AND status IN {ACTIVE_WORK_ORDER_SQL}"),
        format!(
            "SELECT r.plate, count(*) AS n FROM work_orders w
               JOIN registrations r ON r.vehicle_id = w.vehicle_id AND r.valid_to IS NULL
              WHERE w.customer_id = ?1 AND w.status IN {ACTIVE_WORK_ORDER_SQL}
              GROUP BY w.vehicle_id ORDER BY n DESC, r.plate LIMIT 1"
        ),
        // The partial index of unpaid invoices by customer (migration 0006) answers this.
        "SELECT count(*), coalesce(sum(outstanding_pence), 0) FROM invoices
          WHERE customer_id = ?1 AND status = 'issued' AND outstanding_pence > 0"
            .to_owned(),
        "SELECT count(*) FROM conversations WHERE customer_id = ?1 AND status = 'open'".to_owned(),
        "SELECT count(*) FROM vehicles WHERE customer_id = ?1 AND deleted_at IS NULL AND active = 1".to_owned(),
        "SELECT count(*) FROM conversations WHERE customer_id = ?1 AND status IN ('open', 'snoozed')".to_owned(),
    ]
}

/// Runs the check for one customer. `NotFound` when there is no such customer.
pub fn preflight(conn: &Connection, customer_id: Uuid) -> Result<Preflight, CoreError> {
    let id = customer_id.to_string();
    let [customer, work_orders, plate, invoices, open_conversations, vehicles, closable] = queries();
    let (customer_name, deleted): (String, bool) = conn
        .prepare_cached(&customer)?
        .query_row(params![id], |r| Ok((r.get(0)?, r.get(1)?)))
        .optional()?
        .ok_or(CoreError::NotFound("customer"))?;
    let count =
        |sql: &str| -> Result<u32, CoreError> { Ok(conn.prepare_cached(sql)?.query_row(params![id], |r| r.get(0))?) };
    let active_work_orders = count(&work_orders)?;
    let busiest_plate =
        conn.prepare_cached(&plate)?.query_row(params![id], |r| Ok((r.get(0)?, r.get(1)?))).optional()?;
    let (unpaid_invoices, unpaid_total_pence): (u32, i64) =
        conn.prepare_cached(&invoices)?.query_row(params![id], |r| Ok((r.get(0)?, r.get(1)?)))?;
    Ok(Preflight {
        customer_name,
        deleted,
        active_work_orders,
        busiest_plate,
        unpaid_invoices,
        unpaid_total_pence,
        active_conversations: count(&open_conversations)?,
        vehicles: count(&vehicles)?,
        closable_conversations: count(&closable)?,
    })
}
