//! Work orders: their statuses and which are active (an active one blocks its customer's delete,
//! product.md §2), the rows the customer page and the work-order list (D4) show, and completing,
//! closing or cancelling one (D5).
//!
//! SQL reads the active ones through the view `active_work_orders` (migration 0010), whose
//! condition is [`WorkOrderStatus::is_active`]'s.

mod actions;
mod change;
mod queries;
mod types;

pub use actions::update_work_order;
pub use change::UpdateWorkOrder;
pub(crate) use queries::active_for_customer;
pub use queries::{for_customer, list_work_orders, work_order};
#[cfg(test)]
pub(crate) use queries::{ACTIVE_COUNT_SQL, BUSIEST_PLATE_SQL};
pub use types::*;

#[cfg(test)]
mod tests;
