//! Generated command calls for the IPC fuzzing: each command with arbitrary JSON arguments, or
//! with valid ones (real ids of the seeded desk, real enum values) broken in one place: a value
//! of the wrong type, gone, renamed to snake_case, a huge string, a bad UUID, an extreme number.

use proptest::prelude::*;
use proptest::sample::{select, Index};
use serde_json::{json, Map, Value};

/// Ids the seeded desk really has, so valid arguments reach the rules.
#[derive(Debug, Clone)]
pub struct Ids {
    pub customers: Vec<String>,
    pub work_orders: Vec<String>,
    pub invoices: Vec<String>,
    pub conversations: Vec<String>,
    pub delete_batches: Vec<String>,
    /// Everyone but the Owner, whom the fuzzing signs in between calls (never locked out).
    pub staff: Vec<(String, &'static str)>,
    pub owner: String,
}

fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => "\\PC{0,16}",
        1 => any::<String>(),
        1 => select(&["", " ", "DELETE", "USUŃ", "12.50", "£1,000", "0", "-5", "a a a a a a a a a a a a"][..])
            .prop_map(str::to_owned),
        1 => (select(&["a", "é", "\u{1}", "ab "][..]), 500usize..60_000).prop_map(|(s, n)| s.repeat(n)),
    ]
}

/// One of `real` mostly, or any UUID (all there is when `real` is empty).
fn id(real: Vec<String>) -> BoxedStrategy<Value> {
    let random = any::<u128>().prop_map(|n| json!(uuid::Uuid::from_u128(n)));
    if real.is_empty() {
        return random.boxed();
    }
    prop_oneof![3 => select(real).prop_map(Value::from), 1 => random].boxed()
}

fn one_of(values: &'static [&'static str]) -> BoxedStrategy<Value> {
    select(values).prop_map(Value::from).boxed()
}

