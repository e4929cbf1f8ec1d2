-- Sync that never leaves a desk disagreeing with the server (issue 12).

-- A pulled row skipped because a local change waiting for the server touched it: fetched again
-- by key once the server has answered that change.
ALTER TABLE sync_outbox_rows ADD COLUMN skipped INTEGER NOT NULL DEFAULT 0 CHECK (skipped IN (0, 1));

-- Rows a refused change touched that could not be put back as the server holds them (JSON list):
-- the person and support are told what.
ALTER TABLE sync_problems ADD COLUMN not_put_back TEXT CHECK (not_put_back IS NULL OR json_valid(not_put_back));

-- Changes the server has taken lately, in the order it answered them. A server restored from a
-- backup may have lost them: a desk starting over sends them again (the server applies each id at
-- most once, so those it still has are not doubled).
CREATE TABLE sync_acknowledged (
    id               TEXT PRIMARY KEY NOT NULL,
    staff_id         TEXT NOT NULL,
    body             TEXT NOT NULL CHECK (json_valid(body)),
    acknowledged_at  TEXT NOT NULL
);
CREATE INDEX sync_acknowledged_by_time ON sync_acknowledged (acknowledged_at);

-- Rows the server sent while this desk starts over from it: the rest are removed at the end.
CREATE TABLE sync_seen (
    table_name  TEXT NOT NULL,
    row_key     TEXT NOT NULL,
    PRIMARY KEY (table_name, row_key)
) WITHOUT ROWID;
