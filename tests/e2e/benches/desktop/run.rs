//! One run of an app: spawn it, time its ready line on stderr, measure its processes' memory once
//! it has idled, then end it and every process it started.

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::thread;
use std::time::{Duration, Instant};

use crate::procs::{self, Proc, ProcMem};

/// How an app is started and how it says it is ready.
pub struct App {
    pub label: String,
    pub exe: PathBuf,
    pub args: Vec<String>,
    /// What comes before the milliseconds in the stderr line: `garage-desk: ready in `.
    pub ready_prefix: String,
    /// XDG_CONFIG_HOME, XDG_DATA_HOME and XDG_CACHE_HOME go under it (window state, WebKit data),
    /// so the benchmark leaves the user's home alone.
    pub home: PathBuf,
    /// More environment for the app (the bare window painting on the CPU, as Garage Desk does).
    pub env: Vec<(String, String)>,
}

pub struct Measured {
    /// From spawning the process to reading its ready line.
    pub start_ms: f64,
    /// What the app itself says (from the start of its `main`).
    pub self_ms: u64,
    pub procs: Vec<ProcMem>,
    /// WebKitWebProcess instances elsewhere on the machine when memory was read.
    pub other_webkit: usize,
    /// Processes that did not go by themselves once the app had exited.
    pub leftovers: Vec<String>,
}

/// The running app; dropping it ends the app and its descendants whatever happened.
struct Running {
    child: Child,
    seen: Vec<Proc>,
}

impl Running {
    /// SIGTERM, then wait (SIGKILL after 10 s); then end what it left behind.
    fn end(&mut self) -> Vec<String> {
        self.seen.extend(procs::tree(self.child.id() as i32));
        if matches!(self.child.try_wait(), Ok(None)) {
            procs::terminate(self.child.id());
            let until = Instant::now() + Duration::from_secs(10);
            while matches!(self.child.try_wait(), Ok(None)) && Instant::now() < until {
                thread::sleep(Duration::from_millis(20));
            }
            if matches!(self.child.try_wait(), Ok(None)) {
                procs::kill(self.child.id());
            }
        }
        let _ = self.child.wait();
        let seen = std::mem::take(&mut self.seen);
        procs::end_leftovers(&seen)
    }
}

impl Drop for Running {
    fn drop(&mut self) {
        let _ = self.end();
    }
}

/// The milliseconds of a ready line; the line may carry a logger's prefix (time, target, level).
fn parse_ready(line: &str, prefix: &str) -> Option<u64> {
    let at = line.find(prefix)? + prefix.len();
    line[at..].trim_end().strip_suffix(" ms")?.trim().parse().ok()
}

/// Runs `app` once: ready within `timeout`, memory after `idle`.
pub fn measure(app: &App, idle: Duration, timeout: Duration) -> Result<Measured, String> {
    for sub in ["config", "data", "cache"] {
        std::fs::create_dir_all(app.home.join(sub)).map_err(|e| e.to_string())?;
    }
    let xdg = |sub: &str| app.home.join(sub);
    let spawned = Instant::now();
    let mut child = Command::new(&app.exe)
        .args(&app.args)
        .env("XDG_CONFIG_HOME", xdg("config"))
        .env("XDG_DATA_HOME", xdg("data"))
        .env("XDG_CACHE_HOME", xdg("cache"))
        .envs(app.env.iter().map(|(k, v)| (k, v)))
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("{}: {e}", app.exe.display()))?;
    let stderr = child.stderr.take().expect("piped stderr");
    let mut running = Running { child, seen: Vec::new() };

    // A thread reads stderr to its end (so the app never blocks on a full pipe) and stamps lines.
    let (tx, rx) = mpsc::channel::<(Instant, String)>();
    thread::spawn(move || {
        for line in BufReader::new(stderr).lines().map_while(Result::ok) {
            if tx.send((Instant::now(), line)).is_err() {
                break;
            }
        }
    });

    let deadline = spawned + timeout;
    let mut lines = Vec::new();
    let (start_ms, self_ms) = loop {
        let left = deadline.saturating_duration_since(Instant::now());
        match rx.recv_timeout(left) {
            Ok((at, line)) => {
                if let Some(ms) = parse_ready(&line, &app.ready_prefix) {
                    break ((at - spawned).as_secs_f64() * 1e3, ms);
                }
                lines.push(line);
            }
            Err(e) => {
                let why = match e {
                    mpsc::RecvTimeoutError::Timeout => format!("no ready line within {timeout:?}"),
                    mpsc::RecvTimeoutError::Disconnected => "it exited before its ready line".to_owned(),
                };
                running.end();
                return Err(format!("{}: {why}; its stderr:\n{}", app.label, lines.join("\n")));
            }
        }
    };

    thread::sleep(idle);
    let tree = procs::tree(running.child.id() as i32);
    running.seen.extend(tree.iter().copied());
    let other_webkit = procs::others_named("WebKitWebProcess", &tree);
    let procs: Vec<ProcMem> = tree.into_iter().filter_map(procs::memory).collect();
    let leftovers = running.end();
    Ok(Measured { start_ms, self_ms, procs, other_webkit, leftovers })
}

/// Whether `exe` is running (it should not be before a cold start).
pub fn already_running(exe: &Path) -> usize {
    procs::running(exe)
}
