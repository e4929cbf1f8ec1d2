//! Command tests: each command called through Tauri's real IPC path (argument names, JSON
//! shapes, the capability file's ACL, errors as `{ code, message }`) over a seeded desk.

use std::sync::Arc;

use chrono::TimeZone;
use garage_core::clock::ManualClock;
use garage_core::demo::{self, DemoSize, DEMO_STAFF};
use garage_core::Desk;
use serde_json::{json, Value};
use tauri::test::{get_ipc_response, mock_builder, INVOKE_KEY};
use tauri::webview::InvokeRequest;
use tauri::{Manager, WebviewWindow};

pub(crate) struct TestApp {
    app: tauri::App<tauri::test::MockRuntime>,
    pub(crate) main: WebviewWindow<tauri::test::MockRuntime>,
    pub(crate) other: WebviewWindow<tauri::test::MockRuntime>,
}

/// The demo garage's anchor: every test's clock starts there.
pub(crate) fn anchor() -> chrono::DateTime<chrono::Utc> {
    chrono::Utc.with_ymd_and_hms(2026, 11, 30, 9, 0, 0).unwrap()
}

pub(crate) fn app() -> TestApp {
    let mut conn = garage_core::db::open_in_memory().unwrap();
    demo::seed_desk(&mut conn, DemoSize::Demo, anchor()).unwrap();
    app_over(Desk::from_connection(conn, Arc::new(ManualClock::new(anchor()))).unwrap(), None)
}

/// The app with its commands, over `desk`, syncing with `server` if any.
pub(crate) fn app_over(desk: Desk, server: Option<garage_core::sync::client::Client>) -> TestApp {
    let app = crate::with_commands(mock_builder()).build(tauri::generate_context!()).unwrap();
    app.manage(Arc::new(desk));
    app.manage(crate::staff::SyncServer(server));
    let state = crate::startup::StartupState { default_locale: garage_core::i18n::Locale::EnGb, problem: None };
    app.manage(crate::startup::Startup::new(std::time::Instant::now(), state));
    let main = tauri::WebviewWindowBuilder::new(&app, "main", Default::default()).build().unwrap();
    let other = tauri::WebviewWindowBuilder::new(&app, "stranger", Default::default()).build().unwrap();
    TestApp { app, main, other }
}

pub(crate) fn call_in(
    window: &WebviewWindow<tauri::test::MockRuntime>,
    cmd: &str,
    args: Value,
) -> Result<Value, Value> {
    get_ipc_response(window, invoke_request(cmd, args)).map(|body| body.deserialize::<Value>().unwrap())
}

/// `cmd` with `args` as the webview sends it.
pub(crate) fn invoke_request(cmd: &str, args: Value) -> InvokeRequest {
    InvokeRequest {
        cmd: cmd.into(),
        callback: tauri::ipc::CallbackFn(0),
        error: tauri::ipc::CallbackFn(1),
        url: "tauri://localhost".parse().unwrap(),
        body: tauri::ipc::InvokeBody::Json(args),
        headers: Default::default(),
        invoke_key: INVOKE_KEY.to_string(),
    }
}

