-- Issue 10: indexes measured at 100k customers.
--
-- Search terms carry their customer's name and whether the customer is deleted, so a search
-- counts its matches, and sorts up to 2,000 of them by name, from the term index alone instead of
-- looking up every matching customer (a broad prefix such as "s" matches 70,000). The trigger
-- keeps both right however a customer's name or deleted_at changes (delete, undo, a pulled row, a
-- reverted change); reindexing sets them too.
ALTER TABLE customer_search_terms ADD COLUMN deleted INTEGER NOT NULL DEFAULT 0;
ALTER TABLE customer_search_terms ADD COLUMN name TEXT NOT NULL DEFAULT '';
UPDATE customer_search_terms SET (deleted, name) =
    (SELECT c.deleted_at IS NOT NULL, c.name FROM customers c WHERE c.id = customer_search_terms.customer_id);
CREATE INDEX customer_search_terms_listing
    ON customer_search_terms (deleted, term, name COLLATE NOCASE, customer_id);
CREATE TRIGGER customer_search_terms_follow_customer
AFTER UPDATE OF name, deleted_at ON customers
WHEN OLD.name IS NOT NEW.name OR (OLD.deleted_at IS NULL) IS NOT (NEW.deleted_at IS NULL)
BEGIN
    UPDATE customer_search_terms SET deleted = (NEW.deleted_at IS NOT NULL), name = NEW.name
     WHERE customer_id = NEW.id;
END;

-- A customer's unpaid invoices (the delete's pre-flight, D3). Without it SQLite answered
-- "customer_id = ? AND status = 'issued' AND outstanding_pence > 0" from invoices_by_status,
-- walking every issued invoice in the garage: 9 ms of each delete's 11.5 ms at 100k.
CREATE INDEX invoices_unpaid_by_customer ON invoices (customer_id)
 WHERE status = 'issued' AND outstanding_pence > 0;
