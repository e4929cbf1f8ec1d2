//! Hardening that lives in configuration: the Content-Security-Policy and the features the shell
//! is built with. (The capability matrix is in `capability_tests`; the e2e suite checks that the
//! real webview refuses `eval` and remote scripts.)

use std::collections::BTreeMap;

use serde_json::Value;

fn csp() -> BTreeMap<String, String> {
    let conf: Value = serde_json::from_str(include_str!("../tauri.conf.json")).unwrap();
    let csp = conf["app"]["security"]["csp"].as_object().expect("the CSP is set, directive by directive");
    csp.iter().map(|(k, v)| (k.clone(), v.as_str().unwrap().to_owned())).collect()
}

#[test]
fn the_csp_allows_scripts_only_from_the_app_and_never_eval() {
    let csp = csp();
    assert_eq!(csp["default-src"], "'self'");
    assert_eq!(csp["script-src"], "'self'", "no inline, eval or remote scripts");
    for (directive, sources) in &csp {
        assert!(!sources.contains("unsafe-eval"), "{directive}: {sources}");
        for source in sources.split_whitespace() {
            let allowed = match directive.as_str() {
                "connect-src" => ["ipc:", "http://ipc.localhost"].contains(&source),
                "style-src" => ["'self'", "'unsafe-inline'"].contains(&source),
                "img-src" => ["'self'", "data:"].contains(&source),
                _ => ["'self'", "'none'"].contains(&source),
            };
            assert!(allowed, "{directive} allows {source}");
        }
    }
    for directive in ["object-src", "base-uri", "form-action", "frame-src", "frame-ancestors", "worker-src"] {
        assert_eq!(csp[directive], "'none'", "{directive}");
    }
    // The only network the page reaches is Tauri's own IPC; the sync runs in Rust.
    assert_eq!(csp["connect-src"], "ipc: http://ipc.localhost");
}

#[test]
fn no_global_tauri_object_and_no_asset_protocol() {
    let conf: Value = serde_json::from_str(include_str!("../tauri.conf.json")).unwrap();
    assert_ne!(conf["app"]["withGlobalTauri"], Value::Bool(true));
    assert_ne!(conf["app"]["security"]["assetProtocol"]["enable"], Value::Bool(true));
    assert_ne!(conf["app"]["security"]["dangerousDisableAssetCspModification"], Value::Bool(true));
}

/// Devtools exist in debug builds only; nothing in the dependency graph may turn on tauri's
/// `devtools` feature, which would ship them in release. `cargo tree` for this machine's own
/// target works offline on a fresh machine (`cargo metadata` wants every platform's crates, which
/// a build never downloads: issue 9).
#[test]
fn release_builds_have_no_devtools() {
    let host = host_triple();
    let output = std::process::Command::new(env!("CARGO"))
        .args(["tree", "--offline", "--locked", "--target", &host, "-e", "features", "-i", "tauri"])
        .args(["--depth", "0", "--prefix", "none", "--format", "{p} [{f}]", "--manifest-path"])
        .arg(concat!(env!("CARGO_MANIFEST_DIR"), "/Cargo.toml"))
        .output()
        .expect("cargo tree");
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let tree = String::from_utf8_lossy(&output.stdout);
    let line =
        tree.lines().find(|l| l.starts_with("tauri v2.")).unwrap_or_else(|| panic!("tauri in the graph: {tree}"));
    let features = line.split_once('[').and_then(|(_, f)| f.strip_suffix(']')).expect("tauri's features");
    let features: Vec<&str> = features.split(',').map(str::trim).collect();
    assert!(features.contains(&"wry"), "tauri's features were found: {line}");
    assert!(!features.contains(&"devtools"), "tauri is built with devtools: {features:?}");
}

/// The triple this test was built for (`rustc -vV`'s host line, the one cargo builds for).
fn host_triple() -> String {
    let rustc = std::env::var("RUSTC").unwrap_or_else(|_| "rustc".to_owned());
    let output = std::process::Command::new(rustc).arg("-vV").output().expect("rustc -vV");
    let text = String::from_utf8_lossy(&output.stdout).into_owned();
    text.lines().find_map(|l| l.strip_prefix("host: ")).expect("rustc names its host").trim().to_owned()
}
