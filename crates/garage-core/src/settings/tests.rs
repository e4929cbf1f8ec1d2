use std::path::{Path, PathBuf};

use proptest::prelude::*;

use super::*;
use crate::i18n::Messages;

fn machine(text: &str) -> Result<SettingsFile, SettingsError> {
    parse_settings(Path::new("/etc/garage-desk/config.toml"), FileKind::Machine, text)
}

/// Asserts reading `text` as the machine file fails at `line`, saying `expected`; returns what it says.
fn assert_refused_at(text: &str, line: usize, expected: &str) -> String {
    let (got, detail) = match machine(text) {
        Err(SettingsError::Malformed { line, detail, .. }) => (line, detail),
        other => panic!("expected a malformed-file error, got {other:?}"),
    };
    assert_eq!(got, line, "{text}: {detail}");
    assert!(detail.contains(expected), "{text}: {detail}");
    detail
}

#[test]
fn a_full_machine_file_is_read() {
    let file = machine(
        "# IT: the garage's server\nserver_url = \"https://garage.example.co.uk/\"\ndefault_locale = \"pl\"\n\
         data_dir = \"/var/lib/garage-desk\"\nlocked = [\"server_url\", \"data_dir\"]\n",
    )
    .unwrap();
    assert_eq!(file.values.server_url.as_deref(), Some("https://garage.example.co.uk"));
    assert_eq!(file.values.default_locale, Some(Locale::Pl));
    assert_eq!(file.values.data_dir, Some(PathBuf::from("/var/lib/garage-desk")));
    assert_eq!(file.locked, [Setting::ServerUrl, Setting::DataDir].into_iter().collect());
}

#[test]
fn an_empty_file_sets_nothing_and_a_missing_file_is_none() {
    assert_eq!(machine("").unwrap().values, Values::default());
    let dir = tempfile::tempdir().unwrap();
    assert!(read_settings_file(&dir.path().join("config.toml"), FileKind::Machine).unwrap().is_none());
}

#[test]
fn toml_syntax_errors_name_their_line() {
    assert_refused_at("default_locale = \"pl\"\n\nserver_url = \"http://x\n", 3, "");
}

#[test]
fn unknown_keys_and_wrong_types_name_their_line() {
    assert_refused_at("default_locale = \"pl\"\nserver = \"http://x\"\n", 2, "server");
    assert_refused_at("\n\n\nserver_url = 5\n", 4, "");
}

#[test]
fn bad_values_name_their_line_and_say_what_is_expected() {
    for (text, line, expected) in [
        ("server_url = \"garage.local\"", 1, "http://"),
        ("\nserver_url = \"ftp://garage.local\"", 2, "http://"),
        ("\n\ndefault_locale = \"de\"", 3, "en-GB"),
        ("data_dir = \"relative/folder\"", 1, "full path"),
        ("data_dir = \"\"", 1, "full path"),
    ] {
        assert_refused_at(text, line, expected);
    }
}

#[test]
fn locks_must_name_a_setting_the_file_sets() {
    assert_refused_at("server_url = \"http://a\"\nlocked = [\"server_url\",\n  \"colour\"]\n", 3, "colour");
    assert_refused_at("locked = [\"data_dir\"]", 1, "data_dir is locked but not set");
}

#[test]
fn a_user_file_cannot_lock() {
    let err = parse_settings(
        Path::new("/home/a/settings.toml"),
        FileKind::User,
        "server_url = \"http://a\"\nlocked = [\"server_url\"]",
    )
    .unwrap_err();
    assert!(matches!(err, SettingsError::Malformed { line: 2, .. }), "{err}");
}

#[test]
fn unreadable_and_non_utf8_files_are_errors_not_defaults() {
    let dir = tempfile::tempdir().unwrap();
    // A folder where the file should be cannot be read as a file.
    std::fs::create_dir(dir.path().join("config.toml")).unwrap();
    let err = read_settings_file(&dir.path().join("config.toml"), FileKind::Machine).unwrap_err();
    assert!(matches!(err, SettingsError::Unreadable { .. }), "{err}");
    std::fs::write(dir.path().join("latin1.toml"), b"default_locale = \"pl\"\n# caf\xe9\n").unwrap();
    let err = read_settings_file(&dir.path().join("latin1.toml"), FileKind::Machine).unwrap_err();
    assert!(matches!(err, SettingsError::Malformed { line: 2, .. }), "{err}");
}

fn values(server: Option<&str>, locale: Option<Locale>, dir: Option<&str>) -> Values {
    Values {
        server_url: server.map(str::to_owned),
        default_locale: locale,
        data_dir: dir.map(PathBuf::from),
        enrolment_key: None,
        cache_key_store: None,
    }
}

fn file(path: &str, kind: FileKind, values: Values, locked: &[Setting]) -> SettingsFile {
    SettingsFile { path: path.into(), kind, values, locked: locked.iter().copied().collect() }
}

