//! S2–S4 under a hostile network: a TCP proxy on loopback, driven by a seed, cuts connections,
//! delays them, and swallows answers after the server has acted on the request (so the desk
//! retries what already happened). For many seeds: no delete is lost, none is applied twice,
//! and every cache ends equal to the server.

mod harness;

use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use garage_core::customers::CustomerFilter;
use garage_core::sync::engine::Engine;
use garage_core::sync::sign_in::sign_in;
use harness::engine::*;
use harness::Server;
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

/// What the proxy does to one connection.
#[derive(Clone, Copy, Debug)]
enum Fate {
    Pass,
    /// Closed before anything is forwarded.
    Cut,
    /// Forwarded late.
    Delay(u64),
    /// The request reaches the server; its answer never reaches the desk.
    LoseAnswer,
}

/// Pushes whose answer the proxy swallowed after the server had them: each one is retried.
static LOST_PUSH_ANSWERS: AtomicUsize = AtomicUsize::new(0);

async fn proxy(listener: TcpListener, upstream: String, seed: u64) {
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    loop {
        let Ok((client, _)) = listener.accept().await else { return };
        let fate = match rng.random_range(0..10) {
            0 | 1 => Fate::Cut,
            2 => Fate::Delay(rng.random_range(20..300)),
            3 | 4 => Fate::LoseAnswer,
            _ => Fate::Pass,
        };
        let upstream = upstream.clone();
        tokio::spawn(async move { connection(client, &upstream, fate).await });
    }
}

async fn connection(mut client: TcpStream, upstream: &str, fate: Fate) {
    match fate {
        Fate::Cut => {}
        Fate::Delay(ms) => {
            tokio::time::sleep(Duration::from_millis(ms)).await;
            if let Ok(mut server) = TcpStream::connect(upstream).await {
                let _ = tokio::io::copy_bidirectional(&mut client, &mut server).await;
            }
        }
        Fate::Pass => {
            if let Ok(mut server) = TcpStream::connect(upstream).await {
                let _ = tokio::io::copy_bidirectional(&mut client, &mut server).await;
            }
        }
        Fate::LoseAnswer => {
            let Ok(server) = TcpStream::connect(upstream).await else { return };
            let (mut from_server, mut to_server) = server.into_split();
            let (mut from_client, _to_client) = client.into_split();
            // Forward the request; wait for the first bytes of the answer, then hang up on both.
            let forward = tokio::spawn(async move {
                let mut buf = [0u8; 8192];
                let mut first = true;
                while let Ok(n) = from_client.read(&mut buf).await {
                    if first && buf[..n].starts_with(b"POST /v1/mutations") {
                        LOST_PUSH_ANSWERS.fetch_add(1, Ordering::Relaxed);
                    }
                    first = false;
                    if n == 0 || to_server.write_all(&buf[..n]).await.is_err() {
                        break;
                    }
                }
            });
            let mut buf = [0u8; 1];
            let _ = tokio::time::timeout(Duration::from_secs(5), from_server.read(&mut buf)).await;
            forward.abort();
        }
    }
}

