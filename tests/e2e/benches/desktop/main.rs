//! Desktop weight benchmark (prints figures, asserts nothing): Garage Desk on the `demo` and
//! `100k` garages against a bare Tauri v2 window (`benches/bare-window`), in one run:
//! cold start to the first interactive screen, idle memory of all the app's processes (RSS and
//! PSS), and the sizes of the release binaries and installers, then the ratios.
//!
//! `scripts/bench-desktop.sh` builds everything and runs it under Xvfb. By hand, with both apps
//! built by `tauri build --bundles deb,rpm`:
//! `xvfb-run -a cargo bench -p garage-desk-e2e --bench desktop`
//! (GARAGE_BENCH_RUNS=5, GARAGE_BENCH_SIZES=demo,100k, GARAGE_BENCH_IDLE_SECS=5).

mod procs;
mod report;
mod run;

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use garage_core::demo::{self, DemoSize};
use report::{Results, Sizes};
use run::App;

const READY_TIMEOUT: Duration = Duration::from_secs(120);

fn env_or<T: std::str::FromStr>(name: &str, default: T) -> T {
    std::env::var(name).ok().and_then(|v| v.parse().ok()).unwrap_or(default)
}

fn main() {
    // Errors come back here so that every destructor (temporary caches, running apps) has run.
    if let Err(message) = bench() {
        eprintln!("desktop bench: {message}");
        std::process::exit(1);
    }
}

/// Seeds `dir` with a demo garage through garage-core, as a desk that already holds it.
fn seed(dir: &Path, size_name: &str) -> Result<String, String> {
    let size: DemoSize = size_name.parse()?;
    std::fs::create_dir_all(dir).map_err(|e| e.to_string())?;
    let file = dir.join(garage_core::desk::DATABASE_FILE);
    let took = Instant::now();
    // Encrypted with a key file, as a desk without a keyring (this bench's D-Bus session) keeps it.
    let key = garage_core::cache_key::from_key_file(dir).map_err(|e| e.to_string())?;
    let mut conn = garage_core::db::open_encrypted(&file, &key).map_err(|e| e.to_string())?;
    demo::seed_desk(&mut conn, size, chrono::Utc::now()).map_err(|e| e.to_string())?;
    let customers: i64 =
        conn.query_row("SELECT count(*) FROM customers", [], |r| r.get(0)).map_err(|e| e.to_string())?;
    conn.pragma_update(None, "wal_checkpoint", "TRUNCATE").map_err(|e| e.to_string())?;
    drop(conn);
    let bytes = std::fs::metadata(&file).map(|m| m.len()).unwrap_or(0);
    Ok(format!(
        "{size_name}: {customers} customers, {:.1} MB cache, seeded in {:.1} s",
        bytes as f64 / 1e6,
        took.elapsed().as_secs_f64()
    ))
}

fn load_average() -> String {
    std::fs::read_to_string("/proc/loadavg")
        .map(|l| l.split_whitespace().take(3).collect::<Vec<_>>().join(" "))
        .unwrap_or_default()
}

