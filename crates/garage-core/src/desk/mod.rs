//! The desk: one open cache, the signed-in session, the clock and the messages. Every operation
//! the UI can ask for is a method here, and each checks who is signed in and what they may do.

mod delete;
mod merge;
mod resolve;
mod restore;
mod staff_admin;
mod sync_status;
mod undo_window;

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::Instant;

use rusqlite::{params, Connection, OptionalExtension};
use serde::Serialize;
use serde_json::json;
use ts_rs::TS;
use uuid::Uuid;

use crate::audit::{self, Actor, AuditEntry};
use crate::changes::{self, Change, MutationKind};
use crate::clock::{to_storage, Clock};
use crate::credentials::{self, Credential};
use crate::customers::{self, CustomerDetail, CustomerPage, CustomerQuery};
use crate::demo::{self, DemoSize};
use crate::error::CoreError;
use crate::i18n::{Locale, Messages};
use crate::staff::{self, Permission, StaffMember};
use crate::sync::{self, protocol::Mutation};

/// The cache's file name inside the data folder.
pub const DATABASE_FILE: &str = "garage-desk.db";

/// Who is signed in on this desk, since when (monotonic: undo windows are measured from it).
#[derive(Debug, Clone)]
pub struct Session {
    pub id: Uuid,
    pub staff_id: Uuid,
    pub started: Instant,
    /// The person's credential on this desk, unlocked by their PIN: it signs their changes.
    pub credential: Credential,
}

/// What the UI learns about the session.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SessionInfo {
    pub session_id: Uuid,
    pub user: StaffMember,
    pub permissions: Vec<Permission>,
}

pub struct Desk {
    conn: Mutex<Connection>,
    /// A read-only connection to the same cache file, for searching and the customer page while
    /// the sync engine holds `conn` for a whole pulled page (issue 12). `None` for a desk over an
    /// in-memory connection, which has no file to open twice: it reads through `conn`.
    reader: Option<Mutex<Connection>>,
    /// Deletes this run of the app may still undo (U3: a restart forgets them).
    pending_undo: undo_window::HeldBatches,
    /// Merges this run of the app may still undo (M7), by merge batch.
    pending_merges: undo_window::HeldBatches,
    /// Woken after every local change, so the sync pushes at once.
    sync_notify: Arc<tokio::sync::Notify>,
    sync_runtime: Mutex<sync::engine::status::Runtime>,
    session: Mutex<Option<Session>>,
    clock: Arc<dyn Clock>,
    messages: Messages,
    device_id: Uuid,
    data_dir: Option<PathBuf>,
    /// Checkpoints the WAL of a cache on disk; dropped (and joined) with the desk.
    checkpointer: Option<crate::db::checkpointer::Checkpointer>,
}

impl Desk {
    /// Opens the cache in `data_dir` (created if missing). An empty cache gets the demo garage.
    pub fn open(data_dir: &Path, clock: Arc<dyn Clock>) -> Result<Desk, CoreError> {
        Desk::open_with(data_dir, clock, true)
    }

    /// Like [`Desk::open`]; `seed_demo` false leaves an empty cache empty, for a desk that
    /// downloads its garage from the central server. The key is the folder's key file: for tests
    /// and tools, which never touch the OS keyring (the app uses [`Desk::open_encrypted`]).
    pub fn open_with(data_dir: &Path, clock: Arc<dyn Clock>, seed_demo: bool) -> Result<Desk, CoreError> {
        let key = crate::cache_key::from_key_file(data_dir)?;
        Desk::open_encrypted(data_dir, &key, clock, seed_demo)
    }

