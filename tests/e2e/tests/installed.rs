//! The installed package as IT deploys it: `/usr/bin/garage-desk` from the .deb, with the
//! machine-wide `/etc/garage-desk/config.toml` naming the central server and a locked data folder.
//!
//! Run only by `scripts/test-installed-package.sh`, which builds and installs the package, gives
//! this test `GARAGE_DESK_BIN=/usr/bin/garage-desk` and a private `/etc/garage-desk`, and purges
//! the package afterwards. It is not in the normal e2e step's `--test` list: without
//! `GARAGE_DESK_BIN` it fails and says so, rather than passing without testing anything.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use garage_desk_e2e::{App, CentralServer, ENROLMENT_KEY};

const MACHINE_CONFIG: &str = "/etc/garage-desk/config.toml";

/// IT's machine-wide file, removed again however the test ends.
struct MachineConfig;

impl MachineConfig {
    fn write(contents: &str) -> MachineConfig {
        let path = Path::new(MACHINE_CONFIG);
        assert!(
            !path.exists(),
            "{MACHINE_CONFIG} already exists: this test will not replace a machine's real settings"
        );
        std::fs::create_dir_all(path.parent().unwrap())
            .unwrap_or_else(|e| panic!("cannot create /etc/garage-desk (run as root): {e}"));
        std::fs::write(path, contents).expect("write the machine-wide config");
        MachineConfig
    }
}

impl Drop for MachineConfig {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(MACHINE_CONFIG);
    }
}

fn installed_binary() -> PathBuf {
    let bin = std::env::var_os("GARAGE_DESK_BIN").map(PathBuf::from).unwrap_or_else(|| {
        panic!(
            "GARAGE_DESK_BIN is not set: this test checks the installed package and runs only from \
             scripts/test-installed-package.sh (as root), which builds, installs and removes it"
        )
    });
    assert!(bin.exists(), "{} is not installed", bin.display());
    bin
}

async fn document_language(app: &App) -> String {
    let lang = app.driver.execute("return document.documentElement.lang", Vec::new()).await.expect("lang");
    lang.json().as_str().unwrap_or_default().to_owned()
}

