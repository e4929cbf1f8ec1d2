-- Issue 11 items 1 and 2: merging duplicate customers and the duplicate suggestions
-- (README, "Merging duplicate customers": M1–M10, DS1–DS5).
--
-- The permission, held by Owners and Managers by default; an Owner can grant it to one user.
INSERT INTO permissions (id) VALUES ('customers.merge');
INSERT INTO role_permissions (role_id, permission) VALUES ('owner', 'customers.merge'), ('manager', 'customers.merge');

-- One row per merge: the customers it hid point to their survivor and carry its id; undo (and the
-- server's refusal of a merge made offline) finds what it moved in its audit entry, by this id.
CREATE TABLE merge_batches (
    id            TEXT PRIMARY KEY NOT NULL,
    survivor_id   TEXT NOT NULL REFERENCES customers(id),
    merged_by     TEXT NOT NULL REFERENCES staff_users(id),
    device_id     TEXT NOT NULL,
    committed_at  TEXT NOT NULL,
    undone_at     TEXT
);

-- A merged-away customer is hidden, never erased: it points to the record it became (M6).
ALTER TABLE customers ADD COLUMN merged_into_id TEXT REFERENCES customers(id);
ALTER TABLE customers ADD COLUMN merge_batch_id TEXT REFERENCES merge_batches(id);
CREATE INDEX customers_by_merged_into ON customers (merged_into_id) WHERE merged_into_id IS NOT NULL;

-- "Not a duplicate" (DS4): a pair never suggested again. The id is derived from the pair, so two
-- desks dismissing the same pair offline make the very same row.
CREATE TABLE duplicate_dismissals (
    id            TEXT PRIMARY KEY NOT NULL,
    customer_a    TEXT NOT NULL REFERENCES customers(id),
    customer_b    TEXT NOT NULL REFERENCES customers(id),
    dismissed_by  TEXT NOT NULL REFERENCES staff_users(id),
    dismissed_at  TEXT NOT NULL,
    CHECK (customer_a < customer_b),
    UNIQUE (customer_a, customer_b)
);

-- Suggestions compare customers by phone and email.
CREATE INDEX customers_by_email ON customers (lower(trim(email))) WHERE email IS NOT NULL;
