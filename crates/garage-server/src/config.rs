//! Where the server listens, which database it keeps, whether to seed the demo garage and the
//! garage's enrolment key: a TOML file (`--config PATH`) overridden by `GARAGE_SERVER_*`
//! environment variables.

use std::net::SocketAddr;
use std::path::{Path, PathBuf};

use serde::Deserialize;
use uuid::Uuid;

/// Loopback by default: a garage opens it to its network on purpose, in the config.
pub const DEFAULT_LISTEN: &str = "127.0.0.1:7878";
pub const DEFAULT_DATABASE: &str = "garage-server.db";
/// The shortest enrolment key the server accepts.
pub const MIN_ENROLMENT_KEY: usize = 16;
pub const ENROLMENT_KEY_ENV: &str = "GARAGE_SERVER_ENROLMENT_KEY";

#[derive(Clone, PartialEq, Eq)]
pub struct Config {
    pub listen: SocketAddr,
    pub database: PathBuf,
    /// Seed the demo garage into an empty database.
    pub seed_demo: bool,
    /// The garage's enrolment key, trimmed: a desk registering must give it. Required unless
    /// `listen` is loopback.
    pub enrolment_key: Option<String>,
}

/// Shows everything but the enrolment key's value.
impl std::fmt::Debug for Config {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Config")
            .field("listen", &self.listen)
            .field("database", &self.database)
            .field("seed_demo", &self.seed_demo)
            .field("enrolment_key", &self.enrolment_key.as_ref().map(|_| "<set>"))
            .finish()
    }
}

/// The file's form: every key optional.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct FileConfig {
    listen: Option<String>,
    database: Option<PathBuf>,
    seed_demo: Option<bool>,
    enrolment_key: Option<String>,
}

/// What the command line asked for.
#[derive(Debug, PartialEq, Eq)]
pub enum Command {
    Run {
        config_file: Option<PathBuf>,
    },
    /// List the registered desks.
    Devices {
        config_file: Option<PathBuf>,
    },
    /// Revoke a desk: its token is refused from then on.
    RevokeDevice {
        device_id: Uuid,
        config_file: Option<PathBuf>,
    },
    /// Set a person's PIN (read from standard input) and revoke their credentials on every desk.
    SetPin {
        staff_id: Uuid,
        config_file: Option<PathBuf>,
    },
    Help,
    Version,
}

pub const USAGE: &str = "usage: garage-server [--config PATH]
       garage-server devices [--config PATH]
       garage-server revoke-device <DEVICE-ID> [--config PATH]
       garage-server set-pin <STAFF-ID> [--config PATH]   (the new PIN on standard input)

Runs the central server of Garage Desk.

commands (they use the config's database, even while the server runs, and need no enrolment key):
  devices                     list the registered desks, tab-separated: id, name, registered_at,
                              status (`active` or `revoked <time>`), staff who signed in on it
  revoke-device <DEVICE-ID>   revoke a desk (a lost or stolen laptop): its token is refused from
                              now on and it cannot register again under that id. Exit code 1 if
                              no desk has that id. Every credential of a person on it is
                              revoked too
  set-pin <STAFF-ID>          set a person's PIN (4 to 8 digits, one line on standard input),
                              clear their lock-out and revoke their credentials on every desk:
                              their changes still queued on a desk are refused, and they sign in
                              online once on each desk with the new PIN

config file (TOML), every key optional:
  listen = \"127.0.0.1:7878\"       address to listen on (port 0 picks a free port)
  database = \"garage-server.db\"   SQLite database, created if missing
  seed_demo = false               seed the demo garage into an empty database
  enrolment_key = \"...\"           the garage's enrolment key: only desks that give it can
                                  register; at least 16 characters, no spaces (for example
                                  `openssl rand -base64 24`). Required unless listen is loopback

environment (overrides the file; an empty value counts as not set):
  GARAGE_SERVER_LISTEN, GARAGE_SERVER_DATABASE, GARAGE_SERVER_SEED_DEMO,
  GARAGE_SERVER_ENROLMENT_KEY";

pub fn parse_args(args: impl IntoIterator<Item = String>) -> Result<Command, String> {
    let mut config_file = None;
    let mut words = Vec::new();
    let mut args = args.into_iter();
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "-h" | "--help" => return Ok(Command::Help),
            "-V" | "--version" => return Ok(Command::Version),
            "--config" => {
                let path = args.next().ok_or("--config needs a path")?;
                config_file = Some(PathBuf::from(path));
            }
            other => match other.strip_prefix("--config=") {
                Some(path) => config_file = Some(PathBuf::from(path)),
                None if other.starts_with('-') => return Err(format!("unknown argument {other:?}")),
                None => words.push(arg),
            },
        }
    }
    match words.iter().map(String::as_str).collect::<Vec<_>>().as_slice() {
        [] => Ok(Command::Run { config_file }),
        ["devices"] => Ok(Command::Devices { config_file }),
        ["revoke-device"] => Err("revoke-device needs a device id".to_owned()),
        ["revoke-device", id] => {
            let device_id = Uuid::parse_str(id).map_err(|_| format!("{id:?} is not a device id (a UUID)"))?;
            Ok(Command::RevokeDevice { device_id, config_file })
        }
        ["set-pin"] => Err("set-pin needs a staff id".to_owned()),
        ["set-pin", id] => {
            let staff_id = Uuid::parse_str(id).map_err(|_| format!("{id:?} is not a staff id (a UUID)"))?;
            Ok(Command::SetPin { staff_id, config_file })
        }
        [first, ..] if matches!(*first, "devices" | "revoke-device" | "set-pin") => {
            Err(format!("too many arguments for {first}: {:?}", &words[1..]))
        }
        [other, ..] => Err(format!("unknown argument {other:?}")),
    }
}

