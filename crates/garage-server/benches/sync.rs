//! Benchmark (prints figures, asserts nothing): the initial download of the `20k` and `100k`
//! demo garages by a new desk, in rows per second, and the time from a change pushed by one desk
//! to its appearance on another, both against the real server on loopback.
//!
//! `cargo bench -p garage-server --bench sync` (GARAGE_BENCH_SIZES=20k,100k by default).

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::sync::Arc;
use std::time::{Duration, Instant};

use chrono::Utc;
use garage_core::clock::SystemClock;
use garage_core::demo::{self, DemoSize};
use garage_core::resolve::ListFilter;
use garage_core::sync::engine::Engine;
use garage_core::Desk;

struct Server(Child, String);

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn start(database: &Path) -> Server {
    let mut child = Command::new(env!("CARGO_BIN_EXE_garage-server"))
        .env("GARAGE_SERVER_LISTEN", "127.0.0.1:0")
        .env("GARAGE_SERVER_DATABASE", database)
        .env("GARAGE_SERVER_SEED_DEMO", "false")
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("garage-server");
    let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
    let url = loop {
        let line = lines.next().unwrap().unwrap();
        if let Some(rest) = line.split("listening on ").nth(1) {
            break rest.trim().to_owned();
        }
    };
    std::thread::spawn(move || for _ in lines {});
    Server(child, url)
}

fn percentile(samples: &mut [Duration], p: f64) -> f64 {
    samples.sort();
    samples[((samples.len() as f64 - 1.0) * p).round() as usize].as_secs_f64() * 1e3
}

#[tokio::main]
async fn main() {
    let sizes = std::env::var("GARAGE_BENCH_SIZES").unwrap_or_else(|_| "20k,100k".into());
    for size in sizes.split(',') {
        let dir = tempfile::tempdir().unwrap();
        let database = dir.path().join("server.db");
        {
            let mut conn = garage_core::db::open(&database).unwrap();
            demo::seed(&mut conn, size.parse::<DemoSize>().unwrap(), Utc::now()).unwrap();
        }
        let started = Instant::now();
        let server = start(&database);
        println!("{size}: server ready (change log built) in {:.1} s", started.elapsed().as_secs_f64());

        let desk_dir = tempfile::tempdir().unwrap();
        let desk = Arc::new(Desk::open_with(desk_dir.path(), Arc::new(SystemClock), false).unwrap());
        let started = Instant::now();
        Engine::new(desk.clone(), &server.1).cycle().await.unwrap();
        let took = started.elapsed().as_secs_f64();
        let rows: i64 = rusqlite::Connection::open(&database)
            .unwrap()
            .query_row("SELECT count(*) FROM sync_changes", [], |r| r.get(0))
            .unwrap();
        println!(
            "{size}: initial download {rows} rows in {took:.1} s = {:.0} rows/s (pages of {}, applied and indexed)",
            rows as f64 / took,
            garage_core::sync::engine::PAGE
        );
    }

    // Change on desk A to its appearance on desk B, B following the server's hints.
    let dir = tempfile::tempdir().unwrap();
    let database = dir.path().join("server.db");
    {
        let mut conn = garage_core::db::open(&database).unwrap();
        demo::seed(&mut conn, DemoSize::Demo, Utc::now()).unwrap();
    }
    let server = start(&database);
    let (dir_a, dir_b) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let a = Arc::new(Desk::open_with(dir_a.path(), Arc::new(SystemClock), false).unwrap());
    let b = Arc::new(Desk::open_with(dir_b.path(), Arc::new(SystemClock), false).unwrap());
    let engine_a = Engine::new(a.clone(), &server.1);
    engine_a.cycle().await.unwrap();
    Engine::new(b.clone(), &server.1).cycle().await.unwrap();
    tokio::spawn(Engine::new(b.clone(), &server.1).run());
    tokio::time::sleep(Duration::from_millis(500)).await;
    let staff = a.list_staff().unwrap().into_iter().find(|s| s.display_name == "Sandra Whitaker").unwrap();
    let client = garage_core::sync::client::Client::new(&server.1);
    garage_core::sync::client::sign_in::sign_in(&a, &client, staff.id, "1111").await.unwrap();
    let open = a.list_conversations(&ListFilter { customer_id: None, only_open: true }).unwrap();
    let mut samples = Vec::new();
    for conversation in open.iter().take(20) {
        let started = Instant::now();
        a.close_conversation(conversation.conversation.id).unwrap();
        engine_a.cycle().await.unwrap();
        loop {
            let status: String = b
                .connection()
                .query_row(
                    "SELECT status FROM conversations WHERE id = ?1",
                    [conversation.conversation.id.to_string()],
                    |r| r.get(0),
                )
                .unwrap();
            if status == "closed" {
                break;
            }
            tokio::time::sleep(Duration::from_millis(2)).await;
        }
        samples.push(started.elapsed());
    }
    println!(
        "change on desk A seen on desk B (push, server hint, pull, apply): n={} p50={:.1} ms p95={:.1} ms",
        samples.len(),
        percentile(&mut samples, 0.5),
        percentile(&mut samples, 0.95)
    );
}
