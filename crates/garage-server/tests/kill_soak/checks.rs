//! What must hold after every kill: the desk's database is sound, every delete batch is all or
//! nothing (delete_in and undo_in each write one transaction: the batch, the registrations, the
//! vehicles, the conversations, the customer, the search terms, the audit entry), and every
//! change the child acknowledged is still there, in the outbox or on the server.

use std::collections::{HashMap, HashSet};

use rusqlite::Connection;
use uuid::Uuid;

/// What the children acknowledged, across every run.
#[derive(Debug, Default)]
pub struct Ledger {
    /// batch → customer, for every acknowledged delete.
    pub deleted: HashMap<Uuid, Uuid>,
    pub undone: HashSet<Uuid>,
    /// Undos that were called, acknowledged or not (one killed mid-call may have committed).
    pub undo_called: HashSet<Uuid>,
}

impl Ledger {
    /// Takes in one whole line of a child's output.
    pub fn record(&mut self, line: &str) {
        let words: Vec<&str> = line.split_whitespace().collect();
        let id = |i: usize| words.get(i).and_then(|w| Uuid::parse_str(w).ok());
        match words.as_slice() {
            ["ACK", "delete", ..] => {
                if let (Some(batch), Some(customer)) = (id(2), id(3)) {
                    self.deleted.insert(batch, customer);
                }
            }
            ["ACK", "undo", ..] => self.undone.extend(id(2)),
            ["START", "undo", ..] => self.undo_called.extend(id(2)),
            _ => {}
        }
    }
}

fn ids(conn: &Connection, sql: &str) -> Vec<String> {
    let mut stmt = conn.prepare(sql).unwrap_or_else(|e| panic!("{sql}: {e}"));
    stmt.query_map([], |r| r.get::<_, String>(0)).unwrap().map(Result::unwrap).collect()
}

/// `PRAGMA integrity_check` and the foreign keys.
pub fn sound(conn: &Connection) -> Vec<String> {
    let mut problems = Vec::new();
    let integrity = ids(conn, "PRAGMA integrity_check");
    if integrity != ["ok"] {
        problems.push(format!("integrity_check: {integrity:?}"));
    }
    let mut stmt = conn.prepare("PRAGMA foreign_key_check").unwrap();
    let broken: Vec<String> = stmt.query_map([], |r| r.get::<_, String>(0)).unwrap().map(Result::unwrap).collect();
    if !broken.is_empty() {
        problems.push(format!("foreign_key_check: rows of {broken:?} point nowhere"));
    }
    problems
}

/// Rules every delete batch the soak made keeps, as queries for the batches that break them.
/// `b` is the batch; `soak` limits them to batches made during the soak.
const WHOLE_BATCH_RULES: &[(&str, &str)] = &[
    ("an active batch whose customer is not deleted by it",
     "b.undone_at IS NULL AND NOT EXISTS (SELECT 1 FROM customers c WHERE c.id = b.customer_id
        AND c.deleted_at IS NOT NULL AND c.delete_batch_id = b.id)"),
    ("an active batch whose customer still has an active vehicle",
     "b.undone_at IS NULL AND EXISTS (SELECT 1 FROM vehicles v WHERE v.customer_id = b.customer_id
        AND v.deleted_at IS NULL AND v.active = 1)"),
    ("an active batch whose vehicle is not deleted, or keeps a current plate",
     "b.undone_at IS NULL AND (EXISTS (SELECT 1 FROM vehicles v WHERE v.delete_batch_id = b.id AND v.deleted_at IS NULL)
        OR EXISTS (SELECT 1 FROM registrations r JOIN vehicles v ON v.id = r.vehicle_id
                    WHERE v.delete_batch_id = b.id AND r.valid_to IS NULL)
        OR EXISTS (SELECT 1 FROM registrations r WHERE r.ended_by_batch_id = b.id AND r.valid_to IS NULL))"),
    ("an active batch whose customer still has an open conversation, or one closed without its status",
     "b.undone_at IS NULL AND (EXISTS (SELECT 1 FROM open_or_snoozed_conversations v WHERE v.customer_id = b.customer_id)
        OR EXISTS (SELECT 1 FROM conversations v WHERE v.delete_batch_id = b.id
                    AND (v.status <> 'closed' OR v.status_before_delete IS NULL)))"),
    ("an undone batch something still points at",
     "b.undone_at IS NOT NULL AND (EXISTS (SELECT 1 FROM customers WHERE delete_batch_id = b.id)
        OR EXISTS (SELECT 1 FROM vehicles WHERE delete_batch_id = b.id)
        OR EXISTS (SELECT 1 FROM conversations WHERE delete_batch_id = b.id)
        OR EXISTS (SELECT 1 FROM registrations WHERE ended_by_batch_id = b.id))"),
    ("a batch without exactly one delete audit entry",
     "(SELECT count(*) FROM audit_entries a WHERE a.batch_id = b.id AND a.action = 'customer.delete') <> 1"),
    ("a batch whose undo audit entries do not match it being undone",
     "(SELECT count(*) FROM audit_entries a WHERE a.batch_id = b.id
         AND a.action IN ('customer.undo_delete', 'customer.restore_rejected')) <> (b.undone_at IS NOT NULL)"),
];