    /// Opens the cache in `data_dir` encrypted with `key` (issue 9; folder and files owner-only, a
    /// plaintext cache encrypted in place). An empty cache gets the demo garage if `seed_demo`.
    pub fn open_encrypted(
        data_dir: &Path,
        key: &crate::cache_key::CacheKey,
        clock: Arc<dyn Clock>,
        seed_demo: bool,
    ) -> Result<Desk, CoreError> {
        let path = data_dir.join(DATABASE_FILE);
        let mut conn = crate::db::open_encrypted(&path, key)?;
        let empty: bool = conn.query_row("SELECT NOT EXISTS (SELECT 1 FROM staff_users)", [], |r| r.get(0))?;
        if empty && seed_demo {
            demo::seed_desk(&mut conn, DemoSize::Demo, clock.now_utc())?;
        }
        // The WAL goes back into the file on a thread of its own, not in a user's commit (issue 10).
        let checkpointer = crate::db::checkpointer::Checkpointer::start(&conn, &path, key)?;
        let mut desk = Desk::from_connection(conn, clock)?;
        desk.reader = Some(Mutex::new(crate::db::reader::open_reader(&path, key)?));
        desk.data_dir = Some(data_dir.to_owned());
        desk.checkpointer = Some(checkpointer);
        Ok(desk)
    }

    /// A desk over an already migrated connection (tests use an in-memory one).
    pub fn from_connection(conn: Connection, clock: Arc<dyn Clock>) -> Result<Desk, CoreError> {
        let device_id = ensure_device(&conn, clock.as_ref())?;
        // A desk keeps no one's PIN hash (issue 9): the central server checks PINs; this desk
        // checks them offline against each person's own wrapped credential. Hashes an older
        // version synced down are removed here.
        conn.execute("UPDATE staff_users SET pin_hash = NULL WHERE pin_hash IS NOT NULL", [])?;
        let messages = Messages::load().map_err(CoreError::Internal)?;
        Ok(Desk {
            conn: Mutex::new(conn),
            reader: None,
            pending_undo: Mutex::new(HashMap::new()),
            pending_merges: Mutex::new(HashMap::new()),
            sync_notify: Arc::new(tokio::sync::Notify::new()),
            sync_runtime: Mutex::new(sync::engine::status::Runtime::default()),
            session: Mutex::new(None),
            clock,
            messages,
            device_id,
            data_dir: None,
            checkpointer: None,
        })
    }

    pub fn data_dir(&self) -> Option<&Path> {
        self.data_dir.as_deref()
    }

    pub fn device_id(&self) -> Uuid {
        self.device_id
    }

    pub fn messages(&self) -> &Messages {
        &self.messages
    }

    /// The connection, for tests and tools that inspect the cache directly.
    pub fn connection(&self) -> MutexGuard<'_, Connection> {
        self.conn.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// Runs `read` on the read-only connection (the desk's own for an in-memory desk) in one
    /// snapshot of the committed cache. It never waits for a transaction on the desk's connection.
    /// Take no other connection's lock inside `read`: for an in-memory desk it is the same lock.
    fn read<T>(&self, read: impl FnOnce(&Connection) -> Result<T, CoreError>) -> Result<T, CoreError> {
        let conn = match &self.reader {
            Some(reader) => reader.lock().unwrap_or_else(|poisoned| poisoned.into_inner()),
            None => self.connection(),
        };
        crate::db::reader::in_snapshot(&conn, read)
    }

    fn session(&self) -> MutexGuard<'_, Option<Session>> {
        self.session.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// The signed-in user's locale, or en-GB before anyone signs in.
    pub fn locale(&self) -> Locale {
        let Some(staff_id) = self.session().as_ref().map(|s| s.staff_id) else {
            return Locale::EnGb;
        };
        let now = self.clock.now_utc();
        self.read(|conn| staff::find_staff(conn, staff_id, now)).map(|s| s.locale).unwrap_or(Locale::EnGb)
    }

    /// The user-facing message for `error`, in the signed-in user's language.
    pub fn message_for(&self, error: &CoreError) -> String {
        error.localised(&self.messages, self.locale())
    }

    pub fn list_staff(&self) -> Result<Vec<StaffMember>, CoreError> {
        staff::list_staff(&self.connection(), self.clock.now_utc())
    }

