import type { Permission } from "../ipc/bindings";

/** Each permission's label message. A `Record` over the generated `Permission` union: a permission
 * added in Rust fails the type-check here until it has a label. */
export const PERMISSION_LABEL: Record<Permission, string> = {
  "customers.view": "permission-customers-view",
  "customers.edit": "permission-customers-edit",
  "customers.delete": "permission-customers-delete",
  "customers.restore": "permission-customers-restore",
  "customers.merge": "permission-customers-merge",
  "work_orders.complete": "permission-work-orders-complete",
  "work_orders.close": "permission-work-orders-close",
  "work_orders.cancel": "permission-work-orders-cancel",
  "invoices.take_payment": "permission-invoices-take-payment",
  "invoices.void": "permission-invoices-void",
  "invoices.write_off": "permission-invoices-write-off",
  "conversations.close": "permission-conversations-close",
  "staff.manage_permissions": "permission-staff-manage-permissions",
};

/** Every permission, in the order the Staff and permissions table lists them (the labels' order). */
export const PERMISSION_ORDER = Object.keys(PERMISSION_LABEL) as readonly Permission[];
