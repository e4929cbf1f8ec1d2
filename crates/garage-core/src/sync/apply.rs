//! One change, under the rules, inside the caller's transaction: what a desk does when a user
//! acts, and what the central server does again when that change is pushed to it (S3). The
//! permission is read from the database each time, so a revocation bites at once.

use chrono::{DateTime, Utc};
use rusqlite::Connection;

use super::protocol::MutationKind;
use crate::audit::Actor;
use crate::delete::{self, Deleted};
use crate::error::CoreError;
use crate::merge::{self, Merged};
use crate::resolve::{self, ConversationListRow, InvoiceListRow, WorkOrderAction, WorkOrderListRow};
use crate::restore::{self, Restored};
use crate::staff::{self, Permission, StaffPermissions};

/// What applying a change did.
#[derive(Debug)]
pub enum Applied {
    Delete(Deleted),
    Restore(Restored),
    Merge(Merged),
    /// A delete undone on its desk, recorded so the rate limit counts it (D13).
    UndoneDelete,
    /// A pair marked "Not a duplicate": the dismissal's id.
    Dismissal(uuid::Uuid),
    WorkOrder(WorkOrderListRow),
    Invoice(InvoiceListRow),
    Conversation(ConversationListRow),
    StaffPermissions(StaffPermissions),
    Locale,
}

impl Applied {
    /// Whether anything was written (a delete stopped by a new blocker writes nothing).
    pub fn changed(&self) -> bool {
        !matches!(self, Applied::Delete(Deleted::Blocked(_)))
    }
}

/// The permission a change needs, if any (a user may always change their own language).
pub fn required_permission(kind: &MutationKind) -> Option<Permission> {
    Some(match kind {
        MutationKind::DeleteCustomer { .. } => Permission::CustomersDelete,
        MutationKind::RestoreCustomer { .. } => Permission::CustomersRestore,
        MutationKind::MergeCustomers { .. } | MutationKind::DismissDuplicate { .. } => Permission::CustomersMerge,
        MutationKind::UpdateWorkOrder { action: WorkOrderAction::Complete, .. } => Permission::WorkOrdersComplete,
        MutationKind::UpdateWorkOrder { action: WorkOrderAction::Close, .. } => Permission::WorkOrdersClose,
        MutationKind::UpdateWorkOrder { action: WorkOrderAction::Cancel, .. } => Permission::WorkOrdersCancel,
        MutationKind::TakePayment { .. } => Permission::InvoicesTakePayment,
        MutationKind::VoidInvoice { .. } => Permission::InvoicesVoid,
        MutationKind::WriteOffInvoice { .. } => Permission::InvoicesWriteOff,
        MutationKind::CloseConversation { .. } => Permission::ConversationsClose,
        MutationKind::SetStaffPermission { .. } => Permission::StaffManagePermissions,
        // Recording what the person did already: their permission may have changed since.
        MutationKind::SetLocale { .. } | MutationKind::RecordUndoneDelete { .. } => return None,
    })
}

pub fn apply(tx: &Connection, actor: &Actor, now: DateTime<Utc>, kind: &MutationKind) -> Result<Applied, CoreError> {
    if let Some(permission) = required_permission(kind) {
        if !staff::effective_permissions(tx, actor.staff_id)?.contains(&permission) {
            return Err(CoreError::PermissionDenied(permission.id()));
        }
    }
    Ok(match kind {
        MutationKind::DeleteCustomer { customer_id, token, locale } => {
            if !delete::token_matches(*locale, token) {
                return Err(CoreError::WrongToken);
            }
            Applied::Delete(delete::delete_in(tx, actor, now, *customer_id, &mut delete::no_fault)?)
        }
        MutationKind::RecordUndoneDelete { customer_id, batch_id } => {
            delete::record_undone_in(tx, actor, *customer_id, *batch_id)?;
            Applied::UndoneDelete
        }
        MutationKind::RestoreCustomer { customer_id, batch_id } => {
            Applied::Restore(restore::restore_in(tx, actor, *customer_id, *batch_id, &mut delete::no_fault)?)
        }
        MutationKind::MergeCustomers { survivor_id, merged_ids, values, token, locale } => {
            if !merge::token_matches(*locale, token) {
                return Err(CoreError::WrongMergeToken);
            }
            Applied::Merge(merge::merge_in(tx, actor, *survivor_id, merged_ids, values)?)
        }
        MutationKind::DismissDuplicate { customer_a, customer_b } => {
            Applied::Dismissal(merge::dismiss_in(tx, actor, *customer_a, *customer_b)?)
        }
        MutationKind::UpdateWorkOrder { work_order_id, action } => {
            Applied::WorkOrder(resolve::update_work_order(tx, actor, *work_order_id, *action)?)
        }
        MutationKind::TakePayment { invoice_id, amount_pence } => {
            Applied::Invoice(resolve::take_payment(tx, actor, *invoice_id, *amount_pence)?)
        }
        MutationKind::VoidInvoice { invoice_id, reason } => {
            Applied::Invoice(resolve::void_invoice(tx, actor, *invoice_id, reason)?)
        }
        MutationKind::WriteOffInvoice { invoice_id, reason } => {
            Applied::Invoice(resolve::write_off_invoice(tx, actor, *invoice_id, reason)?)
        }
        MutationKind::CloseConversation { conversation_id } => {
            Applied::Conversation(resolve::close_conversation(tx, actor, *conversation_id)?)
        }
        MutationKind::SetStaffPermission { staff_id, permission, setting } => {
            Applied::StaffPermissions(staff::set_staff_permission(tx, actor, now, *staff_id, *permission, *setting)?)
        }
        MutationKind::SetLocale { locale } => {
            staff::set_locale(tx, actor.staff_id, *locale, &actor.now)?;
            Applied::Locale
        }
    })
}

