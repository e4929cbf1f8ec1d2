//! Runs the real `garage-server` binary on a free loopback port with a temporary database, and
//! talks to it over HTTP as a desk would.
#![allow(dead_code)] // each test file uses its own part

pub mod engine;

use std::collections::HashMap;
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::Mutex;
use std::time::{Duration, Instant};

use garage_core::credentials::{sign_mutation, Credential};
use garage_core::i18n::Locale;
use garage_core::sync::protocol::{
    Change, ChangesPage, DeviceToken, ErrorBody, Mutation, MutationKind, MutationResult, PushRequest, PushResponse,
    RegisterDevice, SignInRequest, SignInResponse,
};
use reqwest::blocking::Client;
use reqwest::StatusCode;
use rusqlite::{Connection, OpenFlags};
use uuid::Uuid;

pub struct Server {
    child: Child,
    pub base: String,
    pub database: PathBuf,
    pub log: PathBuf,
}

impl Server {
    /// Starts the server on `database` (seeding the demo garage if it is empty), on loopback
    /// without an enrolment key: any desk may register.
    pub fn start(database: &Path) -> Server {
        Server::start_with(database, &[])
    }

    /// [`Server::start`] with more environment variables, which may override its own.
    pub fn start_with(database: &Path, extra_env: &[(&str, &str)]) -> Server {
        let log = database.with_extension("log");
        let started = Instant::now();
        let mut child = command(database)
            .envs(extra_env.iter().copied())
            .stdout(Stdio::piped())
            .stderr(std::fs::OpenOptions::new().create(true).append(true).open(&log).expect("log file"))
            .spawn()
            .expect("start garage-server");
        let mut line = String::new();
        BufReader::new(child.stdout.take().expect("stdout")).read_line(&mut line).expect("read the first line");
        let base = line
            .trim()
            .strip_prefix("garage-server: listening on ")
            .unwrap_or_else(|| {
                panic!("unexpected first line {line:?}; log: {}", std::fs::read_to_string(&log).unwrap_or_default())
            })
            .to_owned();
        eprintln!("server up at {base} in {} ms", started.elapsed().as_millis());
        Server { child, base, database: database.to_owned(), log }
    }

    /// Kills the process at once, as a crash or a power cut would.
    pub fn kill(mut self) {
        self.child.kill().expect("kill");
        self.child.wait().expect("wait");
    }

    /// Starts the server again on its database after [`Server::stop`] (on a new port).
    pub fn start_again(&mut self) {
        *self = Server::start(&self.database.clone());
    }

    /// Kills the process and keeps the value, to start it again on `self.database`.
    pub fn stop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }

    /// Whether the process is still running (not crashed, not exited).
    pub fn is_running(&mut self) -> bool {
        matches!(self.child.try_wait(), Ok(None))
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }

    /// A read-only look at the server's database (SQLite in WAL mode allows it while it runs).
    pub fn sql(&self) -> Connection {
        Connection::open_with_flags(&self.database, OpenFlags::SQLITE_OPEN_READ_ONLY).expect("open the database")
    }

    /// A writable connection, for tests that change the server's data behind its back.
    pub fn db(&self) -> Connection {
        let conn = Connection::open(&self.database).expect("open the database");
        conn.busy_timeout(Duration::from_secs(5)).unwrap();
        conn
    }

    pub fn count(&self, sql: &str) -> i64 {
        garage_core::testing::count(&self.sql(), sql, [])
    }

    pub fn staff_id(&self, name: &str) -> Uuid {
        garage_core::testing::staff_id(&self.sql(), name)
    }

    pub fn customer_id(&self, name: &str) -> Uuid {
        let id: String = self
            .sql()
            .query_row("SELECT id FROM customers WHERE name = ?1 AND deleted_at IS NULL", [name], |r| r.get(0))
            .expect(name);
        Uuid::parse_str(&id).unwrap()
    }

    /// `n` customers the pre-flight finds nothing against: each can be deleted.
    pub fn clean_customers(&self, n: usize) -> Vec<Uuid> {
        let conn = self.sql();
        let ids =
            garage_core::testing::ids(&conn, "SELECT id FROM customers WHERE deleted_at IS NULL ORDER BY name, id");
        let clean: Vec<Uuid> = ids
            .into_iter()
            .filter(|id| !garage_core::delete::preflight(&conn, *id).unwrap().is_blocked())
            .take(n)
            .collect();
        assert_eq!(clean.len(), n, "the demo garage has {n} clean customers");
        clean
    }

    pub fn log_text(&self) -> String {
        std::fs::read_to_string(&self.log).unwrap_or_default()
    }
}

