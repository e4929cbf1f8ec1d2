//! L3: every message id exists in every locale, and every id is used somewhere in the code.
//! Rust and the UI read the same `locales/<locale>/*.ftl` files.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use fluent_bundle::FluentResource;
use fluent_syntax::ast::Entry;

const LOCALES: &[&str] = &["en-GB", "pl", "ro"];

fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..").canonicalize().unwrap()
}

/// file name → message ids, for one locale.
fn ids_by_file(locale: &str) -> BTreeMap<String, BTreeSet<String>> {
    let dir = repo_root().join("locales").join(locale);
    let mut out = BTreeMap::new();
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|e| e != "ftl") {
            continue;
        }
        let source = std::fs::read_to_string(&path).unwrap();
        let resource =
            FluentResource::try_new(source).unwrap_or_else(|(_, errors)| panic!("{}: {errors:?}", path.display()));
        let ids = resource
            .entries()
            .filter_map(|e| match e {
                Entry::Message(m) => Some(m.id.name.to_owned()),
                Entry::Term(t) => Some(format!("-{}", t.id.name)),
                _ => None,
            })
            .collect();
        out.insert(path.file_name().unwrap().to_string_lossy().into_owned(), ids);
    }
    out
}

#[test]
fn l3_every_message_id_exists_in_every_locale() {
    let reference = ids_by_file("en-GB");
    assert!(reference.contains_key("errors.ftl"));
    for locale in &LOCALES[1..] {
        let other = ids_by_file(locale);
        assert_eq!(reference.keys().collect::<Vec<_>>(), other.keys().collect::<Vec<_>>(), "files of {locale}");
        for (file, ids) in &reference {
            let theirs = &other[file];
            let missing: Vec<_> = ids.difference(theirs).collect();
            let extra: Vec<_> = theirs.difference(ids).collect();
            assert!(
                missing.is_empty() && extra.is_empty(),
                "{locale}/{file}: missing {missing:?}, not in en-GB {extra:?}"
            );
        }
    }
}

/// Source files that can use messages (tests excluded: a test using an id does not make it used).
fn sources(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        if path.is_dir() {
            if !matches!(name.as_str(), "node_modules" | "dist" | "target" | "testing" | "tests" | "gen") {
                sources(&path, out);
            }
        } else if (name.ends_with(".rs") && name != "tests.rs" && !name.ends_with("_tests.rs"))
            || ((name.ends_with(".ts") || name.ends_with(".tsx")) && !name.contains(".test."))
        {
            out.push(path);
        }
    }
}

#[test]
fn l3_every_message_id_is_used() {
    let root = repo_root();
    let mut files = Vec::new();
    for dir in ["crates", "src-tauri/src", "ui/src"] {
        if root.join(dir).exists() {
            sources(&root.join(dir), &mut files);
        }
    }
    let code: String = files.iter().map(|f| std::fs::read_to_string(f).unwrap()).collect::<Vec<_>>().join("\n");
    let mut unused = Vec::new();
    for (file, ids) in ids_by_file("en-GB") {
        for id in ids.iter().filter(|id| !id.starts_with('-')) {
            if !["\"", "'", "`"].iter().any(|q| code.contains(&format!("{q}{id}{q}"))) {
                unused.push(format!("{file}: {id}"));
            }
        }
    }
    assert!(unused.is_empty(), "message ids never used in code: {unused:#?}");
}
