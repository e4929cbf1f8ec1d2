//! Issue 13: one [`Blockers`] and one wording for the dialog, the server's refusal and the sync
//! problem that tells the desk of it.

use rusqlite::params;
use uuid::Uuid;

use super::*;
use crate::i18n::{Locale, Messages};
use crate::sync::protocol::Rejection;
use crate::testing::{customer_id, seeded_connection, seeded_desk, sign_in};

/// A refused delete as the server sends it and the desk keeps it: through JSON.
fn over_the_wire(check: &Preflight) -> Rejection {
    serde_json::from_str(&serde_json::to_string(&Rejection::blocked(check)).unwrap()).unwrap()
}

#[test]
fn the_dialog_and_a_refused_delete_word_the_same_blockers_the_same_way() {
    let conn = seeded_connection();
    let messages = Messages::load().unwrap();
    for name in ["Tom Fletcher", "Sarah Okafor", "Dylan Price", "Graham Whitlock"] {
        let id = customer_id(&conn, name);
        let check = preflight(&conn, id).unwrap();
        let rejection = over_the_wire(&check);
        assert_eq!(rejection.blockers, check.blockers, "{name}");
        for locale in Locale::ALL {
            let dialog = check.to_check(id, &messages, locale).blockers;
            assert!(!dialog.is_empty(), "{name}");
            assert_eq!(rejection.blockers.lines(&messages, locale), dialog, "{name} {locale:?}");
        }
    }
}

/// The sync problem of a delete the server refused holds the dialog's lines, joined.
#[test]
fn a_sync_problem_names_the_blockers_as_the_dialog_does() {
    let (desk, _) = seeded_desk();
    let sandra = sign_in(&desk, "Sandra Whitaker", "1111");
    let graham = customer_id(&desk.connection(), "Graham Whitlock");
    let check = preflight(&desk.connection(), graham).unwrap();
    let mutation = serde_json::json!({
        "id": Uuid::new_v4(), "staff_id": sandra, "created_at": "2026-11-30T09:00:00Z",
        "name": "delete_customer", "args": { "customer_id": graham, "token": "DELETE", "locale": "en-GB" },
    });
    desk.connection()
        .execute(
            "INSERT INTO sync_problems (id, mutation_id, staff_id, occurred_at, mutation, rejection)
             VALUES (?1, ?2, ?3, '2026-11-30T09:00:00Z', ?4, ?5)",
            params![
                Uuid::new_v4().to_string(),
                mutation["id"].as_str().unwrap(),
                sandra.to_string(),
                mutation.to_string(),
                serde_json::to_string(&Rejection::blocked(&check)).unwrap(),
            ],
        )
        .unwrap();
    for locale in Locale::ALL {
        crate::staff::set_locale(&desk.connection(), sandra, locale, "2026-11-30T09:00:00Z").unwrap();
        let dialog: Vec<String> =
            check.to_check(graham, desk.messages(), locale).blockers.into_iter().map(|b| b.text).collect();
        assert_eq!(dialog.len(), 3);
        let expected = desk.messages().format(
            locale,
            "sync-problem-delete-blocked",
            &[("customer", "Graham Whitlock".into()), ("blockers", dialog.join("; ").into())],
        );
        assert_eq!(desk.sync_problems().unwrap()[0].message, expected, "{locale:?}");
    }
    crate::staff::set_locale(&desk.connection(), sandra, Locale::EnGb, "2026-11-30T09:00:00Z").unwrap();
    assert_eq!(
        desk.sync_problems().unwrap()[0].message,
        "The central server did not delete Graham Whitlock: 1 active work order (including 1 on YH67 GWL); \
         1 unpaid invoice totalling £312.75; 1 active conversation. Graham Whitlock is back on the customer list; \
         resolve these, then delete again."
    );
}

/// The JSON of a refused delete is what desks and servers have always exchanged (and kept in
/// `sync_problems` and `applied_mutations`): one entry a kind that blocks, each with every field.
#[test]
fn a_refused_delete_keeps_its_json() {
    let conn = seeded_connection();
    let check = preflight(&conn, customer_id(&conn, "Graham Whitlock")).unwrap();
    let json = r#"{"code":"delete_blocked","blockers":[{"kind":"work_orders","count":1,"total_pence":0,"plate":["YH67GWL",1]},{"kind":"invoices","count":1,"total_pence":31275,"plate":null},{"kind":"conversations","count":1,"total_pence":0,"plate":null}],"message":"the customer has active work, unpaid invoices or open conversations"}"#;
    assert_eq!(serde_json::to_string(&Rejection::blocked(&check)).unwrap(), json);
    assert_eq!(serde_json::from_str::<Rejection>(json).unwrap().blockers, check.blockers);

    // Fields a sender left out, and a refusal that is not a delete's.
    let sparse: Rejection =
        serde_json::from_str(r#"{"code":"delete_blocked","blockers":[{"kind":"invoices","count":2}]}"#).unwrap();
    assert_eq!(sparse.blockers, Blockers { unpaid_invoices: 2, ..Blockers::default() });
    let refused: Rejection = serde_json::from_str(r#"{"code":"not_active"}"#).unwrap();
    assert!(refused.blockers.is_empty());
    assert_eq!(
        serde_json::to_string(&Rejection::refused(&crate::error::CoreError::NotActive)).unwrap(),
        format!(r#"{{"code":"not_active","blockers":[],"message":"{}"}}"#, crate::error::CoreError::NotActive)
    );
}

/// Nothing blocks exactly when every count is 0; the kinds come in the dialog's order.
#[test]
fn blockers_list_the_kinds_with_a_count_in_order() {
    let none = Blockers::default();
    assert!(none.is_empty() && none.kinds().next().is_none());
    let some = Blockers { open_conversations: 1, active_work_orders: 2, ..Blockers::default() };
    assert!(!some.is_empty());
    assert_eq!(some.kinds().collect::<Vec<_>>(), [BlockerKind::WorkOrders, BlockerKind::Conversations]);
    assert_eq!((some.count(BlockerKind::WorkOrders), some.count(BlockerKind::Invoices)), (2, 0));
    let owed_but_none = Blockers { unpaid_total_pence: 5, ..Blockers::default() };
    assert!(owed_but_none.is_empty(), "a total without invoices blocks nothing");
}
