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
/// `devtools` feature, which would ship them in release.
#[test]
fn release_builds_have_no_devtools() {
    let output = std::process::Command::new(env!("CARGO"))
        .args(["metadata", "--format-version", "1", "--offline", "--manifest-path"])
        .arg(concat!(env!("CARGO_MANIFEST_DIR"), "/Cargo.toml"))
        .output()
        .expect("cargo metadata");
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let metadata: Value = serde_json::from_slice(&output.stdout).unwrap();
    let tauri = metadata["resolve"]["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .find(|node| node["id"].as_str().is_some_and(|id| id.contains("#tauri@2.")))
        .expect("tauri in the graph");
    let features: Vec<&str> = tauri["features"].as_array().unwrap().iter().filter_map(Value::as_str).collect();
    assert!(!features.is_empty(), "tauri's features were found: {tauri}");
    assert!(!features.contains(&"devtools"), "tauri is built with devtools: {features:?}");
}
