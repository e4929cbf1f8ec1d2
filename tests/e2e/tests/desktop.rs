//! Desktop behaviour IT and staff expect (issue 5): IT's settings file wins and a broken one is
//! explained, one app per data folder, the window comes back where it was left, the log rotates and holds no
//! PINs, tokens or customer details, and the page runs under a strict Content-Security-Policy.
//!
//! Each test gives the app its own XDG folders, so the log and the remembered window are its own.
//! The single-instance test needs a D-Bus session (`dbus-run-session`, as scripts/test-all.sh runs).

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use garage_desk_e2e::{app_binary, App, CentralServer, ENROLMENT_KEY};

/// Per-test home folders: `XDG_CONFIG_HOME` (remembered window), `XDG_DATA_HOME` (the log).
struct Home {
    dir: tempfile::TempDir,
}

impl Home {
    fn new() -> Home {
        Home { dir: tempfile::tempdir().unwrap() }
    }

    fn path(&self, name: &str) -> String {
        self.dir.path().join(name).to_string_lossy().into_owned()
    }

    fn env(&self) -> Vec<(String, String)> {
        vec![
            ("XDG_CONFIG_HOME".into(), self.path("config")),
            ("XDG_DATA_HOME".into(), self.path("data")),
            ("XDG_CACHE_HOME".into(), self.path("cache")),
        ]
    }

    fn log(&self) -> String {
        let dir = Path::new(&self.path("data")).join("uk.co.garagedesk.desktop/logs");
        std::fs::read_to_string(dir.join("garage-desk.log"))
            .unwrap_or_else(|e| panic!("no log in {}: {e}", dir.display()))
    }

    fn machine_config(&self, text: &str) -> String {
        let path = self.path("config.toml");
        std::fs::write(&path, text).unwrap();
        path
    }
}

async fn launch(home: &Home, extra: &[(&str, &str)]) -> App {
    let mut env = home.env();
    env.extend(extra.iter().map(|(k, v)| (k.to_string(), v.to_string())));
    let env: Vec<(&str, &str)> = env.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    App::launch_with(&env).await
}

