-- Issue 11: restoring a deleted customer after the undo window (README, R1–R8).
--
-- The permission, held by Owners by default; an Owner can grant it to one user.
INSERT INTO permissions (id) VALUES ('customers.restore');
INSERT INTO role_permissions (role_id, permission) VALUES ('owner', 'customers.restore');

-- A restore marks its delete batch as put back the way undo does: delete_batches.undone_at (the
-- audit entry, customer.undo_delete or customer.restore, says which).
--
-- Undo and restore find what a delete changed by its batch id, and restore reads the delete's
-- audit entry by it: without these each was a walk of the whole table.
CREATE INDEX vehicles_by_delete_batch ON vehicles (delete_batch_id) WHERE delete_batch_id IS NOT NULL;
CREATE INDEX conversations_by_delete_batch ON conversations (delete_batch_id) WHERE delete_batch_id IS NOT NULL;
CREATE INDEX registrations_by_ending_batch ON registrations (ended_by_batch_id) WHERE ended_by_batch_id IS NOT NULL;
CREATE INDEX audit_entries_by_batch ON audit_entries (batch_id) WHERE batch_id IS NOT NULL;
