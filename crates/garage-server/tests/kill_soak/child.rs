//! The process the soak kills: a desk driven as the app drives it. It opens the desk's data folder
//! with the core, lets the sync engine run against the central server, signs a manager in and
//! deletes clean customers, undoing some at once, until it is killed. Each call is announced
//! (`START`) before it is made and acknowledged (`ACK`) only once it returned Ok, which is after
//! its commit; both are whole lines, flushed.

use std::io::Write;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use chrono::{DateTime, Utc};
use garage_core::clock::Clock;
use garage_core::delete::{DeleteOutcome, DeleteState};
use garage_core::sync::client::Client;
use garage_core::sync::engine::Engine;
use garage_core::{CoreError, Desk};
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;
use uuid::Uuid;

/// The child's settings, from the parent through the environment.
pub const CHILD: &str = "GARAGE_SOAK_CHILD";
pub const DATA: &str = "GARAGE_SOAK_DATA";
pub const SERVER: &str = "GARAGE_SOAK_SERVER";
pub const SEED: &str = "GARAGE_SOAK_SEED";

/// Every soak manager's PIN (the demo's Rob Atkinson's hash, copied).
pub const PIN: &str = "2222";
/// Soak managers' names start with this.
pub const STAFF_PREFIX: &str = "Soak Manager ";
/// How many deletes a child undoes at once, out of ten.
const UNDO_IN_TEN: u32 = 4;
/// The pause between one delete (or undo) and the next.
const PAUSE_MS: std::ops::Range<u64> = 20..250;
/// A child that was never killed gives up after this long (the parent died).
const GIVE_UP: Duration = Duration::from_secs(120);

/// The machine's clocks, except that the monotonic one can be moved on, so a delete that will
/// not be undone leaves its undo window at once and the engine pushes it while the child runs.
#[derive(Default)]
struct SoakClock {
    ahead: Mutex<Duration>,
}

impl Clock for SoakClock {
    fn now_utc(&self) -> DateTime<Utc> {
        Utc::now()
    }
    fn monotonic(&self) -> Instant {
        Instant::now() + *self.ahead.lock().unwrap()
    }
}

fn say(line: &str) {
    let mut out = std::io::stdout().lock();
    // One write of a whole line: a kill leaves it complete or absent.
    let _ = out.write_all(format!("{line}\n").as_bytes());
    let _ = out.flush();
}

/// A soak manager who may still delete this hour, by the desk's own count.
fn next_manager(desk: &Desk) -> Result<Uuid, CoreError> {
    let now = Utc::now();
    let staff = desk.list_staff()?;
    for member in staff.iter().filter(|s| s.display_name.starts_with(STAFF_PREFIX)) {
        if garage_core::delete::rate_limit(&desk.connection(), member.id, now)?.is_none() {
            return Ok(member.id);
        }
    }
    say("EXHAUSTED every soak manager has used up the hour's deletes");
    std::process::exit(3);
}

/// A random customer the pre-flight finds nothing against.
fn clean_customer(desk: &Desk, rng: &mut ChaCha8Rng) -> Result<Uuid, CoreError> {
    let active: i64 =
        desk.connection().query_row("SELECT count(*) FROM customers WHERE deleted_at IS NULL", [], |r| r.get(0))?;
    for _ in 0..200 {
        let id: String = desk.connection().query_row(
            "SELECT id FROM customers WHERE deleted_at IS NULL ORDER BY id LIMIT 1 OFFSET ?1",
            [rng.random_range(0..active.max(1))],
            |r| r.get(0),
        )?;
        let id = Uuid::parse_str(&id).map_err(|_| CoreError::NotFound("customer"))?;
        if desk.check_delete(id)?.state == DeleteState::Confirm {
            return Ok(id);
        }
    }
    say("EXHAUSTED no clean customer found in 200 tries");
    std::process::exit(3);
}

async fn sign_in(desk: &Desk, client: &Client) -> Result<Uuid, CoreError> {
    let staff_id = next_manager(desk)?;
    say(&format!("START sign_in {staff_id}"));
    garage_core::sync::client::sign_in::sign_in(desk, client, staff_id, PIN).await?;
    say(&format!("SIGNED_IN {staff_id}"));
    Ok(staff_id)
}

pub fn run() {
    let data = std::env::var(DATA).expect("GARAGE_SOAK_DATA");
    let url = std::env::var(SERVER).expect("GARAGE_SOAK_SERVER");
    let seed: u64 = std::env::var(SEED).ok().and_then(|s| s.parse().ok()).unwrap_or(0);
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    let runtime = tokio::runtime::Runtime::new().expect("a tokio runtime");
    let clock = Arc::new(SoakClock::default());
    say("START open");
    let desk = Arc::new(Desk::open_with(data.as_ref(), clock.clone(), false).expect("the desk opens"));
    say("OPEN");
    runtime.spawn(Engine::new(desk.clone(), &url).run());
    let client = Client::new(&url);
    let started = Instant::now();
    if let Err(e) = runtime.block_on(drive(&desk, &client, &clock, &mut rng, started)) {
        say(&format!("ERROR {e:?}"));
        std::process::exit(2);
    }
}

async fn drive(
    desk: &Desk,
    client: &Client,
    clock: &SoakClock,
    rng: &mut ChaCha8Rng,
    started: Instant,
) -> Result<(), CoreError> {
    sign_in(desk, client).await?;
    while started.elapsed() < GIVE_UP {
        let customer = clean_customer(desk, rng)?;
        say(&format!("START delete {customer}"));
        let token = garage_core::delete::token(desk.locale());
        let result = match desk.delete_customer(customer, token) {
            Err(CoreError::RateLimited { .. }) => {
                say("RATE_LIMITED");
                desk.sign_out();
                sign_in(desk, client).await?;
                continue;
            }
            other => other?,
        };
        let (DeleteOutcome::Deleted, Some(undo)) = (result.outcome, result.undo) else {
            say(&format!("BLOCKED {customer}"));
            continue;
        };
        say(&format!("ACK delete {} {customer}", undo.batch_id));
        if rng.random_range(0..10) < UNDO_IN_TEN {
            say(&format!("START undo {}", undo.batch_id));
            desk.undo_delete(undo.batch_id)?;
            say(&format!("ACK undo {} {customer}", undo.batch_id));
        } else {
            // Past its undo window: the engine may push it now.
            *clock.ahead.lock().unwrap() += garage_core::delete::UNDO_WINDOW + Duration::from_secs(1);
            desk.sync_notify().notify_one();
        }
        // A person's pace, roughly: the engine pushes and pulls in between.
        tokio::time::sleep(Duration::from_millis(rng.random_range(PAUSE_MS))).await;
    }
    Ok(())
}
