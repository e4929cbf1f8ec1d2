-- The database's identity and the gaps in its log (issue 12).
--
-- Every answer carries the identity, made at the database's first start: a desk that sees another
-- one follows another database, and starts over from it.
CREATE TABLE server_identity (
    id          TEXT PRIMARY KEY NOT NULL,
    created_at  TEXT NOT NULL
);

-- At each start the log's next seq jumps to the time in microseconds, and the jump is kept here:
-- no change ever has a seq in (low, high]. A database restored from a backup starts numbering
-- above every seq it gave out before the backup was restored, and a desk whose cursor falls in a
-- gap (it followed the log the backup lost) is told to start over.
CREATE TABLE log_gaps (
    low      INTEGER NOT NULL,
    high     INTEGER NOT NULL CHECK (high > low),
    made_at  TEXT NOT NULL
);
