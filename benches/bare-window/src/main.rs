//! A bare Tauri v2 window showing a static page: the baseline that the desktop weight benchmark
//! (`tests/e2e/benches/desktop.rs`) compares Garage Desk with. Built by the benchmark, never shipped.
//!
//! Like Garage Desk, it writes `bare-window: ready in <N> ms` to stderr once its page has painted
//! (the page invokes `ready`), N counted from the start of `main`.

// No console window on Windows release builds, as Garage Desk.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::OnceLock;
use std::time::Instant;

static STARTED: OnceLock<Instant> = OnceLock::new();
static READY: AtomicBool = AtomicBool::new(false);

/// The page has painted: report it once (a reload does not report again).
#[tauri::command]
fn ready() {
    if !READY.swap(true, Ordering::SeqCst) {
        let started = STARTED.get_or_init(Instant::now);
        eprintln!("bare-window: ready in {} ms", started.elapsed().as_millis());
    }
}

fn main() {
    STARTED.get_or_init(Instant::now);
    tauri::Builder::default()
        .invoke_handler(tauri::generate_handler![ready])
        .run(tauri::generate_context!())
        .expect("the bare window could not start");
}
