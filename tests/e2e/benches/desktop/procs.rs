// Process control for the benchmark (signals, a subreaper, reaping) calls libc directly.
#![allow(unsafe_code)]
//! Processes seen through /proc: an app's descendants (found by walking PPid links), their
//! memory from smaps_rollup, and ending them all.

use std::collections::{HashMap, HashSet};
use std::fs;
use std::path::Path;
use std::thread;
use std::time::{Duration, Instant};

/// A process, identified by its pid and its start time (so a reused pid is not mistaken for it).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Proc {
    pub pid: i32,
    pub start: u64,
}

/// One process's memory: resident set and proportional set size, in KiB.
#[derive(Debug, Clone)]
pub struct ProcMem {
    pub name: String,
    pub rss_kib: u64,
    pub pss_kib: u64,
}

/// PPid and start time (field 22 of /proc/PID/stat, in clock ticks since boot).
fn stat(pid: i32) -> Option<(i32, u64)> {
    let text = fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    // The command name is in parentheses and may hold spaces: the fields start after the last ')'.
    let rest = &text[text.rfind(')')? + 2..];
    let fields: Vec<&str> = rest.split_whitespace().collect();
    // `rest` starts at field 3 (state); PPid is field 4, start time field 22.
    Some((fields.get(1)?.parse().ok()?, fields.get(19)?.parse().ok()?))
}

fn all_pids() -> Vec<i32> {
    let Ok(dir) = fs::read_dir("/proc") else { return Vec::new() };
    dir.filter_map(|e| e.ok()?.file_name().to_str()?.parse().ok()).collect()
}

pub fn proc_of(pid: i32) -> Option<Proc> {
    stat(pid).map(|(_, start)| Proc { pid, start })
}

/// Whether the process still exists (and has not been reaped into a zombie that is gone).
pub fn alive(p: Proc) -> bool {
    proc_of(p.pid) == Some(p) && !is_zombie(p.pid)
}

fn is_zombie(pid: i32) -> bool {
    fs::read_to_string(format!("/proc/{pid}/status"))
        .map(|s| s.lines().any(|l| l.starts_with("State:") && l.contains('Z')))
        .unwrap_or(false)
}

/// `root` and every process below it, by PPid links.
pub fn tree(root: i32) -> Vec<Proc> {
    let mut children: HashMap<i32, Vec<(i32, u64)>> = HashMap::new();
    for pid in all_pids() {
        if let Some((ppid, start)) = stat(pid) {
            children.entry(ppid).or_default().push((pid, start));
        }
    }
    let mut found = Vec::new();
    if let Some(p) = proc_of(root) {
        found.push(p);
    }
    let mut i = 0;
    while i < found.len() {
        for &(pid, start) in children.get(&found[i].pid).map(Vec::as_slice).unwrap_or(&[]) {
            found.push(Proc { pid, start });
        }
        i += 1;
    }
    found
}

/// The program's name: argv[0]'s file name (comm is cut at 15 characters).
fn name(pid: i32) -> String {
    let argv0 = fs::read(format!("/proc/{pid}/cmdline"))
        .ok()
        .and_then(|c| c.split(|&b| b == 0).next().map(|a| String::from_utf8_lossy(a).into_owned()))
        .filter(|a| !a.is_empty());
    match argv0 {
        Some(a) => Path::new(&a).file_name().map(|f| f.to_string_lossy().into_owned()).unwrap_or(a),
        None => fs::read_to_string(format!("/proc/{pid}/comm")).unwrap_or_default().trim().to_owned(),
    }
}

/// RSS and PSS from /proc/PID/smaps_rollup (None if the process is gone or unreadable).
pub fn memory(p: Proc) -> Option<ProcMem> {
    let text = fs::read_to_string(format!("/proc/{}/smaps_rollup", p.pid)).ok()?;
    let field = |key: &str| -> Option<u64> {
        let line = text.lines().find(|l| l.starts_with(key))?;
        line[key.len()..].split_whitespace().next()?.parse().ok()
    };
    Some(ProcMem { name: name(p.pid), rss_kib: field("Rss:")?, pss_kib: field("Pss:")? })
}