impl Config {
    /// [`Config::read`], then refuses a network address without an enrolment key: what serving
    /// needs. The `devices` and `revoke-device` commands use [`Config::read`] alone.
    pub fn load(file: Option<&Path>, env: impl Fn(&str) -> Option<String>) -> Result<Config, String> {
        let config = Config::read(file, env)?;
        if config.enrolment_key.is_none() && !config.listen.ip().is_loopback() {
            return Err(format!(
                "listen {} is reachable from the network: set enrolment_key (or {ENROLMENT_KEY_ENV}) \
                 so only the garage's desks can enrol",
                config.listen
            ));
        }
        Ok(config)
    }

    /// Reads `file` if given, then applies the environment as `env` reports it.
    pub fn read(file: Option<&Path>, env: impl Fn(&str) -> Option<String>) -> Result<Config, String> {
        let from_file = match file {
            Some(path) => {
                let text =
                    std::fs::read_to_string(path).map_err(|e| format!("cannot read config {}: {e}", path.display()))?;
                toml::from_str::<FileConfig>(&text).map_err(|e| format!("config {}: {e}", path.display()))?
            }
            None => FileConfig::default(),
        };
        let listen = env("GARAGE_SERVER_LISTEN").or(from_file.listen).unwrap_or_else(|| DEFAULT_LISTEN.to_owned());
        let listen = listen
            .parse::<SocketAddr>()
            .map_err(|_| format!("listen {listen:?} is not an address such as {DEFAULT_LISTEN}"))?;
        let database = env("GARAGE_SERVER_DATABASE")
            .map(PathBuf::from)
            .or(from_file.database)
            .unwrap_or_else(|| PathBuf::from(DEFAULT_DATABASE));
        let seed_demo = match env("GARAGE_SERVER_SEED_DEMO") {
            Some(value) => {
                parse_bool(&value).ok_or(format!("GARAGE_SERVER_SEED_DEMO {value:?} is not true or false"))?
            }
            None => from_file.seed_demo.unwrap_or(false),
        };
        let in_file = || file.map_or("enrolment_key".to_owned(), |path| format!("enrolment_key in {}", path.display()));
        let enrolment_key = match env(ENROLMENT_KEY_ENV).filter(|value| !value.trim().is_empty()) {
            Some(value) => Some(checked_enrolment_key(&value, ENROLMENT_KEY_ENV)?),
            None => from_file.enrolment_key.map(|value| checked_enrolment_key(&value, &in_file())).transpose()?,
        };
        Ok(Config { listen, database, seed_demo, enrolment_key })
    }
}

/// The key trimmed, if it is long enough and has no spaces (a desk's `enrolment_key` cannot have
/// any). `source` names where it came from; the errors never show the key itself.
fn checked_enrolment_key(value: &str, source: &str) -> Result<String, String> {
    let key = value.trim();
    if key.chars().count() < MIN_ENROLMENT_KEY {
        return Err(format!("{source} is too short: an enrolment key has at least {MIN_ENROLMENT_KEY} characters"));
    }
    if key.chars().any(char::is_whitespace) {
        return Err(format!("{source} has a space in it: a desk's enrolment_key cannot, so no desk could enrol"));
    }
    Ok(key.to_owned())
}

