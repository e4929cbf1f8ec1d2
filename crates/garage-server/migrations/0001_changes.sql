-- The central server's change log (product.md S4): the LATEST state of every synced row, one
-- entry per row. Each insert or real update of a synced table moves its row to a new `seq`, so a
-- device that asks for everything after its cursor gets every row that changed since. Each trigger
-- lists every column of the shared schema; a unit test (database::tests) fails if one is missing.
-- Not synced: device, roles, permissions, role_permissions (static), customer_search_terms
-- (derived on each desk) and the sync_* tables (each desk's own).

CREATE TABLE sync_changes (
    seq         INTEGER PRIMARY KEY AUTOINCREMENT,
    table_name  TEXT NOT NULL,
    row_key     TEXT NOT NULL,
    row         TEXT CHECK (row IS NULL OR json_valid(row)),
    UNIQUE (table_name, row_key)
);

-- staff_users
CREATE TRIGGER sync_staff_users_insert AFTER INSERT ON staff_users
BEGIN
    DELETE FROM sync_changes WHERE table_name = 'staff_users' AND row_key = NEW.id;
    INSERT INTO sync_changes (table_name, row_key, row) VALUES ('staff_users', NEW.id, json_object(
        'id', NEW.id,
        'display_name', NEW.display_name,
        'role_id', NEW.role_id,
        'locale', NEW.locale,
        'pin_hash', NEW.pin_hash,
        'failed_attempts', NEW.failed_attempts,
        'locked_until', NEW.locked_until,
        'active', NEW.active,
        'created_at', NEW.created_at,
        'updated_at', NEW.updated_at));
END;
CREATE TRIGGER sync_staff_users_update AFTER UPDATE ON staff_users
WHEN OLD.id IS NOT NEW.id
     OR OLD.display_name IS NOT NEW.display_name
     OR OLD.role_id IS NOT NEW.role_id
     OR OLD.locale IS NOT NEW.locale
     OR OLD.pin_hash IS NOT NEW.pin_hash
     OR OLD.failed_attempts IS NOT NEW.failed_attempts
     OR OLD.locked_until IS NOT NEW.locked_until
     OR OLD.active IS NOT NEW.active
     OR OLD.created_at IS NOT NEW.created_at
     OR OLD.updated_at IS NOT NEW.updated_at
BEGIN
    DELETE FROM sync_changes WHERE table_name = 'staff_users' AND row_key IN (OLD.id, NEW.id);
    INSERT INTO sync_changes (table_name, row_key, row) VALUES ('staff_users', NEW.id, json_object(
        'id', NEW.id,
        'display_name', NEW.display_name,
        'role_id', NEW.role_id,
        'locale', NEW.locale,
        'pin_hash', NEW.pin_hash,
        'failed_attempts', NEW.failed_attempts,
        'locked_until', NEW.locked_until,
        'active', NEW.active,
        'created_at', NEW.created_at,
        'updated_at', NEW.updated_at));
END;
INSERT INTO sync_changes (table_name, row_key, row)
SELECT 'staff_users', staff_users.id, json_object(
        'id', staff_users.id,
        'display_name', staff_users.display_name,
        'role_id', staff_users.role_id,
        'locale', staff_users.locale,
        'pin_hash', staff_users.pin_hash,
        'failed_attempts', staff_users.failed_attempts,
        'locked_until', staff_users.locked_until,
        'active', staff_users.active,
        'created_at', staff_users.created_at,
        'updated_at', staff_users.updated_at)
  FROM staff_users;

-- staff_permission_overrides
CREATE TRIGGER sync_staff_permission_overrides_insert AFTER INSERT ON staff_permission_overrides
BEGIN
    DELETE FROM sync_changes WHERE table_name = 'staff_permission_overrides' AND row_key = NEW.staff_id || '|' || NEW.permission;
    INSERT INTO sync_changes (table_name, row_key, row) VALUES ('staff_permission_overrides', NEW.staff_id || '|' || NEW.permission, json_object(
        'staff_id', NEW.staff_id,
        'permission', NEW.permission,
        'effect', NEW.effect,
        'set_by', NEW.set_by,
        'set_at', NEW.set_at));
END;
CREATE TRIGGER sync_staff_permission_overrides_update AFTER UPDATE ON staff_permission_overrides
WHEN OLD.staff_id IS NOT NEW.staff_id
     OR OLD.permission IS NOT NEW.permission
     OR OLD.effect IS NOT NEW.effect
     OR OLD.set_by IS NOT NEW.set_by
     OR OLD.set_at IS NOT NEW.set_at
BEGIN
    DELETE FROM sync_changes WHERE table_name = 'staff_permission_overrides' AND row_key IN (OLD.staff_id || '|' || OLD.permission, NEW.staff_id || '|' || NEW.permission);
    INSERT INTO sync_changes (table_name, row_key, row) VALUES ('staff_permission_overrides', NEW.staff_id || '|' || NEW.permission, json_object(
        'staff_id', NEW.staff_id,
        'permission', NEW.permission,
        'effect', NEW.effect,
        'set_by', NEW.set_by,
        'set_at', NEW.set_at));
END;
CREATE TRIGGER sync_staff_permission_overrides_delete AFTER DELETE ON staff_permission_overrides
BEGIN
    DELETE FROM sync_changes WHERE table_name = 'staff_permission_overrides' AND row_key = OLD.staff_id || '|' || OLD.permission;
    INSERT INTO sync_changes (table_name, row_key, row) VALUES ('staff_permission_overrides', OLD.staff_id || '|' || OLD.permission, NULL);
END;
INSERT INTO sync_changes (table_name, row_key, row)
SELECT 'staff_permission_overrides', staff_permission_overrides.staff_id || '|' || staff_permission_overrides.permission, json_object(
        'staff_id', staff_permission_overrides.staff_id,
        'permission', staff_permission_overrides.permission,
        'effect', staff_permission_overrides.effect,
        'set_by', staff_permission_overrides.set_by,
        'set_at', staff_permission_overrides.set_at)
  FROM staff_permission_overrides;

-- customers
CREATE TRIGGER sync_customers_insert AFTER INSERT ON customers
BEGIN
    DELETE FROM sync_changes WHERE table_name = 'customers' AND row_key = NEW.id;
    INSERT INTO sync_changes (table_name, row_key, row) VALUES ('customers', NEW.id, json_object(
        'id', NEW.id,
        'name', NEW.name,
        'phone', NEW.phone,
        'email', NEW.email,
        'address_line', NEW.address_line,
        'town', NEW.town,
        'postcode', NEW.postcode,
        'created_at', NEW.created_at,
        'updated_at', NEW.updated_at,
        'deleted_at', NEW.deleted_at,
        'deleted_by', NEW.deleted_by,
        'delete_batch_id', NEW.delete_batch_id));
END;
CREATE TRIGGER sync_customers_update AFTER UPDATE ON customers
WHEN OLD.id IS NOT NEW.id
     OR OLD.name IS NOT NEW.name
     OR OLD.phone IS NOT NEW.phone
     OR OLD.email IS NOT NEW.email
     OR OLD.address_line IS NOT NEW.address_line
     OR OLD.town IS NOT NEW.town
     OR OLD.postcode IS NOT NEW.postcode
     OR OLD.created_at IS NOT NEW.created_at
     OR OLD.updated_at IS NOT NEW.updated_at
     OR OLD.deleted_at IS NOT NEW.deleted_at
     OR OLD.deleted_by IS NOT NEW.deleted_by
     OR OLD.delete_batch_id IS NOT NEW.delete_batch_id
BEGIN
    DELETE FROM sync_changes WHERE table_name = 'customers' AND row_key IN (OLD.id, NEW.id);
    INSERT INTO sync_changes (table_name, row_key, row) VALUES ('customers', NEW.id, json_object(
        'id', NEW.id,
        'name', NEW.name,
        'phone', NEW.phone,
        'email', NEW.email,
        'address_line', NEW.address_line,
        'town', NEW.town,
        'postcode', NEW.postcode,
        'created_at', NEW.created_at,
        'updated_at', NEW.updated_at,
        'deleted_at', NEW.deleted_at,
        'deleted_by', NEW.deleted_by,
        'delete_batch_id', NEW.delete_batch_id));
END;
INSERT INTO sync_changes (table_name, row_key, row)
SELECT 'customers', customers.id, json_object(
        'id', customers.id,
        'name', customers.name,
        'phone', customers.phone,
        'email', customers.email,
        'address_line', customers.address_line,
        'town', customers.town,
        'postcode', customers.postcode,
        'created_at', customers.created_at,
        'updated_at', customers.updated_at,
        'deleted_at', customers.deleted_at,
        'deleted_by', customers.deleted_by,
        'delete_batch_id', customers.delete_batch_id)
  FROM customers;

-- vehicles
CREATE TRIGGER sync_vehicles_insert AFTER INSERT ON vehicles
BEGIN
    DELETE FROM sync_changes WHERE table_name = 'vehicles' AND row_key = NEW.id;
    INSERT INTO sync_changes (table_name, row_key, row) VALUES ('vehicles', NEW.id, json_object(
        'id', NEW.id,
        'customer_id', NEW.customer_id,
        'make', NEW.make,
        'model', NEW.model,
        'colour', NEW.colour,
        'year', NEW.year,
        'active', NEW.active,
        'created_at', NEW.created_at,
        'updated_at', NEW.updated_at,
        'deleted_at', NEW.deleted_at,
        'deleted_by', NEW.deleted_by,
        'delete_batch_id', NEW.delete_batch_id));
END;
CREATE TRIGGER sync_vehicles_update AFTER UPDATE ON vehicles
WHEN OLD.id IS NOT NEW.id
     OR OLD.customer_id IS NOT NEW.customer_id
     OR OLD.make IS NOT NEW.make
     OR OLD.model IS NOT NEW.model
     OR OLD.colour IS NOT NEW.colour
     OR OLD.year IS NOT NEW.year
     OR OLD.active IS NOT NEW.active
     OR OLD.created_at IS NOT NEW.created_at
     OR OLD.updated_at IS NOT NEW.updated_at
     OR OLD.deleted_at IS NOT NEW.deleted_at
     OR OLD.deleted_by IS NOT NEW.deleted_by
     OR OLD.delete_batch_id IS NOT NEW.delete_batch_id
BEGIN
    DELETE FROM sync_changes WHERE table_name = 'vehicles' AND row_key IN (OLD.id, NEW.id);
    INSERT INTO sync_changes (table_name, row_key, row) VALUES ('vehicles', NEW.id, json_object(
        'id', NEW.id,
        'customer_id', NEW.customer_id,
        'make', NEW.make,
        'model', NEW.model,
        'colour', NEW.colour,
        'year', NEW.year,
        'active', NEW.active,
        'created_at', NEW.created_at,
        'updated_at', NEW.updated_at,
        'deleted_at', NEW.deleted_at,
        'deleted_by', NEW.deleted_by,
        'delete_batch_id', NEW.delete_batch_id));
END;
INSERT INTO sync_changes (table_name, row_key, row)
SELECT 'vehicles', vehicles.id, json_object(
        'id', vehicles.id,
        'customer_id', vehicles.customer_id,
        'make', vehicles.make,
        'model', vehicles.model,
        'colour', vehicles.colour,
        'year', vehicles.year,
        'active', vehicles.active,
        'created_at', vehicles.created_at,
        'updated_at', vehicles.updated_at,
        'deleted_at', vehicles.deleted_at,
        'deleted_by', vehicles.deleted_by,
        'delete_batch_id', vehicles.delete_batch_id)
  FROM vehicles;

-- registrations
CREATE TRIGGER sync_registrations_insert AFTER INSERT ON registrations
BEGIN
    DELETE FROM sync_changes WHERE table_name = 'registrations' AND row_key = NEW.id;
    INSERT INTO sync_changes (table_name, row_key, row) VALUES ('registrations', NEW.id, json_object(
        'id', NEW.id,
        'vehicle_id', NEW.vehicle_id,
        'plate', NEW.plate,
        'valid_from', NEW.valid_from,
        'valid_to', NEW.valid_to,
        'ended_by_batch_id', NEW.ended_by_batch_id));
END;
CREATE TRIGGER sync_registrations_update AFTER UPDATE ON registrations
WHEN OLD.id IS NOT NEW.id
     OR OLD.vehicle_id IS NOT NEW.vehicle_id
     OR OLD.plate IS NOT NEW.plate
     OR OLD.valid_from IS NOT NEW.valid_from
     OR OLD.valid_to IS NOT NEW.valid_to
     OR OLD.ended_by_batch_id IS NOT NEW.ended_by_batch_id
BEGIN
    DELETE FROM sync_changes WHERE table_name = 'registrations' AND row_key IN (OLD.id, NEW.id);
    INSERT INTO sync_changes (table_name, row_key, row) VALUES ('registrations', NEW.id, json_object(
        'id', NEW.id,
        'vehicle_id', NEW.vehicle_id,
        'plate', NEW.plate,
        'valid_from', NEW.valid_from,
        'valid_to', NEW.valid_to,
        'ended_by_batch_id', NEW.ended_by_batch_id));
END;
INSERT INTO sync_changes (table_name, row_key, row)
SELECT 'registrations', registrations.id, json_object(
        'id', registrations.id,
        'vehicle_id', registrations.vehicle_id,
        'plate', registrations.plate,
        'valid_from', registrations.valid_from,
        'valid_to', registrations.valid_to,
        'ended_by_batch_id', registrations.ended_by_batch_id)
  FROM registrations;

-- work_orders
CREATE TRIGGER sync_work_orders_insert AFTER INSERT ON work_orders
BEGIN
    DELETE FROM sync_changes WHERE table_name = 'work_orders' AND row_key = NEW.id;
    INSERT INTO sync_changes (table_name, row_key, row) VALUES ('work_orders', NEW.id, json_object(
        'id', NEW.id,
        'number', NEW.number,
        'customer_id', NEW.customer_id,
        'vehicle_id', NEW.vehicle_id,
        'description', NEW.description,
        'status', NEW.status,
        'created_at', NEW.created_at,
        'updated_at', NEW.updated_at));
END;
CREATE TRIGGER sync_work_orders_update AFTER UPDATE ON work_orders
WHEN OLD.id IS NOT NEW.id
     OR OLD.number IS NOT NEW.number
     OR OLD.customer_id IS NOT NEW.customer_id
     OR OLD.vehicle_id IS NOT NEW.vehicle_id
     OR OLD.description IS NOT NEW.description
     OR OLD.status IS NOT NEW.status
     OR OLD.created_at IS NOT NEW.created_at
     OR OLD.updated_at IS NOT NEW.updated_at
BEGIN
    DELETE FROM sync_changes WHERE table_name = 'work_orders' AND row_key IN (OLD.id, NEW.id);
    INSERT INTO sync_changes (table_name, row_key, row) VALUES ('work_orders', NEW.id, json_object(
        'id', NEW.id,
        'number', NEW.number,
        'customer_id', NEW.customer_id,
        'vehicle_id', NEW.vehicle_id,
        'description', NEW.description,
        'status', NEW.status,
        'created_at', NEW.created_at,
        'updated_at', NEW.updated_at));
END;
INSERT INTO sync_changes (table_name, row_key, row)
SELECT 'work_orders', work_orders.id, json_object(
        'id', work_orders.id,
        'number', work_orders.number,
        'customer_id', work_orders.customer_id,
        'vehicle_id', work_orders.vehicle_id,
        'description', work_orders.description,
        'status', work_orders.status,
        'created_at', work_orders.created_at,
        'updated_at', work_orders.updated_at)
  FROM work_orders;

-- invoices
CREATE TRIGGER sync_invoices_insert AFTER INSERT ON invoices
BEGIN
    DELETE FROM sync_changes WHERE table_name = 'invoices' AND row_key = NEW.id;
    INSERT INTO sync_changes (table_name, row_key, row) VALUES ('invoices', NEW.id, json_object(
        'id', NEW.id,
        'number', NEW.number,
        'customer_id', NEW.customer_id,
        'work_order_id', NEW.work_order_id,
        'status', NEW.status,
        'issued_at', NEW.issued_at,
        'total_pence', NEW.total_pence,
        'outstanding_pence', NEW.outstanding_pence,
        'billed_name', NEW.billed_name,
        'billed_address', NEW.billed_address,
        'billed_postcode', NEW.billed_postcode,
        'status_reason', NEW.status_reason,
        'created_at', NEW.created_at,
        'updated_at', NEW.updated_at));
END;
CREATE TRIGGER sync_invoices_update AFTER UPDATE ON invoices
WHEN OLD.id IS NOT NEW.id
     OR OLD.number IS NOT NEW.number
     OR OLD.customer_id IS NOT NEW.customer_id
     OR OLD.work_order_id IS NOT NEW.work_order_id
     OR OLD.status IS NOT NEW.status
     OR OLD.issued_at IS NOT NEW.issued_at
     OR OLD.total_pence IS NOT NEW.total_pence
     OR OLD.outstanding_pence IS NOT NEW.outstanding_pence
     OR OLD.billed_name IS NOT NEW.billed_name
     OR OLD.billed_address IS NOT NEW.billed_address
     OR OLD.billed_postcode IS NOT NEW.billed_postcode
     OR OLD.status_reason IS NOT NEW.status_reason
     OR OLD.created_at IS NOT NEW.created_at
     OR OLD.updated_at IS NOT NEW.updated_at
BEGIN
    DELETE FROM sync_changes WHERE table_name = 'invoices' AND row_key IN (OLD.id, NEW.id);
    INSERT INTO sync_changes (table_name, row_key, row) VALUES ('invoices', NEW.id, json_object(
        'id', NEW.id,
        'number', NEW.number,
        'customer_id', NEW.customer_id,
        'work_order_id', NEW.work_order_id,
        'status', NEW.status,
        'issued_at', NEW.issued_at,
        'total_pence', NEW.total_pence,
        'outstanding_pence', NEW.outstanding_pence,
        'billed_name', NEW.billed_name,
        'billed_address', NEW.billed_address,
        'billed_postcode', NEW.billed_postcode,
        'status_reason', NEW.status_reason,
        'created_at', NEW.created_at,
        'updated_at', NEW.updated_at));
END;
INSERT INTO sync_changes (table_name, row_key, row)
SELECT 'invoices', invoices.id, json_object(
        'id', invoices.id,
        'number', invoices.number,
        'customer_id', invoices.customer_id,
        'work_order_id', invoices.work_order_id,
        'status', invoices.status,
        'issued_at', invoices.issued_at,
        'total_pence', invoices.total_pence,
        'outstanding_pence', invoices.outstanding_pence,
        'billed_name', invoices.billed_name,
        'billed_address', invoices.billed_address,
        'billed_postcode', invoices.billed_postcode,
        'status_reason', invoices.status_reason,
        'created_at', invoices.created_at,
        'updated_at', invoices.updated_at)
  FROM invoices;

-- payments
CREATE TRIGGER sync_payments_insert AFTER INSERT ON payments
BEGIN
    DELETE FROM sync_changes WHERE table_name = 'payments' AND row_key = NEW.id;
    INSERT INTO sync_changes (table_name, row_key, row) VALUES ('payments', NEW.id, json_object(
        'id', NEW.id,
        'invoice_id', NEW.invoice_id,
        'amount_pence', NEW.amount_pence,
        'method', NEW.method,
        'taken_by', NEW.taken_by,
        'taken_at', NEW.taken_at));
END;
CREATE TRIGGER sync_payments_update AFTER UPDATE ON payments
WHEN OLD.id IS NOT NEW.id
     OR OLD.invoice_id IS NOT NEW.invoice_id
     OR OLD.amount_pence IS NOT NEW.amount_pence
     OR OLD.method IS NOT NEW.method
     OR OLD.taken_by IS NOT NEW.taken_by
     OR OLD.taken_at IS NOT NEW.taken_at
BEGIN
    DELETE FROM sync_changes WHERE table_name = 'payments' AND row_key IN (OLD.id, NEW.id);
    INSERT INTO sync_changes (table_name, row_key, row) VALUES ('payments', NEW.id, json_object(
        'id', NEW.id,
        'invoice_id', NEW.invoice_id,
        'amount_pence', NEW.amount_pence,
        'method', NEW.method,
        'taken_by', NEW.taken_by,
        'taken_at', NEW.taken_at));
END;
INSERT INTO sync_changes (table_name, row_key, row)
SELECT 'payments', payments.id, json_object(
        'id', payments.id,
        'invoice_id', payments.invoice_id,
        'amount_pence', payments.amount_pence,
        'method', payments.method,
        'taken_by', payments.taken_by,
        'taken_at', payments.taken_at)
  FROM payments;

-- conversations
CREATE TRIGGER sync_conversations_insert AFTER INSERT ON conversations
BEGIN
    DELETE FROM sync_changes WHERE table_name = 'conversations' AND row_key = NEW.id;
    INSERT INTO sync_changes (table_name, row_key, row) VALUES ('conversations', NEW.id, json_object(
        'id', NEW.id,
        'customer_id', NEW.customer_id,
        'channel', NEW.channel,
        'subject', NEW.subject,
        'last_message', NEW.last_message,
        'status', NEW.status,
        'snoozed_until', NEW.snoozed_until,
        'last_message_at', NEW.last_message_at,
        'status_before_delete', NEW.status_before_delete,
        'delete_batch_id', NEW.delete_batch_id,
        'created_at', NEW.created_at,
        'updated_at', NEW.updated_at));
END;
CREATE TRIGGER sync_conversations_update AFTER UPDATE ON conversations
WHEN OLD.id IS NOT NEW.id
     OR OLD.customer_id IS NOT NEW.customer_id
     OR OLD.channel IS NOT NEW.channel
     OR OLD.subject IS NOT NEW.subject
     OR OLD.last_message IS NOT NEW.last_message
     OR OLD.status IS NOT NEW.status
     OR OLD.snoozed_until IS NOT NEW.snoozed_until
     OR OLD.last_message_at IS NOT NEW.last_message_at
     OR OLD.status_before_delete IS NOT NEW.status_before_delete
     OR OLD.delete_batch_id IS NOT NEW.delete_batch_id
     OR OLD.created_at IS NOT NEW.created_at
     OR OLD.updated_at IS NOT NEW.updated_at
BEGIN
    DELETE FROM sync_changes WHERE table_name = 'conversations' AND row_key IN (OLD.id, NEW.id);
    INSERT INTO sync_changes (table_name, row_key, row) VALUES ('conversations', NEW.id, json_object(
        'id', NEW.id,
        'customer_id', NEW.customer_id,
        'channel', NEW.channel,
        'subject', NEW.subject,
        'last_message', NEW.last_message,
        'status', NEW.status,
        'snoozed_until', NEW.snoozed_until,
        'last_message_at', NEW.last_message_at,
        'status_before_delete', NEW.status_before_delete,
        'delete_batch_id', NEW.delete_batch_id,
        'created_at', NEW.created_at,
        'updated_at', NEW.updated_at));
END;
INSERT INTO sync_changes (table_name, row_key, row)
SELECT 'conversations', conversations.id, json_object(
        'id', conversations.id,
        'customer_id', conversations.customer_id,
        'channel', conversations.channel,
        'subject', conversations.subject,
        'last_message', conversations.last_message,
        'status', conversations.status,
        'snoozed_until', conversations.snoozed_until,
        'last_message_at', conversations.last_message_at,
        'status_before_delete', conversations.status_before_delete,
        'delete_batch_id', conversations.delete_batch_id,
        'created_at', conversations.created_at,
        'updated_at', conversations.updated_at)
  FROM conversations;

-- consent_events
CREATE TRIGGER sync_consent_events_insert AFTER INSERT ON consent_events
BEGIN
    DELETE FROM sync_changes WHERE table_name = 'consent_events' AND row_key = NEW.id;
    INSERT INTO sync_changes (table_name, row_key, row) VALUES ('consent_events', NEW.id, json_object(
        'id', NEW.id,
        'customer_id', NEW.customer_id,
        'channel', NEW.channel,
        'kind', NEW.kind,
        'source', NEW.source,
        'occurred_at', NEW.occurred_at,
        'recorded_by', NEW.recorded_by));
END;
CREATE TRIGGER sync_consent_events_update AFTER UPDATE ON consent_events
WHEN OLD.id IS NOT NEW.id
     OR OLD.customer_id IS NOT NEW.customer_id
     OR OLD.channel IS NOT NEW.channel
     OR OLD.kind IS NOT NEW.kind
     OR OLD.source IS NOT NEW.source
     OR OLD.occurred_at IS NOT NEW.occurred_at
     OR OLD.recorded_by IS NOT NEW.recorded_by
BEGIN
    DELETE FROM sync_changes WHERE table_name = 'consent_events' AND row_key IN (OLD.id, NEW.id);
    INSERT INTO sync_changes (table_name, row_key, row) VALUES ('consent_events', NEW.id, json_object(
        'id', NEW.id,
        'customer_id', NEW.customer_id,
        'channel', NEW.channel,
        'kind', NEW.kind,
        'source', NEW.source,
        'occurred_at', NEW.occurred_at,
        'recorded_by', NEW.recorded_by));
END;
INSERT INTO sync_changes (table_name, row_key, row)
SELECT 'consent_events', consent_events.id, json_object(
        'id', consent_events.id,
        'customer_id', consent_events.customer_id,
        'channel', consent_events.channel,
        'kind', consent_events.kind,
        'source', consent_events.source,
        'occurred_at', consent_events.occurred_at,
        'recorded_by', consent_events.recorded_by)
  FROM consent_events;

-- delete_batches
CREATE TRIGGER sync_delete_batches_insert AFTER INSERT ON delete_batches
BEGIN
    DELETE FROM sync_changes WHERE table_name = 'delete_batches' AND row_key = NEW.id;
    INSERT INTO sync_changes (table_name, row_key, row) VALUES ('delete_batches', NEW.id, json_object(
        'id', NEW.id,
        'customer_id', NEW.customer_id,
        'deleted_by', NEW.deleted_by,
        'device_id', NEW.device_id,
        'committed_at', NEW.committed_at,
        'undone_at', NEW.undone_at));
END;
CREATE TRIGGER sync_delete_batches_update AFTER UPDATE ON delete_batches
WHEN OLD.id IS NOT NEW.id
     OR OLD.customer_id IS NOT NEW.customer_id
     OR OLD.deleted_by IS NOT NEW.deleted_by
     OR OLD.device_id IS NOT NEW.device_id
     OR OLD.committed_at IS NOT NEW.committed_at
     OR OLD.undone_at IS NOT NEW.undone_at
BEGIN
    DELETE FROM sync_changes WHERE table_name = 'delete_batches' AND row_key IN (OLD.id, NEW.id);
    INSERT INTO sync_changes (table_name, row_key, row) VALUES ('delete_batches', NEW.id, json_object(
        'id', NEW.id,
        'customer_id', NEW.customer_id,
        'deleted_by', NEW.deleted_by,
        'device_id', NEW.device_id,
        'committed_at', NEW.committed_at,
        'undone_at', NEW.undone_at));
END;
INSERT INTO sync_changes (table_name, row_key, row)
SELECT 'delete_batches', delete_batches.id, json_object(
        'id', delete_batches.id,
        'customer_id', delete_batches.customer_id,
        'deleted_by', delete_batches.deleted_by,
        'device_id', delete_batches.device_id,
        'committed_at', delete_batches.committed_at,
        'undone_at', delete_batches.undone_at)
  FROM delete_batches;

-- audit_entries
CREATE TRIGGER sync_audit_entries_insert AFTER INSERT ON audit_entries
BEGIN
    DELETE FROM sync_changes WHERE table_name = 'audit_entries' AND row_key = NEW.id;
    INSERT INTO sync_changes (table_name, row_key, row) VALUES ('audit_entries', NEW.id, json_object(
        'id', NEW.id,
        'occurred_at', NEW.occurred_at,
        'actor_id', NEW.actor_id,
        'device_id', NEW.device_id,
        'action', NEW.action,
        'subject_type', NEW.subject_type,
        'subject_id', NEW.subject_id,
        'batch_id', NEW.batch_id,
        'details', NEW.details));
END;
CREATE TRIGGER sync_audit_entries_update AFTER UPDATE ON audit_entries
WHEN OLD.id IS NOT NEW.id
     OR OLD.occurred_at IS NOT NEW.occurred_at
     OR OLD.actor_id IS NOT NEW.actor_id
     OR OLD.device_id IS NOT NEW.device_id
     OR OLD.action IS NOT NEW.action
     OR OLD.subject_type IS NOT NEW.subject_type
     OR OLD.subject_id IS NOT NEW.subject_id
     OR OLD.batch_id IS NOT NEW.batch_id
     OR OLD.details IS NOT NEW.details
BEGIN
    DELETE FROM sync_changes WHERE table_name = 'audit_entries' AND row_key IN (OLD.id, NEW.id);
    INSERT INTO sync_changes (table_name, row_key, row) VALUES ('audit_entries', NEW.id, json_object(
        'id', NEW.id,
        'occurred_at', NEW.occurred_at,
        'actor_id', NEW.actor_id,
        'device_id', NEW.device_id,
        'action', NEW.action,
        'subject_type', NEW.subject_type,
        'subject_id', NEW.subject_id,
        'batch_id', NEW.batch_id,
        'details', NEW.details));
END;
INSERT INTO sync_changes (table_name, row_key, row)
SELECT 'audit_entries', audit_entries.id, json_object(
        'id', audit_entries.id,
        'occurred_at', audit_entries.occurred_at,
        'actor_id', audit_entries.actor_id,
        'device_id', audit_entries.device_id,
        'action', audit_entries.action,
        'subject_type', audit_entries.subject_type,
        'subject_id', audit_entries.subject_id,
        'batch_id', audit_entries.batch_id,
        'details', audit_entries.details)
  FROM audit_entries;
