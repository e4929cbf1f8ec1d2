//! The soak's parent: the real server started once, then the child started again and again on
//! the same data folder and killed with SIGKILL after a random delay (a seeded RNG), the checks
//! after each kill, and at the end a clean run that drains the outbox and compares the desk with
//! the server.

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::{mpsc, Arc};
use std::time::{Duration, Instant};

use chrono::Utc;
use garage_core::clock::SystemClock;
use garage_core::demo::{self, DemoSize};
use garage_core::desk::DATABASE_FILE;
use garage_core::sync::engine::Engine;
use garage_core::Desk;
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;
use rusqlite::{Connection, OpenFlags};
use uuid::Uuid;

use super::checks::{self, Before, Ledger};
use super::child;
use super::figures::Figures;
use super::harness::{engine::assert_same_as_server_except, Server};

pub struct Settings {
    pub kills: usize,
    pub seed: u64,
    pub size: DemoSize,
    /// Each child is killed after 0 to this long.
    pub longest_life: Duration,
}

impl Settings {
    /// From `GARAGE_SOAK_KILLS`, `GARAGE_SOAK_SEED` (random when unset), `GARAGE_SOAK_SIZE`
    /// (demo, 5k, 20k) and `GARAGE_SOAK_LIFE_MS`, with these defaults.
    pub fn from_env(kills: usize, size: DemoSize) -> Settings {
        let var = |name: &str| std::env::var(name).ok();
        Settings {
            kills: var("GARAGE_SOAK_KILLS").and_then(|v| v.parse().ok()).unwrap_or(kills),
            seed: var("GARAGE_SOAK_SEED").and_then(|v| v.parse().ok()).unwrap_or_else(rand::random),
            size: var("GARAGE_SOAK_SIZE").and_then(|v| v.parse().ok()).unwrap_or(size),
            longest_life: Duration::from_millis(
                var("GARAGE_SOAK_LIFE_MS").and_then(|v| v.parse().ok()).unwrap_or(1500),
            ),
        }
    }
}

/// The demo garage of `size` with `managers` more managers (Rob Atkinson's role, language and
/// PIN): the rate limit allows each 10 deletes an hour.
fn seed_server(database: &Path, size: DemoSize, managers: usize) {
    let mut conn = garage_core::db::open(database).unwrap();
    demo::seed(&mut conn, size, Utc::now()).unwrap();
    let tx = conn.transaction().unwrap();
    tx.execute_batch("CREATE TEMP TABLE rob AS SELECT * FROM staff_users WHERE display_name = 'Rob Atkinson'").unwrap();
    for n in 0..managers {
        tx.execute(
            "UPDATE temp.rob SET id = ?1, display_name = ?2",
            rusqlite::params![Uuid::new_v4().to_string(), format!("{}{n:04}", child::STAFF_PREFIX)],
        )
        .unwrap();
        tx.execute("INSERT INTO staff_users SELECT * FROM temp.rob", []).unwrap();
    }
    tx.execute_batch("DROP TABLE temp.rob").unwrap();
    tx.commit().unwrap();
}

/// The child on `data`, its output piped.
fn spawn(data: &Path, server: &Server, seed: u64, log: &Path) -> Child {
    Command::new(std::env::current_exe().unwrap())
        .env(child::CHILD, "1")
        .env(child::DATA, data)
        .env(child::SERVER, &server.base)
        .env(child::SEED, seed.to_string())
        .stdout(Stdio::piped())
        .stderr(std::fs::OpenOptions::new().create(true).append(true).open(log).unwrap())
        .spawn()
        .expect("start the child")
}

/// The child's whole lines as they come (a line cut by the kill is not one), until it ends.
fn lines_of(child: &mut Child) -> mpsc::Receiver<String> {
    let (send, lines) = mpsc::channel();
    let mut reader = BufReader::new(child.stdout.take().unwrap());
    std::thread::spawn(move || {
        let mut line = String::new();
        while reader.read_line(&mut line).unwrap_or(0) > 0 {
            if line.ends_with('\n') && send.send(line.trim_end().to_owned()).is_err() {
                return;
            }
            line.clear();
        }
    });
    lines
}

