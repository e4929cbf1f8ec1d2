//! Which value wins. A value IT locks in the machine-wide file wins over everything; otherwise the
//! command line, then the environment, then the user's file, then the machine file as a default.

use std::collections::BTreeMap;
use std::path::PathBuf;

use super::{Setting, SettingsFile, Values};
use crate::cache_key::KeyPolicy;
use crate::i18n::Locale;

/// What the user's side gives, each source already read.
#[derive(Debug, Clone, Default)]
pub struct UserLayers {
    pub command_line: Values,
    pub environment: Values,
    pub user_file: Option<SettingsFile>,
}

/// Where a value came from (for the log, so IT can see why a desk does what it does).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Origin {
    LockedIn(PathBuf),
    CommandLine,
    Environment,
    UserFile(PathBuf),
    MachineFile(PathBuf),
    BuiltIn,
}

impl std::fmt::Display for Origin {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Origin::LockedIn(path) => write!(f, "locked in {}", path.display()),
            Origin::CommandLine => f.write_str("command line"),
            Origin::Environment => f.write_str("environment"),
            Origin::UserFile(path) | Origin::MachineFile(path) => write!(f, "{}", path.display()),
            Origin::BuiltIn => f.write_str("built-in default"),
        }
    }
}

/// A user-side value that a lock made the desk ignore.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Overridden {
    pub setting: Setting,
    pub ignored: Origin,
    pub locked_in: PathBuf,
}

/// The settings the desk runs with.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Resolved {
    pub server_url: Option<String>,
    pub default_locale: Locale,
    /// `None`: the OS's app-data folder, which the shell knows.
    pub data_dir: Option<PathBuf>,
    /// Sent when the desk registers with the central server. A secret: never logged.
    pub enrolment_key: Option<String>,
    /// Where the cache's key is kept (issue 9); `auto` unless a settings file says otherwise.
    pub cache_key_store: KeyPolicy,
    pub origins: BTreeMap<Setting, Origin>,
    pub overridden: Vec<Overridden>,
}

pub fn resolve(machine: Option<&SettingsFile>, user: &UserLayers) -> Resolved {
    let mut resolved = Resolved {
        server_url: None,
        default_locale: Locale::EnGb,
        data_dir: None,
        enrolment_key: None,
        cache_key_store: KeyPolicy::Auto,
        origins: BTreeMap::new(),
        overridden: Vec::new(),
    };
    let mut layers: Vec<(Origin, &Values)> =
        vec![(Origin::CommandLine, &user.command_line), (Origin::Environment, &user.environment)];
    if let Some(file) = &user.user_file {
        layers.push((Origin::UserFile(file.path.clone()), &file.values));
    }
    if let Some(file) = machine {
        layers.push((Origin::MachineFile(file.path.clone()), &file.values));
    }

    for setting in Setting::ALL {
        let locked_in = machine.filter(|m| m.locked.contains(&setting));
        let winner = match locked_in {
            Some(file) => {
                for (origin, values) in &layers {
                    if values.has(setting) && !matches!(origin, Origin::MachineFile(_)) {
                        resolved.overridden.push(Overridden {
                            setting,
                            ignored: origin.clone(),
                            locked_in: file.path.clone(),
                        });
                    }
                }
                Some((Origin::LockedIn(file.path.clone()), &file.values))
            }
            None => layers.iter().find(|(_, values)| values.has(setting)).map(|(o, v)| (o.clone(), *v)),
        };
        let Some((origin, values)) = winner else {
            resolved.origins.insert(setting, Origin::BuiltIn);
            continue;
        };
        match setting {
            Setting::ServerUrl => resolved.server_url = values.server_url.clone(),
            Setting::DefaultLocale => resolved.default_locale = values.default_locale.unwrap_or(Locale::EnGb),
            Setting::DataDir => resolved.data_dir = values.data_dir.clone(),
            Setting::EnrolmentKey => resolved.enrolment_key = values.enrolment_key.clone(),
            Setting::CacheKeyStore => resolved.cache_key_store = values.cache_key_store.unwrap_or_default(),
        }
        resolved.origins.insert(setting, origin);
    }
    resolved
}
