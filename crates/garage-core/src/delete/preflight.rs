//! D2, D3, D6: the pre-flight check, computed from the database inside whatever transaction the
//! caller holds, so the delete re-runs exactly what the dialog showed (D8).

use rusqlite::{params, Connection, OptionalExtension};
use uuid::Uuid;

use super::blockers::Blockers;
use super::types::{DeleteCheck, DeleteState};
use crate::conversations;
use crate::error::CoreError;
use crate::i18n::{Locale, Messages};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Preflight {
    pub customer_name: String,
    pub deleted: bool,
    /// What blocks the delete.
    pub blockers: Blockers,
    /// Active vehicles the delete would hide.
    pub vehicles: u32,
    /// Open and snoozed conversations the delete would close.
    pub closable_conversations: u32,
}

impl Preflight {
    pub fn is_blocked(&self) -> bool {
        !self.blockers.is_empty()
    }

    /// The dialog's view of this check, worded for `locale`.
    pub fn to_check(&self, customer_id: Uuid, messages: &Messages, locale: Locale) -> DeleteCheck {
        let n = |v: u32| i64::from(v).into();
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
            blockers: if state == DeleteState::AlreadyDeleted {
                Vec::new()
            } else {
                self.blockers.lines(messages, locale)
            },
            vehicles: self.vehicles,
            closed_conversations: self.closable_conversations,
            impact,
            token: super::token(locale).to_owned(),
        }
    }
}

const CUSTOMER_SQL: &str = "SELECT name, deleted_at IS NOT NULL FROM customers WHERE id = ?1";
const VEHICLES_SQL: &str = "SELECT count(*) FROM vehicles WHERE customer_id = ?1 AND deleted_at IS NULL AND active = 1";

/// The pre-flight's queries, each by customer (`?1`), in the order [`preflight`] runs them.
/// Issue 10: each must be answered from a by-customer index (tested), or a delete at 100k
/// customers walks a garage-wide index first.
#[cfg(test)]
pub(crate) fn queries() -> [&'static str; 7] {
    use crate::{invoices, work_orders};
    [
        CUSTOMER_SQL,
        work_orders::ACTIVE_COUNT_SQL,
        work_orders::BUSIEST_PLATE_SQL,
        // The partial index of unpaid invoices by customer (migration 0006) answers this.
        invoices::UNPAID_SQL,
        conversations::OPEN_COUNT_SQL,
        VEHICLES_SQL,
        conversations::OPEN_OR_SNOOZED_COUNT_SQL,
    ]
}

/// Runs the check for one customer. `NotFound` when there is no such customer.
pub fn preflight(conn: &Connection, customer_id: Uuid) -> Result<Preflight, CoreError> {
    let id = customer_id.to_string();
    let (customer_name, deleted): (String, bool) = conn
        .prepare_cached(CUSTOMER_SQL)?
        .query_row(params![id], |r| Ok((r.get(0)?, r.get(1)?)))
        .optional()?
        .ok_or(CoreError::NotFound("customer"))?;
    Ok(Preflight {
        customer_name,
        deleted,
        blockers: Blockers::of_customer(conn, customer_id)?,
        vehicles: conn.prepare_cached(VEHICLES_SQL)?.query_row(params![id], |r| r.get(0))?,
        closable_conversations: conversations::open_or_snoozed_count(conn, customer_id)?,
    })
}