/// Calls a kill can be aimed at: right after the child announces one.
const AIMS: &[&str] = &["START delete", "START undo", "START delete", "START undo", "START sign_in"];

/// Waits for the moment to kill: `life` from now, or, when `aim` is set, that long after the
/// child announces the `nth` such call (or at `life`, whichever first). Returns the lines so far.
fn wait_to_kill(lines: &mpsc::Receiver<String>, life: Duration, aim: Option<(&str, usize, Duration)>) -> Vec<String> {
    let deadline = Instant::now() + life;
    let mut seen = Vec::new();
    let mut announced = 0;
    while let Some(left) = deadline.checked_duration_since(Instant::now()) {
        match lines.recv_timeout(left) {
            Ok(line) => {
                if let Some((what, nth, after)) = aim {
                    if line.starts_with(what) {
                        announced += 1;
                        if announced == nth {
                            seen.push(line);
                            std::thread::sleep(after);
                            return seen;
                        }
                    }
                }
                seen.push(line);
            }
            Err(mpsc::RecvTimeoutError::Timeout) => break,
            Err(mpsc::RecvTimeoutError::Disconnected) => {
                std::thread::sleep(left);
                break;
            }
        }
    }
    seen
}

/// The desk's cache as the core opens it: encrypted, with the folder's key (issue 9).
fn open_desk_db(data: &Path) -> Connection {
    let key = garage_core::cache_key::from_key_file(data).expect("the desk's cache key");
    garage_core::db::open_encrypted(&data.join(DATABASE_FILE), &key).expect("the desk's database opens")
}

fn fail(seed: u64, kill: usize, what: &str, problems: &[String]) -> ! {
    panic!("kill soak (GARAGE_SOAK_SEED={seed}), after kill {kill}: {what}:\n{}", problems.join("\n"));
}

