-- Who acts is proven, not claimed (issue 9).
--
-- PIN hashes stay on the central server: a desk holds no one's PIN hash, so a copied desk file
-- cannot be brute-forced for every PIN at once. `pin_hash` becomes optional (the server fills it;
-- desks keep NULL), which SQLite can only do by rebuilding the table; `db::migrate` runs this with
-- foreign keys off and checks them afterwards.
CREATE TABLE staff_users_rebuilt (
    id               TEXT PRIMARY KEY NOT NULL,
    display_name     TEXT NOT NULL,
    role_id          TEXT NOT NULL REFERENCES roles(id),
    locale           TEXT NOT NULL CHECK (locale IN ('en-GB', 'pl', 'ro')),
    -- Argon2id PHC string, on the central server only.
    pin_hash         TEXT,
    -- The lock-out of the database that holds them (the server's, or this desk's own offline
    -- count); never synced.
    failed_attempts  INTEGER NOT NULL DEFAULT 0 CHECK (failed_attempts >= 0),
    locked_until     TEXT,
    active           INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL
);
INSERT INTO staff_users_rebuilt (id, display_name, role_id, locale, pin_hash, failed_attempts, locked_until,
                                 active, created_at, updated_at)
SELECT id, display_name, role_id, locale, pin_hash, failed_attempts, locked_until, active, created_at, updated_at
  FROM staff_users;
DROP TABLE staff_users;
ALTER TABLE staff_users_rebuilt RENAME TO staff_users;

-- Each person's credential on this desk: the central server registered its public key when they
-- signed in online; the private key is kept here encrypted (ChaCha20-Poly1305) under a key derived
-- from their PIN (Argon2id with this salt), so it signs changes only after they type the PIN,
-- offline too. A wrong PIN fails to decrypt it: that is the offline PIN check.
CREATE TABLE staff_credentials (
    staff_id       TEXT PRIMARY KEY NOT NULL REFERENCES staff_users(id),
    credential_id  TEXT NOT NULL,
    public_key     TEXT NOT NULL,
    kdf_salt       BLOB NOT NULL,
    nonce          BLOB NOT NULL,
    wrapped_key    BLOB NOT NULL,
    -- Set for a desk that runs without a central server (the standalone demo): its credentials
    -- were made here and no server knows them.
    local_only     INTEGER NOT NULL DEFAULT 0 CHECK (local_only IN (0, 1)),
    stored_at      TEXT NOT NULL
) WITHOUT ROWID;
