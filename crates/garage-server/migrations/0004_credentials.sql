-- Who acts is proven, not claimed (issue 9).
--
-- PIN hashes and the count of wrong PINs stay here: the log no longer carries them (desks check
-- PINs offline against each person's own wrapped credential). The shared migration 0005 rebuilt
-- staff_users, which dropped its triggers; they come back without those columns, and the rows
-- already logged lose them.
DROP TRIGGER IF EXISTS sync_staff_users_insert;
DROP TRIGGER IF EXISTS sync_staff_users_update;
CREATE TRIGGER sync_staff_users_insert AFTER INSERT ON staff_users
BEGIN
    DELETE FROM sync_changes WHERE table_name = 'staff_users' AND row_key = NEW.id;
    INSERT INTO sync_changes (table_name, row_key, row) VALUES ('staff_users', NEW.id, json_object(
        'id', NEW.id,
        'display_name', NEW.display_name,
        'role_id', NEW.role_id,
        'locale', NEW.locale,
        'active', NEW.active,
        'created_at', NEW.created_at,
        'updated_at', NEW.updated_at));
END;
CREATE TRIGGER sync_staff_users_update AFTER UPDATE ON staff_users
WHEN OLD.id IS NOT NEW.id
     OR OLD.display_name IS NOT NEW.display_name
     OR OLD.role_id IS NOT NEW.role_id
     OR OLD.locale IS NOT NEW.locale
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
        'active', NEW.active,
        'created_at', NEW.created_at,
        'updated_at', NEW.updated_at));
END;
UPDATE sync_changes SET row = json_remove(row, '$.pin_hash', '$.failed_attempts', '$.locked_until')
 WHERE table_name = 'staff_users' AND row IS NOT NULL;

-- Each person's credential on each desk: the public key the desk made, registered when the
-- server checked their PIN. Pushed changes must be signed with an unrevoked one of their author
-- on the pushing desk. Revoked by IT (a lost desk, a person signed out everywhere) or a PIN change.
CREATE TABLE credentials (
    id              TEXT PRIMARY KEY NOT NULL,
    device_id       TEXT NOT NULL REFERENCES devices(id),
    staff_id        TEXT NOT NULL REFERENCES staff_users(id),
    public_key      TEXT NOT NULL UNIQUE,
    issued_at       TEXT NOT NULL,
    revoked_at      TEXT,
    revoked_reason  TEXT,
    CHECK ((revoked_at IS NULL) = (revoked_reason IS NULL))
);
CREATE INDEX credentials_by_device_and_staff ON credentials (device_id, staff_id);

-- Wrong PINs sent from each desk, whoever they were for: a desk that guesses at many people's
-- PINs is paused. Kept in the database, so a restart does not reset it.
CREATE TABLE device_sign_in_attempts (
    device_id        TEXT PRIMARY KEY NOT NULL REFERENCES devices(id),
    failed_attempts  INTEGER NOT NULL DEFAULT 0 CHECK (failed_attempts >= 0),
    locked_until     TEXT
) WITHOUT ROWID;