/// The server binary on loopback with `database`, the demo garage seeded, and no enrolment key
/// whatever the caller's environment holds.
pub fn command(database: &Path) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_garage-server"));
    command
        .env("GARAGE_SERVER_LISTEN", "127.0.0.1:0")
        .env("GARAGE_SERVER_DATABASE", database)
        .env("GARAGE_SERVER_SEED_DEMO", "true")
        .env_remove("GARAGE_SERVER_ENROLMENT_KEY");
    command
}

impl Drop for Server {
    fn drop(&mut self) {
        self.stop();
    }
}

pub fn client() -> Client {
    Client::builder().timeout(Duration::from_secs(30)).build().unwrap()
}

/// A registered desk talking to a server over HTTP, holding the credentials its sign-ins got.
pub struct HttpDesk {
    pub id: Uuid,
    pub token: String,
    pub base: String,
    client: Client,
    database: PathBuf,
    credentials: Mutex<HashMap<Uuid, Credential>>,
}

impl HttpDesk {
    pub fn register(server: &Server, name: &str) -> HttpDesk {
        let id = Uuid::new_v4();
        let token = register(server, id, name);
        HttpDesk::with_token(server, id, token)
    }

    /// A desk that registered as `id` and got `token`.
    pub fn with_token(server: &Server, id: Uuid, token: String) -> HttpDesk {
        HttpDesk {
            id,
            token,
            base: server.base.clone(),
            client: client(),
            database: server.database.clone(),
            credentials: Mutex::new(HashMap::new()),
        }
    }

    /// The same desk, at a server that has been restarted (its credentials kept).
    pub fn at(&self, server: &Server) -> HttpDesk {
        let desk = HttpDesk::with_token(server, self.id, self.token.clone());
        *desk.credentials.lock().unwrap() = self.credentials.lock().unwrap().clone();
        desk
    }

    /// The credential this desk holds for `staff_id`, if a sign-in here got one.
    pub fn credential(&self, staff_id: Uuid) -> Option<Credential> {
        self.credentials.lock().unwrap().get(&staff_id).cloned()
    }

    /// `m` signed by its author's credential here, signing them in with their demo PIN first if
    /// they have not signed in on this desk (issue 9).
    pub fn signed(&self, m: &Mutation) -> Mutation {
        let credential = self.credential(m.staff_id).unwrap_or_else(|| {
            let name: String = Connection::open_with_flags(&self.database, OpenFlags::SQLITE_OPEN_READ_ONLY)
                .unwrap()
                .query_row("SELECT display_name FROM staff_users WHERE id = ?1", [m.staff_id.to_string()], |r| r.get(0))
                .expect("a staff member of the demo garage");
            let pin = garage_core::demo::DEMO_STAFF.iter().find(|s| s.name == name).expect("demo staff").pin;
            self.sign_in(m.staff_id, pin).expect("the demo PIN");
            self.credential(m.staff_id).unwrap()
        });
        let mut m = m.clone();
        sign_mutation(&credential, self.id, &mut m);
        m
    }

    pub fn get(&self, path: &str) -> reqwest::blocking::Response {
        self.client.get(format!("{}{path}", self.base)).bearer_auth(&self.token).send().unwrap()
    }

    pub fn post<T: serde::Serialize>(&self, path: &str, body: &T) -> reqwest::blocking::Response {
        self.client.post(format!("{}{path}", self.base)).bearer_auth(&self.token).json(body).send().unwrap()
    }

