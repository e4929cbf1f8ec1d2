//! The desk's side of restoring a deleted customer after the undo window (R1–R8): the
//! permission around the core's check and restore. The restore is queued for the central
//! server like any change (R6).

use uuid::Uuid;

use super::Desk;
use crate::error::CoreError;
use crate::restore::{self, RestoreCheck, RestoreResult};
use crate::staff::Permission;

impl Desk {
    /// R2–R4: what restoring the customer's current delete would put back, for the dialog.
    pub fn check_restore(&self, customer_id: Uuid) -> Result<RestoreCheck, CoreError> {
        self.require(Permission::CustomersRestore)?;
        let plan = restore::plan(&self.connection(), customer_id)?;
        Ok(plan.to_check(customer_id, &self.messages, self.locale()))
    }

    /// R1–R6, R8: restores `customer_id` from its delete `batch_id` (the one the dialog showed),
    /// in one transaction that also queues it for the server.
    pub fn restore_customer(&self, customer_id: Uuid, batch_id: Uuid) -> Result<RestoreResult, CoreError> {
        let (_, restored) = self.mutate(restore::RestoreCustomer { customer_id, batch_id })?;
        // A delete restored while its undo window was still open here has nothing left to undo,
        // and its push need not wait for the window any more.
        self.pending().remove(&batch_id);
        Ok(restored.to_result(&self.messages, self.locale()))
    }
}