/// Valid arguments for `command`, as the UI sends them (camelCase). A command missing here gets
/// its declared arguments with arbitrary values.
pub fn valid(command: &str, ids: &Ids) -> BoxedStrategy<Value> {
    let customer = || id(ids.customers.clone());
    let filter = (proptest::option::of(customer()), any::<bool>())
        .prop_map(|(customer_id, only_open)| json!({ "customerId": customer_id, "onlyOpen": only_open }));
    match command {
        "sign_in" => (select(ids.staff.clone()), prop_oneof![Just(None), text().prop_map(Some)])
            .prop_map(|((staff, pin), typed)| json!({ "staffId": staff, "pin": typed.unwrap_or_else(|| pin.to_owned()) }))
            .boxed(),
        "set_my_locale" => one_of(&["en-GB", "pl", "ro"]).prop_map(|l| json!({ "locale": l })).boxed(),
        "search_customers" => (text(), one_of(&["active", "deleted"]), 0u32..3, 1u32..60)
            .prop_map(|(text, filter, page, size)| {
                json!({ "query": { "text": text, "filter": filter, "page": page, "pageSize": size } })
            })
            .boxed(),
        "get_customer" | "check_delete_customer" | "check_restore_customer" | "return_to_customer" => {
            customer().prop_map(|c| json!({ "customerId": c })).boxed()
        }
        "delete_customer" => (customer(), one_of(&["DELETE", "USUŃ", "ȘTERGE", "delete"]))
            .prop_map(|(c, token)| json!({ "customerId": c, "token": token }))
            .boxed(),
        "undo_delete" => id(Vec::new()).prop_map(|b| json!({ "batchId": b })).boxed(),
        "restore_customer" => (customer(), id(ids.delete_batches.clone()))
            .prop_map(|(c, b)| json!({ "customerId": c, "batchId": b }))
            .boxed(),
        "merge_review" => prop::collection::vec(customer(), 0..7).prop_map(|c| json!({ "customerIds": c })).boxed(),
        "merge_customers" => (customer(), prop::collection::vec(customer(), 0..6), text(), one_of(&["MERGE", "SCAL", "COMBINĂ", "merge"]))
            .prop_map(|(s, merged, name, token)| {
                json!({ "survivorId": s, "mergedIds": merged, "values": { "name": name, "phone": null, "email": null,
                        "addressLine": null, "town": null, "postcode": null }, "token": token })
            })
            .boxed(),
        "undo_merge" => id(Vec::new()).prop_map(|b| json!({ "batchId": b })).boxed(),
        "dismiss_duplicate" => (customer(), customer())
            .prop_map(|(a, b)| json!({ "customerA": a, "customerB": b }))
            .boxed(),
        "mark_sync_problem_read" => id(Vec::new()).prop_map(|p| json!({ "problemId": p })).boxed(),
        "list_work_orders" | "list_invoices" | "list_conversations" => filter.prop_map(|f| json!({ "filter": f })).boxed(),
        "update_work_order" => (id(ids.work_orders.clone()), one_of(&["complete", "close", "cancel"]))
            .prop_map(|(w, action)| json!({ "workOrderId": w, "action": action }))
            .boxed(),
        "take_payment" => (id(ids.invoices.clone()), text())
            .prop_map(|(i, amount)| json!({ "invoiceId": i, "amount": amount }))
            .boxed(),
        "void_invoice" | "write_off_invoice" => (id(ids.invoices.clone()), text())
            .prop_map(|(i, reason)| json!({ "invoiceId": i, "reason": reason }))
            .boxed(),
        "close_conversation" => id(ids.conversations.clone()).prop_map(|c| json!({ "conversationId": c })).boxed(),
        "open_blocker_window" => (customer(), one_of(&["work_orders", "invoices", "conversations"]))
            .prop_map(|(c, kind)| json!({ "customerId": c, "kind": kind }))
            .boxed(),
        "set_staff_permission" => {
            let staff: Vec<String> = ids.staff.iter().map(|(id, _)| id.clone()).chain([ids.owner.clone()]).collect();
            let permissions: Vec<&str> = garage_core::staff::Permission::ALL.iter().map(|p| p.id()).collect();
            (id(staff), select(permissions), one_of(&["grant", "revoke", "role_default"]))
                .prop_map(|(s, p, setting)| json!({ "staffId": s, "permission": p, "setting": setting }))
                .boxed()
        }
        // Any other command: its declared arguments, each any JSON value.
        _ => match crate::ipc::command(command).map(|c| c.wire_args()).unwrap_or_default() {
            names if names.is_empty() => Just(json!({})).boxed(),
            names => prop::collection::vec(any_json(), names.len())
                .prop_map(move |values| Value::Object(names.iter().cloned().zip(values).collect()))
                .boxed(),
        },
    }
}

fn key() -> impl Strategy<Value = String> {
    prop_oneof![
        select(
            &["staffId", "pin", "customerId", "token", "query", "filter", "invoiceId", "staff_id", "customer_id"][..]
        )
        .prop_map(str::to_owned),
        "\\PC{0,8}",
    ]
}

/// Any JSON value, a few levels deep.
pub fn any_json() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        any::<u64>().prop_map(Value::from),
        any::<f64>().prop_filter_map("finite", |f| serde_json::Number::from_f64(f).map(Value::Number)),
        select(&[-1i64, 0, u32::MAX as i64, u32::MAX as i64 + 1, i64::MIN][..]).prop_map(Value::from),
        text().prop_map(Value::from),
        Just(json!("0b6c4f0e-4a53-4f8e-9d0a-2f1b3c4d5e6")),
    ];
    leaf.prop_recursive(3, 24, 5, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..5).prop_map(Value::Array),
            prop::collection::vec((key(), inner), 0..5).prop_map(|f| Value::Object(f.into_iter().collect())),
        ]
    })
}

#[derive(Debug, Clone)]
enum Edit {
    Replace(Value),
    Remove,
    SnakeCase,
    Add(String, Value),
}