/// The rows change `mutation_id` wrote, as (table, key): shielded from pulls until the server
/// answers, and put back as the server holds them if it refuses the change.
pub fn touched_rows(
    tx: &Connection,
    mutation_id: uuid::Uuid,
    kind: &MutationKind,
    applied: &Applied,
) -> Result<Vec<(&'static str, String)>, CoreError> {
    let mut rows = Vec::new();
    match (kind, applied) {
        (MutationKind::DeleteCustomer { customer_id, .. }, Applied::Delete(Deleted::Done { batch_id, .. })) => {
            rows.push(("customers", customer_id.to_string()));
            rows.push(("delete_batches", batch_id.to_string()));
            for (table, column) in [
                ("vehicles", "delete_batch_id"),
                ("registrations", "ended_by_batch_id"),
                ("conversations", "delete_batch_id"),
            ] {
                let mut stmt = tx.prepare_cached(&format!("SELECT id FROM {table} WHERE {column} = ?1"))?;
                let ids = stmt.query_map([batch_id.to_string()], |r| r.get::<_, String>(0))?;
                for id in ids {
                    rows.push((table, id?));
                }
            }
        }
        (MutationKind::RestoreCustomer { customer_id, batch_id }, Applied::Restore(restored)) => {
            rows.push(("customers", customer_id.to_string()));
            rows.push(("delete_batches", batch_id.to_string()));
            let put_back = &restored.put_back;
            for (table, ids) in [
                ("vehicles", &put_back.vehicles),
                ("registrations", &put_back.registrations),
                ("conversations", &put_back.conversations),
            ] {
                rows.extend(ids.iter().map(|id| (table, id.to_string())));
            }
        }
        (MutationKind::MergeCustomers { .. }, Applied::Merge(merged)) => {
            rows.push(("customers", merged.survivor_id.to_string()));
            rows.extend(merged.merged_ids.iter().map(|id| ("customers", id.to_string())));
            rows.push(("merge_batches", merged.batch_id.to_string()));
            for moved in &merged.moved {
                if let Some((table, _)) = merge::MOVED_TABLES.iter().find(|(t, _)| *t == moved.table) {
                    rows.push((*table, moved.id.to_string()));
                }
            }
        }
        (MutationKind::DismissDuplicate { .. }, Applied::Dismissal(id)) => {
            rows.push(("duplicate_dismissals", id.to_string()));
        }
        (_, Applied::WorkOrder(row)) => rows.push(("work_orders", row.id.to_string())),
        (MutationKind::TakePayment { .. }, Applied::Invoice(row)) => {
            rows.push(("invoices", row.id.to_string()));
            rows.push(("payments", super::protocol::derived_id(mutation_id, "payment").to_string()));
        }
        (MutationKind::RecordUndoneDelete { batch_id, .. }, _) => {
            rows.push(("delete_batches", batch_id.to_string()));
        }
        (_, Applied::Invoice(row)) => rows.push(("invoices", row.id.to_string())),
        (_, Applied::Conversation(row)) => rows.push(("conversations", row.id.to_string())),
        (MutationKind::SetStaffPermission { staff_id, permission, .. }, _) => {
            rows.push(("staff_permission_overrides", format!("{staff_id}|{}", permission.id())));
        }
        _ => {}
    }
    Ok(rows)
}
