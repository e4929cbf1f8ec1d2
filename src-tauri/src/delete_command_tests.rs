//! Safety: the delete rules hold whatever the UI does. Every delete-related command is called
//! straight through IPC, as each role, with wrong tokens, wrong ids, deleted customers and twice
//! in a row; each refusal carries the right code and leaves the database unchanged.

use serde_json::{json, Value};

use crate::command_tests::{app, TestApp};

fn database(app: &TestApp) -> String {
    let desk = app.desk();
    let conn = desk.connection();
    let mut out = String::new();
    for table in [
        "customers",
        "vehicles",
        "registrations",
        "conversations",
        "work_orders",
        "invoices",
        "payments",
        "delete_batches",
    ] {
        let mut stmt = conn.prepare(&format!("SELECT * FROM {table}")).unwrap();
        let n = stmt.column_count();
        let mut rows: Vec<String> = stmt
            .query_map([], |r| Ok((0..n).map(|i| format!("{:?}", r.get_ref(i).unwrap())).collect::<Vec<_>>().join("|")))
            .unwrap()
            .map(Result::unwrap)
            .collect();
        rows.sort();
        out.push_str(&rows.join("\n"));
    }
    out
}

fn code(result: Result<Value, Value>) -> String {
    result.expect_err("refused")["code"].as_str().unwrap().to_owned()
}

#[test]
fn d1_d7_d12_every_role_straight_through_ipc() {
    let app = app();
    let jane = app.customer("Jane Smith");
    let deleted = app.customer_in("Test Customer", "deleted");
    let unknown = uuid::Uuid::new_v4();

    // Nobody signed in.
    let before = database(&app);
    assert_eq!(code(app.call("check_delete_customer", json!({ "customerId": jane }))), "not_signed_in");
    assert_eq!(code(app.call("delete_customer", json!({ "customerId": jane, "token": "DELETE" }))), "not_signed_in");
    assert_eq!(code(app.call("undo_delete", json!({ "batchId": unknown }))), "not_signed_in");
    assert_eq!(code(app.call("pending_undo", json!({}))), "not_signed_in");

    // Roles without customers.delete.
    for name in ["Aisha Khan", "Dave Bennett", "Ioana Popescu"] {
        app.sign_in_as(name);
        assert_eq!(
            code(app.call("check_delete_customer", json!({ "customerId": jane }))),
            "permission_denied",
            "{name}"
        );
        for token in ["DELETE", "ȘTERGE", "USUŃ"] {
            let err = app.call("delete_customer", json!({ "customerId": jane, "token": token }));
            assert_eq!(code(err), "permission_denied", "{name}");
        }
    }
    assert_eq!(before, database(&app), "nothing changed");

    // Owner and manager: wrong tokens, wrong ids, deleted customers, malformed calls.
    for name in ["Sandra Whitaker", "Rob Atkinson"] {
        app.sign_in_as(name);
        for token in ["delete", "USUŃ", "", " DELETE!"] {
            let err = app.call("delete_customer", json!({ "customerId": jane, "token": token }));
            assert_eq!(code(err), "wrong_token", "{name} {token:?}");
        }
        assert_eq!(code(app.call("delete_customer", json!({ "customerId": unknown, "token": "DELETE" }))), "not_found");
        assert_eq!(
            code(app.call("delete_customer", json!({ "customerId": deleted, "token": "DELETE" }))),
            "already_deleted"
        );
        assert_eq!(code(app.call("undo_delete", json!({ "batchId": unknown }))), "not_found");
        // D12: there is no way to pass several ids.
        assert!(app.call("delete_customer", json!({ "customerId": [jane, deleted], "token": "DELETE" })).is_err());
        assert!(app.call("delete_customer", json!({ "customerIds": [jane], "token": "DELETE" })).is_err());
    }
    assert_eq!(before, database(&app), "nothing changed");

    // The Polish manager's token is USUŃ, and the message says so in Polish.
    app.sign_in_as("Piotr Nowak");
    let err = app.call("delete_customer", json!({ "customerId": jane, "token": "DELETE" })).unwrap_err();
    assert_eq!(err["code"], "wrong_token");
    assert!(err["message"].as_str().unwrap().contains("USUŃ"), "{err}");
    assert_eq!(before, database(&app));
}

#[test]
fn d8_d9_u1_u4_delete_twice_in_a_row_and_undo_only_once() {
    let app = app();
    let jane = app.customer("Jane Smith");
    app.sign_in_as("Rob Atkinson");
    let check = app.call("check_delete_customer", json!({ "customerId": jane })).unwrap();
    assert_eq!(check["state"], "confirm");
    assert_eq!(check["token"], "DELETE");
    let result = app.call("delete_customer", json!({ "customerId": jane, "token": "DELETE" })).unwrap();
    assert_eq!(result["outcome"], "deleted");
    let batch = result["undo"]["batchId"].clone();
    assert_eq!(result["undo"]["remainingMs"], 30_000);
    let after_first = database(&app);
    assert_eq!(code(app.call("delete_customer", json!({ "customerId": jane, "token": "DELETE" }))), "already_deleted");
    assert_eq!(after_first, database(&app));
    assert_eq!(app.call("pending_undo", json!({})).unwrap()["batchId"], batch);

    // U4: another user at the same desk cannot undo it.
    app.sign_in_as("Sandra Whitaker");
    assert_eq!(app.call("pending_undo", json!({})).unwrap(), Value::Null);
    assert_eq!(code(app.call("undo_delete", json!({ "batchId": batch }))), "undo_not_allowed");
    assert_eq!(after_first, database(&app));
}