fn edit() -> impl Strategy<Value = Edit> {
    prop_oneof![
        4 => any_json().prop_map(Edit::Replace),
        2 => Just(Edit::Remove),
        1 => Just(Edit::SnakeCase),
        1 => (key(), any_json()).prop_map(|(k, v)| Edit::Add(k, v)),
    ]
}

fn snake(key: &str) -> String {
    key.chars().flat_map(|c| if c.is_ascii_uppercase() { vec!['_', c.to_ascii_lowercase()] } else { vec![c] }).collect()
}

/// Every field of `args`, at the top or one object down, as the keys that reach it.
fn fields(args: &Value) -> Vec<Vec<String>> {
    let mut out = Vec::new();
    for (k, v) in args.as_object().into_iter().flatten() {
        out.push(vec![k.clone()]);
        for inner in v.as_object().into_iter().flat_map(|m| m.keys()) {
            out.push(vec![k.clone(), inner.clone()]);
        }
    }
    out
}

/// `args` with `edit` at the field `at` picks.
fn apply(mut args: Value, at: Index, edit: Edit) -> Value {
    let fields = fields(&args);
    if fields.is_empty() {
        return match edit {
            Edit::Add(k, v) => Value::Object(Map::from_iter([(k, v)])),
            Edit::Replace(v) => v,
            _ => args,
        };
    }
    let path = at.get(&fields).clone();
    let (last, parents) = path.split_last().expect("a field has a key");
    let Some(mut map) = args.as_object_mut() else { return args };
    for parent in parents {
        match map.get_mut(parent).and_then(Value::as_object_mut) {
            Some(inner) => map = inner,
            None => return args,
        }
    }
    match edit {
        Edit::Replace(v) => {
            map.insert(last.clone(), v);
        }
        Edit::Remove => {
            map.remove(last);
        }
        Edit::SnakeCase => {
            let v = map.remove(last).unwrap_or_default();
            map.insert(snake(last), v);
        }
        Edit::Add(k, v) => {
            map.insert(k, v);
        }
    }
    args
}

/// A call of one of `commands`: arbitrary arguments, valid ones broken in one place, or valid.
pub fn call(commands: &[&'static str], ids: &Ids) -> BoxedStrategy<(&'static str, Value)> {
    let calls: Vec<BoxedStrategy<(&'static str, Value)>> = commands
        .iter()
        .map(|&command| {
            let valid = valid(command, ids);
            prop_oneof![
                2 => any_json(),
                5 => (valid.clone(), any::<Index>(), edit()).prop_map(|(args, at, e)| apply(args, at, e)),
                2 => valid,
            ]
            .prop_map(move |args| (command, args))
            .boxed()
        })
        .collect();
    proptest::strategy::Union::new(calls).boxed()
}

#[cfg(test)]
mod tests {
    use proptest::strategy::ValueTree;
    use proptest::test_runner::TestRunner;

    use super::*;
    use crate::ipc::COMMANDS;

    /// The valid arguments here are the declared ones (`ipc/commands.rs`), by name.
    #[test]
    fn valid_arguments_are_the_declared_ones() {
        let ids = Ids {
            customers: vec![uuid::Uuid::nil().to_string()],
            work_orders: Vec::new(),
            invoices: Vec::new(),
            conversations: Vec::new(),
            delete_batches: Vec::new(),
            staff: vec![(uuid::Uuid::nil().to_string(), "1234")],
            owner: uuid::Uuid::nil().to_string(),
        };
        let mut runner = TestRunner::deterministic();
        for command in COMMANDS {
            let args = valid(command.name, &ids).new_tree(&mut runner).unwrap().current();
            let mut sent: Vec<String> = args.as_object().unwrap().keys().cloned().collect();
            let mut declared = command.wire_args();
            sent.sort();
            declared.sort();
            assert_eq!(sent, declared, "{}", command.name);
        }
    }
}
