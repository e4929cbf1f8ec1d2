-- Garage Desk local cache: the whole garage, as product.md §2 describes it.
-- IDs are UUID text; times are UTC RFC 3339 text ("2026-11-30T10:58:01Z"); money is integer pence.

CREATE TABLE device (
    id          TEXT PRIMARY KEY NOT NULL,
    name        TEXT NOT NULL,
    created_at  TEXT NOT NULL
);

CREATE TABLE roles (
    id          TEXT PRIMARY KEY NOT NULL CHECK (id IN ('owner', 'manager', 'service_advisor', 'technician')),
    rank        INTEGER NOT NULL
);

CREATE TABLE permissions (
    id          TEXT PRIMARY KEY NOT NULL
);

CREATE TABLE role_permissions (
    role_id     TEXT NOT NULL REFERENCES roles(id),
    permission  TEXT NOT NULL REFERENCES permissions(id),
    PRIMARY KEY (role_id, permission)
) WITHOUT ROWID;

CREATE TABLE staff_users (
    id               TEXT PRIMARY KEY NOT NULL,
    display_name     TEXT NOT NULL,
    role_id          TEXT NOT NULL REFERENCES roles(id),
    locale           TEXT NOT NULL CHECK (locale IN ('en-GB', 'pl', 'ro')),
    pin_hash         TEXT NOT NULL,
    failed_attempts  INTEGER NOT NULL DEFAULT 0 CHECK (failed_attempts >= 0),
    locked_until     TEXT,
    active           INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL
);

-- Per-user exceptions to the role's defaults: 'grant' adds a permission, 'revoke' removes one.
CREATE TABLE staff_permission_overrides (
    staff_id    TEXT NOT NULL REFERENCES staff_users(id),
    permission  TEXT NOT NULL REFERENCES permissions(id),
    effect      TEXT NOT NULL CHECK (effect IN ('grant', 'revoke')),
    set_by      TEXT NOT NULL REFERENCES staff_users(id),
    set_at      TEXT NOT NULL,
    PRIMARY KEY (staff_id, permission)
) WITHOUT ROWID;

-- One row per delete: every row the delete changes carries its id (D9), undo finds them by it (U2).
CREATE TABLE delete_batches (
    id            TEXT PRIMARY KEY NOT NULL,
    customer_id   TEXT NOT NULL,
    deleted_by    TEXT NOT NULL REFERENCES staff_users(id),
    device_id     TEXT NOT NULL,
    committed_at  TEXT NOT NULL,
    undone_at     TEXT
);
CREATE INDEX delete_batches_by_user_time ON delete_batches (deleted_by, committed_at);

CREATE TABLE customers (
    id               TEXT PRIMARY KEY NOT NULL,
    name             TEXT NOT NULL CHECK (length(trim(name)) > 0),
    phone            TEXT,
    email            TEXT,
    address_line     TEXT,
    town             TEXT,
    postcode         TEXT,
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL,
    deleted_at       TEXT,
    deleted_by       TEXT REFERENCES staff_users(id),
    delete_batch_id  TEXT REFERENCES delete_batches(id),
    CHECK ((deleted_at IS NULL) = (deleted_by IS NULL))
);
CREATE INDEX customers_listing ON customers (deleted_at IS NOT NULL, name COLLATE NOCASE, id);

CREATE TABLE vehicles (
    id               TEXT PRIMARY KEY NOT NULL,
    customer_id      TEXT NOT NULL REFERENCES customers(id),
    make             TEXT NOT NULL,
    model            TEXT NOT NULL,
    colour           TEXT,
    year             INTEGER,
    active           INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL,
    deleted_at       TEXT,
    deleted_by       TEXT REFERENCES staff_users(id),
    delete_batch_id  TEXT REFERENCES delete_batches(id)
);
CREATE INDEX vehicles_by_customer ON vehicles (customer_id);

