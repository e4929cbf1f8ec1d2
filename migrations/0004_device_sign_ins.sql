-- Who has signed in on this desk with the central server's agreement: only they may sign in
-- here while the server cannot be reached (product.md §5; issue 4).
CREATE TABLE device_sign_ins (
    staff_id   TEXT PRIMARY KEY NOT NULL REFERENCES staff_users(id),
    first_at   TEXT NOT NULL,
    last_at    TEXT NOT NULL
) WITHOUT ROWID;
