//! The registry: the wire form is the one desks and servers already speak, and every change names
//! every synced row it writes (so a pull never overwrites one while it waits for the server).

use std::collections::BTreeMap;

use rusqlite::Connection;
use serde_json::json;
use uuid::Uuid;

use super::*;
use crate::i18n::Locale;
use crate::resolve::WorkOrderAction;
use crate::staff::PermissionSetting;
use crate::sync::pull::SYNCED_TABLES;
use crate::testing::{anchor, customer_id, seeded_connection, staff_id};

#[test]
fn issue13_the_wire_form_is_unchanged() {
    let customer_id = Uuid::from_u128(1);
    let kind: MutationKind = DeleteCustomer { customer_id, token: "DELETE".into(), locale: Locale::EnGb }.into();
    let wire = json!({ "name": "delete_customer", "args": { "customer_id": customer_id, "token": "DELETE", "locale": "en-GB" } });
    assert_eq!(serde_json::to_value(&kind).unwrap(), wire);
    assert_eq!(serde_json::from_value::<MutationKind>(wire).unwrap(), kind);
    let locale: MutationKind = SetLocale { locale: Locale::Pl }.into();
    assert_eq!(serde_json::to_value(&locale).unwrap(), json!({ "name": "set_locale", "args": { "locale": "pl" } }));
}

/// Every synced row but the audit log's (append-only, never shielded), by (table, key).
fn rows(conn: &Connection) -> BTreeMap<(String, String), String> {
    let mut out = BTreeMap::new();
    for table in SYNCED_TABLES.iter().filter(|t| **t != "audit_entries") {
        let key = crate::sync::pull::key_sql(table);
        let mut stmt = conn.prepare(&format!("SELECT {key}, * FROM {table}")).unwrap();
        let width = stmt.column_count();
        let found = stmt
            .query_map([], |r| {
                let values: Vec<String> = (1..width).map(|i| format!("{:?}", r.get_ref(i).unwrap())).collect();
                Ok((r.get::<_, String>(0)?, values.join("|")))
            })
            .unwrap();
        for row in found {
            let (key, values) = row.unwrap();
            out.insert((table.to_string(), key), values);
        }
    }
    out
}

fn actor(conn: &Connection) -> crate::audit::Actor {
    crate::audit::Actor {
        staff_id: staff_id(conn, "Sandra Whitaker"),
        device_id: Uuid::from_u128(7),
        now: crate::clock::to_storage(anchor()),
        mutation_id: Uuid::new_v4(),
    }
}

fn one(conn: &Connection, sql: &str) -> Uuid {
    conn.query_row(sql, [], |r| r.get::<_, String>(0)).unwrap().parse().unwrap()
}

/// One of each registered change, against the demo garage, with what must happen first.
fn every_change(conn: &Connection) -> Vec<(&'static str, Option<MutationKind>, MutationKind)> {
    let jane = customer_id(conn, "Jane Smith");
    let graham = customer_id(conn, "Graham Whitlock");
    let (margaret, maggie) = (
        one(conn, "SELECT id FROM customers WHERE name = 'Margaret Hughes' ORDER BY created_at LIMIT 1"),
        customer_id(conn, "Maggie Hughes"),
    );
    let invoice = one(
        conn,
        &format!(
            "SELECT id FROM invoices WHERE customer_id = '{graham}' AND status = 'issued' AND outstanding_pence > 0"
        ),
    );
    let work_order = one(conn, "SELECT id FROM work_orders WHERE status = 'in_progress' ORDER BY id LIMIT 1");
    let conversation = one(conn, "SELECT id FROM conversations WHERE status = 'open' ORDER BY id LIMIT 1");
    let delete: MutationKind =
        DeleteCustomer { customer_id: jane, token: "DELETE".into(), locale: Locale::EnGb }.into();
    // The kept values are the survivor's own (M8: each must be one a record holds).
    let merge_values = crate::merge::load_records(conn, &[margaret, maggie]).unwrap().remove(0).values;
    vec![
        ("delete", None, delete.clone()),
        ("undone delete", None, RecordUndoneDelete { customer_id: jane, batch_id: Uuid::from_u128(9) }.into()),
        (
            "merge",
            None,
            MergeCustomers {
                survivor_id: margaret,
                merged_ids: vec![maggie],
                values: merge_values,
                token: "MERGE".into(),
                locale: Locale::EnGb,
            }
            .into(),
        ),
        ("dismissal", None, DismissDuplicate { customer_a: margaret, customer_b: maggie }.into()),
        ("work order", None, UpdateWorkOrder { work_order_id: work_order, action: WorkOrderAction::Complete }.into()),
        ("payment", None, TakePayment { invoice_id: invoice, amount_pence: 1000 }.into()),
        ("void", None, VoidInvoice { invoice_id: invoice, reason: "Raised twice".into() }.into()),
        ("write-off", None, WriteOffInvoice { invoice_id: invoice, reason: "Never paid".into() }.into()),
        ("conversation", None, CloseConversation { conversation_id: conversation }.into()),
        (
            "permission",
            None,
            SetStaffPermission {
                staff_id: staff_id(conn, "Aisha Khan"),
                permission: Permission::InvoicesVoid,
                setting: PermissionSetting::Grant,
            }
            .into(),
        ),
        ("language", None, SetLocale { locale: Locale::Pl }.into()),
        ("restore", Some(delete), RestoreCustomer { customer_id: jane, batch_id: Uuid::nil() }.into()),
    ]
}

#[test]
fn issue13_every_change_names_every_synced_row_it_writes() {
    let names = every_change(&seeded_connection()).len();
    for index in 0..names {
        let mut conn = seeded_connection();
        let (name, first, change) = every_change(&conn).remove(index);
        let actor = actor(&conn);
        let change = match (first, change) {
            (Some(first), MutationKind::RestoreCustomer(restore)) => {
                let applied =
                    first.apply(&conn, &crate::audit::Actor { mutation_id: Uuid::new_v4(), ..actor.clone() }, anchor());
                let Ok(Applied::DeleteCustomer(crate::delete::Deleted::Done { batch_id, .. })) = applied else {
                    panic!("{name}: the delete before it failed: {applied:?}")
                };
                MutationKind::RestoreCustomer(RestoreCustomer { batch_id, ..restore })
            }
            (_, change) => change,
        };
        let before = rows(&conn);
        let tx = conn.transaction().unwrap();
        let applied = change.apply(&tx, &actor, anchor()).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert!(applied.changed(), "{name} wrote something");
        let touched = change.touched_rows(&tx, actor.mutation_id, &applied).unwrap();
        tx.commit().unwrap();
        let after = rows(&conn);
        let written: Vec<&(String, String)> = after
            .iter()
            .filter(|(key, row)| before.get(*key) != Some(*row))
            .map(|(key, _)| key)
            .chain(before.keys().filter(|key| !after.contains_key(*key)))
            .collect();
        assert!(!written.is_empty(), "{name} wrote no synced row");
        for (table, key) in written {
            assert!(
                touched.iter().any(|(t, k)| t == table && k == key),
                "{name} wrote {table} {key} but does not name it: {touched:?}"
            );
        }
    }
}