async fn wait_language(app: &App, want: &str) {
    let started = Instant::now();
    loop {
        let lang = document_language(app).await;
        if lang == want {
            return;
        }
        assert!(started.elapsed() < Duration::from_secs(20), "the page's language stayed {lang:?}, not {want:?}");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

async fn wait_online(app: &App) {
    let started = Instant::now();
    loop {
        let status = app.find("[data-testid=sync-status]").await;
        if status.attr("data-connection").await.unwrap().as_deref() == Some("online") {
            return;
        }
        assert!(started.elapsed() < Duration::from_secs(60), "the desk never came online with the server");
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
}

#[tokio::test]
async fn the_installed_app_runs_on_the_server_and_data_folder_it_set_in_the_machine_file() {
    let bin = installed_binary();
    let dir = tempfile::tempdir().unwrap();
    let server = CentralServer::start(&dir.path().join("server.db"), 0);

    // A fresh home: no per-user settings.toml, and the log lands where this test can read it.
    let home = dir.path().join("home");
    let (config_home, data_home) = (home.join(".config"), home.join(".local/share"));
    std::fs::create_dir_all(&config_home).unwrap();
    std::fs::create_dir_all(&data_home).unwrap();
    let user_env = [
        ("HOME", home.to_str().unwrap()),
        ("XDG_CONFIG_HOME", config_home.to_str().unwrap()),
        ("XDG_DATA_HOME", data_home.to_str().unwrap()),
    ];

    // IT's file locks the server and the data folder; the language is only a default.
    let cache = dir.path().join("garage-desk-cache");
    let _config = MachineConfig::write(&format!(
        "# written by tests/e2e/tests/installed.rs\n\
         server_url = \"{}\"\n\
         data_dir = \"{}\"\n\
         default_locale = \"pl\"\n\
         enrolment_key = \"{}\"\n\
         locked = [\"server_url\", \"data_dir\", \"enrolment_key\"]\n",
        server.url,
        cache.display(),
        ENROLMENT_KEY
    ));

    // The harness points GARAGE_DESK_DATA_DIR at its own folder; a server in the environment
    // points nowhere. Both are locked in the machine file, which must win.
    let mut env = user_env.to_vec();
    env.push(("GARAGE_DESK_SERVER", "http://127.0.0.1:9"));
    // A wrong enrolment key in the environment: IT's locked key must be the one sent.
    env.push(("GARAGE_DESK_ENROLMENT_KEY", "not-the-garages-key"));
    let launched = Instant::now();
    let app = App::launch_with(&env).await;

    // With a server the desk seeds no demo: the staff list comes down from the server.
    app.find("[data-testid=staff-option]").await;
    app.wait_for_text("Sandra Whitaker").await;
    println!("installed app: sign-in screen with the server's staff after {:?}", launched.elapsed());
    wait_language(&app, "pl").await;
    app.screenshot("60-installed-sign-in-pl").await;

    app.sign_in("Sandra Whitaker", "1111").await;
    wait_language(&app, "en-GB").await;
    app.find("[data-testid=customer-row]").await;
    wait_online(&app).await;
    app.screenshot("61-installed-signed-in-en").await;

    // The cache is where IT put it, not where the environment said.
    let db = cache.join("garage-desk.db");
    assert!(db.exists(), "no cache at the locked data_dir {}", db.display());
    assert!(
        !app.data_dir.path().join("garage-desk.db").exists(),
        "the app used GARAGE_DESK_DATA_DIR although the machine file locks data_dir"
    );

    // The server knows this desk and that Sandra signed in on it.
    let (device_id, device_token): (String, String) = {
        let conn = garage_desk_e2e::open_desk_cache(&cache);
        let id = conn.query_row("SELECT id FROM device", [], |r| r.get(0)).unwrap();
        let token = conn
            .query_row("SELECT value FROM sync_state WHERE key = 'device_token'", [], |r| r.get(0))
            .expect("the desk registered with the server");
        (id, token)
    };
    let signed_in: i64 = server
        .database()
        .query_row(
            "SELECT count(*) FROM devices d JOIN device_staff ds ON ds.device_id = d.id
               JOIN staff_users s ON s.id = ds.staff_id
              WHERE d.id = ?1 AND s.display_name = 'Sandra Whitaker'",
            [&device_id],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(signed_in, 1, "the server has no sign-in by Sandra on device {device_id}");

    // Launched again (as from the menu), the app hands over to the running one and exits.
    let mut second =
        Command::new(&bin).envs(user_env).stdout(Stdio::null()).stderr(Stdio::null()).spawn().expect("second launch");
    let started = Instant::now();
    let status = loop {
        if let Some(status) = second.try_wait().unwrap() {
            break status;
        }
        if started.elapsed() > Duration::from_secs(20) {
            let _ = second.kill();
            let _ = second.wait();
            panic!("a second launch on the same data folder kept running instead of handing over");
        }
        std::thread::sleep(Duration::from_millis(100));
    };
    assert!(status.success(), "the second launch exited with {status}");
    assert_eq!(app.driver.windows().await.unwrap().len(), 1, "a second window opened");
    app.find("[data-testid=signed-in-name]").await;

    // The log is in the OS log folder, says what it ran on, and holds no secrets or customers.
    let log_file = data_home.join("uk.co.garagedesk.desktop/logs/garage-desk.log");
    let log = std::fs::read_to_string(&log_file).unwrap_or_else(|e| panic!("no log at {}: {e}", log_file.display()));
    assert!(log.contains(&server.url), "the log does not name the server:\n{log}");
    assert!(log.contains(&cache.display().to_string()), "the log does not name the data folder:\n{log}");
    assert!(log.contains("garage-desk: ready in"), "the log has no start-up time:\n{log}");
    assert!(!log.contains(&device_token), "the log holds the device token");
    assert!(!log.contains(ENROLMENT_KEY), "the log holds the enrolment key");
    assert!(!log.contains("Jane Smith"), "the log holds a customer's name");

    app.quit().await;
    drop(server);
}
