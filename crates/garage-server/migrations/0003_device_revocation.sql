-- IT can revoke a desk (a lost or stolen laptop): its token is refused from then on, and it
-- cannot register again under the same id. UTC RFC 3339, like the other times; NULL = active.

ALTER TABLE devices ADD COLUMN revoked_at TEXT;
