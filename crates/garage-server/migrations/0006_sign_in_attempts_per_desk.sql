-- Wrong PINs are counted per desk and person (issue 12): five in a row lock that person out at
-- that desk only. They were counted on the person's own row (staff_users), so a lock-out made at
-- one desk followed them to every desk. The count per desk (device_sign_in_attempts, ten for
-- anyone pause the desk) stays. Kept in the database, so a restart does not reset it.
CREATE TABLE device_staff_sign_in_attempts (
    device_id        TEXT NOT NULL REFERENCES devices(id),
    staff_id         TEXT NOT NULL REFERENCES staff_users(id),
    failed_attempts  INTEGER NOT NULL DEFAULT 0 CHECK (failed_attempts >= 0),
    locked_until     TEXT,
    PRIMARY KEY (device_id, staff_id)
) WITHOUT ROWID;

-- Nothing on the server counts on staff_users any more (those columns are never synced): a count
-- or lock left there, from whichever desk, is dropped rather than kept where nothing reads it.
UPDATE staff_users SET failed_attempts = 0, locked_until = NULL
 WHERE failed_attempts <> 0 OR locked_until IS NOT NULL;
