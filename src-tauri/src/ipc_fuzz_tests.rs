//! Issue 9: every command called through Tauri's real IPC path with generated arguments
//! (`ipc_fuzz_args`). Whatever the UI could send: no panic; a refusal is `{code, message}` with
//! a known code and a message in the signed-in person's language (a malformed argument is
//! `invalid_input`); and a refused call changes nothing in the desk's database, except a wrong
//! PIN, which counts a failed attempt and is audited.
//!
//! Cases: `PROPTEST_CASES` (default [`DEFAULT_CASES`]); a long run is
//! `PROPTEST_CASES=20000 cargo test -p garage-desk --lib ipc_fuzz -- --nocapture`.

use std::cell::RefCell;
use std::collections::BTreeMap;
use std::time::Instant;

use garage_core::demo::DEMO_STAFF;
use garage_core::{CoreError, ErrorCode};
use proptest::test_runner::{Config, TestCaseError, TestRunner};
use rusqlite::types::ValueRef;
use rusqlite::Connection;
use serde_json::Value;

use crate::command_tests::{app, call_in, TestApp};
use crate::ipc::{self, command_names, Window};
use crate::ipc_fuzz_args::{call, Ids};

const DEFAULT_CASES: u32 = 300;

fn text(value: ValueRef<'_>) -> String {
    match value {
        ValueRef::Text(t) => String::from_utf8_lossy(t).into_owned(),
        other => format!("{other:?}"),
    }
}

/// Every row of every table, by table and first column (the id, or the whole key).
type Dump = BTreeMap<(String, String), Vec<String>>;

fn dump(conn: &Connection) -> Dump {
    let mut stmt = conn.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").unwrap();
    let tables: Vec<String> = stmt.query_map([], |r| r.get(0)).unwrap().map(Result::unwrap).collect();
    let mut out = Dump::new();
    for table in tables {
        let mut stmt = conn.prepare(&format!("SELECT * FROM \"{table}\"")).unwrap();
        let n = stmt.column_count();
        let mut rows = stmt.query([]).unwrap();
        while let Some(row) = rows.next().unwrap() {
            let values: Vec<String> = (0..n).map(|i| text(row.get_ref(i).unwrap())).collect();
            let key = if table.starts_with("staff_permission") || table == "role_permissions" {
                values.join("|")
            } else {
                values[0].clone()
            };
            out.insert((table.clone(), key), values);
        }
    }
    out
}

/// What changed between two dumps, as (table, key).
fn changed(before: &Dump, after: &Dump) -> Vec<(String, String)> {
    let keys: std::collections::BTreeSet<&(String, String)> = before.keys().chain(after.keys()).collect();
    keys.into_iter().filter(|k| before.get(*k) != after.get(*k)).cloned().collect()
}

/// A refused sign-in with a wrong PIN (or a lock-out) for `staff` may count the attempt and must
/// audit it; nothing else.
fn sign_in_refusal_allows(change: &(String, String), staff: &str, after: &Dump) -> bool {
    let staff = staff.to_owned();
    match change.0.as_str() {
        "staff_users" => change.1 == staff,
        "audit_entries" => {
            after.get(change).is_some_and(|row| row.contains(&"staff.sign_in".to_owned()) && row.contains(&staff))
        }
        _ => false,
    }
}

fn ids(app: &TestApp) -> Ids {
    let desk = app.desk();
    let conn = desk.connection();
    let column = |sql: &str| -> Vec<String> {
        conn.prepare(sql).unwrap().query_map([], |r| r.get(0)).unwrap().map(Result::unwrap).collect()
    };
    let staff = |name: &str| -> String {
        conn.query_row("SELECT id FROM staff_users WHERE display_name = ?1", [name], |r| r.get(0)).unwrap()
    };
    Ids {
        customers: column("SELECT id FROM customers ORDER BY name LIMIT 40"),
        work_orders: column("SELECT id FROM work_orders ORDER BY number LIMIT 20"),
        invoices: column("SELECT id FROM invoices WHERE outstanding_pence > 0 ORDER BY number LIMIT 20"),
        conversations: column("SELECT id FROM conversations ORDER BY id LIMIT 20"),
        delete_batches: column("SELECT id FROM delete_batches ORDER BY id LIMIT 20"),
        staff: DEMO_STAFF.iter().filter(|s| s.name != "Sandra Whitaker").map(|s| (staff(s.name), s.pin)).collect(),
        owner: staff("Sandra Whitaker"),
    }
}

