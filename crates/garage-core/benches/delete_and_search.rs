//! Benchmark (prints figures, asserts nothing): at the `100k` demo size, the delete
//! transaction's p50/p99 with synchronous=FULL beside the same statements as raw SQL, and the
//! search command's p50/p95 beside the raw prefix query, in the same run on the same file.
//!
//! `cargo bench -p garage-core --bench delete_and_search` (GARAGE_BENCH_SIZE=5k|20k|100k; the cache
//! is SQLCipher-encrypted as on a desk, GARAGE_BENCH_CACHE=plain for plain SQLite).

use std::time::{Duration, Instant};

use chrono::Utc;
use garage_core::audit::Actor;
use garage_core::customers::{search_customers, CustomerFilter, CustomerQuery};
use garage_core::delete::{delete_customer, no_fault, Deleted};
use garage_core::demo::{self, DemoSize};
use rusqlite::{params, Connection};
use uuid::Uuid;

fn percentile(samples: &mut [Duration], p: f64) -> Duration {
    samples.sort();
    let i = ((samples.len() as f64 - 1.0) * p).round() as usize;
    samples[i]
}

fn report(name: &str, samples: &mut [Duration], p_hi: f64) {
    let p50 = percentile(samples, 0.5);
    let hi = percentile(samples, p_hi);
    println!(
        "{name:<44} n={:<5} p50={:>8.3} ms  p{:<2}={:>8.3} ms",
        samples.len(),
        p50.as_secs_f64() * 1e3,
        (p_hi * 100.0).round(),
        hi.as_secs_f64() * 1e3
    );
}

/// Customers nothing blocks, so each can be deleted.
fn clean_customers(conn: &Connection, n: usize) -> Vec<Uuid> {
    let mut stmt = conn
        .prepare(
            "SELECT c.id FROM customers c WHERE c.deleted_at IS NULL
               AND NOT EXISTS (SELECT 1 FROM work_orders w WHERE w.customer_id = c.id
                                AND w.status IN ('booked','in_progress','awaiting_parts','awaiting_authorisation','ready_for_collection'))
               AND NOT EXISTS (SELECT 1 FROM invoices i WHERE i.customer_id = c.id AND i.status = 'issued' AND i.outstanding_pence > 0)
               AND NOT EXISTS (SELECT 1 FROM conversations v WHERE v.customer_id = c.id AND v.status = 'open')
             ORDER BY c.id LIMIT ?1",
        )
        .unwrap();
    stmt.query_map([n as i64], |r| garage_core::db::uuid_at(r, 0)).unwrap().map(Result::unwrap).collect()
}

/// The delete's writes as plain SQL, without pre-flight, rate limit, audit details or reindexing.
fn raw_delete(conn: &mut Connection, customer: Uuid, actor: Uuid, now: &str) {
    let tx = conn.transaction().unwrap();
    let (c, b) = (customer.to_string(), Uuid::new_v4().to_string());
    tx.execute(
        "INSERT INTO delete_batches (id, customer_id, deleted_by, device_id, committed_at) VALUES (?1, ?2, ?3, 'bench', ?4)",
        params![b, c, actor.to_string(), now],
    )
    .unwrap();
    tx.execute(
        "UPDATE registrations SET valid_to = ?2, ended_by_batch_id = ?3 WHERE valid_to IS NULL AND vehicle_id IN
            (SELECT id FROM vehicles WHERE customer_id = ?1 AND deleted_at IS NULL AND active = 1)",
        params![c, now, b],
    )
    .unwrap();
    tx.execute(
        "UPDATE vehicles SET deleted_at = ?2, deleted_by = ?3, delete_batch_id = ?4 WHERE customer_id = ?1 AND deleted_at IS NULL AND active = 1",
        params![c, now, actor.to_string(), b],
    )
    .unwrap();
    tx.execute(
        "UPDATE conversations SET status_before_delete = status, status = 'closed', delete_batch_id = ?3 WHERE customer_id = ?1 AND status IN ('open','snoozed')",
        params![c, now, b],
    )
    .unwrap();
    tx.execute(
        "UPDATE customers SET deleted_at = ?2, deleted_by = ?3, delete_batch_id = ?4 WHERE id = ?1",
        params![c, now, actor.to_string(), b],
    )
    .unwrap();
    tx.commit().unwrap();
}