fn signal(p: Proc, sig: i32) {
    if alive(p) {
        // SAFETY: kill(2) with a pid we just checked belongs to the process we mean.
        unsafe { libc::kill(p.pid, sig) };
    }
}

/// Makes this process the reaper of orphaned descendants: a WebKit child whose app has died is
/// re-parented here rather than to init, so it can be found and ended.
pub fn become_subreaper() {
    // SAFETY: prctl(PR_SET_CHILD_SUBREAPER, 1) only sets a flag on this process.
    unsafe { libc::prctl(libc::PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0) };
}

/// Reaps any exited child without blocking (orphans re-parented to this subreaper).
fn reap_orphans() {
    loop {
        let mut status = 0;
        // SAFETY: waitpid with WNOHANG on any child; only called once the app itself was waited for.
        let pid = unsafe { libc::waitpid(-1, &mut status, libc::WNOHANG) };
        if pid <= 0 {
            break;
        }
    }
}

/// Waits until none of `procs` is alive, up to `limit`; true if they all went.
fn wait_gone(procs: &[Proc], limit: Duration) -> bool {
    let until = Instant::now() + limit;
    loop {
        reap_orphans();
        if procs.iter().all(|&p| !alive(p)) {
            return true;
        }
        if Instant::now() >= until {
            return false;
        }
        thread::sleep(Duration::from_millis(20));
    }
}

/// Ends what is left of an app whose main process has exited: the processes recorded in its tree
/// and anything re-parented to this process. SIGTERM, then SIGKILL after 5 s. Returns the names
/// of processes that needed SIGKILL or were still there (for the report).
pub fn end_leftovers(recorded: &[Proc]) -> Vec<String> {
    let me = std::process::id() as i32;
    let mut left: HashSet<Proc> = recorded.iter().copied().filter(|&p| alive(p)).collect();
    left.extend(tree(me).into_iter().filter(|p| p.pid != me && alive(*p)));
    // Give WebKit children a moment to notice their parent is gone.
    let left: Vec<Proc> = left.into_iter().collect();
    if wait_gone(&left, Duration::from_secs(3)) {
        return Vec::new();
    }
    let mut stubborn = Vec::new();
    for &p in left.iter().filter(|&&p| alive(p)) {
        stubborn.push(name(p.pid));
        signal(p, libc::SIGTERM);
    }
    if !wait_gone(&left, Duration::from_secs(5)) {
        left.iter().for_each(|&p| signal(p, libc::SIGKILL));
        wait_gone(&left, Duration::from_secs(5));
    }
    stubborn
}

/// Sends SIGTERM to the app's main process.
pub fn terminate(pid: u32) {
    if let Some(p) = proc_of(pid as i32) {
        signal(p, libc::SIGTERM);
    }
}

/// Sends SIGKILL to the app's main process.
pub fn kill(pid: u32) {
    if let Some(p) = proc_of(pid as i32) {
        signal(p, libc::SIGKILL);
    }
}

/// Processes called `program` (argv[0]'s file name) that are not among `ours`: other WebKit
/// processes share library pages with the app's, which lowers its PSS.
pub fn others_named(program: &str, ours: &[Proc]) -> usize {
    let ours: HashSet<i32> = ours.iter().map(|p| p.pid).collect();
    all_pids().into_iter().filter(|pid| !ours.contains(pid) && name(*pid) == program).count()
}

/// Processes running `exe` right now (to say whether an app was already running).
pub fn running(exe: &Path) -> usize {
    let Ok(exe) = exe.canonicalize() else { return 0 };
    all_pids().into_iter().filter(|pid| fs::read_link(format!("/proc/{pid}/exe")).is_ok_and(|e| e == exe)).count()
}