    pub fn page(&self, after: i64, limit: i64) -> ChangesPage {
        let response = self.get(&format!("/v1/changes?after={after}&limit={limit}"));
        assert_eq!(response.status(), StatusCode::OK);
        response.json().unwrap()
    }

    /// Every change after `after`, in pages of `limit`; returns them and the final cursor.
    pub fn download(&self, mut after: i64, limit: i64) -> (Vec<Change>, i64) {
        let mut all = Vec::new();
        loop {
            let page = self.page(after, limit);
            if page.changes.is_empty() {
                assert_eq!(page.remaining, 0);
                return (all, page.cursor);
            }
            after = page.cursor;
            all.extend(page.changes);
        }
    }

    /// Signs in through the server with a new key pair, and keeps the credential it registers.
    pub fn sign_in(&self, staff_id: Uuid, pin: &str) -> Result<SignInResponse, (StatusCode, ErrorBody)> {
        let fresh = Credential::generate();
        let request =
            SignInRequest { staff_id, pin: pin.to_owned(), public_key: fresh.public_key(), credential_id: None };
        let response = self.post("/v1/sign-in", &request);
        match response.status() {
            StatusCode::OK => {
                let answer: SignInResponse = response.json().unwrap();
                let credential = Credential { id: answer.credential_id, key: fresh.key };
                self.credentials.lock().unwrap().insert(staff_id, credential);
                Ok(answer)
            }
            status => Err((status, response.json().unwrap())),
        }
    }

    /// Pushes `mutations`, each signed by its author on this desk ([`HttpDesk::signed`]).
    pub fn push(&self, mutations: &[Mutation]) -> Vec<MutationResult> {
        let signed: Vec<Mutation> = mutations.iter().map(|m| self.signed(m)).collect();
        self.push_as_is(&signed)
    }

    /// Pushes `mutations` exactly as given (with whatever proof they carry, or none).
    pub fn push_as_is(&self, mutations: &[Mutation]) -> Vec<MutationResult> {
        let response = self.post("/v1/mutations", &PushRequest { mutations: mutations.to_vec() });
        assert_eq!(response.status(), StatusCode::OK);
        let answer: PushResponse = response.json().unwrap();
        assert_eq!(answer.results.len(), mutations.len());
        answer.results
    }
}

/// Registers `device_id` without an enrolment key; returns its token.
pub fn register(server: &Server, device_id: Uuid, name: &str) -> String {
    let response = post_registration(server, device_id, name, None);
    assert_eq!(response.status(), StatusCode::OK);
    response.json::<DeviceToken>().unwrap().token
}

/// `POST /v1/devices` with `enrolment_key`, whatever the answer.
pub fn post_registration(
    server: &Server,
    device_id: Uuid,
    name: &str,
    enrolment_key: Option<&str>,
) -> reqwest::blocking::Response {
    let body = RegisterDevice {
        device_id,
        name: name.to_owned(),
        enrolment_key: enrolment_key.map(str::to_owned),
        token: None,
    };
    client().post(server.url("/v1/devices")).json(&body).send().unwrap()
}

/// A change by `staff_id` with a new id, not yet signed.
pub fn mutation(staff_id: Uuid, kind: MutationKind) -> Mutation {
    let created_at = "2026-11-30T10:58:01Z".to_owned();
    Mutation { id: Uuid::new_v4(), staff_id, created_at, kind, credential_id: None, proof: None }
}

/// A delete of `customer_id` by `staff_id`, confirmed with the English token.
pub fn delete(staff_id: Uuid, customer_id: Uuid) -> Mutation {
    let token = garage_core::delete::token(Locale::EnGb).to_owned();
    let delete = garage_core::changes::DeleteCustomer { customer_id, token, locale: Locale::EnGb };
    mutation(staff_id, MutationKind::DeleteCustomer(delete))
}

/// A fresh temporary folder and a server on a new database in it.
pub fn fresh() -> (tempfile::TempDir, Server) {
    let dir = tempfile::tempdir().unwrap();
    let server = Server::start(&dir.path().join("server.db"));
    (dir, server)
}