/// Cycles until one succeeds (the proxy fails some), up to a bound.
async fn sync_through(engine: &Engine) {
    for _ in 0..200 {
        if engine.cycle().await.is_ok() {
            return;
        }
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    panic!("no sync got through the faulty network in 200 tries");
}

async fn run_seed(seed: u64) {
    let dir = tempfile::tempdir().unwrap();
    let server = Server::start(&dir.path().join("server.db"));
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let proxied = format!("http://{}", listener.local_addr().unwrap());
    let upstream = server.base.trim_start_matches("http://").to_owned();
    let proxy_task = tokio::spawn(proxy(listener, upstream, seed));

    let (a, b) = (desk(&proxied), desk(&proxied));
    sync_through(&a.engine).await;
    sync_through(&b.engine).await;
    // Signed in straight at the server (a sign-in through the proxy could fall back to offline,
    // which a first sign-in on a desk cannot do: issue 9).
    let direct = garage_core::sync::client::Client::new(&server.base);
    sign_in(&a.desk, &direct, staff(&a.desk, "Rob Atkinson"), "2222").await.unwrap();
    sign_in(&b.desk, &direct, staff(&b.desk, "Piotr Nowak"), "5555").await.unwrap();

    // Six clean customers, three deleted on each desk; a payment and a closed conversation too.
    let clean: Vec<uuid::Uuid> = {
        let conn = server.db();
        let mut stmt = conn
            .prepare(
                "SELECT c.id FROM customers c WHERE c.deleted_at IS NULL
                   AND NOT EXISTS (SELECT 1 FROM work_orders w WHERE w.customer_id = c.id
                        AND w.status IN ('booked','in_progress','awaiting_parts','awaiting_authorisation','ready_for_collection'))
                   AND NOT EXISTS (SELECT 1 FROM invoices i WHERE i.customer_id = c.id AND i.status = 'issued' AND i.outstanding_pence > 0)
                   AND NOT EXISTS (SELECT 1 FROM conversations v WHERE v.customer_id = c.id AND v.status = 'open')
                 ORDER BY c.id LIMIT 6",
            )
            .unwrap();
        stmt.query_map([], |r| r.get::<_, String>(0)).unwrap().map(|s| s.unwrap().parse().unwrap()).collect()
    };
    for (i, id) in clean.iter().enumerate() {
        let (desk, token) = if i % 2 == 0 { (&a.desk, "DELETE") } else { (&b.desk, "USUŃ") };
        desk.delete_customer(*id, token).unwrap();
    }
    let sarah = customer(&a.desk, "Sarah Okafor", CustomerFilter::Active).unwrap();
    let invoice =
        a.desk.list_invoices(&garage_core::resolve::ListFilter { customer_id: Some(sarah), only_open: true }).unwrap()
            [0]
        .id;
    a.desk.take_payment(invoice, "10.00").unwrap();
    a.clock.advance(Duration::from_secs(31));
    b.clock.advance(Duration::from_secs(31));

    for _ in 0..300 {
        let _ = a.engine.cycle().await;
        let _ = b.engine.cycle().await;
        if a.desk.sync_status().unwrap().waiting == 0 && b.desk.sync_status().unwrap().waiting == 0 {
            break;
        }
    }
    assert_eq!(a.desk.sync_status().unwrap().waiting, 0, "seed {seed}: desk A still has changes waiting");
    assert_eq!(b.desk.sync_status().unwrap().waiting, 0, "seed {seed}: desk B still has changes waiting");
    proxy_task.abort();

    // None lost, none twice.
    let db = server.db();
    for id in &clean {
        let batches: i64 = db
            .query_row("SELECT count(*) FROM delete_batches WHERE customer_id = ?1", [id.to_string()], |r| r.get(0))
            .unwrap();
        assert_eq!(batches, 1, "seed {seed}: customer {id} deleted {batches} times on the server");
    }
    let payments: i64 = db
        .query_row(
            "SELECT count(*) FROM payments WHERE invoice_id = ?1 AND amount_pence = 1000",
            [invoice.to_string()],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(payments, 1, "seed {seed}: the payment was taken {payments} times");
    let rejected: i64 =
        db.query_row("SELECT count(*) FROM applied_mutations WHERE status = 'rejected'", [], |r| r.get(0)).unwrap();
    assert_eq!(rejected, 0, "seed {seed}: nothing should have been refused");

    // A last sync straight to the server: both caches equal it.
    for d in [&a, &b] {
        Engine::new(d.desk.clone(), &server.base).cycle().await.unwrap();
        assert_same_as_server(&d.desk, &server);
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn s2_s3_s4_seeded_faulty_network_loses_nothing_and_applies_nothing_twice() {
    let seeds: u64 = std::env::var("GARAGE_FAULT_SEEDS").ok().and_then(|s| s.parse().ok()).unwrap_or(8);
    for seed in 0..seeds {
        run_seed(seed).await;
    }
    // The faults did hit pushes: answers were lost after the server acted, and retried.
    let lost = LOST_PUSH_ANSWERS.load(Ordering::Relaxed);
    assert!(lost > 0, "no push lost its answer: the test proved nothing about retries");
    eprintln!("faulty network: {lost} push answers lost over {seeds} seeds, every change applied once");
}