-- Plate history. `plate` is normalised: upper case, no spaces. valid_to NULL = current.
CREATE TABLE registrations (
    id                 TEXT PRIMARY KEY NOT NULL,
    vehicle_id         TEXT NOT NULL REFERENCES vehicles(id),
    plate              TEXT NOT NULL CHECK (plate <> '' AND plate = upper(plate) AND instr(plate, ' ') = 0),
    valid_from         TEXT NOT NULL,
    valid_to           TEXT,
    ended_by_batch_id  TEXT REFERENCES delete_batches(id),
    CHECK (valid_to IS NULL OR valid_to >= valid_from)
);
CREATE INDEX registrations_by_vehicle ON registrations (vehicle_id);
CREATE INDEX registrations_by_plate ON registrations (plate);
-- A vehicle has at most one current plate.
CREATE UNIQUE INDEX registrations_one_current_per_vehicle ON registrations (vehicle_id) WHERE valid_to IS NULL;
-- A plate is current on at most one vehicle ...
CREATE UNIQUE INDEX registrations_plate_current_once ON registrations (plate) WHERE valid_to IS NULL;
-- ... and that vehicle is never a deleted one: a deleted vehicle holds no current plate.
CREATE TRIGGER registrations_current_needs_live_vehicle_insert
BEFORE INSERT ON registrations
WHEN NEW.valid_to IS NULL AND (SELECT deleted_at FROM vehicles WHERE id = NEW.vehicle_id) IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'a deleted vehicle cannot hold a current plate');
END;
CREATE TRIGGER registrations_current_needs_live_vehicle_update
BEFORE UPDATE OF valid_to, vehicle_id ON registrations
WHEN NEW.valid_to IS NULL AND (SELECT deleted_at FROM vehicles WHERE id = NEW.vehicle_id) IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'a deleted vehicle cannot hold a current plate');
END;
CREATE TRIGGER vehicles_delete_releases_plate_first
BEFORE UPDATE OF deleted_at ON vehicles
WHEN NEW.deleted_at IS NOT NULL
     AND EXISTS (SELECT 1 FROM registrations WHERE vehicle_id = NEW.id AND valid_to IS NULL)
BEGIN
    SELECT RAISE(ABORT, 'end the current registration before deleting the vehicle');
END;

CREATE TABLE work_orders (
    id            TEXT PRIMARY KEY NOT NULL,
    number        TEXT NOT NULL UNIQUE,
    customer_id   TEXT NOT NULL REFERENCES customers(id),
    vehicle_id    TEXT REFERENCES vehicles(id),
    description   TEXT NOT NULL,
    status        TEXT NOT NULL CHECK (status IN ('booked', 'in_progress', 'awaiting_parts',
                      'awaiting_authorisation', 'ready_for_collection', 'completed', 'closed', 'cancelled')),
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL
);
CREATE INDEX work_orders_by_customer ON work_orders (customer_id, created_at);
CREATE INDEX work_orders_by_status ON work_orders (status);

CREATE TABLE invoices (
    id                 TEXT PRIMARY KEY NOT NULL,
    number             TEXT NOT NULL UNIQUE,
    customer_id        TEXT NOT NULL REFERENCES customers(id),
    work_order_id      TEXT REFERENCES work_orders(id),
    status             TEXT NOT NULL CHECK (status IN ('draft', 'issued', 'paid', 'void', 'written_off')),
    issued_at          TEXT,
    total_pence        INTEGER NOT NULL CHECK (total_pence >= 0),
    outstanding_pence  INTEGER NOT NULL CHECK (outstanding_pence >= 0 AND outstanding_pence <= total_pence),
    -- Name and address as they were when the invoice was issued (HMRC retention).
    billed_name        TEXT,
    billed_address     TEXT,
    billed_postcode    TEXT,
    status_reason      TEXT,
    created_at         TEXT NOT NULL,
    updated_at         TEXT NOT NULL,
    CHECK (status = 'draft' OR (issued_at IS NOT NULL AND billed_name IS NOT NULL)),
    CHECK (status <> 'paid' OR outstanding_pence = 0)
);
CREATE INDEX invoices_by_customer ON invoices (customer_id, issued_at);
CREATE INDEX invoices_by_status ON invoices (status);

CREATE TABLE payments (
    id            TEXT PRIMARY KEY NOT NULL,
    invoice_id    TEXT NOT NULL REFERENCES invoices(id),
    amount_pence  INTEGER NOT NULL CHECK (amount_pence > 0),
    method        TEXT NOT NULL CHECK (method IN ('card', 'cash', 'bank_transfer')),
    taken_by      TEXT REFERENCES staff_users(id),
    taken_at      TEXT NOT NULL
);
CREATE INDEX payments_by_invoice ON payments (invoice_id);

