//! Benchmark (prints figures, asserts nothing): at the `100k` demo size, the delete
//! transaction's p50/p99 with synchronous=FULL beside the same statements as raw SQL, and the
//! search command's p50/p95 (1-2 letter prefixes included) beside the best single indexed query
//! for the same page, in the same run on the same file.
//!
//! `cargo bench -p garage-core --bench delete_and_search` (GARAGE_BENCH_SIZE=5k|20k|100k; the cache
//! is SQLCipher-encrypted as on a desk, GARAGE_BENCH_CACHE=plain for plain SQLite).

use std::time::{Duration, Instant};

use chrono::Utc;
use garage_core::audit::Actor;
use garage_core::customers::{search_customers, CustomerFilter, CustomerQuery};
use garage_core::delete::{delete_customer, Deleted};
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
               AND NOT EXISTS (SELECT 1 FROM active_work_orders w WHERE w.customer_id = c.id)
               AND NOT EXISTS (SELECT 1 FROM unpaid_invoices i WHERE i.customer_id = c.id)
               AND NOT EXISTS (SELECT 1 FROM open_conversations v WHERE v.customer_id = c.id)
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
    let key = garage_core::cache_key::CacheKey::generate();
    let mut conn = if encrypted {
        garage_core::db::open_encrypted(&path, &key).unwrap()
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

    // As on a desk: the WAL is checkpointed on a thread of its own, for the core and the raw
    // baseline alike (GARAGE_BENCH_CHECKPOINT=auto keeps SQLite's automatic checkpoint instead).
    let _checkpointer = (encrypted && std::env::var("GARAGE_BENCH_CHECKPOINT").as_deref() != Ok("auto"))
        .then(|| garage_core::db::checkpointer::Checkpointer::start(&conn, &path, &key).unwrap());
    println!(
        "WAL checkpoints: {}",
        if _checkpointer.is_some() { "on a thread of their own (as on a desk)" } else { "SQLite's automatic ones" }
    );

    // Search: the command beside its floor, the best single indexed query for the same page: for
    // each text the faster of walking the name index probing the terms, and collecting the term
    // range's customers and sorting them (whole typed text as one prefix, spaces removed).
    let typed = [
        "s",
        "j",
        "ma",
        "07",
        "ab",
        "h",
        "ab12cde",
        "smith",
        "jane sm",
        "ls6",
        "07700 900",
        "yl1",
        "patel",
        "hughes m",
        "hd1 4",
        "wo",
        "e",
        "pa",
    ];
    let mut command = Vec::new();
    let mut floor = Vec::new();
    // The page shows each customer's current plates and last visit: the floor fetches them too.
    const DETAILS: &str = "(SELECT group_concat(r.plate, ' ') FROM vehicles v
        JOIN registrations r ON r.vehicle_id = v.id AND r.valid_to IS NULL
        WHERE v.customer_id = c.id AND v.deleted_at IS NULL),
        (SELECT max(w.created_at) FROM work_orders w WHERE w.customer_id = c.id)";
    let mut walk = conn
        .prepare(&format!(
            "SELECT c.id, c.name, c.phone, c.postcode, {DETAILS} FROM customers c INDEXED BY customers_listing
              WHERE (c.deleted_at IS NOT NULL) = 0
                AND EXISTS (SELECT 1 FROM customer_search_terms t WHERE t.customer_id = c.id
                             AND t.term >= ?1 AND t.term < ?1 || char(1114111))
              ORDER BY c.name COLLATE NOCASE, c.id LIMIT 50"
        ))
        .unwrap();
    let mut collect = conn
        .prepare(&format!(
            "SELECT c.id, c.name, c.phone, c.postcode, {DETAILS} FROM (
               SELECT c.id, c.name, c.phone, c.postcode FROM (SELECT DISTINCT customer_id, name FROM customer_search_terms
                WHERE deleted = 0 AND term >= ?1 AND term < ?1 || char(1114111)
                ORDER BY name COLLATE NOCASE, customer_id LIMIT 50) t CROSS JOIN customers c ON c.id = t.customer_id
              ) c ORDER BY c.name COLLATE NOCASE, c.id"
        ))
        .unwrap();
    let mut worst: Vec<(Duration, &str)> = Vec::new();
    for round in 0..20 {
        for text in typed {
            let query = CustomerQuery { text: text.into(), filter: CustomerFilter::Active, page: 0, page_size: 50 };
            let t = Instant::now();
            let page = search_customers(&conn, &query).unwrap();
            let took = t.elapsed();
            command.push(took);
            worst.push((took, text));
            let compact: String = text.chars().filter(|c| !c.is_whitespace()).collect();
            let t = Instant::now();
            let walked = walk.query_map([&compact], |r| r.get::<_, String>(0)).unwrap().count();
            let walk_took = t.elapsed();
            let t = Instant::now();
            let collected = collect.query_map([&compact], |r| r.get::<_, String>(0)).unwrap().count();
            floor.push(walk_took.min(t.elapsed()));
            if round == 0 {
                println!(
                    "  search {text:<10} → {:>5}{} matches, {:>3} shown (floor queries: {walked} / {collected} rows)",
                    page.total,
                    if page.total_capped { "+" } else { " " },
                    page.rows.len()
                );
            }
        }
    }
    drop((walk, collect));
    worst.sort();
    let slowest: Vec<String> =
        worst.iter().rev().take(5).map(|(d, t)| format!("{t:?} {:.1} ms", d.as_secs_f64() * 1e3)).collect();
    report("search_customers (command)", &mut command, 0.95);
    report("floor: best single indexed query per text", &mut floor, 0.95);
    println!("  slowest searches: {}", slowest.join(", "));
    println!(
        "  search p95 / floor p95 = {:.2}x",
        percentile(&mut command, 0.95).as_secs_f64() / percentile(&mut floor, 0.95).as_secs_f64()
    );

    // Delete: the core's transaction beside the same writes as raw SQL, on different customers.
    let staff: Uuid = conn
        .query_row("SELECT id FROM staff_users WHERE role_id = 'manager' LIMIT 1", [], |r| {
            garage_core::db::uuid_at(r, 0)
        })
        .unwrap();
    let clean = clean_customers(&conn, 400);
    let (ours, theirs) = clean.split_at(clean.len() / 2);
    // Interleaved, so neither side runs on a cache the other warmed. The core's fault hook marks
    // each step, which splits its time: pre-flight and rate limit, each write, audit and commit.
    let mut delete_samples = Vec::new();
    let mut raw_samples = Vec::new();
    let mut phases: std::collections::BTreeMap<String, Vec<Duration>> = Default::default();
    for (i, (id, raw_id)) in ours.iter().zip(theirs).enumerate() {
        // A fresh actor each time, far enough apart that the rate limit never trips.
        let now = Utc::now() + chrono::Duration::hours(i as i64);
        let actor = Actor {
            staff_id: staff,
            device_id: Uuid::nil(),
            now: garage_core::clock::to_storage(now),
            mutation_id: Uuid::new_v4(),
        };
        let mut marks: Vec<(&'static str, Instant)> = Vec::new();
        let t = Instant::now();
        let result = delete_customer(&mut conn, &actor, now, *id, &mut |step| {
            marks.push((step, Instant::now()));
            Ok(())
        })
        .unwrap();
        let end = Instant::now();
        delete_samples.push(end - t);
        assert!(matches!(result, Deleted::Done { .. }));
        let mut previous = ("pre-flight + rate limit", t);
        for (step, at) in marks.iter().copied().chain([("(end)", end)]) {
            let label = if step == "(end)" { format!("{} + commit", previous.0) } else { previous.0.to_owned() };
            phases.entry(label).or_default().push(at - previous.1);
            previous = (step, at);
        }

        let raw_now = garage_core::clock::to_storage(now);
        let t = Instant::now();
        raw_delete(&mut conn, *raw_id, staff, &raw_now);
        raw_samples.push(t.elapsed());
    }
    for (phase, samples) in &mut phases {
        report(&format!("  step: {phase}"), samples, 0.99);
    }
    report("delete transaction (core, synchronous=FULL)", &mut delete_samples, 0.99);
    report("same writes as raw SQL (baseline)", &mut raw_samples, 0.99);
    println!(
        "  delete p99 / raw p99 = {:.2}x",
        percentile(&mut delete_samples, 0.99).as_secs_f64() / percentile(&mut raw_samples, 0.99).as_secs_f64()
    );
}
