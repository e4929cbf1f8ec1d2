//! S2–S4 under a hostile network: a TCP proxy on loopback, driven by a seed, cuts connections,
//! delays them, and swallows answers after the server has acted on the request (so the desk
//! retries what already happened). For many seeds: no delete is lost, none is applied twice,
//! and every cache ends equal to the server.

mod harness;

use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use garage_core::customers::CustomerFilter;
use garage_core::sync::client::sign_in::sign_in;
use garage_core::sync::engine::Engine;
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

/// What a seed did, for the figures.
#[derive(Default)]
struct SeedFigures {
    restored: bool,
    voided: bool,
    plate_moved: bool,
}

/// Moves the current plate of a vehicle of the first of `from` that has one to `to` at the server
/// (another system's plate transfer), then touches the old registration again so its ended state
/// comes after the new one in the log: a desk meets the plate current twice unless it lets the
/// server's row win.
fn transfer_plate_at_server(server: &Server, from: &[uuid::Uuid], to: uuid::Uuid) -> bool {
    let db = server.db();
    let old: Option<(String, String)> = from.iter().find_map(|from| {
        db.query_row(
            "SELECT r.id, r.plate FROM registrations r JOIN vehicles v ON v.id = r.vehicle_id
              WHERE v.customer_id = ?1 AND v.deleted_at IS NULL AND r.valid_to IS NULL ORDER BY r.id LIMIT 1",
            [from.to_string()],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .ok()
    });
    let vehicle: Option<String> = db
        .query_row(
            "SELECT id FROM vehicles WHERE customer_id = ?1 AND deleted_at IS NULL ORDER BY id LIMIT 1",
            [to.to_string()],
            |r| r.get(0),
        )
        .ok();
    let (Some((old, plate)), Some(vehicle)) = (old, vehicle) else { return false };
    let now = chrono::Utc::now();
    let at = |t: chrono::DateTime<chrono::Utc>| garage_core::clock::to_storage(t);
    db.execute("UPDATE registrations SET valid_to = ?2 WHERE id = ?1", [&old, &at(now)]).unwrap();
    db.execute(
        "UPDATE registrations SET valid_to = ?2 WHERE vehicle_id = ?1 AND valid_to IS NULL",
        [&vehicle, &at(now)],
    )
    .unwrap();
    db.execute(
        "INSERT INTO registrations (id, vehicle_id, plate, valid_from) VALUES (?1, ?2, ?3, ?4)",
        [uuid::Uuid::new_v4().to_string(), vehicle, plate, at(now)],
    )
    .unwrap();
    db.execute("UPDATE registrations SET valid_to = ?2 WHERE id = ?1", [&old, &at(now + chrono::Duration::seconds(1))])
        .unwrap();
    true
}

/// Cycles both desks until each has synced whole at least once and neither has anything waiting,
/// up to a bound.
async fn settle_both(seed: u64, a: &TestDesk, b: &TestDesk) {
    let (mut a_synced, mut b_synced) = (false, false);
    for _ in 0..300 {
        a_synced |= a.engine.cycle().await.is_ok();
        b_synced |= b.engine.cycle().await.is_ok();
        let waiting = a.desk.sync_status().unwrap().waiting + b.desk.sync_status().unwrap().waiting;
        if a_synced && b_synced && waiting == 0 {
            break;
        }
    }
    assert!(a_synced && b_synced, "seed {seed}: a desk never synced whole");
    assert_eq!(a.desk.sync_status().unwrap().waiting, 0, "seed {seed}: desk A still has changes waiting");
    assert_eq!(b.desk.sync_status().unwrap().waiting, 0, "seed {seed}: desk B still has changes waiting");
}

const SERVER_FILES: [&str; 3] = ["server.db", "server.db-wal", "server.db-shm"];

fn copy_server_files(from: &std::path::Path, to: &std::path::Path) {
    for file in SERVER_FILES {
        let _ = std::fs::remove_file(to.join(file));
        let _ = std::fs::copy(from.join(file), to.join(file));
    }
}

async fn run_seed(seed: u64) -> SeedFigures {
    let mut figures = SeedFigures { restored: seed % 3 == 0, voided: seed % 2 == 1, plate_moved: false };
    let dir = tempfile::tempdir().unwrap();
    let database = dir.path().join("server.db");
    let mut server = Server::start(&database);
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let proxied = format!("http://{}", listener.local_addr().unwrap());
    let upstream = server.base.trim_start_matches("http://").to_owned();
    let proxy_task = tokio::spawn(proxy(listener, upstream.clone(), seed));
    let restart = |database: &std::path::Path| Server::start_with(database, &[("GARAGE_SERVER_LISTEN", &upstream)]);

    let (a, b) = (desk(&proxied), desk(&proxied));
    sync_through(&a.engine).await;
    sync_through(&b.engine).await;
    // Signed in straight at the server (a sign-in through the proxy could fall back to offline,
    // which a first sign-in on a desk cannot do: issue 9).
    let direct = garage_core::sync::client::Client::new(&server.base);
    sign_in(&a.desk, &direct, staff(&a.desk, "Rob Atkinson"), "2222").await.unwrap();
    sign_in(&b.desk, &direct, staff(&b.desk, "Piotr Nowak"), "5555").await.unwrap();
    // The nightly backup (issue 12), taken with the server stopped.
    let backup = dir.path().join("backup");
    if figures.restored {
        std::fs::create_dir(&backup).unwrap();
        server.stop();
        copy_server_files(dir.path(), &backup);
        server = restart(&database);
    }

    // Seven clean customers: three deleted on each desk, and the seventh on both at once.
    let clean = server.clean_customers(7);
    for (i, id) in clean.iter().enumerate() {
        if i < 6 {
            let (desk, token) = if i % 2 == 0 { (&a.desk, "DELETE") } else { (&b.desk, "USUŃ") };
            desk.delete_customer(*id, token).unwrap();
        } else {
            a.desk.delete_customer(*id, "DELETE").unwrap();
            b.desk.delete_customer(*id, "USUŃ").unwrap();
        }
    }
    // A payment on A; on odd seeds the invoice is voided at the server first: the payment is refused.
    let sarah = customer(&a.desk, "Sarah Okafor", CustomerFilter::Active).unwrap();
    let invoice =
        a.desk.list_invoices(&garage_core::resolve::ListFilter { customer_id: Some(sarah), only_open: true }).unwrap()
            [0]
        .invoice
        .id;
    a.desk.take_payment(invoice, "10.00").unwrap();
    if figures.voided {
        server
            .db()
            .execute(
                "UPDATE invoices SET status = 'void', status_reason = 'Raised twice', updated_at = ?2 WHERE id = ?1",
                [invoice.to_string(), garage_core::clock::to_storage(chrono::Utc::now())],
            )
            .unwrap();
    }
    // A plate moves at the server, from a customer a desk is deleting to one nobody deletes.
    let keeper = customer(&a.desk, "Tom Fletcher", CustomerFilter::Active).unwrap();
    figures.plate_moved = transfer_plate_at_server(&server, &clean, keeper);
    assert!(figures.plate_moved, "seed {seed}: no plate to move");
    a.clock.advance(Duration::from_secs(31));
    b.clock.advance(Duration::from_secs(31));
    settle_both(seed, &a, &b).await;

    if figures.restored {
        // The disk fails; IT puts last night's backup back (issue 12): the desks must lose nothing.
        server.stop();
        copy_server_files(&backup, dir.path());
        server = restart(&database);
        settle_both(seed, &a, &b).await;
    }
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
    let expected = if figures.voided { 0 } else { 1 };
    assert_eq!(payments, expected, "seed {seed}: the payment was taken {payments} times");

    // A last sync straight to the server: both caches equal it.
    for d in [&a, &b] {
        Engine::new(d.desk.clone(), &server.base).cycle().await.unwrap();
        assert_same_as_server(&d.desk, &server);
    }
    figures
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn s2_s3_s4_issue12_seeded_faulty_network_loses_nothing_and_applies_nothing_twice() {
    let seeds: u64 = std::env::var("GARAGE_FAULT_SEEDS").ok().and_then(|s| s.parse().ok()).unwrap_or(8);
    let started = std::time::Instant::now();
    let (mut restored, mut voided, mut plates) = (0, 0, 0);
    for seed in 0..seeds {
        let figures = run_seed(seed).await;
        restored += usize::from(figures.restored);
        voided += usize::from(figures.voided);
        plates += usize::from(figures.plate_moved);
        if seeds >= 100 && (seed + 1) % 100 == 0 {
            eprintln!("faulty network: {} seeds in {:.0} s", seed + 1, started.elapsed().as_secs_f64());
        }
    }
    // The faults did hit pushes: answers were lost after the server acted, and retried.
    let lost = LOST_PUSH_ANSWERS.load(Ordering::Relaxed);
    assert!(lost > 0, "no push lost its answer: the test proved nothing about retries");
    eprintln!(
        "faulty network: {seeds} seeds in {:.1} s: {lost} push answers lost and retried; {seeds} customers deleted \
         on two desks at once; {voided} payments refused; {plates} plates moved at the server; {restored} servers \
         restored from a backup; every change applied once, nothing lost, every cache equal to its server",
        started.elapsed().as_secs_f64()
    );
}