    /// Signs in on this desk alone (no central server, or none reachable): the PIN must unlock the
    /// person's credential here, under this desk's own lock-out. Someone with no credential here
    /// has never signed in on this desk with the server's agreement.
    pub fn sign_in(&self, staff_id: Uuid, pin: &str) -> Result<SessionInfo, CoreError> {
        let conn = self.connection();
        let now = self.clock.now_utc();
        let result = staff::sign_in_with(&conn, staff_id, now, |conn| credentials::unlock(conn, staff_id, pin));
        self.audit_sign_in(&conn, staff_id, &result)?;
        let (user, credential) = result?;
        self.start_session(&conn, user, credential)
    }

    /// Signs in someone the central server has just signed in: keeps the credential it registered
    /// (`new`: wrapped under `pin`, replacing the one held before) and clears this desk's count of
    /// wrong PINs.
    pub fn sign_in_confirmed(
        &self,
        staff_id: Uuid,
        pin: &str,
        credential: Credential,
        new: bool,
    ) -> Result<SessionInfo, CoreError> {
        let conn = self.connection();
        let now = self.clock.now_utc();
        let result = staff::sign_in_with(&conn, staff_id, now, |conn| {
            if new {
                credentials::store(conn, staff_id, &credential, pin, false, &to_storage(now))?;
            }
            Ok(Some(()))
        });
        self.audit_sign_in(&conn, staff_id, &result)?;
        let (user, ()) = result?;
        self.start_session(&conn, user, credential)
    }

    fn audit_sign_in<T>(
        &self,
        conn: &Connection,
        staff_id: Uuid,
        result: &Result<T, CoreError>,
    ) -> Result<(), CoreError> {
        let outcome = match result {
            Ok(_) => "ok",
            Err(CoreError::WrongPin { .. }) => "wrong_pin",
            Err(CoreError::LockedOut { .. }) => "locked_out",
            Err(CoreError::NotFound(_) | CoreError::FirstSignInNeedsServer) => return Ok(()),
            Err(_) => "error",
        };
        audit::record(
            conn,
            &AuditEntry {
                occurred_at: &to_storage(self.clock.now_utc()),
                actor: Some(staff_id),
                device: self.device_id,
                action: "staff.sign_in",
                subject_type: "staff_user",
                subject_id: Some(staff_id),
                batch: None,
                details: json!({ "outcome": outcome }),
            },
        )?;
        Ok(())
    }

    fn start_session(
        &self,
        conn: &Connection,
        user: StaffMember,
        credential: Credential,
    ) -> Result<SessionInfo, CoreError> {
        let session = Session { id: Uuid::new_v4(), staff_id: user.id, started: self.clock.monotonic(), credential };
        let info =
            SessionInfo { session_id: session.id, permissions: staff::effective_permissions(conn, user.id)?, user };
        *self.session() = Some(session);
        Ok(info)
    }

    pub fn sign_out(&self) {
        *self.session() = None;
    }

    pub fn current_session(&self) -> Result<Option<SessionInfo>, CoreError> {
        let Some(session) = self.session().clone() else {
            return Ok(None);
        };
        let conn = self.connection();
        let user = staff::find_staff(&conn, session.staff_id, self.clock.now_utc())?;
        let permissions = staff::effective_permissions(&conn, user.id)?;
        Ok(Some(SessionInfo { session_id: session.id, user, permissions }))
    }

    /// Who is acting now, for a new change.
    fn actor(&self, session: &Session) -> Actor {
        Actor {
            staff_id: session.staff_id,
            device_id: self.device_id,
            now: to_storage(self.clock.now_utc()),
            mutation_id: Uuid::new_v4(),
        }
    }

    /// Applies one change for the signed-in user under the rules and, in the same transaction,
    /// queues it for the server (S2). A delete or merge is held back while it can be undone.
    pub fn mutate<C>(&self, change: C) -> Result<(Session, C::Outcome), CoreError>
    where
        C: Change + Into<MutationKind>,
    {
        self.mutate_holding(change, |_, _| {})
    }

