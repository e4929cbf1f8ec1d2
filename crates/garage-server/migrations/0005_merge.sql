-- Issue 11: merging duplicate customers and dismissing suggested duplicates (README M1–M10, DS1–DS5).
--
-- The shared migration 0008 added customers.merged_into_id and merge_batch_id, and the tables
-- merge_batches and duplicate_dismissals. The customers triggers come back with the new columns
-- (so a merge travels to every desk), the rows already logged gain them (null), and the two new
-- tables are logged like the others.

-- customers
DROP TRIGGER IF EXISTS sync_customers_insert;
DROP TRIGGER IF EXISTS sync_customers_update;
CREATE TRIGGER sync_customers_insert AFTER INSERT ON customers
BEGIN
    DELETE FROM sync_changes WHERE table_name = 'customers' AND row_key = NEW.id;
    INSERT INTO sync_changes (table_name, row_key, row) VALUES ('customers', NEW.id, json_object(
        'id', NEW.id,
        'name', NEW.name,
        'phone', NEW.phone,
        'email', NEW.email,
        'address_line', NEW.address_line,
        'town', NEW.town,
        'postcode', NEW.postcode,
        'created_at', NEW.created_at,
        'updated_at', NEW.updated_at,
        'deleted_at', NEW.deleted_at,
        'deleted_by', NEW.deleted_by,
        'delete_batch_id', NEW.delete_batch_id,
        'merged_into_id', NEW.merged_into_id,
        'merge_batch_id', NEW.merge_batch_id));
END;
CREATE TRIGGER sync_customers_update AFTER UPDATE ON customers
WHEN OLD.id IS NOT NEW.id
     OR OLD.name IS NOT NEW.name
     OR OLD.phone IS NOT NEW.phone
     OR OLD.email IS NOT NEW.email
     OR OLD.address_line IS NOT NEW.address_line
     OR OLD.town IS NOT NEW.town
     OR OLD.postcode IS NOT NEW.postcode
     OR OLD.created_at IS NOT NEW.created_at
     OR OLD.updated_at IS NOT NEW.updated_at
     OR OLD.deleted_at IS NOT NEW.deleted_at
     OR OLD.deleted_by IS NOT NEW.deleted_by
     OR OLD.delete_batch_id IS NOT NEW.delete_batch_id
     OR OLD.merged_into_id IS NOT NEW.merged_into_id
     OR OLD.merge_batch_id IS NOT NEW.merge_batch_id
BEGIN
    DELETE FROM sync_changes WHERE table_name = 'customers' AND row_key IN (OLD.id, NEW.id);
    INSERT INTO sync_changes (table_name, row_key, row) VALUES ('customers', NEW.id, json_object(
        'id', NEW.id,
        'name', NEW.name,
        'phone', NEW.phone,
        'email', NEW.email,
        'address_line', NEW.address_line,
        'town', NEW.town,
        'postcode', NEW.postcode,
        'created_at', NEW.created_at,
        'updated_at', NEW.updated_at,
        'deleted_at', NEW.deleted_at,
        'deleted_by', NEW.deleted_by,
        'delete_batch_id', NEW.delete_batch_id,
        'merged_into_id', NEW.merged_into_id,
        'merge_batch_id', NEW.merge_batch_id));
END;
UPDATE sync_changes SET row = json_set(row, '$.merged_into_id', NULL, '$.merge_batch_id', NULL)
 WHERE table_name = 'customers' AND row IS NOT NULL;

-- merge_batches
CREATE TRIGGER sync_merge_batches_insert AFTER INSERT ON merge_batches
BEGIN
    DELETE FROM sync_changes WHERE table_name = 'merge_batches' AND row_key = NEW.id;
    INSERT INTO sync_changes (table_name, row_key, row) VALUES ('merge_batches', NEW.id, json_object(
        'id', NEW.id,
        'survivor_id', NEW.survivor_id,
        'merged_by', NEW.merged_by,
        'device_id', NEW.device_id,
        'committed_at', NEW.committed_at,
        'undone_at', NEW.undone_at));
END;
CREATE TRIGGER sync_merge_batches_update AFTER UPDATE ON merge_batches
WHEN OLD.id IS NOT NEW.id
     OR OLD.survivor_id IS NOT NEW.survivor_id
     OR OLD.merged_by IS NOT NEW.merged_by
     OR OLD.device_id IS NOT NEW.device_id
     OR OLD.committed_at IS NOT NEW.committed_at
     OR OLD.undone_at IS NOT NEW.undone_at
BEGIN
    DELETE FROM sync_changes WHERE table_name = 'merge_batches' AND row_key IN (OLD.id, NEW.id);
    INSERT INTO sync_changes (table_name, row_key, row) VALUES ('merge_batches', NEW.id, json_object(
        'id', NEW.id,
        'survivor_id', NEW.survivor_id,
        'merged_by', NEW.merged_by,
        'device_id', NEW.device_id,
        'committed_at', NEW.committed_at,
        'undone_at', NEW.undone_at));
END;
INSERT INTO sync_changes (table_name, row_key, row)
SELECT 'merge_batches', merge_batches.id, json_object(
        'id', merge_batches.id,
        'survivor_id', merge_batches.survivor_id,
        'merged_by', merge_batches.merged_by,
        'device_id', merge_batches.device_id,
        'committed_at', merge_batches.committed_at,
        'undone_at', merge_batches.undone_at)
  FROM merge_batches;

-- duplicate_dismissals
CREATE TRIGGER sync_duplicate_dismissals_insert AFTER INSERT ON duplicate_dismissals
BEGIN
    DELETE FROM sync_changes WHERE table_name = 'duplicate_dismissals' AND row_key = NEW.id;
    INSERT INTO sync_changes (table_name, row_key, row) VALUES ('duplicate_dismissals', NEW.id, json_object(
        'id', NEW.id,
        'customer_a', NEW.customer_a,
        'customer_b', NEW.customer_b,
        'dismissed_by', NEW.dismissed_by,
        'dismissed_at', NEW.dismissed_at));
END;
CREATE TRIGGER sync_duplicate_dismissals_update AFTER UPDATE ON duplicate_dismissals
WHEN OLD.id IS NOT NEW.id
     OR OLD.customer_a IS NOT NEW.customer_a
     OR OLD.customer_b IS NOT NEW.customer_b
     OR OLD.dismissed_by IS NOT NEW.dismissed_by
     OR OLD.dismissed_at IS NOT NEW.dismissed_at
BEGIN
    DELETE FROM sync_changes WHERE table_name = 'duplicate_dismissals' AND row_key IN (OLD.id, NEW.id);
    INSERT INTO sync_changes (table_name, row_key, row) VALUES ('duplicate_dismissals', NEW.id, json_object(
        'id', NEW.id,
        'customer_a', NEW.customer_a,
        'customer_b', NEW.customer_b,
        'dismissed_by', NEW.dismissed_by,
        'dismissed_at', NEW.dismissed_at));
END;
INSERT INTO sync_changes (table_name, row_key, row)
SELECT 'duplicate_dismissals', duplicate_dismissals.id, json_object(
        'id', duplicate_dismissals.id,
        'customer_a', duplicate_dismissals.customer_a,
        'customer_b', duplicate_dismissals.customer_b,
        'dismissed_by', duplicate_dismissals.dismissed_by,
        'dismissed_at', duplicate_dismissals.dismissed_at)
  FROM duplicate_dismissals;
