//! Where the server listens, which database it keeps, and whether to seed the demo garage: a TOML
//! file (`--config PATH`) overridden by `GARAGE_SERVER_*` environment variables.

use std::net::SocketAddr;
use std::path::{Path, PathBuf};

use serde::Deserialize;

/// Loopback by default: a garage opens it to its network on purpose, in the config.
pub const DEFAULT_LISTEN: &str = "127.0.0.1:7878";
pub const DEFAULT_DATABASE: &str = "garage-server.db";

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Config {
    pub listen: SocketAddr,
    pub database: PathBuf,
    /// Seed the demo garage into an empty database.
    pub seed_demo: bool,
}

/// The file's form: every key optional.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct FileConfig {
    listen: Option<String>,
    database: Option<PathBuf>,
    seed_demo: Option<bool>,
}

/// What the command line asked for.
#[derive(Debug, PartialEq, Eq)]
pub enum Command {
    Run { config_file: Option<PathBuf> },
    Help,
    Version,
}

pub const USAGE: &str = "usage: garage-server [--config PATH]

Runs the central server of Garage Desk.

config file (TOML), every key optional:
  listen = \"127.0.0.1:7878\"       address to listen on (port 0 picks a free port)
  database = \"garage-server.db\"   SQLite database, created if missing
  seed_demo = false               seed the demo garage into an empty database

environment (overrides the file):
  GARAGE_SERVER_LISTEN, GARAGE_SERVER_DATABASE, GARAGE_SERVER_SEED_DEMO";

pub fn parse_args(args: impl IntoIterator<Item = String>) -> Result<Command, String> {
    let mut config_file = None;
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
                None => return Err(format!("unknown argument {other:?}")),
            },
        }
    }
    Ok(Command::Run { config_file })
}

impl Config {
    /// Reads `file` if given, then applies the environment as `env` reports it.
    pub fn load(file: Option<&Path>, env: impl Fn(&str) -> Option<String>) -> Result<Config, String> {
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
        Ok(Config { listen, database, seed_demo })
    }
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
            ]),
        )
        .unwrap();
        assert_eq!(config.listen, "0.0.0.0:9000".parse().unwrap());
        assert_eq!(config.database, PathBuf::from("other.db"));
        assert!(!config.seed_demo);
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
    }
}
