//! Where the local cache lives: `--data-dir DIR`, else `GARAGE_DESK_DATA_DIR`, else the OS's
//! app-data folder (on Linux `~/.local/share/uk.co.garagedesk.desktop`).

use std::path::PathBuf;

pub const DATA_DIR_ENV: &str = "GARAGE_DESK_DATA_DIR";

/// The folder given on the command line or in the environment, if any.
pub fn data_dir_override(args: impl IntoIterator<Item = String>) -> Option<PathBuf> {
    let mut args = args.into_iter();
    while let Some(arg) = args.next() {
        if arg == "--data-dir" {
            return args.next().map(PathBuf::from);
        }
        if let Some(dir) = arg.strip_prefix("--data-dir=") {
            return Some(PathBuf::from(dir));
        }
    }
    std::env::var_os(DATA_DIR_ENV).filter(|v| !v.is_empty()).map(PathBuf::from)
}

pub const SERVER_ENV: &str = "GARAGE_DESK_SERVER";

/// The central server to sync with: `--server URL`, else `GARAGE_DESK_SERVER`; none means this
/// desk works alone on its own demo garage.
pub fn server_url(args: impl IntoIterator<Item = String>) -> Option<String> {
    let mut args = args.into_iter();
    while let Some(arg) = args.next() {
        if arg == "--server" {
            return args.next();
        }
        if let Some(url) = arg.strip_prefix("--server=") {
            return Some(url.to_owned());
        }
    }
    std::env::var(SERVER_ENV).ok().filter(|v| !v.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn flag_wins_in_both_spellings() {
        let args = |a: &[&str]| a.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert_eq!(data_dir_override(args(&["garage-desk", "--data-dir", "/tmp/x"])), Some("/tmp/x".into()));
        assert_eq!(data_dir_override(args(&["garage-desk", "--data-dir=/tmp/y"])), Some("/tmp/y".into()));
    }
}