fn bench() -> Result<(), String> {
    let runs: usize = env_or("GARAGE_BENCH_RUNS", 5).max(1);
    let idle = Duration::from_secs_f64(env_or("GARAGE_BENCH_IDLE_SECS", 5.0));
    let sizes: Vec<String> = std::env::var("GARAGE_BENCH_SIZES")
        .unwrap_or_else(|_| "demo,100k".to_owned())
        .split(',')
        .map(|s| s.trim().to_owned())
        .filter(|s| !s.is_empty())
        .collect();
    if std::env::var_os("DISPLAY").is_none() {
        return Err("WebKitGTK needs a display: run under xvfb-run -a (scripts/bench-desktop.sh does)".into());
    }

    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let root = root.canonicalize().unwrap_or(root);
    let target = std::env::var_os("CARGO_TARGET_DIR").map(PathBuf::from).unwrap_or_else(|| root.join("target"));
    let release = target.join("release");
    let bare_exe = release.join("bare-window");
    let desk_exe = release.join("garage-desk");
    for exe in [&bare_exe, &desk_exe] {
        if !exe.exists() {
            return Err(format!("{} is missing: build both apps first (scripts/bench-desktop.sh)", exe.display()));
        }
    }
    let bundles = release.join("bundle");
    let bare_sizes = Sizes::find(&bare_exe, &bundles, "bare-window");
    let desk_sizes = Sizes::find(&desk_exe, &bundles, "Garage Desk");

    procs::become_subreaper();
    let work = tempfile::Builder::new().prefix("garage-desk-bench-").tempdir().map_err(|e| e.to_string())?;

    println!("Desktop weight benchmark: Garage Desk against a bare Tauri v2 window");
    println!(
        "machine: {} cores, load average {} at the start; DISPLAY {}; D-Bus session bus: {}",
        std::thread::available_parallelism().map(|n| n.get()).unwrap_or(0),
        load_average(),
        std::env::var("DISPLAY").unwrap_or_default(),
        if std::env::var_os("DBUS_SESSION_BUS_ADDRESS").is_some() { "yes" } else { "none" }
    );
    println!(
        "runs: {runs} measured per app, interleaved, after one unmeasured warm-up run each: the OS file \
         cache is warm; each run starts a process that was not running before and ends it with all \
         its children"
    );
    println!(
        "Garage Desk runs alone (--data-dir, no --server) on an existing cache, seeded beforehand with garage-core:"
    );
    let mut apps = vec![App {
        label: "bare window".to_owned(),
        exe: bare_exe.clone(),
        args: Vec::new(),
        ready_prefix: "bare-window: ready in ".to_owned(),
        home: work.path().join("bare-window-home"),
        env: Vec::new(),
    }];
    // Garage Desk paints on the CPU (src-tauri/src/startup/rendering.rs); the bare window keeps
    // WebKitGTK's default, GPU compositing. The same bare window painting on the CPU as well shows
    // how much of the difference that choice is.
    apps.push(App {
        label: "bare window, CPU".to_owned(),
        exe: bare_exe.clone(),
        args: Vec::new(),
        ready_prefix: "bare-window: ready in ".to_owned(),
        home: work.path().join("bare-window-cpu-home"),
        env: vec![("WEBKIT_DISABLE_COMPOSITING_MODE".to_owned(), "1".to_owned())],
    });
    for size in &sizes {
        let data = work.path().join(format!("garage-{size}"));
        println!("   {}", seed(&data, size)?);
        apps.push(App {
            label: format!("Garage Desk, {size}"),
            exe: desk_exe.clone(),
            args: vec!["--data-dir".to_owned(), data.display().to_string()],
            ready_prefix: "garage-desk: ready in ".to_owned(),
            home: work.path().join(format!("garage-{size}-home")),
            env: Vec::new(),
        });
    }

    for exe in [&bare_exe, &desk_exe] {
        let n = run::already_running(exe);
        if n > 0 {
            println!("note: {n} process(es) of {} were already running (not this benchmark's)", exe.display());
        }
    }

    let mut results: Vec<Results> = Vec::new();
    let mut leftovers = Vec::new();
    for app in &apps {
        eprintln!("desktop bench: warm-up run of {}", app.label);
        let warm = run::measure(app, Duration::from_secs(1), READY_TIMEOUT)?;
        leftovers.extend(warm.leftovers);
        let sizes = if app.exe == bare_exe { bare_sizes.clone() } else { desk_sizes.clone() };
        results.push(Results { label: app.label.clone(), runs: Vec::new(), sizes });
    }
    for round in 1..=runs {
        for (app, result) in apps.iter().zip(results.iter_mut()) {
            eprintln!("desktop bench: run {round}/{runs} of {}", app.label);
            let m = run::measure(app, idle, READY_TIMEOUT)?;
            leftovers.extend(m.leftovers.iter().cloned());
            result.runs.push(m);
        }
    }

    let all: Vec<&Results> = results.iter().collect();
    report::print_start(&all);
    report::print_memory(&all, idle.as_secs_f64());
    report::print_sizes(&[("bare window", &bare_sizes), ("Garage Desk", &desk_sizes)]);
    report::print_ratios(all[0], &all[2..]);
    report::print_ratios(all[1], &all[2..]);

    let me = std::process::id() as i32;
    let still: Vec<String> = procs::tree(me)
        .into_iter()
        .filter(|&p| p.pid != me && procs::alive(p))
        .map(|p| {
            format!(
                "{} ({})",
                p.pid,
                std::fs::read_to_string(format!("/proc/{}/cmdline", p.pid)).unwrap_or_default().replace('\0', " ")
            )
        })
        .collect();
    println!(
        "\nload average {} at the end; processes that outlived their app and had to be signalled: {}; \
         left running now: {}",
        load_average(),
        if leftovers.is_empty() { "none".to_owned() } else { leftovers.join(", ") },
        if still.is_empty() { "none".to_owned() } else { still.join(", ") }
    );
    Ok(())
}
