//! End-to-end harness: the real `garage-desk` binary in its real WebKitGTK webview, driven through
//! tauri-driver (WebDriver) on a fresh data folder per test. Run under a display (Xvfb in CI).
//!
//! Environment: `GARAGE_DESK_BIN` (default `<target>/debug/garage-desk`), `TAURI_DRIVER`
//! (default `tauri-driver` on PATH, then `$CARGO_HOME/bin/tauri-driver`, by default `~/.cargo/bin`).

use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::json;
use thirtyfour::prelude::*;

/// See [`App::screenshot`]: a mark that repaints one pixel every 16 ms.
const PAINT_WHILE_SCREENSHOT: &str = r#"
    const mark = document.createElement("div");
    mark.id = "e2e-paint-mark";
    mark.style.cssText = "position:fixed;left:0;top:0;width:1px;height:1px;pointer-events:none;z-index:2147483647";
    document.documentElement.appendChild(mark);
    let n = 0;
    window.__e2ePaint = setInterval(() => { mark.style.background = n++ % 2 ? "rgba(0,0,0,0.01)" : "rgba(0,0,0,0.02)"; }, 16);
"#;
const STOP_PAINTING: &str = r#"
    clearInterval(window.__e2ePaint);
    document.getElementById("e2e-paint-mark")?.remove();
"#;

pub use thirtyfour;

/// The garage's enrolment key in these tests: every [`CentralServer`] asks for it, and every app
/// launched gets it in `GARAGE_DESK_ENROLMENT_KEY` unless the test's environment says otherwise.
pub const ENROLMENT_KEY: &str = "e2e-garage-enrolment-key-7d41";

/// How long to wait for something to appear before failing.
pub const WAIT: Duration = Duration::from_secs(20);

fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..").canonicalize().expect("workspace root")
}

fn target_dir() -> PathBuf {
    std::env::var_os("CARGO_TARGET_DIR").map(PathBuf::from).unwrap_or_else(|| workspace_root().join("target"))
}

/// The app under test: `GARAGE_DESK_BIN`, else `target/debug/garage-desk`.
pub fn app_binary() -> PathBuf {
    let bin = std::env::var_os("GARAGE_DESK_BIN")
        .map(PathBuf::from)
        .unwrap_or_else(|| target_dir().join("debug").join("garage-desk"));
    assert!(bin.exists(), "{} not built: run `cargo build -p garage-desk` first", bin.display());
    bin
}

fn tauri_driver() -> PathBuf {
    if let Some(path) = std::env::var_os("TAURI_DRIVER") {
        return path.into();
    }
    // Where `cargo install` put it: $CARGO_HOME/bin, by default ~/.cargo/bin.
    let cargo_home = std::env::var_os("CARGO_HOME")
        .map(PathBuf::from)
        .unwrap_or_else(|| std::env::var_os("HOME").map(PathBuf::from).unwrap_or_default().join(".cargo"));
    let cargo_bin = cargo_home.join("bin/tauri-driver");
    if cargo_bin.exists() {
        cargo_bin
    } else {
        "tauri-driver".into()
    }
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0").expect("bind").local_addr().expect("addr").port()
}

/// Where screenshots go: `target/e2e-screenshots/`.
pub fn screenshot_dir() -> PathBuf {
    let dir = target_dir().join("e2e-screenshots");
    std::fs::create_dir_all(&dir).expect("screenshot dir");
    dir
}

/// One running app: tauri-driver, the app it launched, and a temporary data folder.
pub struct App {
    pub driver: WebDriver,
    tauri_driver: Child,
    pub data_dir: tempfile::TempDir,
}

impl App {
    /// Starts the app on a fresh data folder (it seeds the demo garage on first start).
    pub async fn launch() -> App {
        App::launch_with(&[]).await
    }