CREATE TABLE conversations (
    id                    TEXT PRIMARY KEY NOT NULL,
    customer_id           TEXT NOT NULL REFERENCES customers(id),
    channel               TEXT NOT NULL CHECK (channel IN ('sms', 'email')),
    subject               TEXT NOT NULL,
    last_message          TEXT NOT NULL,
    status                TEXT NOT NULL CHECK (status IN ('open', 'snoozed', 'closed')),
    snoozed_until         TEXT,
    last_message_at       TEXT NOT NULL,
    -- Set by a delete that closed it, so undo can put it back as it was (U2).
    status_before_delete  TEXT CHECK (status_before_delete IN ('open', 'snoozed')),
    delete_batch_id       TEXT REFERENCES delete_batches(id),
    created_at            TEXT NOT NULL,
    updated_at            TEXT NOT NULL
);
CREATE INDEX conversations_by_customer ON conversations (customer_id, last_message_at);

CREATE TABLE consent_events (
    id           TEXT PRIMARY KEY NOT NULL,
    customer_id  TEXT NOT NULL REFERENCES customers(id),
    channel      TEXT NOT NULL CHECK (channel IN ('sms', 'email', 'post', 'phone')),
    kind         TEXT NOT NULL CHECK (kind IN ('given', 'withdrawn')),
    source       TEXT NOT NULL CHECK (source IN ('front_desk', 'phone', 'web_form', 'email_link', 'import')),
    occurred_at  TEXT NOT NULL,
    recorded_by  TEXT REFERENCES staff_users(id)
);
CREATE INDEX consent_events_by_customer ON consent_events (customer_id, occurred_at);

-- Append-only: who did what, when, from which device, touching which ids.
CREATE TABLE audit_entries (
    id           TEXT PRIMARY KEY NOT NULL,
    occurred_at  TEXT NOT NULL,
    actor_id     TEXT REFERENCES staff_users(id),
    device_id    TEXT NOT NULL,
    action       TEXT NOT NULL,
    subject_type TEXT NOT NULL,
    subject_id   TEXT,
    batch_id     TEXT,
    details      TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(details))
);
CREATE INDEX audit_entries_by_subject ON audit_entries (subject_type, subject_id);
CREATE INDEX audit_entries_by_time ON audit_entries (occurred_at);
CREATE TRIGGER audit_entries_no_update BEFORE UPDATE ON audit_entries
BEGIN SELECT RAISE(ABORT, 'audit entries are append-only'); END;
CREATE TRIGGER audit_entries_no_delete BEFORE DELETE ON audit_entries
BEGIN SELECT RAISE(ABORT, 'audit entries are append-only'); END;

-- Search terms for the customer list, kept by the core on every write that changes them:
-- name words, the whole name, phone digits, email, postcode and current plates, lower case, no spaces.
CREATE TABLE customer_search_terms (
    term         TEXT NOT NULL,
    customer_id  TEXT NOT NULL REFERENCES customers(id),
    PRIMARY KEY (term, customer_id)
) WITHOUT ROWID;
CREATE INDEX customer_search_terms_by_customer ON customer_search_terms (customer_id);

INSERT INTO roles (id, rank) VALUES ('owner', 1), ('manager', 2), ('service_advisor', 3), ('technician', 4);
INSERT INTO permissions (id) VALUES
    ('customers.view'), ('customers.edit'), ('customers.delete'),
    ('work_orders.complete'), ('work_orders.close'), ('work_orders.cancel'),
    ('invoices.take_payment'), ('invoices.void'), ('invoices.write_off'),
    ('conversations.close'), ('staff.manage_permissions');
INSERT INTO role_permissions (role_id, permission) VALUES
    ('owner', 'customers.view'), ('owner', 'customers.edit'), ('owner', 'customers.delete'),
    ('owner', 'work_orders.complete'), ('owner', 'work_orders.close'), ('owner', 'work_orders.cancel'),
    ('owner', 'invoices.take_payment'), ('owner', 'invoices.void'), ('owner', 'invoices.write_off'),
    ('owner', 'conversations.close'), ('owner', 'staff.manage_permissions'),
    ('manager', 'customers.view'), ('manager', 'customers.edit'), ('manager', 'customers.delete'),
    ('manager', 'work_orders.complete'), ('manager', 'work_orders.close'), ('manager', 'work_orders.cancel'),
    ('manager', 'invoices.take_payment'), ('manager', 'invoices.void'), ('manager', 'conversations.close'),
    ('service_advisor', 'customers.view'), ('service_advisor', 'customers.edit'),
    ('service_advisor', 'work_orders.complete'), ('service_advisor', 'work_orders.close'),
    ('service_advisor', 'work_orders.cancel'), ('service_advisor', 'invoices.take_payment'),
    ('service_advisor', 'conversations.close'),
    ('technician', 'customers.view'), ('technician', 'work_orders.complete');
