//! Issue 12, path 8: commands run off the main thread, and a page of pull holding the desk's
//! connection freezes neither the thread that hands commands over nor a search.
//!
//! In the app the webview hands each IPC message to Tauri on the main (GTK) thread. Here the
//! test's own thread plays that part, calling `Webview::on_message` as the webview does. Tauri runs
//! a sync command there and then, answering before `on_message` returns, on that thread; an async
//! command is spawned on the async runtime and answers from one of the runtime's threads. So the
//! thread each answer comes from tells, for every command the app registers, whether its body ran
//! on the main thread: nothing in the commands is instrumented, and a sync command added back
//! fails the first test whatever it does.

use std::sync::mpsc::{self, Receiver};
use std::sync::Arc;
use std::thread::{self, ThreadId};
use std::time::{Duration, Instant};

use garage_core::clock::ManualClock;
use garage_core::demo::DEMO_STAFF;
use garage_core::Desk;
use serde_json::{json, Value};
use tauri::ipc::{InvokeError, InvokeResponse};
use tauri::test::MockRuntime;
use tauri::WebviewWindow;

use crate::command_tests::{anchor, app, app_over};
use crate::ipc::{Window, COMMANDS};

/// Longer than any command of the demo garage takes.
const ANSWERS_WITHIN: Duration = Duration::from_secs(5);

struct Answer {
    thread: ThreadId,
    result: Result<Value, Value>,
}

/// Hands `cmd` to Tauri as the webview does, without waiting for its answer.
fn dispatch(window: &WebviewWindow<MockRuntime>, cmd: &str, args: Value) -> Receiver<Answer> {
    let (tx, rx) = mpsc::channel();
    let request = crate::command_tests::invoke_request(cmd, args);
    let respond = move |_webview, _cmd, response: InvokeResponse, _callback, _error| {
        let result = match response {
            InvokeResponse::Ok(body) => Ok(body.deserialize::<Value>().unwrap()),
            InvokeResponse::Err(InvokeError(value)) => Err(value),
        };
        let _ = tx.send(Answer { thread: thread::current().id(), result });
    };
    window.as_ref().clone().on_message(request, Box::new(respond));
    rx
}

fn answer(rx: &Receiver<Answer>, what: &str) -> Answer {
    rx.recv_timeout(ANSWERS_WITHIN).unwrap_or_else(|e| panic!("{what}: no answer ({e})"))
}

#[test]
fn issue12_path8_every_command_answers_from_off_the_thread_that_handed_it_over() {
    let app = app();
    app.sign_in_as("Sandra Whitaker");
    // Each from a window that may call it: the main window, or (Return to customer) a blocker's.
    let blockers = app.window("blockers-invoices-0b6c4f0e-4a53-4f8e-9d0a-2f1b3c4d5e6f");
    let main_thread = thread::current().id();
    let mut on_main = Vec::new();
    for declared in COMMANDS {
        let command = declared.name;
        let window = if declared.allowed_in(Window::Main) { &app.main } else { &blockers };
        // Arguments are left out: a command's body still runs, and answers an argument error.
        let answer = answer(&dispatch(window, command, json!({})), command);
        if let Err(Value::String(text)) = &answer.result {
            panic!("{command} never reached its body: {text}");
        }
        if answer.thread == main_thread {
            on_main.push(command);
        }
    }
    assert!(on_main.is_empty(), "these commands ran on the thread that handed them over: {on_main:?}");
}

/// The runtime's worker threads, as tokio counts them by default.
fn runtime_workers() -> usize {
    let env = std::env::var("TOKIO_WORKER_THREADS").ok().and_then(|n| n.parse().ok());
    env.unwrap_or_else(|| thread::available_parallelism().map_or(1, |n| n.get()))
}

