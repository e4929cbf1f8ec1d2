-- Offline-first sync (product.md §5): the local changes waiting for the server, the cursor and
-- settings of the sync, and the problems the server reported back to the people who made them.

-- Each local change, queued in the same transaction that made it (S2), in the order made.
CREATE TABLE sync_outbox (
    id          TEXT PRIMARY KEY NOT NULL,            -- the mutation's UUID: applied at most once
    position    INTEGER NOT NULL UNIQUE,
    staff_id    TEXT NOT NULL REFERENCES staff_users(id),
    body        TEXT NOT NULL CHECK (json_valid(body)),
    -- A delete's batch: held back while its undo window is open, so an undo never leaves the desk.
    batch_id    TEXT,
    created_at  TEXT NOT NULL,
    attempts    INTEGER NOT NULL DEFAULT 0,
    last_error  TEXT
);

-- Rows touched by changes still waiting: a pull never overwrites them (S3, PowerSync's rule).
CREATE TABLE sync_outbox_rows (
    mutation_id  TEXT NOT NULL REFERENCES sync_outbox(id) ON DELETE CASCADE,
    table_name   TEXT NOT NULL,
    row_key      TEXT NOT NULL,
    PRIMARY KEY (mutation_id, table_name, row_key)
) WITHOUT ROWID;
CREATE INDEX sync_outbox_rows_by_row ON sync_outbox_rows (table_name, row_key);

CREATE TABLE sync_state (
    key    TEXT PRIMARY KEY NOT NULL,
    value  TEXT NOT NULL
) WITHOUT ROWID;

-- What the server refused, for the person who made it, until they have read it (S3).
CREATE TABLE sync_problems (
    id           TEXT PRIMARY KEY NOT NULL,
    mutation_id  TEXT NOT NULL UNIQUE,
    staff_id     TEXT NOT NULL,
    occurred_at  TEXT NOT NULL,
    mutation     TEXT NOT NULL CHECK (json_valid(mutation)),
    rejection    TEXT NOT NULL CHECK (json_valid(rejection)),
    read_at      TEXT
);
CREATE INDEX sync_problems_by_staff ON sync_problems (staff_id, read_at);
