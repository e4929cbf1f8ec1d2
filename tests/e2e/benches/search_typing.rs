//! Benchmark (prints figures, asserts nothing): a receptionist types into the search box of the
//! real app (WebKitGTK, through tauri-driver) on a `100k` garage; for every keystroke that changes
//! the search, the time from the key going down to the first frame painted after the list shows
//! that text's rows. Measured inside the page (the keydown's timestamp, a MutationObserver on the
//! list's `data-shown-for`, then requestAnimationFrame), so WebDriver's own latency is not in it.
//! Beside it, in the same run and on the same cache: the core's search alone for the same texts.
//!
//! `xvfb-run -a dbus-run-session -- cargo bench -p garage-desk-e2e --bench search_typing`
//! (GARAGE_BENCH_SIZE=100k; GARAGE_DESK_BIN=target/release/garage-desk for the release app).

use std::time::{Duration, Instant};

use garage_core::customers::{search_customers, CustomerFilter, CustomerQuery};
use garage_core::demo::{self, DemoSize};
use garage_desk_e2e::thirtyfour::prelude::*;
use garage_desk_e2e::App;

/// What is typed, a key at a time, the box cleared before each.
const TYPED: &[&str] = &["smith", "ab12 cde", "jane sm", "ls6 3", "07700 900", "patel", "hd1 4", "margaret", "wo"];

const INSTRUMENT: &str = r#"
window.__samples = [];
const input = document.querySelector('[data-testid=search-input]');
let pending = null;
input.addEventListener('keydown', (e) => { pending = { start: e.timeStamp, want: null }; }, true);
input.addEventListener('input', () => {
  if (!pending) return;
  const want = input.value.trim();
  const list = document.querySelector('[data-testid=customer-list]');
  if (list && list.getAttribute('data-shown-for') === want) { pending = null; window.__samples.push(-1); return; }
  pending.want = want;
});
new MutationObserver(() => {
  const list = document.querySelector('[data-testid=customer-list]');
  if (!pending || pending.want === null || !list || list.getAttribute('data-shown-for') !== pending.want) return;
  const start = pending.start;
  pending = null;
  requestAnimationFrame(() => window.__samples.push(performance.now() - start));
}).observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-shown-for'] });
"#;

fn percentile(samples: &mut [f64], p: f64) -> f64 {
    samples.sort_by(f64::total_cmp);
    samples[((samples.len() as f64 - 1.0) * p).round() as usize]
}

fn seed(dir: &std::path::Path, size: DemoSize) {
    let key = garage_core::cache_key::from_key_file(dir).unwrap();
    let file = dir.join(garage_core::desk::DATABASE_FILE);
    let mut conn = garage_core::db::open_encrypted(&file, &key).unwrap();
    demo::seed_desk(&mut conn, size, chrono::Utc::now()).unwrap();
    // The core alone, for the same texts and each of their prefixes, on the same cache.
    let mut core = Vec::new();
    for text in TYPED {
        for end in 1..=text.len() {
            let query =
                CustomerQuery { text: text[..end].into(), filter: CustomerFilter::Active, page: 0, page_size: 50 };
            let t = Instant::now();
            search_customers(&conn, &query).unwrap();
            core.push(t.elapsed().as_secs_f64() * 1e3);
        }
    }
    println!(
        "core search_customers, same keystrokes: n={} p50={:.1} ms p95={:.1} ms",
        core.len(),
        percentile(&mut core, 0.5),
        percentile(&mut core, 0.95)
    );
    conn.pragma_update(None, "wal_checkpoint", "TRUNCATE").unwrap();
}

#[tokio::main]
async fn main() {
    let size_name = std::env::var("GARAGE_BENCH_SIZE").unwrap_or_else(|_| "100k".into());
    let size: DemoSize = size_name.parse().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let started = Instant::now();
    seed(dir.path(), size);
    println!("{size_name}: seeded in {:.1} s", started.elapsed().as_secs_f64());

    let data = dir.path().to_str().unwrap();
    let app = App::launch_with(&[("GARAGE_DESK_DATA_DIR", data)]).await;
    app.sign_in("Rob Atkinson", "2222").await;
    app.find("[data-testid=customer-list]").await;
    app.driver.execute(INSTRUMENT, Vec::new()).await.unwrap();
    let input = app.find("[data-testid=search-input]").await;
    let mut unchanged = 0;
    let mut samples: Vec<f64> = Vec::new();
    for text in std::iter::repeat_n(TYPED, 3).flatten() {
        input.send_keys(Key::Control + "a").await.unwrap();
        input.send_keys(Key::Backspace).await.unwrap();
        tokio::time::sleep(Duration::from_millis(300)).await;
        app.driver.execute("window.__samples.length = 0;", Vec::new()).await.unwrap();
        for key in text.chars() {
            let before: usize =
                app.driver.execute("return window.__samples.length", Vec::new()).await.unwrap().convert().unwrap();
            input.send_keys(key.to_string()).await.unwrap();
            let waited = Instant::now();
            loop {
                let now: usize =
                    app.driver.execute("return window.__samples.length", Vec::new()).await.unwrap().convert().unwrap();
                if now > before || waited.elapsed() > Duration::from_secs(10) {
                    break;
                }
                tokio::time::sleep(Duration::from_millis(5)).await;
            }
        }
        let typed: Vec<f64> =
            app.driver.execute("return window.__samples", Vec::new()).await.unwrap().convert().unwrap();
        unchanged += typed.iter().filter(|s| **s < 0.0).count();
        samples.extend(typed.into_iter().filter(|s| *s >= 0.0));
    }
    println!(
        "keystroke -> rows painted in the app ({size_name}): n={} p50={:.1} ms p95={:.1} ms max={:.1} ms \
         ({unchanged} keys left the search unchanged)",
        samples.len(),
        percentile(&mut samples, 0.5),
        percentile(&mut samples, 0.95),
        percentile(&mut samples, 1.0)
    );
    // What a receptionist sees for a broad prefix at 100k: the count stops at 1,000.
    input.send_keys(Key::Control + "a").await.unwrap();
    input.send_keys("s").await.unwrap();
    app.wait_for_text("of more than 1,000").await;
    app.screenshot("70-search-broad-prefix-100k-en").await;
    app.quit().await;
}