/// Issue 9: IT chooses where the cache key is kept; a word other than the three is refused.
#[test]
fn issue9_it_can_choose_and_lock_where_the_cache_key_is_kept() {
    use crate::cache_key::KeyPolicy;
    let file = machine("cache_key_store = \"keyring\"\nlocked = [\"cache_key_store\"]\n").unwrap();
    assert_eq!(file.values.cache_key_store, Some(KeyPolicy::Keyring));
    let user = UserLayers {
        user_file: Some(
            parse_settings(Path::new("/home/u/settings.toml"), FileKind::User, "cache_key_store = \"file\"").unwrap(),
        ),
        ..Default::default()
    };
    let resolved = resolve(Some(&file), &user);
    assert_eq!(resolved.cache_key_store, KeyPolicy::Keyring, "IT's lock wins over the user's file");
    assert_eq!(resolve(None, &user).cache_key_store, KeyPolicy::File);
    assert_eq!(resolve(None, &UserLayers::default()).cache_key_store, KeyPolicy::Auto, "auto by default");
    assert_refused_at("default_locale = \"pl\"\ncache_key_store = \"disk\"\n", 2, "cache_key_store");
}

#[test]
fn it_can_set_and_lock_the_enrolment_key_and_a_bad_one_is_refused_without_showing_it() {
    let file = machine(
        "server_url = \"https://g.example\"\nenrolment_key = \"k3y-0f-the-garage\"\nlocked = [\"enrolment_key\"]\n",
    )
    .unwrap();
    assert_eq!(file.values.enrolment_key.as_deref(), Some("k3y-0f-the-garage"));
    assert!(file.locked.contains(&Setting::EnrolmentKey));

    let user = UserLayers {
        environment: Values { enrolment_key: Some("users-own-key".into()), ..Default::default() },
        ..Default::default()
    };
    let resolved = resolve(Some(&file), &user);
    assert_eq!(resolved.enrolment_key.as_deref(), Some("k3y-0f-the-garage"));
    assert_eq!(resolved.overridden.len(), 1);
    assert!(!format!("{:?}", resolved.origins).contains("k3y"), "the origins (logged) never hold the key");

    for bad in ["enrolment_key = \"\"", "enrolment_key = \"two words-secret\""] {
        let detail = assert_refused_at(&format!("default_locale = \"pl\"\n{bad}\n"), 2, "enrolment_key");
        assert!(!detail.contains("secret"), "{detail}");
    }
}

#[test]
fn nothing_set_gives_the_built_in_defaults() {
    let resolved = resolve(None, &UserLayers::default());
    assert_eq!(resolved.server_url, None);
    assert_eq!(resolved.default_locale, Locale::EnGb);
    assert_eq!(resolved.data_dir, None);
    assert!(resolved.origins.values().all(|o| *o == Origin::BuiltIn));
}

#[test]
fn a_locked_value_wins_over_the_command_line_environment_and_user_file() {
    let it = file(
        "/etc/garage-desk/config.toml",
        FileKind::Machine,
        values(Some("https://it.example"), Some(Locale::Ro), Some("/srv/desk")),
        &[Setting::ServerUrl, Setting::DataDir],
    );
    let user = UserLayers {
        command_line: values(Some("http://mine"), None, Some("/tmp/mine")),
        environment: values(Some("http://env"), Some(Locale::Pl), None),
        user_file: Some(file("/home/a/settings.toml", FileKind::User, values(None, None, Some("/home/a/d")), &[])),
    };
    let resolved = resolve(Some(&it), &user);
    assert_eq!(resolved.server_url.as_deref(), Some("https://it.example"));
    assert_eq!(resolved.data_dir, Some(PathBuf::from("/srv/desk")));
    // Not locked: the environment's language beats the machine file's default.
    assert_eq!(resolved.default_locale, Locale::Pl);
    assert_eq!(resolved.origins[&Setting::DefaultLocale], Origin::Environment);
    assert_eq!(resolved.origins[&Setting::ServerUrl], Origin::LockedIn("/etc/garage-desk/config.toml".into()));
    let ignored: Vec<_> = resolved.overridden.iter().map(|o| (o.setting, o.ignored.clone())).collect();
    assert_eq!(
        ignored,
        vec![
            (Setting::ServerUrl, Origin::CommandLine),
            (Setting::ServerUrl, Origin::Environment),
            (Setting::DataDir, Origin::CommandLine),
            (Setting::DataDir, Origin::UserFile("/home/a/settings.toml".into())),
        ]
    );
}

#[test]
fn an_unlocked_machine_value_is_only_a_default() {
    let it = file("/etc/c.toml", FileKind::Machine, values(Some("https://it.example"), Some(Locale::Ro), None), &[]);
    let user = UserLayers {
        user_file: Some(file("/home/a/s.toml", FileKind::User, values(Some("http://mine"), None, None), &[])),
        ..Default::default()
    };
    let resolved = resolve(Some(&it), &user);
    assert_eq!(resolved.server_url.as_deref(), Some("http://mine"));
    assert_eq!(resolved.default_locale, Locale::Ro);
    assert_eq!(resolved.origins[&Setting::DefaultLocale], Origin::MachineFile("/etc/c.toml".into()));
    assert!(resolved.overridden.is_empty());
}