pub fn run(settings: &Settings) -> Figures {
    let started = Instant::now();
    let dir = tempfile::tempdir().unwrap();
    let database = dir.path().join("server.db");
    // About four deletes a child, ten an hour each (D13): room for twice that.
    let soak_staff = 10 + settings.kills * 4 * 2 / 10;
    seed_server(&database, settings.size, soak_staff);
    let server = Server::start(&database);
    let data = dir.path().join("desk");
    let runtime = tokio::runtime::Runtime::new().unwrap();
    let (before, clean_customers) = {
        // The desk downloads the garage once, unkilled.
        let desk = Arc::new(Desk::open_with(&data, Arc::new(SystemClock), false).unwrap());
        runtime.block_on(Engine::new(desk.clone(), &server.base).cycle()).unwrap();
        let conn = desk.connection();
        let ids: Vec<Uuid> = conn
            .prepare("SELECT id FROM customers WHERE deleted_at IS NULL")
            .unwrap()
            .query_map([], |r| garage_core::db::uuid_at(r, 0))
            .unwrap()
            .map(Result::unwrap)
            .collect();
        let clean = ids.iter().filter(|id| !garage_core::delete::preflight(&conn, **id).unwrap().is_blocked()).count();
        (Before::take(&conn), clean)
    };
    let server_db = || Connection::open_with_flags(&database, OpenFlags::SQLITE_OPEN_READ_ONLY).unwrap();
    let log: PathBuf = dir.path().join("children.log");
    let mut rng = ChaCha8Rng::seed_from_u64(settings.seed);
    let mut ledger = Ledger::default();
    let mut figures = Figures { soak_staff, clean_customers, ..Figures::default() };
    for kill in 1..=settings.kills {
        let mut child = spawn(&data, &server, rng.random(), &log);
        let lines = lines_of(&mut child);
        // Half the kills at a random moment; half aimed inside a call the child just announced.
        let life = settings.longest_life.mul_f64(rng.random::<f64>());
        let aim = rng.random_bool(0.5).then(|| {
            let what = AIMS[rng.random_range(0..AIMS.len())];
            let nth = if what == "START sign_in" { 1 } else { rng.random_range(1..4) };
            (what, nth, Duration::from_micros(rng.random_range(0..3000)))
        });
        figures.aimed += usize::from(aim.is_some());
        let mut seen = wait_to_kill(&lines, if aim.is_some() { settings.longest_life * 2 } else { life }, aim);
        if let Ok(Some(status)) = child.try_wait() {
            seen.extend(lines.iter());
            let tail = std::fs::read_to_string(&log).unwrap_or_default();
            fail(settings.seed, kill, &format!("the child ended by itself ({status})"), &[seen.join("\n"), tail]);
        }
        child.kill().expect("SIGKILL");
        child.wait().unwrap();
        // Whatever it wrote before the kill and the reader had not passed on yet.
        seen.extend(lines.iter());
        let lines = seen;
        lines.iter().for_each(|l| ledger.record(l));
        let desk = open_desk_db(&data);
        figures.landings.count(&lines, &desk);
        let server = server_db();
        let problems = checks::sound(&desk);
        if !problems.is_empty() {
            fail(settings.seed, kill, "the desk's database is damaged", &problems);
        }
        let mut problems = checks::whole_batches(&desk, &before);
        let (lost, checked) = checks::acknowledged(&desk, &server, &ledger);
        problems.extend(lost);
        if !problems.is_empty() {
            problems.push(format!("the last child said:\n{}", lines.join("\n")));
            fail(settings.seed, kill, "a delete is half done or an acknowledged change is lost", &problems);
        }
        figures.acked_checks += checked;
        figures.answers_lost += checks::answers_lost(&desk, &server);
        if kill % 100 == 0 {
            eprintln!("kill soak: {kill} kills, {} deletes acknowledged", ledger.deleted.len());
        }
    }
    figures.deletes_acked = ledger.deleted.len();
    figures.undos_acked = ledger.undone.len();

    // A clean run: the outbox drains, and the desk and the server agree.
    let desk = Arc::new(Desk::open_with(&data, Arc::new(SystemClock), false).unwrap());
    figures.queued_at_end =
        desk.connection().query_row("SELECT count(*) FROM sync_outbox", [], |r| r.get::<_, i64>(0)).unwrap() as usize;
    let drain = Instant::now();
    runtime.block_on(Engine::new(desk.clone(), &server.base).cycle()).expect("the outbox drains");
    figures.drain = drain.elapsed();
    let left: i64 = desk.connection().query_row("SELECT count(*) FROM sync_outbox", [], |r| r.get(0)).unwrap();
    assert_eq!(left, 0, "GARAGE_SOAK_SEED={}: the outbox did not drain", settings.seed);
    let server_conn = server_db();
    let (problems, _) = checks::acknowledged(&desk.connection(), &server_conn, &ledger);
    let mut problems = problems;
    for (batch, customer) in ledger.deleted.iter().filter(|(b, _)| !ledger.undo_called.contains(*b)) {
        let by: Option<String> = server_conn
            .query_row("SELECT delete_batch_id FROM customers WHERE id = ?1", [customer.to_string()], |r| r.get(0))
            .unwrap_or(None);
        if by != Some(batch.to_string()) {
            problems.push(format!("acknowledged delete {batch}: the server has customer {customer} deleted by {by:?}"));
        }
    }
    if !problems.is_empty() {
        fail(settings.seed, settings.kills, "after the drain the server lacks acknowledged changes", &problems);
    }
    // Equal but for the stamps of the deletes undone here, which the server never saw.
    assert_same_as_server_except(&desk, &server, &["updated_at"]);
    figures.took = started.elapsed();
    figures
}