    /// Starts the app with extra environment, e.g. `GARAGE_DESK_SERVER` to sync with a server.
    pub async fn launch_with(env: &[(&str, &str)]) -> App {
        let data_dir = tempfile::tempdir().expect("temp data dir");
        let port = free_port();
        let native_port = free_port();
        let tauri_driver = Command::new(tauri_driver())
            .args(["--port", &port.to_string(), "--native-port", &native_port.to_string()])
            .env("GARAGE_DESK_DATA_DIR", data_dir.path())
            .env("GARAGE_DESK_ENROLMENT_KEY", ENROLMENT_KEY)
            .envs(env.iter().copied())
            .stdout(Stdio::null())
            .stderr(Stdio::inherit())
            .spawn()
            .expect("tauri-driver starts (cargo install tauri-driver --locked)");
        let started = Instant::now();
        while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
            assert!(started.elapsed() < WAIT, "tauri-driver did not listen on {port}");
            std::thread::sleep(Duration::from_millis(50));
        }
        let mut caps = Capabilities::new();
        caps.set("browserName", "wry").unwrap();
        caps.set("tauri:options", json!({ "application": app_binary() })).unwrap();
        let driver = WebDriver::new(format!("http://127.0.0.1:{port}"), caps).await.expect("WebDriver session");
        App { driver, tauri_driver, data_dir }
    }

    /// Waits for the first element matching `css` to be displayed.
    pub async fn find(&self, css: &str) -> WebElement {
        self.driver
            .query(By::Css(css))
            .wait(WAIT, Duration::from_millis(100))
            .and_displayed()
            .first()
            .await
            .unwrap_or_else(|e| panic!("{css} did not appear: {e}"))
    }

    /// Every element matching `css` now. A re-render during the lookup (the page refreshes after
    /// each sync) makes WebKit report a stale element: look again rather than fail.
    pub async fn find_all(&self, css: &str) -> Vec<WebElement> {
        let mut attempts = 0;
        loop {
            match self.driver.find_all(By::Css(css)).await {
                Ok(found) => return found,
                Err(e) if attempts < 20 && format!("{e:?}").contains("StaleElementReference") => {
                    attempts += 1;
                    tokio::time::sleep(Duration::from_millis(50)).await;
                }
                Err(e) => panic!("find_all {css}: {e}"),
            }
        }
    }

    /// Waits until `check` holds, polling; panics with `what` after [`WAIT`].
    pub async fn wait_until<F, Fut>(&self, what: &str, mut check: F)
    where
        F: FnMut() -> Fut,
        Fut: std::future::Future<Output = bool>,
    {
        let started = Instant::now();
        while !check().await {
            assert!(started.elapsed() < WAIT, "timed out waiting for {what}");
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// The visible text of the whole page.
    pub async fn page_text(&self) -> String {
        self.driver.find(By::Css("body")).await.expect("body").text().await.unwrap_or_default()
    }

    pub async fn wait_for_text(&self, text: &str) {
        let started = Instant::now();
        loop {
            let page = self.page_text().await;
            if page.contains(text) {
                return;
            }
            assert!(started.elapsed() < WAIT, "timed out waiting for {text:?}; the page says:\n{page}");
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// Saves a PNG of the window as `target/e2e-screenshots/<name>.png`.
    pub async fn screenshot(&self, name: &str) {
        // Let fonts and transitions settle so the picture shows what a person sees.
        tokio::time::sleep(Duration::from_millis(300)).await;
        let path = screenshot_dir().join(format!("{name}.png"));
        // WebKitWebDriver takes its screenshot at the page's next paint. The app paints on the CPU
        // (src-tauri/src/startup/rendering.rs), and there an idle page never paints again: the
        // screenshot would wait for ever. A 1-pixel, nearly transparent mark in the top-left
        // corner that changes every 16 ms keeps paints coming while it is taken, then goes.
        self.driver.execute(PAINT_WHILE_SCREENSHOT, Vec::new()).await.expect("start painting");
        self.driver.screenshot(&path).await.expect("screenshot");
        self.driver.execute(STOP_PAINTING, Vec::new()).await.expect("stop painting");
    }

    /// Starts the app on a fresh data folder and signs `name` in.
    pub async fn signed_in(name: &str, pin: &str) -> App {
        let app = App::launch().await;
        app.sign_in(name, pin).await;
        app
    }

    /// Clicks the first displayed element matching `css` (waiting for it).
    pub async fn click(&self, css: &str) {
        self.find(css).await.click().await.unwrap_or_else(|e| panic!("click {css}: {e}"));
    }

    /// The text of the first displayed element matching `css` (waiting for it).
    pub async fn text(&self, css: &str) -> String {
        self.find(css).await.text().await.unwrap_or_else(|e| panic!("text of {css}: {e}"))
    }

    /// Asserts the first displayed element matching `css` says `expected`; returns its text.
    pub async fn assert_text_contains(&self, css: &str, expected: &str) -> String {
        let text = self.text(css).await;
        assert!(text.contains(expected), "{css} does not say {expected:?}: {text}");
        text
    }

    /// Opens the customer `name`'s page and deletes them with `token`.
    pub async fn delete_customer(&self, name: &str, token: &str) {
        self.open_customer(name).await;
        self.click("[data-testid=delete-customer-button]").await;
        self.confirm_delete(token).await;
    }

    /// The text of each row of the customer list now.
    pub async fn listed_rows(&self) -> Vec<String> {
        let mut rows = Vec::new();
        for row in self.find_all("[data-testid=customer-row]").await {
            rows.push(row.text().await.unwrap_or_default());
        }
        rows
    }

    /// Waits until no row of the customer list names `name`.
    pub async fn wait_until_not_listed(&self, what: &str, name: &str) {
        self.wait_until(what, || async { !self.listed_rows().await.iter().any(|row| row.contains(name)) }).await;
    }

    /// Waits for the customer list's row naming `name`; returns it.
    pub async fn row_named(&self, name: &str) -> WebElement {
        let started = Instant::now();
        loop {
            for row in self.find_all("[data-testid=customer-row]").await {
                if row.text().await.unwrap_or_default().contains(name) {
                    return row;
                }
            }
            assert!(started.elapsed() < Duration::from_secs(60), "no row for {name}");
            tokio::time::sleep(Duration::from_millis(200)).await;
        }
    }

    /// Opens the first customer of the list (by clicking its name).
    pub async fn open_first_row(&self) {
        self.click("[data-testid=customer-row] th").await;
    }

    /// In the open delete dialog, types `token` and confirms.
    pub async fn confirm_delete(&self, token: &str) {
        self.type_into("[data-testid=delete-token-input]", token).await;
        self.click("[data-testid=delete-confirm]").await;
    }

    /// Signs in from the sign-in screen as the staff member with this display name.
    pub async fn sign_in(&self, name: &str, pin: &str) {
        self.choose_staff(name).await;
        let pin_input = self.find("[data-testid=pin-input]").await;
        pin_input.send_keys(pin).await.expect("type PIN");
        self.find("[data-testid=sign-in-submit]").await.click().await.expect("submit");
        self.wait_until(&format!("{name} to be signed in"), || async {
            match self.driver.find(By::Css("[data-testid=signed-in-name]")).await {
                Ok(el) => el.text().await.unwrap_or_default().contains(name),
                Err(_) => false,
            }
        })
        .await;
    }

    /// Launches the app against the central server at `url`, signs `name` in, and waits until
    /// the top bar says the desk is online.
    pub async fn online_at(url: &str, name: &str, pin: &str) -> App {
        let app = App::launch_with(&[("GARAGE_DESK_SERVER", url)]).await;
        app.sign_in(name, pin).await;
        app.wait_until("the desk to be online", || async {
            let status = app.find("[data-testid=sync-status]").await;
            status.attr("data-connection").await.unwrap().unwrap_or_default() == "online"
        })
        .await;
        app
    }

    pub async fn choose_staff(&self, name: &str) {
        self.find("[data-testid=staff-option]").await;
        for option in self.find_all("[data-testid=staff-option]").await {
            if option.text().await.unwrap_or_default().contains(name) {
                option.click().await.expect("choose staff");
                return;
            }
        }
        panic!("no staff option for {name}");
    }

    /// Opens the signed-in person's menu and picks an item by its test id.
    pub async fn menu(&self, item: &str) {
        self.find("[data-testid=user-menu]").await.click().await.expect("open menu");
        self.find(&format!("[data-testid={item}]")).await.click().await.expect("menu item");
    }

    /// The app's own cache, opened beside it as another desk would write to the same garage.
    pub fn database(&self) -> rusqlite::Connection {
        open_desk_cache(self.data_dir.path())
    }

    /// Waits for a window other than `known` to open and switches to it.
    pub async fn switch_to_new_window(&self, known: &[WindowHandle]) -> WindowHandle {
        let started = Instant::now();
        loop {
            let handles = self.driver.windows().await.expect("windows");
            if let Some(new) = handles.into_iter().find(|h| !known.contains(h)) {
                self.driver.switch_to_window(new.clone()).await.expect("switch window");
                return new;
            }
            assert!(started.elapsed() < WAIT, "no new window opened");
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// Types into the first element matching `css` after clearing it.
    pub async fn type_into(&self, css: &str, text: &str) {
        let input = self.find(css).await;
        input.clear().await.expect("clear");
        input.send_keys(text).await.expect("type");
    }

    /// Opens a customer's page from the search box.
    pub async fn open_customer(&self, name: &str) {
        self.type_into("[data-testid=search-input]", name).await;
        self.wait_until(&format!("{name} in the results"), || async {
            let rows = self.find_all("[data-testid=customer-row]").await;
            for row in &rows {
                if row.text().await.unwrap_or_default().contains(name) {
                    return row.find(By::Css("th")).await.expect("name cell").click().await.is_ok();
                }
            }
            false
        })
        .await;
        self.wait_until(&format!("{name}'s page"), || async {
            match self.driver.find(By::Css("[data-testid=customer-name]")).await {
                Ok(el) => el.text().await.unwrap_or_default() == name,
                Err(_) => false,
            }
        })
        .await;
    }

    /// Ends the WebDriver session (closing the app), then tauri-driver (on drop).
    pub async fn quit(self) {
        let _ = self.driver.clone().quit().await;
    }
}

/// SIGTERM, so tauri-driver also stops its WebKitWebDriver child (SIGKILL would orphan it).
fn stop(child: &mut Child) {
    let _ = Command::new("kill").args(["-TERM", &child.id().to_string()]).status();
    let started = Instant::now();
    while started.elapsed() < Duration::from_secs(5) {
        if let Ok(Some(_)) = child.try_wait() {
            return;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    let _ = child.kill();
    let _ = child.wait();
}

/// `(state, parent pid)` of `pid` from `/proc/PID/stat` (`pid (comm) state ppid …`; comm may hold
/// spaces or parentheses), or `None` once it has gone.
fn proc_stat(pid: u32) -> Option<(String, u32)> {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    let mut fields = stat.rsplit_once(')')?.1.split_whitespace();
    let state = fields.next()?.to_owned();
    Some((state, fields.next()?.parse().ok()?))
}

/// The processes under `root` now (WebKitWebDriver, the app, WebKit's helpers).
fn descendants(root: u32) -> Vec<u32> {
    let parents: Vec<(u32, u32)> = std::fs::read_dir("/proc")
        .into_iter()
        .flatten()
        .flatten()
        .filter_map(|entry| {
            let pid: u32 = entry.file_name().to_str()?.parse().ok()?;
            Some((pid, proc_stat(pid)?.1))
        })
        .collect();
    let mut found = vec![root];
    let mut i = 0;
    while i < found.len() {
        let parent = found[i];
        found.extend(parents.iter().filter(|(_, ppid)| *ppid == parent).map(|(pid, _)| *pid));
        i += 1;
    }
    found.remove(0);
    found
}

/// Whether `pid` still runs (a zombie has finished).
fn is_running(pid: u32) -> bool {
    proc_stat(pid).is_some_and(|(state, _)| state != "Z")
}

impl Drop for App {
    /// Stops tauri-driver and waits until the app it launched has really gone: a test that starts the
    /// app again on the same data folder would otherwise meet the old one still shutting down, and the
    /// single-instance check would send the new one away.
    fn drop(&mut self) {
        let pids = descendants(self.tauri_driver.id());
        stop(&mut self.tauri_driver);
        let started = Instant::now();
        while pids.iter().any(|pid| is_running(*pid)) {
            if started.elapsed() > Duration::from_secs(10) {
                for pid in pids.iter().filter(|pid| is_running(**pid)) {
                    let _ = Command::new("kill").args(["-KILL", &pid.to_string()]).status();
                }
                break;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
    }
}

/// Opens the encrypted cache in a desk's data folder (issue 9) with its key, read where the app
/// keeps it: the key file, else the OS keyring (looked up, never moved or made).
pub fn open_desk_cache(folder: &Path) -> rusqlite::Connection {
    use garage_core::cache_key::{folder_id, CacheKey, KeyFile, Keyring, OsKeyring};
    let key = match KeyFile::in_folder(folder).read().expect("the key file") {
        Some(key) => key,
        None => OsKeyring::connect()
            .get(&folder_id(folder).expect("the data folder"))
            .ok()
            .flatten()
            .and_then(|text| CacheKey::from_hex(&text))
            .expect("the cache's key, in the key file or the OS keyring"),
    };
    let conn =
        garage_core::db::open_encrypted(&folder.join(garage_core::desk::DATABASE_FILE), &key).expect("open cache");
    conn.busy_timeout(Duration::from_secs(5)).expect("busy timeout");
    conn
}

/// The central server binary (`target/debug/garage-server`), on loopback with its own database,
/// enrolling only desks that give [`ENROLMENT_KEY`].
pub struct CentralServer {
    child: Child,
    pub url: String,
    pub port: u16,
    pub database: PathBuf,
}

impl CentralServer {
    /// A fresh temporary folder and a server on a new database in it, on a free port.
    pub fn fresh() -> (tempfile::TempDir, CentralServer) {
        let dir = tempfile::tempdir().expect("temp dir");
        let server = CentralServer::start(&dir.path().join("server.db"), 0);
        (dir, server)
    }

    /// The server binary, for its IT commands (`devices`, `revoke-device`).
    pub fn binary() -> PathBuf {
        let bin = target_dir().join("debug").join("garage-server");
        assert!(bin.exists(), "{} not built: run `cargo build -p garage-server` first", bin.display());
        bin
    }

    /// Starts the server on `port` (0: any free one) over `database`, seeding the demo garage.
    pub fn start(database: &Path, port: u16) -> CentralServer {
        let mut child = Command::new(CentralServer::binary())
            .env("GARAGE_SERVER_LISTEN", format!("127.0.0.1:{port}"))
            .env("GARAGE_SERVER_DATABASE", database)
            .env("GARAGE_SERVER_SEED_DEMO", "true")
            .env("GARAGE_SERVER_ENROLMENT_KEY", ENROLMENT_KEY)
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("garage-server starts");
        let stdout = child.stdout.take().expect("stdout");
        let mut lines = std::io::BufRead::lines(std::io::BufReader::new(stdout));
        let url = loop {
            let line = lines.next().expect("the server says where it listens").expect("line");
            if let Some(rest) = line.split("listening on ").nth(1) {
                break rest.trim().to_owned();
            }
        };
        std::thread::spawn(move || for _ in lines {});
        let port = url.rsplit(':').next().and_then(|p| p.parse().ok()).expect("port");
        CentralServer { child, url, port, database: database.to_owned() }
    }

    pub fn stop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }

    pub fn database(&self) -> rusqlite::Connection {
        let conn = rusqlite::Connection::open(&self.database).expect("server database");
        conn.busy_timeout(Duration::from_secs(5)).expect("busy timeout");
        conn
    }
}

impl Drop for CentralServer {
    fn drop(&mut self) {
        self.stop();
    }
}
