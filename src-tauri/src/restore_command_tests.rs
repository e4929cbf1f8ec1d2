//! R1, R3, R8 straight through IPC: the restore commands refuse whoever lacks
//! customers.restore and change nothing, whatever the UI shows.

use serde_json::json;

use crate::command_tests::app;

fn code(result: Result<serde_json::Value, serde_json::Value>) -> String {
    result.expect_err("refused")["code"].as_str().unwrap().to_owned()
}

#[test]
fn r1_r8_restore_straight_through_ipc() {
    let app = app();
    let deleted = app.customer_in("Test Customer", "deleted");
    let jane = app.customer("Jane Smith");
    let unknown = uuid::Uuid::new_v4();
    let batches = || -> i64 {
        app.desk()
            .connection()
            .query_row("SELECT count(*) FROM delete_batches WHERE undone_at IS NULL", [], |r| r.get(0))
            .unwrap()
    };

    assert_eq!(code(app.call("check_restore_customer", json!({ "customerId": deleted }))), "not_signed_in");
    for name in ["Rob Atkinson", "Piotr Nowak", "Aisha Khan", "Dave Bennett", "Ioana Popescu"] {
        app.sign_in_as(name);
        assert_eq!(
            code(app.call("check_restore_customer", json!({ "customerId": deleted }))),
            "permission_denied",
            "{name}"
        );
        let err = app.call("restore_customer", json!({ "customerId": deleted, "batchId": unknown }));
        assert_eq!(code(err), "permission_denied", "{name}");
    }
    assert_eq!(batches(), 1, "nothing restored");

    app.sign_in_as("Sandra Whitaker");
    let check = app.call("check_restore_customer", json!({ "customerId": deleted })).unwrap();
    assert_eq!(check["state"], "confirm");
    assert_eq!(check["plates"], json!(["YA10 TST"]));
    assert_eq!(code(app.call("check_restore_customer", json!({ "customerId": jane }))), "not_deleted");
    assert_eq!(
        code(app.call("restore_customer", json!({ "customerId": deleted, "batchId": unknown }))),
        "delete_changed"
    );
    assert!(app.call("restore_customer", json!({ "customerId": deleted })).is_err(), "the batch is required");
    let result = app.call("restore_customer", json!({ "customerId": deleted, "batchId": check["batchId"] })).unwrap();
    assert_eq!((result["customerName"].as_str(), result["vehicles"].as_u64()), (Some("Test Customer"), Some(1)));
    assert_eq!(batches(), 0);
    let again = app.call("restore_customer", json!({ "customerId": deleted, "batchId": check["batchId"] }));
    assert_eq!(code(again), "not_deleted");
}