/// Holds the desk's connection in an open IMMEDIATE transaction with a row written, as the sync
/// engine does for a pulled page, until `release` is sent (or `at_most` passes, so a failing test
/// cannot hang). Returns once the transaction is open.
fn hold_like_a_pull_page(desk: Arc<Desk>, at_most: Duration) -> (mpsc::Sender<()>, thread::JoinHandle<()>) {
    let (held, held_rx) = mpsc::channel();
    let (release, release_rx) = mpsc::channel::<()>();
    let holder = thread::spawn(move || {
        let conn = desk.connection();
        conn.execute_batch("BEGIN IMMEDIATE; UPDATE customers SET name = 'Held Back' WHERE name = 'Emma Clarke';")
            .unwrap();
        held.send(()).unwrap();
        let _ = release_rx.recv_timeout(at_most);
        conn.execute_batch("COMMIT").unwrap();
    });
    held_rx.recv_timeout(ANSWERS_WITHIN).expect("the page's transaction opened");
    (release, holder)
}

#[test]
fn issue12_path8_a_pull_page_holding_the_desk_freezes_neither_the_main_thread_nor_a_search() {
    let dir = tempfile::tempdir().unwrap();
    let desk = Desk::open_with(dir.path(), Arc::new(ManualClock::new(anchor())), true).unwrap();
    let app = app_over(desk, None);
    app.sign_in_as("Rob Atkinson");
    let tom = app.customer("Tom Fletcher");
    let desk = Arc::clone(&app.desk());

    let (release, holder) = hold_like_a_pull_page(desk, Duration::from_secs(20));
    // Commands that need the desk's own connection wait for the page: more of them than the
    // runtime has workers, so a command that waited on a worker would leave none for the search.
    let started = Instant::now();
    let waiting: Vec<Receiver<Answer>> =
        (0..2 * runtime_workers() + 2).map(|_| dispatch(&app.main, "list_staff", json!({}))).collect();
    let search = dispatch(
        &app.main,
        "search_customers",
        json!({ "query": { "text": "tom fletcher", "filter": "active", "page": 0, "pageSize": 25 } }),
    );
    let page = dispatch(&app.main, "get_customer", json!({ "customerId": tom }));
    let handing_over = started.elapsed();
    assert!(handing_over < Duration::from_secs(1), "handing the commands over took {handing_over:?}");

    let found = answer(&search, "search_customers").result.unwrap();
    assert!(found["rows"].as_array().unwrap().iter().any(|r| r["name"] == "Tom Fletcher"), "{found}");
    assert_eq!(answer(&page, "get_customer").result.unwrap()["customer"]["name"], "Tom Fletcher");
    assert!(waiting.iter().all(|rx| rx.try_recv().is_err()), "the staff lists waited for the page");

    release.send(()).unwrap();
    holder.join().unwrap();
    for rx in &waiting {
        let staff = answer(rx, "list_staff after the page").result.unwrap();
        assert_eq!(staff.as_array().unwrap().len(), DEMO_STAFF.len());
    }
}

/// With a central server, sign-in awaits its answer on the blocking pool (`block_on` there). The
/// server here refuses connections: the desk then signs in alone, as when the network is down.
#[test]
fn issue12_path8_sign_in_with_a_server_runs_its_http_call_on_the_blocking_pool() {
    let closed = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap();
    let mut conn = garage_core::db::open_in_memory().unwrap();
    garage_core::demo::seed_desk(&mut conn, garage_core::demo::DemoSize::Demo, anchor()).unwrap();
    garage_core::sync::engine::state::set(&conn, garage_core::sync::engine::state::DEVICE_TOKEN, "enrolled-here")
        .unwrap();
    let desk = Desk::from_connection(conn, Arc::new(ManualClock::new(anchor()))).unwrap();
    let server = garage_core::sync::client::Client::new(&format!("http://{closed}"));
    let app = app_over(desk, Some(server));
    let session = app.sign_in_as("Rob Atkinson");
    assert_eq!(session["user"]["displayName"], "Rob Atkinson");
}