fn main() {
    let size: DemoSize = std::env::var("GARAGE_BENCH_SIZE").unwrap_or_else(|_| "100k".into()).parse().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("bench.db");
    // The desk's cache is encrypted (issue 9); GARAGE_BENCH_CACHE=plain measures plain SQLite.
    let encrypted = std::env::var("GARAGE_BENCH_CACHE").map_or(true, |v| v != "plain");
    let mut conn = if encrypted {
        garage_core::db::open_encrypted(&path, &garage_core::cache_key::CacheKey::generate()).unwrap()
    } else {
        garage_core::db::open(&path).unwrap()
    };
    let started = Instant::now();
    demo::seed(&mut conn, size, Utc::now()).unwrap();
    let customers: i64 = conn.query_row("SELECT count(*) FROM customers", [], |r| r.get(0)).unwrap();
    let sync: i64 = conn.pragma_query_value(None, "synchronous", |r| r.get(0)).unwrap();
    println!(
        "seeded {customers} customers in {:.1} s ({} file database, WAL, synchronous={sync} (2 = FULL))",
        started.elapsed().as_secs_f64(),
        if encrypted { "SQLCipher-encrypted" } else { "plaintext" }
    );

    // Search: the command's query beside the raw indexed prefix lookup.
    let typed = ["ab12cde", "smith", "jane sm", "ls6", "07700 900", "yl1", "patel", "hughes m", "hd1 4", "wo"];
    let mut command = Vec::new();
    let mut raw = Vec::new();
    let mut raw_stmt = conn
        .prepare(
            "SELECT c.id, c.name FROM customer_search_terms t JOIN customers c ON c.id = t.customer_id
              WHERE t.term >= ?1 AND t.term < ?1 || char(1114111) AND c.deleted_at IS NULL
              ORDER BY c.name LIMIT 50",
        )
        .unwrap();
    for round in 0..20 {
        for text in typed {
            let query = CustomerQuery { text: text.into(), filter: CustomerFilter::Active, page: 0, page_size: 50 };
            let t = Instant::now();
            let page = search_customers(&conn, &query).unwrap();
            command.push(t.elapsed());
            let compact: String = text.chars().filter(|c| !c.is_whitespace()).collect();
            let t = Instant::now();
            let n = raw_stmt.query_map([&compact], |r| r.get::<_, String>(0)).unwrap().count();
            raw.push(t.elapsed());
            if round == 0 {
                println!(
                    "  search {text:<10} → {:>6} matches, {:>3} shown (raw query rows {n})",
                    page.total,
                    page.rows.len()
                );
            }
        }
    }
    drop(raw_stmt);
    report("search_customers (command's query)", &mut command, 0.95);
    report("raw prefix query (baseline)", &mut raw, 0.95);

    // Delete: the core's transaction beside the same writes as raw SQL, on different customers.
    let staff: Uuid = conn
        .query_row("SELECT id FROM staff_users WHERE role_id = 'manager' LIMIT 1", [], |r| {
            garage_core::db::uuid_at(r, 0)
        })
        .unwrap();
    let clean = clean_customers(&conn, 400);
    let (ours, theirs) = clean.split_at(clean.len() / 2);
    let mut delete_samples = Vec::new();
    for (i, id) in ours.iter().enumerate() {
        // A fresh actor each time, far enough apart that the rate limit never trips.
        let now = Utc::now() + chrono::Duration::hours(i as i64);
        let actor = Actor {
            staff_id: staff,
            device_id: Uuid::nil(),
            now: garage_core::clock::to_storage(now),
            mutation_id: Uuid::new_v4(),
        };
        let t = Instant::now();
        let result = delete_customer(&mut conn, &actor, now, *id, &mut no_fault).unwrap();
        delete_samples.push(t.elapsed());
        assert!(matches!(result, Deleted::Done { .. }));
    }
    let mut raw_samples = Vec::new();
    let now = garage_core::clock::to_storage(Utc::now());
    for id in theirs {
        let t = Instant::now();
        raw_delete(&mut conn, *id, staff, &now);
        raw_samples.push(t.elapsed());
    }
    report("delete transaction (core, synchronous=FULL)", &mut delete_samples, 0.99);
    report("same writes as raw SQL (baseline)", &mut raw_samples, 0.99);
}
