-- The central server's own records: registered desks, who signed in where, and every pushed
-- mutation's answer, so a retried push is answered again instead of applied twice (S2).

CREATE TABLE devices (
    id             TEXT PRIMARY KEY NOT NULL,
    name           TEXT NOT NULL,
    -- SHA-256 of the device token, hex. The token itself is never stored.
    token_hash     TEXT NOT NULL UNIQUE,
    registered_at  TEXT NOT NULL
);

CREATE TABLE device_staff (
    device_id           TEXT NOT NULL REFERENCES devices(id),
    staff_id            TEXT NOT NULL REFERENCES staff_users(id),
    session_token_hash  TEXT NOT NULL,
    signed_in_at        TEXT NOT NULL,
    PRIMARY KEY (device_id, staff_id)
) WITHOUT ROWID;

CREATE TABLE applied_mutations (
    id           TEXT PRIMARY KEY NOT NULL,
    device_id    TEXT NOT NULL REFERENCES devices(id),
    staff_id     TEXT NOT NULL,
    name         TEXT NOT NULL,
    status       TEXT NOT NULL CHECK (status IN ('applied', 'rejected')),
    rejection    TEXT CHECK (rejection IS NULL OR json_valid(rejection)),
    received_at  TEXT NOT NULL,
    CHECK ((status = 'rejected') = (rejection IS NOT NULL))
);
CREATE INDEX applied_mutations_by_device ON applied_mutations (device_id, received_at);
