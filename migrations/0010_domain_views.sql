-- What blocks a customer's delete (product.md §2, D3), written once (issue 13). The Rust SQL reads
-- these views instead of repeating their WHERE. Each is its table's rows and columns under one
-- condition, so SQLite folds it into the query: "… FROM unpaid_invoices WHERE customer_id = ?"
-- is planned as the table with both conditions, and the by-customer indexes, the partial
-- invoices_unpaid_by_customer (0006) included, still answer it (tested with EXPLAIN QUERY PLAN).
-- Each WHERE must stay the same as its Rust twin (`WorkOrderStatus::is_active`,
-- `InvoiceStatus::is_unpaid`, `ConversationStatus::is_open` and `is_closed`), tested status by status.
--
-- A later migration that rebuilds one of these tables (create, copy, drop, rename) must drop the
-- views that read it first and create them again after: SQLite refuses to rename a table into
-- place while a view names a table that is missing.

-- Work orders not yet completed, closed or cancelled: they block a delete.
CREATE VIEW active_work_orders AS
SELECT * FROM work_orders
 WHERE status IN ('booked', 'in_progress', 'awaiting_parts', 'awaiting_authorisation', 'ready_for_collection');

-- Issued invoices with something still outstanding, part-paid included: they block a delete.
CREATE VIEW unpaid_invoices AS
SELECT * FROM invoices
 WHERE status = 'issued' AND outstanding_pence > 0;

-- Conversations waiting on the garage: they block a delete and fill the lists' "open" filter. A
-- snoozed one does neither.
CREATE VIEW open_conversations AS
SELECT * FROM conversations
 WHERE status = 'open';

-- Conversations not yet closed, snoozed ones included: what a delete closes (and its undo reopens).
CREATE VIEW open_or_snoozed_conversations AS
SELECT * FROM conversations
 WHERE status IN ('open', 'snoozed');
