//! M1, M6, M9, DS4 straight through IPC: the merge commands refuse whoever lacks
//! customers.merge and a wrong token, and change nothing, whatever the UI shows.

use serde_json::json;

use crate::command_tests::app;

fn code(result: Result<serde_json::Value, serde_json::Value>) -> String {
    result.expect_err("refused")["code"].as_str().unwrap().to_owned()
}

#[test]
fn m1_m6_m9_ds4_merge_straight_through_ipc() {
    let app = app();
    // The first Margaret Hughes, with the car and two paid jobs (the other is a clean duplicate).
    let margaret: String = app
        .desk()
        .connection()
        .query_row("SELECT id FROM customers WHERE name = 'Margaret Hughes' ORDER BY created_at LIMIT 1", [], |r| {
            r.get(0)
        })
        .unwrap();
    let maggie = app.customer("Maggie Hughes");
    let merged = || -> i64 {
        app.desk()
            .connection()
            .query_row("SELECT count(*) FROM customers WHERE merged_into_id IS NOT NULL", [], |r| r.get(0))
            .unwrap()
    };
    let ids = json!({ "customerIds": [margaret, maggie] });
    assert_eq!(code(app.call("merge_review", ids.clone())), "not_signed_in");
    for name in ["Aisha Khan", "Dave Bennett", "Ioana Popescu"] {
        app.sign_in_as(name);
        assert_eq!(code(app.call("merge_review", ids.clone())), "permission_denied", "{name}");
        assert_eq!(code(app.call("duplicate_suggestions", json!({}))), "permission_denied", "{name}");
        let args = json!({ "customerA": margaret, "customerB": maggie });
        assert_eq!(code(app.call("dismiss_duplicate", args)), "permission_denied", "{name}");
    }

    app.sign_in_as("Rob Atkinson");
    let suggestions = app.call("duplicate_suggestions", json!({})).unwrap();
    assert!(suggestions.as_array().unwrap().iter().any(|s| s["b"]["name"] == "Maggie Hughes"));
    let review = app.call("merge_review", ids).unwrap();
    assert_eq!(review["survivorId"], json!(margaret));
    assert_eq!(review["token"], "MERGE");
    let values = review["records"][0]["values"].clone();
    assert_eq!(code(app.call("merge_review", json!({ "customerIds": [margaret] }))), "merge_count");
    assert_eq!(code(app.call("merge_review", json!({ "customerIds": "nope" }))), "invalid_input");
    let merge = |token: &str| {
        app.call(
            "merge_customers",
            json!({ "survivorId": margaret, "mergedIds": [maggie], "values": values, "token": token }),
        )
    };
    assert_eq!(code(merge("merge")), "wrong_token");
    assert_eq!(merged(), 0, "nothing merged");
    let result = merge("MERGE").unwrap();
    assert_eq!((result["survivorName"].as_str(), result["merged"].as_u64()), (Some("Margaret Hughes"), Some(1)));
    assert_eq!(merged(), 1);
    // M6: the old record's link lands on the survivor.
    let landed = app.call("get_customer", json!({ "customerId": maggie })).unwrap();
    assert_eq!((landed["customer"]["id"].clone(), landed["mergedFrom"].clone()), (json!(margaret), json!(maggie)));
    let undone = app.call("undo_merge", json!({ "batchId": result["undo"]["batchId"] })).unwrap();
    assert_eq!(undone["survivorName"], "Margaret Hughes");
    assert_eq!(merged(), 0);
    let dismissed = app.call("dismiss_duplicate", json!({ "customerA": margaret, "customerB": maggie }));
    assert_eq!(dismissed.unwrap(), json!(null));
}