fn parse_bool(value: &str) -> Option<bool> {
    match value.trim().to_ascii_lowercase().as_str() {
        "1" | "true" | "yes" | "on" => Some(true),
        "0" | "false" | "no" | "off" | "" => Some(false),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use std::collections::HashMap;

    use super::*;

    fn env(pairs: &[(&str, &str)]) -> impl Fn(&str) -> Option<String> {
        let map: HashMap<String, String> = pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect();
        move |key| map.get(key).cloned()
    }

    #[test]
    fn defaults_listen_on_loopback() {
        let config = Config::load(None, env(&[])).unwrap();
        assert_eq!(config.listen, "127.0.0.1:7878".parse().unwrap());
        assert_eq!(config.database, PathBuf::from("garage-server.db"));
        assert!(!config.seed_demo);
        assert_eq!(config.enrolment_key, None);
    }

    const KEY: &str = "k3y-of-the-garage-0123";

    fn config_file(dir: &tempfile::TempDir, text: &str) -> PathBuf {
        let path = dir.path().join("server.toml");
        std::fs::write(&path, text).unwrap();
        path
    }

    #[test]
    fn file_then_environment() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("server.toml");
        std::fs::write(&path, "listen = \"127.0.0.1:0\"\ndatabase = \"/tmp/x.db\"\nseed_demo = true\n").unwrap();
        let config = Config::load(Some(&path), env(&[])).unwrap();
        assert_eq!(config.listen, "127.0.0.1:0".parse().unwrap());
        assert_eq!(config.database, PathBuf::from("/tmp/x.db"));
        assert!(config.seed_demo);

        let config = Config::load(
            Some(&path),
            env(&[
                ("GARAGE_SERVER_LISTEN", "0.0.0.0:9000"),
                ("GARAGE_SERVER_DATABASE", "other.db"),
                ("GARAGE_SERVER_SEED_DEMO", "false"),
                ("GARAGE_SERVER_ENROLMENT_KEY", KEY),
            ]),
        )
        .unwrap();
        assert_eq!(config.listen, "0.0.0.0:9000".parse().unwrap());
        assert_eq!(config.database, PathBuf::from("other.db"));
        assert!(!config.seed_demo);
    }

    #[test]
    fn enrolment_key_from_the_file_trimmed() {
        let dir = tempfile::tempdir().unwrap();
        let path = config_file(&dir, &format!("enrolment_key = \"  {KEY}\\n\"\n"));
        let config = Config::load(Some(&path), env(&[])).unwrap();
        assert_eq!(config.enrolment_key.as_deref(), Some(KEY));
        assert!(!format!("{config:?}").contains(KEY), "Debug never shows the key");
    }

    #[test]
    fn enrolment_key_from_the_environment_overrides_the_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = config_file(&dir, &format!("enrolment_key = \"{KEY}\"\n"));
        let config = Config::load(Some(&path), env(&[(ENROLMENT_KEY_ENV, "another-key-of-the-garage")])).unwrap();
        assert_eq!(config.enrolment_key.as_deref(), Some("another-key-of-the-garage"));

        // An empty value is not set: the file's key stays.
        let config = Config::load(Some(&path), env(&[(ENROLMENT_KEY_ENV, " ")])).unwrap();
        assert_eq!(config.enrolment_key.as_deref(), Some(KEY));
        let config = Config::load(None, env(&[(ENROLMENT_KEY_ENV, "")])).unwrap();
        assert_eq!(config.enrolment_key, None);
    }

    #[test]
    fn a_short_or_spaced_enrolment_key_is_refused_without_showing_it() {
        let error = Config::load(None, env(&[(ENROLMENT_KEY_ENV, "short-key-15chr")])).unwrap_err();
        assert!(error.contains(ENROLMENT_KEY_ENV) && error.contains("at least 16 characters"), "{error}");
        assert!(!error.contains("short-key-15chr"), "{error}");
        // 16 characters after trimming is enough.
        let config = Config::load(None, env(&[(ENROLMENT_KEY_ENV, "  sixteen-chars-k! ")])).unwrap();
        assert_eq!(config.enrolment_key.as_deref(), Some("sixteen-chars-k!"));

        let dir = tempfile::tempdir().unwrap();
        let path = config_file(&dir, "enrolment_key = \"tiny-secret\"\n");
        let error = Config::load(Some(&path), env(&[])).unwrap_err();
        assert!(error.contains("enrolment_key in ") && error.contains("at least 16"), "{error}");
        assert!(!error.contains("tiny-secret"), "{error}");

        let error = Config::load(None, env(&[(ENROLMENT_KEY_ENV, "two words of the secret")])).unwrap_err();
        assert!(error.contains(ENROLMENT_KEY_ENV) && error.contains("space"), "{error}");
        assert!(!error.contains("secret"), "{error}");
    }

    #[test]
    fn a_network_address_without_an_enrolment_key_is_refused() {
        let error = Config::load(None, env(&[("GARAGE_SERVER_LISTEN", "0.0.0.0:7878")])).unwrap_err();
        assert_eq!(
            error,
            "listen 0.0.0.0:7878 is reachable from the network: set enrolment_key (or GARAGE_SERVER_ENROLMENT_KEY) \
             so only the garage's desks can enrol"
        );
        assert!(Config::load(None, env(&[("GARAGE_SERVER_LISTEN", "[::]:7878")])).is_err());
        assert!(Config::load(None, env(&[("GARAGE_SERVER_LISTEN", "192.168.1.10:7878")])).is_err());
    }

    #[test]
    fn the_commands_read_a_network_config_without_an_enrolment_key() {
        let config =
            Config::read(None, env(&[("GARAGE_SERVER_LISTEN", "0.0.0.0:7878"), ("GARAGE_SERVER_DATABASE", "g.db")]))
                .unwrap();
        assert_eq!(config.database, PathBuf::from("g.db"));
        assert_eq!(config.enrolment_key, None);
    }

    #[test]
    fn loopback_without_an_enrolment_key_is_allowed() {
        for listen in ["127.0.0.1:7878", "[::1]:7878", "127.0.0.1:0"] {
            let config = Config::load(None, env(&[("GARAGE_SERVER_LISTEN", listen)])).unwrap();
            assert_eq!(config.enrolment_key, None, "{listen}");
        }
    }

    #[test]
    fn a_network_address_with_an_enrolment_key_is_allowed() {
        let config =
            Config::load(None, env(&[("GARAGE_SERVER_LISTEN", "0.0.0.0:7878"), (ENROLMENT_KEY_ENV, KEY)])).unwrap();
        assert_eq!(config.listen, "0.0.0.0:7878".parse().unwrap());
        assert_eq!(config.enrolment_key.as_deref(), Some(KEY));

        let dir = tempfile::tempdir().unwrap();
        let path = config_file(&dir, &format!("listen = \"0.0.0.0:7878\"\nenrolment_key = \"{KEY}\"\n"));
        assert_eq!(Config::load(Some(&path), env(&[])).unwrap().enrolment_key.as_deref(), Some(KEY));
    }

    #[test]
    fn bad_values_are_refused() {
        assert!(Config::load(None, env(&[("GARAGE_SERVER_LISTEN", "nowhere")])).is_err());
        assert!(Config::load(None, env(&[("GARAGE_SERVER_SEED_DEMO", "maybe")])).is_err());
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("server.toml");
        std::fs::write(&path, "lisen = \"127.0.0.1:0\"\n").unwrap();
        assert!(Config::load(Some(&path), env(&[])).is_err());
    }

    #[test]
    fn arguments() {
        let args = |a: &[&str]| parse_args(a.iter().map(|s| s.to_string()));
        assert_eq!(args(&[]), Ok(Command::Run { config_file: None }));
        assert_eq!(args(&["--config", "a.toml"]), Ok(Command::Run { config_file: Some("a.toml".into()) }));
        assert_eq!(args(&["--config=b.toml"]), Ok(Command::Run { config_file: Some("b.toml".into()) }));
        assert_eq!(args(&["--help"]), Ok(Command::Help));
        assert!(args(&["--config"]).is_err());
        assert!(args(&["--port"]).is_err());
        assert!(args(&["serve"]).is_err());
    }

    #[test]
    fn device_commands() {
        let args = |a: &[&str]| parse_args(a.iter().map(|s| s.to_string()));
        const ID: &str = "6f1c2a3b-4d5e-4f60-8172-93a4b5c6d7e8";
        let id = Uuid::parse_str(ID).unwrap();
        assert_eq!(args(&["devices"]), Ok(Command::Devices { config_file: None }));
        assert_eq!(
            args(&["devices", "--config", "a.toml"]),
            Ok(Command::Devices { config_file: Some("a.toml".into()) })
        );
        assert_eq!(args(&["--config=b.toml", "devices"]), Ok(Command::Devices { config_file: Some("b.toml".into()) }));
        assert_eq!(args(&["revoke-device", ID]), Ok(Command::RevokeDevice { device_id: id, config_file: None }));
        assert_eq!(
            args(&["revoke-device", &ID.to_uppercase(), "--config", "a.toml"]),
            Ok(Command::RevokeDevice { device_id: id, config_file: Some("a.toml".into()) })
        );
        assert_eq!(
            args(&["--config", "a.toml", "revoke-device", ID]),
            Ok(Command::RevokeDevice { device_id: id, config_file: Some("a.toml".into()) })
        );
        assert_eq!(args(&["devices", "--help"]), Ok(Command::Help));
        assert_eq!(args(&["revoke-device"]), Err("revoke-device needs a device id".to_owned()));
        assert!(args(&["revoke-device", "front-desk"]).unwrap_err().contains("not a device id"));
        assert!(args(&["revoke-device", ID, ID]).unwrap_err().contains("too many arguments"));
        assert!(args(&["devices", "extra"]).unwrap_err().contains("too many arguments"));
        assert!(args(&["devices", "--all"]).unwrap_err().contains("unknown argument"));
        assert!(args(&["device"]).unwrap_err().contains("unknown argument"));
    }
}