impl TestApp {
    pub(crate) fn desk(&self) -> tauri::State<'_, Arc<Desk>> {
        self.app.state::<Arc<Desk>>()
    }

    pub(crate) fn window(&self, label: &str) -> WebviewWindow<tauri::test::MockRuntime> {
        tauri::WebviewWindowBuilder::new(&self.app, label, Default::default()).build().unwrap()
    }

    /// The id of the first customer called `name` in the active or deleted list.
    pub(crate) fn customer_in(&self, name: &str, filter: &str) -> String {
        let session = self.call("current_session", json!({})).unwrap();
        if session.is_null() {
            self.sign_in_as("Dave Bennett");
        }
        let page = self
            .call("search_customers", json!({ "query": { "text": name, "filter": filter, "page": 0, "pageSize": 10 } }))
            .unwrap();
        let id = page["rows"].as_array().unwrap().iter().find(|r| r["name"] == name).unwrap()["id"]
            .as_str()
            .unwrap()
            .to_owned();
        if session.is_null() {
            self.call("sign_out", json!({})).unwrap();
        }
        id
    }

    pub(crate) fn customer(&self, name: &str) -> String {
        self.customer_in(name, "active")
    }

    pub(crate) fn call(&self, cmd: &str, args: Value) -> Result<Value, Value> {
        call_in(&self.main, cmd, args)
    }

    fn staff_id(&self, name: &str) -> String {
        let staff = self.call("list_staff", json!({})).unwrap();
        staff.as_array().unwrap().iter().find(|s| s["displayName"] == name).unwrap()["id"].as_str().unwrap().to_owned()
    }

    pub(crate) fn sign_in_as(&self, name: &str) -> Value {
        let pin = DEMO_STAFF.iter().find(|s| s.name == name).unwrap().pin;
        self.call("sign_in", json!({ "staffId": self.staff_id(name), "pin": pin })).unwrap()
    }

    fn tom(&self) -> String {
        let page = self
            .call(
                "search_customers",
                json!({ "query": { "text": "ab12cde", "filter": "active", "page": 0, "pageSize": 10 } }),
            )
            .unwrap();
        page["rows"][0]["id"].as_str().unwrap().to_owned()
    }
}

fn search_args(text: &str) -> Value {
    json!({ "query": { "text": text, "filter": "active", "page": 0, "pageSize": 25 } })
}

#[test]
fn list_staff_needs_no_sign_in() {
    let app = app();
    let staff = app.call("list_staff", json!({})).unwrap();
    assert_eq!(staff.as_array().unwrap().len(), DEMO_STAFF.len());
    assert_eq!(staff[0]["role"], "owner");
    assert!(staff[0].get("pinHash").is_none());
}

#[test]
fn commands_without_a_signed_in_user_are_refused_with_a_code_and_message() {
    let app = app();
    assert_eq!(app.call("current_session", json!({})).unwrap(), Value::Null);
    let calls = [
        ("search_customers", search_args("")),
        ("get_customer", json!({ "customerId": uuid::Uuid::new_v4() })),
        ("set_my_locale", json!({ "locale": "pl" })),
    ];
    for (cmd, args) in calls {
        let err = app.call(cmd, args).unwrap_err();
        assert_eq!(err["code"], "not_signed_in", "{cmd}");
        assert_eq!(err["message"], "Please sign in again to continue.", "{cmd}");
    }
}

#[test]
fn sign_in_success_and_wrong_pin() {
    let app = app();
    let rob = app.staff_id("Rob Atkinson");
    let err = app.call("sign_in", json!({ "staffId": rob, "pin": "0000" })).unwrap_err();
    assert_eq!(err["code"], "wrong_pin");
    assert!(err["message"].as_str().unwrap().contains("4 more tries"), "{err}");
    let err = app.call("sign_in", json!({ "staffId": uuid::Uuid::new_v4(), "pin": "2222" })).unwrap_err();
    assert_eq!(err["code"], "not_found");

    let session = app.call("sign_in", json!({ "staffId": rob, "pin": "2222" })).unwrap();
    assert_eq!(session["user"]["displayName"], "Rob Atkinson");
    assert!(session["permissions"].as_array().unwrap().contains(&json!("customers.delete")));
    assert_eq!(app.call("current_session", json!({})).unwrap()["sessionId"], session["sessionId"]);
}

#[test]
fn locked_out_user_gets_a_message_saying_until_when() {
    let app = app();
    let aisha = app.staff_id("Aisha Khan");
    for _ in 0..5 {
        app.call("sign_in", json!({ "staffId": aisha, "pin": "0000" })).unwrap_err();
    }
    let err = app.call("sign_in", json!({ "staffId": aisha, "pin": "3333" })).unwrap_err();
    assert_eq!(err["code"], "locked_out");
    assert!(err["message"].as_str().unwrap().contains("locked until"), "{err}");
}

