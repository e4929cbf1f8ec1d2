//! Time sources. Wall-clock time (UTC) is what gets stored; monotonic time measures windows that
//! changing the system clock must not stretch. Tests swap in [`ManualClock`].

use std::sync::Mutex;
use std::time::{Duration, Instant};

use chrono::{DateTime, SecondsFormat, Utc};

pub trait Clock: Send + Sync {
    fn now_utc(&self) -> DateTime<Utc>;
    fn monotonic(&self) -> Instant;
}

/// The machine's clocks.
#[derive(Debug, Default)]
pub struct SystemClock;

impl Clock for SystemClock {
    fn now_utc(&self) -> DateTime<Utc> {
        Utc::now()
    }
    fn monotonic(&self) -> Instant {
        Instant::now()
    }
}

/// A clock that only moves when told to.
#[derive(Debug)]
pub struct ManualClock {
    state: Mutex<(DateTime<Utc>, Instant)>,
}

impl ManualClock {
    pub fn new(start: DateTime<Utc>) -> Self {
        Self { state: Mutex::new((start, Instant::now())) }
    }
    pub fn advance(&self, by: Duration) {
        let mut s = self.state.lock().expect("clock lock");
        s.0 += chrono::Duration::from_std(by).expect("duration in range");
        s.1 += by;
    }
}

impl Clock for ManualClock {
    fn now_utc(&self) -> DateTime<Utc> {
        self.state.lock().expect("clock lock").0
    }
    fn monotonic(&self) -> Instant {
        self.state.lock().expect("clock lock").1
    }
}

/// The storage form of a time: RFC 3339 UTC to the second, e.g. `2026-11-30T10:58:01Z`.
pub fn to_storage(t: DateTime<Utc>) -> String {
    t.to_rfc3339_opts(SecondsFormat::Secs, true)
}

pub fn from_storage(s: &str) -> Option<DateTime<Utc>> {
    DateTime::parse_from_rfc3339(s).ok().map(|t| t.with_timezone(&Utc))
}