fn layer() -> impl Strategy<Value = Option<String>> {
    proptest::option::of("[a-z]{1,6}")
}

proptest! {
    /// Whatever each source says, the server URL comes from the first source in the order
    /// command line, environment, user file, machine file, unless the machine file locks it.
    #[test]
    fn precedence_holds_for_any_combination(
        cli in layer(), env in layer(), user in layer(), it in layer(), lock in any::<bool>()
    ) {
        let url = |s: &Option<String>| s.as_ref().map(|h| format!("http://{h}"));
        let lock = lock && it.is_some();
        let machine = file("/etc/c.toml", FileKind::Machine, values(url(&it).as_deref(), None, None),
            if lock { &[Setting::ServerUrl] } else { &[] });
        let layers = UserLayers {
            command_line: values(url(&cli).as_deref(), None, None),
            environment: values(url(&env).as_deref(), None, None),
            user_file: Some(file("/u.toml", FileKind::User, values(url(&user).as_deref(), None, None), &[])),
        };
        let resolved = resolve(Some(&machine), &layers);
        let expected = if lock { url(&it) } else { url(&cli).or(url(&env)).or(url(&user)).or(url(&it)) };
        prop_assert_eq!(resolved.server_url, expected);
        let ignored = [&cli, &env, &user].iter().filter(|s| s.is_some()).count();
        prop_assert_eq!(resolved.overridden.len(), if lock { ignored } else { 0 });
    }
}

#[test]
fn the_startup_message_names_the_file_and_line_in_every_locale() {
    let messages = Messages::load().unwrap();
    let problem = StartupProblem::from(machine("server_url = \"http://a\"\n\nlocked = [\"colour\"]").unwrap_err());
    for locale in Locale::ALL {
        let text = problem.localised(&messages, locale);
        assert!(text.contains("/etc/garage-desk/config.toml"), "{text}");
        assert!(text.contains(" 3"), "{text}");
        assert!(!text.contains("startup-"), "missing message: {text}");
    }
}

/// Issue 9: a cache whose key cannot be had stops the start with its own message, naming the
/// files, in every locale (never the generic "cannot open its data folder").
#[test]
fn issue9_a_missing_or_changed_cache_key_has_its_own_startup_message_in_every_locale() {
    use crate::cache_key::CacheKeyError;
    let messages = Messages::load().unwrap();
    let folder = PathBuf::from("/var/lib/garage-desk");
    let problems = [
        CacheKeyError::Missing {
            cache: folder.join("garage-desk.db"),
            key_file: folder.join("garage-desk.key"),
            keyring: "no entry for this folder".into(),
        },
        CacheKeyError::Rejected { cache: folder.join("garage-desk.db") },
        CacheKeyError::KeyringRequired { reason: "no Secret Service".into() },
        CacheKeyError::FileDamaged { path: folder.join("garage-desk.key") },
    ];
    let generic = StartupProblem::DataFolder { folder: folder.clone(), error: std::io::Error::other("x").into() };
    for problem in problems {
        let mentions = match &problem {
            CacheKeyError::KeyringRequired { .. } => "cache_key_store",
            CacheKeyError::Missing { .. } | CacheKeyError::FileDamaged { .. } => "garage-desk.key",
            _ => "garage-desk.db",
        };
        let problem = StartupProblem::DataFolder { folder: folder.clone(), error: problem.into() };
        for locale in Locale::ALL {
            let text = problem.localised(&messages, locale);
            assert!(text.contains(mentions), "{text}");
            assert!(!text.contains("startup-"), "missing message: {text}");
            assert_ne!(text, generic.localised(&messages, locale));
        }
    }
}

#[test]
fn system_language_tags_map_to_our_locales() {
    assert_eq!(locale_for_system_tag("pl-PL"), Locale::Pl);
    assert_eq!(locale_for_system_tag("ro_RO.UTF-8"), Locale::Ro);
    assert_eq!(locale_for_system_tag("en-US"), Locale::EnGb);
    assert_eq!(locale_for_system_tag("de-DE"), Locale::EnGb);
    assert_eq!(locale_for_system_tag(""), Locale::EnGb);
}

#[test]
fn the_example_file_shipped_to_it_is_a_valid_machine_file() {
    let text = include_str!("../../../../packaging/config.example.toml");
    let file = machine(text).unwrap_or_else(|e| panic!("packaging/config.example.toml: {e}"));
    assert!(file.values.server_url.is_some() && file.values.enrolment_key.is_some());
    assert_eq!(file.locked, [Setting::ServerUrl, Setting::EnrolmentKey].into_iter().collect());
}
