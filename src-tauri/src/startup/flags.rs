//! Settings given on the command line (`--server URL`, `--data-dir DIR`, either as `--flag=value`)
//! and in the environment (`GARAGE_DESK_SERVER`, `GARAGE_DESK_DATA_DIR`,
//! `GARAGE_DESK_ENROLMENT_KEY`). Both are the user's side: a value IT locks in the machine-wide
//! file wins over them. The enrolment key has no flag: a command line is visible to every user.

use std::path::PathBuf;

use garage_core::settings::Values;

pub const SERVER_ENV: &str = "GARAGE_DESK_SERVER";
pub const DATA_DIR_ENV: &str = "GARAGE_DESK_DATA_DIR";
pub const ENROLMENT_KEY_ENV: &str = "GARAGE_DESK_ENROLMENT_KEY";

fn flag(args: &[String], name: &str) -> Option<String> {
    let mut args = args.iter();
    let prefix = format!("{name}=");
    while let Some(arg) = args.next() {
        if arg == name {
            return args.next().cloned();
        }
        if let Some(value) = arg.strip_prefix(&prefix) {
            return Some(value.to_owned());
        }
    }
    None
}

pub fn command_line(args: &[String]) -> Values {
    Values {
        server_url: flag(args, "--server").filter(|v| !v.is_empty()),
        default_locale: None,
        data_dir: flag(args, "--data-dir").filter(|v| !v.is_empty()).map(PathBuf::from),
        enrolment_key: None,
        cache_key_store: None,
    }
}

pub fn environment() -> Values {
    let var = |name| std::env::var(name).ok().filter(|v: &String| !v.is_empty());
    Values {
        server_url: var(SERVER_ENV),
        default_locale: None,
        data_dir: var(DATA_DIR_ENV).map(PathBuf::from),
        enrolment_key: var(ENROLMENT_KEY_ENV).map(|key| key.trim().to_owned()),
        cache_key_store: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(a: &[&str]) -> Vec<String> {
        a.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn flags_in_both_spellings() {
        let values = command_line(&args(&["--data-dir", "/tmp/x", "--server=http://127.0.0.1:7878"]));
        assert_eq!(values.data_dir, Some(PathBuf::from("/tmp/x")));
        assert_eq!(values.server_url.as_deref(), Some("http://127.0.0.1:7878"));
        assert_eq!(command_line(&args(&["--data-dir"])), Values::default());
    }
}