#[test]
fn d8_a_blocked_customer_returns_the_blocker_list_not_an_error() {
    let app = app();
    let graham = app.customer("Graham Whitlock");
    app.sign_in_as("Rob Atkinson");
    let before = database(&app);
    let result = app.call("delete_customer", json!({ "customerId": graham, "token": "DELETE" })).unwrap();
    assert_eq!(result["outcome"], "blocked");
    let kinds: Vec<&str> =
        result["check"]["blockers"].as_array().unwrap().iter().map(|b| b["kind"].as_str().unwrap()).collect();
    assert_eq!(kinds, ["work_orders", "invoices", "conversations"]);
    assert_eq!(before, database(&app));
}

#[test]
fn d5_resolving_actions_through_ipc_check_permissions_and_input() {
    let app = app();
    let sarah = app.customer("Sarah Okafor");
    app.sign_in_as("Dave Bennett");
    let invoices = app.call("list_invoices", json!({ "filter": { "customerId": sarah, "onlyOpen": true } })).unwrap();
    let invoice = invoices[0]["id"].clone();
    let before = database(&app);
    assert_eq!(code(app.call("take_payment", json!({ "invoiceId": invoice, "amount": "10" }))), "permission_denied");
    assert_eq!(code(app.call("void_invoice", json!({ "invoiceId": invoice, "reason": "x" }))), "permission_denied");
    app.sign_in_as("Aisha Khan");
    assert_eq!(code(app.call("take_payment", json!({ "invoiceId": invoice, "amount": "-10" }))), "invalid_amount");
    assert_eq!(code(app.call("take_payment", json!({ "invoiceId": invoice, "amount": "£99999" }))), "amount_too_large");
    assert_eq!(
        code(app.call("take_payment", json!({ "invoiceId": uuid::Uuid::new_v4(), "amount": "1" }))),
        "not_found"
    );
    assert_eq!(
        code(app.call("write_off_invoice", json!({ "invoiceId": invoice, "reason": "x" }))),
        "permission_denied"
    );
    assert_eq!(before, database(&app), "nothing changed");
    let paid = app.call("take_payment", json!({ "invoiceId": invoice, "amount": "£12.50" })).unwrap();
    assert_eq!(paid["outstandingPence"], invoices[0]["outstandingPence"].as_i64().unwrap() - 1_250);
    let wos = app
        .call("list_work_orders", json!({ "filter": { "customerId": app.customer("Tom Fletcher"), "onlyOpen": true } }))
        .unwrap();
    let done = app.call("update_work_order", json!({ "workOrderId": wos[0]["id"], "action": "complete" })).unwrap();
    assert_eq!(done["status"], "completed");
    assert_eq!(
        code(app.call("update_work_order", json!({ "workOrderId": wos[0]["id"], "action": "complete" }))),
        "not_active"
    );
    assert!(app.call("update_work_order", json!({ "workOrderId": wos[1]["id"], "action": "explode" })).is_err());
}

#[test]
fn staff_permissions_are_for_owners_only() {
    let app = app();
    app.sign_in_as("Rob Atkinson");
    assert_eq!(code(app.call("staff_permissions", json!({}))), "permission_denied");
    app.sign_in_as("Sandra Whitaker");
    let staff = app.call("staff_permissions", json!({})).unwrap();
    let aisha = staff.as_array().unwrap().iter().find(|s| s["staff"]["displayName"] == "Aisha Khan").unwrap()["staff"]
        ["id"]
        .clone();
    let after = app
        .call("set_staff_permission", json!({ "staffId": aisha, "permission": "customers.delete", "setting": "grant" }))
        .unwrap();
    let delete = after["permissions"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["permission"] == "customers.delete")
        .unwrap()
        .clone();
    assert_eq!(delete["held"], true);
    assert_eq!(delete["source"], "granted");
    app.sign_in_as("Aisha Khan");
    assert_eq!(
        app.call("check_delete_customer", json!({ "customerId": app.customer("Jane Smith") })).unwrap()["state"],
        "confirm"
    );
}

#[test]
fn blocker_windows_cannot_delete_or_sign_in() {
    let app = app();
    app.sign_in_as("Rob Atkinson");
    let jane = app.customer("Jane Smith");
    let window = app.window("blockers-work-orders-x");
    assert!(crate::command_tests::call_in(
        &window,
        "list_work_orders",
        json!({ "filter": { "customerId": jane, "onlyOpen": true } })
    )
    .is_ok());
    let refused =
        crate::command_tests::call_in(&window, "delete_customer", json!({ "customerId": jane, "token": "DELETE" }));
    assert!(refused.unwrap_err().as_str().unwrap_or_default().contains("not allowed"));
    let refused = crate::command_tests::call_in(&window, "sign_in", json!({ "staffId": jane, "pin": "1" }));
    assert!(refused.unwrap_err().as_str().unwrap_or_default().contains("not allowed"));
}