    /// [`Desk::mutate`], with `hold` run once the change is applied and queued but before it
    /// commits and the sync engine is woken: a delete registers its undo window there, so the
    /// engine can never find it queued without one and push it (the kill soak found an undo
    /// straight after a delete reaching the server that way).
    fn mutate_holding<C>(
        &self,
        change: C,
        hold: impl FnOnce(&Session, &C::Outcome),
    ) -> Result<(Session, C::Outcome), CoreError>
    where
        C: Change + Into<MutationKind>,
    {
        let session = self.require_session()?;
        let actor = self.actor(&session);
        let now = self.clock.now_utc();
        let mut conn = self.connection();
        let tx = rusqlite::Transaction::new(&mut conn, rusqlite::TransactionBehavior::Immediate)?;
        let outcome = changes::apply_checked(&change, &tx, &actor, now)?;
        if C::changed(&outcome) {
            let rows = change.touched_rows(&tx, actor.mutation_id, &outcome)?;
            let mut mutation = Mutation {
                id: actor.mutation_id,
                staff_id: actor.staff_id,
                created_at: actor.now.clone(),
                kind: change.into(),
                credential_id: None,
                proof: None,
            };
            credentials::sign_mutation(&session.credential, self.device_id, &mut mutation);
            sync::outbox::enqueue(&tx, &mutation, C::held_batch(&outcome), &rows)?;
        }
        hold(&session, &outcome);
        tx.commit()?;
        self.sync_notify.notify_one();
        Ok((session, outcome))
    }

    /// The signed-in session, or `NotSignedIn`.
    pub fn require_session(&self) -> Result<Session, CoreError> {
        self.session().clone().ok_or(CoreError::NotSignedIn)
    }

    /// The signed-in session if its user holds `permission` now (grants take effect at once).
    pub fn require(&self, permission: Permission) -> Result<Session, CoreError> {
        let session = self.require_session()?;
        let held = self.read(|conn| staff::effective_permissions(conn, session.staff_id))?;
        if held.contains(&permission) {
            Ok(session)
        } else {
            Err(CoreError::PermissionDenied(permission.id()))
        }
    }

    /// Whether the signed-in user holds `permission` now.
    pub fn session_can(&self, permission: Permission) -> bool {
        self.require(permission).is_ok()
    }

    pub fn set_my_locale(&self, locale: Locale) -> Result<SessionInfo, CoreError> {
        self.mutate(staff::SetLocale { locale })?;
        self.current_session()?.ok_or(CoreError::NotSignedIn)
    }

    pub fn search_customers(&self, query: &CustomerQuery) -> Result<CustomerPage, CoreError> {
        self.require(Permission::CustomersView)?;
        self.read(|conn| customers::search_customers(conn, query))
    }

    pub fn customer(&self, id: Uuid) -> Result<CustomerDetail, CoreError> {
        self.require(Permission::CustomersView)?;
        self.read(|conn| customers::customer_detail(conn, id))
    }
}

/// The computer's name as the OS knows it (what IT sees in the server's `devices` table): the
/// `HOSTNAME` variable is a shell's, and is missing when the app starts from a menu.
pub fn computer_name() -> String {
    let name = gethostname::gethostname().to_string_lossy().trim().to_owned();
    if name.is_empty() {
        "desk".to_owned()
    } else {
        name
    }
}

/// This installation's device id, made on first start.
fn ensure_device(conn: &Connection, clock: &dyn Clock) -> Result<Uuid, CoreError> {
    let existing = conn.query_row("SELECT id FROM device LIMIT 1", [], |r| crate::db::uuid_at(r, 0)).optional()?;
    if let Some(id) = existing {
        return Ok(id);
    }
    let id = Uuid::new_v4();
    let name = computer_name();
    conn.execute(
        "INSERT INTO device (id, name, created_at) VALUES (?1, ?2, ?3)",
        params![id.to_string(), name, to_storage(clock.now_utc())],
    )?;
    Ok(id)
}

#[cfg(test)]
mod reader_tests;
#[cfg(test)]
mod tests;