/// A refusal as the UI needs it.
fn check_error(app: &TestApp, error: &Value) -> Result<ErrorCode, String> {
    let code = error.get("code").cloned().unwrap_or_default();
    let code: ErrorCode = serde_json::from_value(code).map_err(|_| format!("not a {{code, message}}: {error}"))?;
    let message = error.get("message").and_then(Value::as_str).unwrap_or_default();
    if message.trim().is_empty() || error.as_object().map_or(0, |o| o.len()) != 2 {
        return Err(format!("no message, or more than code and message: {error}"));
    }
    // Storage trouble is the desk's fault, never the input's: what the fuzzing hunts for.
    if code == ErrorCode::Storage {
        return Err(format!("a storage error: {error}"));
    }
    if code == ErrorCode::InvalidInput {
        let expected = app.desk().message_for(&CoreError::InvalidInput("command argument"));
        if message != expected {
            return Err(format!("invalid_input with {message:?}, not the user's {expected:?}"));
        }
    }
    Ok(code)
}

#[test]
fn every_command_with_generated_arguments() {
    let app = app();
    let ids = ids(&app);
    let owner_pin = DEMO_STAFF.iter().find(|s| s.name == "Sandra Whitaker").unwrap().pin;
    let blocker = app.window("blockers-invoices-fuzz");
    let before = RefCell::new(dump(&app.desk().connection()));
    let tally: RefCell<BTreeMap<String, u32>> = RefCell::default();
    let cases = std::env::var("PROPTEST_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(DEFAULT_CASES);
    let mut runner = TestRunner::new(Config { cases, failure_persistence: None, ..Config::default() });
    let started = Instant::now();
    let result = runner.run(&call(&command_names(), &ids), |(command, args)| {
        // Someone is signed in (the Owner, never locked out by the wrong PINs), so calls reach
        // the rules; a call may sign someone else in, or out.
        if app.desk().current_session().unwrap().is_none() {
            app.desk().sign_in(uuid::Uuid::parse_str(&ids.owner).unwrap(), owner_pin).unwrap();
            *before.borrow_mut() = dump(&app.desk().connection());
        }
        // Each from a window that may call it: the main window, or (Return to customer) a blocker's.
        let main = ipc::command(command).is_some_and(|c| c.allowed_in(Window::Main));
        let window = if main { &app.main } else { &blocker };
        let writes = app.desk().connection().total_changes();
        let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| call_in(window, command, args.clone())))
            .map_err(|_| TestCaseError::fail(format!("{command} panicked with {args}")))?;
        // No row written (not even one rolled back later): nothing to compare.
        let after = if app.desk().connection().total_changes() == writes {
            before.borrow().clone()
        } else {
            dump(&app.desk().connection())
        };
        let changes = changed(&before.borrow(), &after);
        let outcome = match &result {
            Ok(_) => "ok".to_owned(),
            Err(error) => {
                let code =
                    check_error(&app, error).map_err(|e| TestCaseError::fail(format!("{command} {args}: {e}")))?;
                let staff = args.get("staffId").and_then(Value::as_str).unwrap_or_default();
                let counted = command == "sign_in" && matches!(code, ErrorCode::WrongPin | ErrorCode::LockedOut);
                let unexpected: Vec<_> =
                    changes.iter().filter(|c| !(counted && sign_in_refusal_allows(c, staff, &after))).collect();
                if !unexpected.is_empty() {
                    return Err(TestCaseError::fail(format!(
                        "{command} {args} refused ({error}) yet changed {unexpected:?}"
                    )));
                }
                serde_json::to_value(code).unwrap().as_str().unwrap_or_default().to_owned()
            }
        };
        *tally.borrow_mut().entry(format!("{command}: {outcome}")).or_default() += 1;
        *before.borrow_mut() = after;
        Ok(())
    });
    let tally = tally.into_inner();
    let refused: u32 = tally.iter().filter(|(k, _)| !k.ends_with(": ok")).map(|(_, n)| n).sum();
    eprintln!(
        "IPC fuzzing: {} calls of {} commands in {:.1} s, {refused} refused: {tally:?}",
        tally.values().sum::<u32>(),
        command_names().len(),
        started.elapsed().as_secs_f64()
    );
    if let Err(failure) = result {
        panic!("{failure}");
    }
}