async fn wait_for_log(home: &Home, text: &str) {
    let started = Instant::now();
    loop {
        if std::fs::metadata(Path::new(&home.path("data")).join("uk.co.garagedesk.desktop/logs/garage-desk.log"))
            .is_ok()
            && home.log().contains(text)
        {
            return;
        }
        assert!(started.elapsed() < Duration::from_secs(20), "the log never said {text:?}");
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
}

#[tokio::test]
async fn a_malformed_settings_file_opens_an_error_window_naming_the_file_and_line() {
    let home = Home::new();
    let config =
        home.machine_config("server_url = \"https://garage.example\"\ndefault_locale = \"pl\"\ncolour = \"red\"\n");
    let app = launch(&home, &[("GARAGE_DESK_MACHINE_CONFIG", &config)]).await;
    app.find("[data-testid=startup-problem]").await;
    let message = app.text("[data-testid=startup-problem-message]").await;
    assert!(message.contains(&config), "{message}");
    // The system language decides (the file could not be read): en-GB here.
    assert!(message.contains("line 3"), "{message}");
    assert!(message.contains("colour"), "{message}");
    app.screenshot("50-settings-file-malformed").await;
    assert!(app.find_all("[data-testid=staff-option]").await.is_empty(), "nothing else started");
    assert!(!app.data_dir.path().join("garage-desk.db").exists(), "no cache was opened");
    app.quit().await;
}

#[tokio::test]
async fn a_data_folder_that_cannot_be_opened_is_named_in_the_error_window_in_its_default_language() {
    let home = Home::new();
    // A file where the folder should be: nothing can be created under it.
    let blocker = home.path("not-a-folder");
    std::fs::write(&blocker, "").unwrap();
    let folder = format!("{blocker}/cache");
    let config =
        home.machine_config(&format!("data_dir = \"{folder}\"\ndefault_locale = \"ro\"\nlocked = [\"data_dir\"]\n"));
    let app = launch(&home, &[("GARAGE_DESK_MACHINE_CONFIG", &config)]).await;
    let message = app.text("[data-testid=startup-problem-message]").await;
    assert!(message.contains(&folder), "{message}");
    assert!(message.contains("folderul de date"), "in Romanian, as IT set: {message}");
    app.screenshot("52-data-folder-unavailable-ro").await;
    app.quit().await;
}

/// Issue 9: an encrypted cache whose key is gone (here the key file was deleted) stops the start
/// with a message saying so, and the app leaves the cache as it was: no new key, no new cache.
#[tokio::test]
async fn issue9_an_encrypted_cache_whose_key_is_gone_is_explained_and_left_as_it_was() {
    let home = Home::new();
    let folder = Path::new(&home.path("cache")).to_owned();
    let key = garage_core::cache_key::from_key_file(&folder).unwrap();
    let database = folder.join(garage_core::desk::DATABASE_FILE);
    drop(garage_core::db::open_encrypted(&database, &key).unwrap());
    let before = std::fs::read(&database).unwrap();
    std::fs::remove_file(folder.join(garage_core::cache_key::KEY_FILE)).unwrap();

    let config = home.machine_config(&format!(
        "data_dir = \"{}\"\nlocked = [\"data_dir\"]\ncache_key_store = \"file\"\n",
        folder.display()
    ));
    let app = launch(&home, &[("GARAGE_DESK_MACHINE_CONFIG", &config)]).await;
    let message = app.text("[data-testid=startup-problem-message]").await;
    assert!(message.contains("is encrypted") && message.contains("garage-desk.key"), "{message}");
    assert!(message.contains("Nothing has been deleted"), "{message}");
    app.screenshot("53-cache-key-missing").await;
    app.quit().await;
    assert_eq!(std::fs::read(&database).unwrap(), before, "the cache is untouched");
    assert!(!folder.join(garage_core::cache_key::KEY_FILE).exists(), "no new key was made");
}

#[tokio::test]
async fn it_locks_beat_the_users_environment_and_its_default_language_is_used_before_sign_in() {
    let home = Home::new();
    let locked_dir = home.path("locked-data");
    let config = home
        .machine_config(&format!("data_dir = \"{locked_dir}\"\ndefault_locale = \"pl\"\nlocked = [\"data_dir\"]\n"));
    // The harness points GARAGE_DESK_DATA_DIR at its own folder: the lock must win.
    let app = launch(&home, &[("GARAGE_DESK_MACHINE_CONFIG", &config)]).await;
    app.find("[data-testid=staff-option]").await;
    app.wait_for_text("Zaloguj").await;
    app.screenshot("51-sign-in-in-it-default-polish").await;
    assert!(Path::new(&locked_dir).join("garage-desk.db").exists(), "the cache is in IT's folder");
    assert!(!app.data_dir.path().join("garage-desk.db").exists(), "not in the environment's folder");
    wait_for_log(&home, "ready in").await;
    let log = home.log();
    assert!(log.contains("setting data_dir: from locked in"), "{log}");
    assert!(log.contains("the value from environment was ignored"), "{log}");
    app.quit().await;
}

#[tokio::test]
async fn a_second_launch_on_the_same_data_folder_hands_over_and_exits() {
    assert!(
        std::env::var_os("DBUS_SESSION_BUS_ADDRESS").is_some(),
        "single instance works over the D-Bus session bus: run the e2e tests under dbus-run-session"
    );
    let home = Home::new();
    let app = launch(&home, &[]).await;
    app.find("[data-testid=staff-option]").await;
    let data_dir = app.data_dir.path().to_owned();

    let second = start_directly(&home, &data_dir);
    let code = wait_exit(second, Duration::from_secs(20)).expect("the second launch exits");
    assert!(code.success(), "{code:?}");
    wait_for_log(&home, "a second launch handed over to this one").await;
    // The first one is still there and working.
    app.find("[data-testid=staff-option]").await;

    // Another data folder is another desk: it runs alongside.
    let other_dir = tempfile::tempdir().unwrap();
    let mut other = start_directly(&home, other_dir.path());
    tokio::time::sleep(Duration::from_secs(4)).await;
    assert!(other.try_wait().unwrap().is_none(), "a desk on another data folder must keep running");
    let _ = Command::new("kill").args(["-TERM", &other.id().to_string()]).status();
    let _ = other.wait();
    app.quit().await;
}

fn start_directly(home: &Home, data_dir: &Path) -> std::process::Child {
    Command::new(app_binary())
        .envs(home.env())
        .env("GARAGE_DESK_DATA_DIR", data_dir)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("start the app")
}

fn wait_exit(mut child: std::process::Child, limit: Duration) -> Option<std::process::ExitStatus> {
    let started = Instant::now();
    while started.elapsed() < limit {
        if let Some(status) = child.try_wait().unwrap() {
            return Some(status);
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    let _ = child.kill();
    None
}

#[tokio::test]
async fn the_window_comes_back_with_the_size_and_place_it_was_left() {
    let home = Home::new();
    let app = launch(&home, &[]).await;
    app.find("[data-testid=staff-option]").await;
    app.driver.set_window_rect(40, 30, 1100, 760).await.expect("resize");
    let before = app.driver.get_window_rect().await.unwrap();
    assert_eq!((before.width, before.height), (1100, 760), "the window did not take the new size");
    // Saved a second after the window settles.
    tokio::time::sleep(Duration::from_secs(3)).await;
    let data_dir: PathBuf = app.data_dir.path().to_owned();
    let keep = data_dir.to_string_lossy().into_owned();
    let state = Path::new(&home.path("config")).join("uk.co.garagedesk.desktop/.window-state.json");
    app.quit().await;
    assert!(state.exists(), "no window state at {}", state.display());

    let again = launch(&home, &[("GARAGE_DESK_DATA_DIR", &keep)]).await;
    again.find("[data-testid=staff-option]").await;
    let after = again.driver.get_window_rect().await.unwrap();
    assert_eq!((after.width, after.height), (before.width, before.height), "size");
    assert_eq!((after.x, after.y), (before.x, before.y), "position");
    again.quit().await;
}

#[tokio::test]
async fn the_log_names_what_happened_but_no_pin_token_or_customer_details() {
    let home = Home::new();
    let (_dir, server) = CentralServer::fresh();
    let app = launch(&home, &[("GARAGE_DESK_SERVER", server.url.as_str())]).await;
    app.sign_in("Rob Atkinson", "2222").await;
    app.delete_customer("Jane Smith", "DELETE").await;
    app.find("[data-testid=deleted-banner]").await;
    wait_for_log(&home, "ready in").await;

    let log = home.log();
    assert!(log.contains("syncing with the central server at"), "{log}");
    let device_token: String = app
        .database()
        .query_row("SELECT value FROM sync_state WHERE key = 'device_token'", [], |r| r.get(0))
        .expect("the desk registered with the server");
    let customer: (String, String, String, String) = app
        .database()
        .query_row(
            "SELECT c.name, COALESCE(c.phone, ''), COALESCE(c.email, ''), COALESCE(c.postcode, '')
               FROM customers c WHERE c.name = 'Jane Smith'",
            [],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
        )
        .unwrap();
    // Issue 9: nor is any of it in a file of the data folder (the cache is encrypted, WAL included).
    for file in std::fs::read_dir(app.data_dir.path()).unwrap() {
        let path = file.unwrap().path();
        let bytes = std::fs::read(&path).unwrap();
        for text in [customer.0.as_str(), customer.1.as_str(), customer.2.as_str(), "Smith"] {
            let found = !text.is_empty() && bytes.windows(text.len()).any(|w| w == text.as_bytes());
            assert!(!found, "{} holds {text:?} readably", path.display());
        }
    }
    for secret in [
        "2222",
        device_token.as_str(),
        customer.0.as_str(),
        "Smith",
        customer.1.as_str(),
        customer.2.as_str(),
        customer.3.as_str(),
        "YK14",
        "DELETE",
        ENROLMENT_KEY,
    ] {
        if !secret.is_empty() {
            assert!(!log.contains(secret), "the log contains {secret:?}:\n{log}");
        }
    }
    app.quit().await;
}

#[tokio::test]
async fn the_page_cannot_eval_or_load_remote_scripts() {
    let home = Home::new();
    let app = launch(&home, &[]).await;
    app.find("[data-testid=staff-option]").await;
    for script in [
        "try { eval('1 + 1'); return 'eval ran'; } catch (e) { return e.name; }",
        "try { new Function('return 1')(); return 'Function ran'; } catch (e) { return e.name; }",
    ] {
        let outcome = app.driver.execute(script, Vec::new()).await.unwrap();
        assert_eq!(outcome.json().as_str(), Some("EvalError"), "{script}");
    }
    // A script from anywhere else is refused before it loads.
    let outcome = app
        .driver
        .execute_async(
            "const done = arguments[arguments.length - 1];
             document.addEventListener('securitypolicyviolation', (e) => done(e.violatedDirective), { once: true });
             const s = document.createElement('script');
             s.src = 'https://example.com/x.js';
             document.head.appendChild(s);
             setTimeout(() => done('no violation'), 3000);",
            Vec::new(),
        )
        .await
        .unwrap();
    assert!(outcome.json().as_str().unwrap_or_default().starts_with("script-src"), "{:?}", outcome.json());
    app.quit().await;
}

#[tokio::test]
async fn a_full_log_is_set_aside_at_start_and_only_five_old_ones_are_kept() {
    let home = Home::new();
    let dir = Path::new(&home.path("data")).join("uk.co.garagedesk.desktop/logs");
    std::fs::create_dir_all(&dir).unwrap();
    // Five old logs already set aside, and a current one past the 1 MB limit.
    for day in 1..=5 {
        std::fs::write(dir.join(format!("garage-desk_2026-01-0{day}_09-00-00.log")), format!("old log {day}\n"))
            .unwrap();
    }
    std::fs::write(dir.join("garage-desk.log"), "a line of yesterday's log\n".repeat(40_000)).unwrap();

    let app = launch(&home, &[]).await;
    app.find("[data-testid=staff-option]").await;
    wait_for_log(&home, "ready in").await;
    app.quit().await;

    let log = home.log();
    assert!(!log.contains("yesterday"), "the full log was not set aside");
    assert!(log.len() < 100_000, "the new log starts small: {} bytes", log.len());
    let mut old: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|name| name != "garage-desk.log")
        .collect();
    old.sort();
    assert_eq!(old.len(), 5, "five old logs are kept: {old:?}");
    assert!(!old.contains(&"garage-desk_2026-01-01_09-00-00.log".to_owned()), "the oldest goes: {old:?}");
    let newest = std::fs::read_to_string(dir.join(old.last().unwrap())).unwrap();
    assert!(newest.starts_with("a line of yesterday's log"), "the full log is kept as the newest old one");
}