/// Issue 9: a malformed or missing argument is `invalid_input` in the user's language, like any
/// other refusal, not Tauri's English `invalid args ...` string.
#[test]
fn malformed_arguments_are_refused() {
    let app = app();
    let invalid = |cmd: &str, args: Value| -> String {
        let err = app.call(cmd, args).unwrap_err();
        assert_eq!(err["code"], "invalid_input", "{cmd}: {err}");
        err["message"].as_str().unwrap().to_owned()
    };
    let english = "Something in that request was not valid. Check it and try again.";
    assert_eq!(invalid("sign_in", json!({ "staffId": "not-a-uuid", "pin": "1" })), english);
    assert_eq!(invalid("sign_in", json!({ "staff_id": uuid::Uuid::new_v4(), "pin": "1" })), english);
    assert_eq!(invalid("sign_in", json!([1, 2])), english);
    app.sign_in_as("Piotr Nowak");
    assert!(invalid("get_customer", json!({ "customerId": 7 })).starts_with("Część danych"));
    assert!(invalid("set_my_locale", json!({ "locale": "de" })).starts_with("Część danych"));
    app.sign_in_as("Rob Atkinson");
    let err = app
        .call("search_customers", json!({ "query": { "text": "", "filter": "active", "page": 0, "pageSize": 100000 } }))
        .unwrap_err();
    assert_eq!(err["code"], "invalid_input");
}

#[test]
fn search_and_customer_page_for_each_role() {
    let app = app();
    for staff in DEMO_STAFF {
        app.sign_in_as(staff.name);
        let page = app.call("search_customers", search_args("  ab12 C de")).unwrap();
        assert_eq!(page["total"], 1);
        assert_eq!(page["rows"][0]["name"], "Tom Fletcher");
        assert!(page["rows"][0]["plates"].as_array().unwrap().contains(&json!("AB12 CDE")));
        let detail = app.call("get_customer", json!({ "customerId": app.tom() })).unwrap();
        assert_eq!(detail["customer"]["name"], "Tom Fletcher");
        assert_eq!(detail["vehicles"].as_array().unwrap().len(), 2);
        assert!(detail["workOrders"].as_array().unwrap().iter().any(|w| w["status"] == "awaiting_parts"));
        assert!(detail["invoices"][0]["totalPence"].is_i64());
        app.call("sign_out", json!({})).unwrap();
    }
}

#[test]
fn unknown_customer_is_not_found_in_the_users_language() {
    let app = app();
    app.sign_in_as("Piotr Nowak");
    let err = app.call("get_customer", json!({ "customerId": uuid::Uuid::new_v4() })).unwrap_err();
    assert_eq!(err["code"], "not_found");
    assert!(err["message"].as_str().unwrap().starts_with("Nie znaleziono"), "{err}");
}

#[test]
fn set_my_locale_switches_messages() {
    let app = app();
    app.sign_in_as("Rob Atkinson");
    let session = app.call("set_my_locale", json!({ "locale": "ro" })).unwrap();
    assert_eq!(session["user"]["locale"], "ro");
    let err = app.call("get_customer", json!({ "customerId": uuid::Uuid::new_v4() })).unwrap_err();
    assert!(err["message"].as_str().unwrap().contains("găsită"), "{err}");
    app.call("sign_out", json!({})).unwrap();
    assert_eq!(app.call("search_customers", search_args("")).unwrap_err()["code"], "not_signed_in");
}

#[test]
fn a_window_without_the_capability_can_call_nothing() {
    let app = app();
    let err = call_in(&app.other, "list_staff", json!({})).unwrap_err();
    assert!(err.as_str().unwrap_or_default().contains("not allowed"), "{err}");
}
