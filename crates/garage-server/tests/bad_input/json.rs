//! Generated request bodies: random bytes, random JSON, and valid bodies broken on purpose (a value
//! of the wrong type, a field gone or unknown, huge strings, bad UUIDs, extreme numbers, unknown
//! mutation names, junk nested deep), both as JSON values and as text.

use proptest::prelude::*;
use proptest::sample::{select, Index};
use serde_json::{Map, Number, Value};

/// Field names of the protocol, so random objects often look almost right.
const FIELDS: &[&str] = &[
    "device_id",
    "name",
    "enrolment_key",
    "staff_id",
    "pin",
    "mutations",
    "id",
    "created_at",
    "args",
    "customer_id",
    "token",
    "locale",
    "work_order_id",
    "action",
    "invoice_id",
    "amount_pence",
    "reason",
    "conversation_id",
    "permission",
    "setting",
];

/// Strings that mean something somewhere in the protocol, or often break parsers.
const NOTABLE: &[&str] = &[
    "",
    " ",
    "DELETE",
    "USUŃ",
    "delete_customer",
    "set_locale",
    "take_payment",
    "set_staff_permission",
    "drop_table",
    "en-GB",
    "pl",
    "de",
    "grant",
    "role_default",
    "customers.delete",
    "complete",
    "00000000-0000-0000-0000-000000000000",
    "not-a-uuid",
    "6f1c2f1e-7e57-4a8a-9d0f-00000000000g",
    "{6f1c2f1e-7e57-4a8a-9d0f-000000000001}",
    "6F1C2F1E7E574A8A9D0F000000000001",
    "\u{0}",
    "\u{feff}",
    "\u{202e}",
    "2026-02-30T25:61:61Z",
    "'; DROP TABLE customers; --",
];

/// A short string, often one that means something.
pub fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => "\\PC{0,24}",
        2 => any::<String>(),
        2 => select(NOTABLE).prop_map(str::to_owned),
    ]
}

/// Now and then a huge string (up to 1.2 MB once escaped as JSON).
pub fn any_text() -> impl Strategy<Value = String> {
    prop_oneof![
        9 => text(),
        1 => (select(&["a", "é", "🚗", "\u{1}", "\""][..]), 1_000usize..200_000).prop_map(|(s, n)| s.repeat(n)),
    ]
}

fn number() -> impl Strategy<Value = Value> {
    prop_oneof![
        any::<i64>().prop_map(Value::from),
        any::<u64>().prop_map(Value::from),
        any::<f64>().prop_filter_map("finite", |f| Number::from_f64(f).map(Value::Number)),
        select(&[i64::MIN, i64::MAX, -1, 0, 1, 100_000_001][..]).prop_map(Value::from),
        Just(Value::from(u64::MAX)),
        Just(Value::from(1e308)),
        Just(Value::from(-0.5)),
    ]
}

fn key() -> impl Strategy<Value = String> {
    prop_oneof![3 => select(FIELDS).prop_map(str::to_owned), 1 => text()]
}

/// Any JSON value, a few levels deep.
pub fn value() -> impl Strategy<Value = Value> {
    let leaf =
        prop_oneof![Just(Value::Null), any::<bool>().prop_map(Value::Bool), number(), text().prop_map(Value::String),];
    leaf.prop_recursive(4, 48, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::vec((key(), inner), 0..6).prop_map(|fields| Value::Object(fields.into_iter().collect())),
        ]
    })
}

/// One way to break a valid body at one of its places.
#[derive(Debug, Clone)]
enum Edit {
    Replace(Value),
    Remove,
    AddField(String, Value),
    Number(Value),
    Text(String),
    /// Wrapped in this many arrays: past serde_json's recursion limit for large counts.
    Nest(usize),
}

fn edit() -> impl Strategy<Value = Edit> {
    prop_oneof![
        3 => value().prop_map(Edit::Replace),
        2 => Just(Edit::Remove),
        2 => (key(), value()).prop_map(|(k, v)| Edit::AddField(k, v)),
        2 => number().prop_map(Edit::Number),
        3 => any_text().prop_map(Edit::Text),
        1 => prop_oneof![1usize..20, 100usize..1_000].prop_map(Edit::Nest),
    ]
}

/// Every place in `value`, as the path of keys and indexes that reaches it.
fn places(value: &Value, here: Vec<Value>, out: &mut Vec<Vec<Value>>) {
    out.push(here.clone());
    let children: Vec<(Value, &Value)> = match value {
        Value::Object(map) => map.iter().map(|(k, v)| (Value::from(k.as_str()), v)).collect(),
        Value::Array(items) => items.iter().enumerate().map(|(i, v)| (Value::from(i), v)).collect(),
        _ => Vec::new(),
    };
    for (step, child) in children {
        let mut path = here.clone();
        path.push(step);
        places(child, path, out);
    }
}

fn at<'a>(value: &'a mut Value, path: &[Value]) -> &'a mut Value {
    path.iter().fold(value, |v, step| match step {
        Value::String(k) => &mut v[k.as_str()],
        step => &mut v[step.as_u64().unwrap_or(0) as usize],
    })
}