/// Every delete batch made during the soak (not in `before`) whole, and nothing else half done.
pub fn whole_batches(conn: &Connection, before: &Before) -> Vec<String> {
    let mut problems = Vec::new();
    for (rule, condition) in WHOLE_BATCH_RULES {
        let broken: Vec<String> = ids(conn, &format!("SELECT b.id FROM delete_batches b WHERE {condition}"))
            .into_iter()
            .filter(|b| !before.batches.contains(b))
            .collect();
        if !broken.is_empty() {
            problems.push(format!("{rule}: {broken:?}"));
        }
    }
    let orphans: Vec<String> = ids(
        conn,
        "SELECT c.id FROM customers c WHERE (c.deleted_at IS NOT NULL AND NOT EXISTS (SELECT 1 FROM delete_batches b
            WHERE b.id = c.delete_batch_id AND b.undone_at IS NULL)) OR (c.deleted_at IS NULL AND c.delete_batch_id IS NOT NULL)",
    )
    .into_iter()
    .filter(|c| !before.orphans.contains(c))
    .collect();
    if !orphans.is_empty() {
        problems.push(format!("customers deleted without an active batch, or restored half: {orphans:?}"));
    }
    let unindexed = ids(
        conn,
        "SELECT id FROM customers c WHERE NOT EXISTS (SELECT 1 FROM customer_search_terms t WHERE t.customer_id = c.id)",
    );
    if !unindexed.is_empty() {
        problems.push(format!("customers without search terms: {unindexed:?}"));
    }
    let queued = ids(
        conn,
        "SELECT o.id FROM sync_outbox o WHERE o.batch_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM delete_batches b
            WHERE b.id = o.batch_id AND b.undone_at IS NULL)",
    );
    if !queued.is_empty() {
        problems.push(format!("queued deletes whose batch is gone or undone: {queued:?}"));
    }
    let refused = ids(conn, "SELECT mutation_id FROM sync_problems");
    if !refused.is_empty() {
        problems.push(format!("the server refused changes (none should be refused): {refused:?}"));
    }
    problems
}

/// What was there before the soak: batches and deleted customers of the demo garage itself.
#[derive(Debug, Default)]
pub struct Before {
    pub batches: HashSet<String>,
    pub orphans: HashSet<String>,
}

impl Before {
    pub fn take(conn: &Connection) -> Before {
        Before {
            batches: ids(conn, "SELECT id FROM delete_batches").into_iter().collect(),
            orphans: ids(
                conn,
                "SELECT id FROM customers c WHERE c.deleted_at IS NOT NULL AND NOT EXISTS (SELECT 1 FROM delete_batches b
                    WHERE b.id = c.delete_batch_id AND b.undone_at IS NULL)",
            )
            .into_iter()
            .collect(),
        }
    }
}

/// Every acknowledged change still there: a delete on the desk and in its outbox or on the server,
/// an undo undone and never on the server. Returns the problems and how many changes it checked.
pub fn acknowledged(desk: &Connection, server: &Connection, ledger: &Ledger) -> (Vec<String>, usize) {
    let batches: HashMap<String, bool> = {
        let mut stmt = desk.prepare("SELECT id, undone_at IS NOT NULL FROM delete_batches").unwrap();
        stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?))).unwrap().map(Result::unwrap).collect()
    };
    let deleted_by: HashMap<String, String> = {
        let mut stmt =
            desk.prepare("SELECT id, delete_batch_id FROM customers WHERE delete_batch_id IS NOT NULL").unwrap();
        stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?))).unwrap().map(Result::unwrap).collect()
    };
    let queued: HashSet<String> =
        ids(desk, "SELECT batch_id FROM sync_outbox WHERE batch_id IS NOT NULL").into_iter().collect();
    // An undone delete reaches the server only as a record that it was undone (D13, issue 12).
    let on_server: HashMap<String, bool> = {
        let mut stmt = server.prepare("SELECT id, undone_at IS NOT NULL FROM delete_batches").unwrap();
        stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?))).unwrap().map(Result::unwrap).collect()
    };
    let mut problems = Vec::new();
    for (batch, customer) in &ledger.deleted {
        let (b, c) = (batch.to_string(), customer.to_string());
        let Some(&undone) = batches.get(&b) else {
            problems.push(format!("acknowledged delete {b} of {c} is gone from the desk"));
            continue;
        };
        if ledger.undone.contains(batch) || undone {
            if !undone {
                problems.push(format!("acknowledged undo {b} of {c} is not undone on the desk"));
            } else if !ledger.undo_called.contains(batch) {
                problems.push(format!("delete {b} of {c} is undone, but nobody undid it"));
            }
            if deleted_by.get(&c) == Some(&b) {
                problems.push(format!("undone delete {b}: customer {c} is still deleted by it"));
            }
            if on_server.get(&b) == Some(&false) {
                problems.push(format!("undone delete {b} reached the server as a delete"));
            }
        } else {
            if deleted_by.get(&c) != Some(&b) {
                problems.push(format!("acknowledged delete {b}: customer {c} is not deleted by it"));
            }
            if !queued.contains(&b) && !on_server.contains_key(&b) {
                problems.push(format!("acknowledged delete {b} is neither in the outbox nor on the server"));
            }
        }
    }
    (problems, ledger.deleted.len() + ledger.undone.len())
}

/// Deletes the server applied that the desk had not settled when it was killed (the answer was
/// lost; the next run pushes them again and is answered from the server's record).
pub fn answers_lost(desk: &Connection, server: &Connection) -> usize {
    let on_server: HashSet<String> = ids(server, "SELECT id FROM delete_batches").into_iter().collect();
    ids(desk, "SELECT batch_id FROM sync_outbox WHERE batch_id IS NOT NULL")
        .iter()
        .filter(|b| on_server.contains(*b))
        .count()
}