fn apply(mut value: Value, place: Index, edit: Edit) -> Value {
    let mut all = Vec::new();
    places(&value, Vec::new(), &mut all);
    let path = place.get(&all).clone();
    match edit {
        Edit::Remove if !path.is_empty() => {
            let (last, parent) = path.split_last().unwrap();
            match (at(&mut value, parent), last) {
                (Value::Object(map), Value::String(k)) => {
                    map.remove(k);
                }
                (Value::Array(items), i) => {
                    items.remove(i.as_u64().unwrap_or(0) as usize);
                }
                _ => {}
            }
        }
        Edit::AddField(k, v) => match at(&mut value, &path) {
            Value::Object(map) => {
                map.insert(k, v);
            }
            other => *other = Value::Object(Map::from_iter([(k, v)])),
        },
        Edit::Nest(depth) => {
            let target = at(&mut value, &path);
            let mut nested = target.take();
            for _ in 0..depth {
                nested = Value::Array(vec![nested]);
            }
            *target = nested;
        }
        Edit::Replace(v) | Edit::Number(v) => *at(&mut value, &path) = v,
        Edit::Text(s) => *at(&mut value, &path) = Value::String(s),
        Edit::Remove => value = Value::Null,
    }
    value
}

/// `valid` with one to three edits.
pub fn broken(valid: BoxedStrategy<Value>) -> impl Strategy<Value = Value> {
    (valid, prop::collection::vec((any::<Index>(), edit()), 1..4))
        .prop_map(|(value, edits)| edits.into_iter().fold(value, |v, (place, e)| apply(v, place, e)))
}

/// Damage done to a body's text rather than its value.
#[derive(Debug, Clone)]
enum TextDamage {
    Cut(Index),
    Insert(Index, Vec<u8>),
    Prefix(&'static [u8]),
    Suffix(&'static [u8]),
    /// A number too big or odd for any field.
    Numbers(&'static str),
    DeepNest(usize),
}

const PREFIXES: &[&[u8]] = &[b"\xef\xbb\xbf", b"\xff\xfe", b" \n\t", b"]", b"{}"];
const SUFFIXES: &[&[u8]] = &[b",", b"}", b"\x00", b"{}", b"\xc3\x28", b"\"\\ud800\""];

fn damage() -> impl Strategy<Value = TextDamage> {
    prop_oneof![
        (any::<Index>()).prop_map(TextDamage::Cut),
        (any::<Index>(), prop::collection::vec(any::<u8>(), 1..8)).prop_map(|(i, b)| TextDamage::Insert(i, b)),
        select(PREFIXES).prop_map(TextDamage::Prefix),
        select(SUFFIXES).prop_map(TextDamage::Suffix),
        select(&["1e999", "-1e999", "99999999999999999999999", "-0", "0.0000001e-400", "1E+2"][..])
            .prop_map(TextDamage::Numbers),
        prop_oneof![Just(127usize), Just(129), 1_000usize..100_000].prop_map(TextDamage::DeepNest),
    ]
}

/// `valid` serialised, then damaged as text.
pub fn damaged(valid: BoxedStrategy<Value>) -> impl Strategy<Value = Vec<u8>> {
    (valid, damage()).prop_map(|(value, damage)| {
        let mut bytes = serde_json::to_vec(&value).unwrap();
        match damage {
            TextDamage::Cut(at) => bytes.truncate(at.index(bytes.len() + 1)),
            TextDamage::Insert(at, junk) => {
                let at = at.index(bytes.len() + 1);
                bytes.splice(at..at, junk);
            }
            TextDamage::Prefix(p) => bytes.splice(0..0, p.iter().copied()).for_each(drop),
            TextDamage::Suffix(s) => bytes.extend_from_slice(s),
            TextDamage::Numbers(n) => bytes = every_number_as(&String::from_utf8(bytes).unwrap(), n).into_bytes(),
            TextDamage::DeepNest(depth) => {
                let mut nested = "[".repeat(depth).into_bytes();
                nested.extend_from_slice(&bytes);
                nested.extend(std::iter::repeat_n(b']', depth));
                bytes = nested;
            }
        }
        bytes
    })
}

/// `json` with every number outside strings written as `n`.
fn every_number_as(json: &str, n: &str) -> String {
    let mut out = String::new();
    let (mut in_string, mut escaped, mut in_number) = (false, false, false);
    for c in json.chars() {
        if in_string {
            out.push(c);
            match c {
                _ if escaped => escaped = false,
                '\\' => escaped = true,
                '"' => in_string = false,
                _ => {}
            }
            continue;
        }
        if in_number && (c.is_ascii_digit() || matches!(c, '.' | 'e' | 'E' | '+' | '-')) {
            continue;
        }
        in_number = c.is_ascii_digit() || c == '-';
        if in_number {
            out.push_str(n);
            continue;
        }
        in_string = c == '"';
        out.push(c);
    }
    out
}

/// A body for a route whose valid bodies `valid` makes: any bytes, any JSON, or a valid one
/// broken (as a value or as text), now and then left valid.
pub fn body(valid: BoxedStrategy<Value>) -> BoxedStrategy<Vec<u8>> {
    prop_oneof![
        1 => prop::collection::vec(any::<u8>(), 0..512),
        2 => value().prop_map(|v| serde_json::to_vec(&v).unwrap()),
        5 => broken(valid.clone()).prop_map(|v| serde_json::to_vec(&v).unwrap()),
        2 => damaged(valid.clone()),
        1 => valid.prop_map(|v| serde_json::to_vec(&v).unwrap()),
    ]
    .boxed()
}
