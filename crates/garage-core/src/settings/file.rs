//! Reading one settings file: TOML, every key checked, and any mistake reported with its line.

use std::collections::BTreeSet;
use std::ops::Range;
use std::path::{Path, PathBuf};

use serde::Deserialize;
use toml::Spanned;

use super::{Setting, SettingsError, Values};
use crate::cache_key::KeyPolicy;
use crate::i18n::Locale;

/// Whose file it is: only IT's machine-wide file may lock settings.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileKind {
    Machine,
    User,
}

/// A settings file that was read and checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SettingsFile {
    pub path: PathBuf,
    pub kind: FileKind,
    pub values: Values,
    pub locked: BTreeSet<Setting>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFile {
    server_url: Option<Spanned<String>>,
    default_locale: Option<Spanned<String>>,
    data_dir: Option<Spanned<String>>,
    enrolment_key: Option<Spanned<String>>,
    cache_key_store: Option<Spanned<String>>,
    locked: Option<Spanned<Vec<Spanned<String>>>>,
}

/// Reads `path`; a missing file is `Ok(None)` (nothing set), anything else wrong is an error.
pub fn read_settings_file(path: &Path, kind: FileKind) -> Result<Option<SettingsFile>, SettingsError> {
    match std::fs::read(path) {
        Ok(bytes) => {
            let text = String::from_utf8(bytes).map_err(|e| SettingsError::Malformed {
                path: path.to_owned(),
                line: line_of(&String::from_utf8_lossy(e.as_bytes()), e.utf8_error().valid_up_to()),
                detail: "the file is not UTF-8 text".into(),
            })?;
            parse_settings(path, kind, &text).map(Some)
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(source) => Err(SettingsError::Unreadable { path: path.to_owned(), source }),
    }
}

/// Parses and checks the text of a settings file read from `path`.
pub fn parse_settings(path: &Path, kind: FileKind, text: &str) -> Result<SettingsFile, SettingsError> {
    let malformed = |span: Range<usize>, detail: String| SettingsError::Malformed {
        path: path.to_owned(),
        line: line_of(text, span.start),
        detail,
    };
    let raw: RawFile = toml::from_str(text).map_err(|e| {
        let detail = e.message().trim().to_owned();
        malformed(e.span().unwrap_or(0..0), detail)
    })?;

    let mut values = Values::default();
    if let Some(url) = raw.server_url {
        check_server_url(url.get_ref()).map_err(|d| malformed(url.span(), d))?;
        values.server_url = Some(url.get_ref().trim_end_matches('/').to_owned());
    }
    if let Some(tag) = raw.default_locale {
        let locale = Locale::from_tag(tag.get_ref())
            .ok_or_else(|| malformed(tag.span(), "default_locale must be one of \"en-GB\", \"pl\" or \"ro\"".into()))?;
        values.default_locale = Some(locale);
    }
    if let Some(dir) = raw.data_dir {
        let path = PathBuf::from(dir.get_ref());
        if dir.get_ref().trim().is_empty() || !path.is_absolute() {
            return Err(malformed(dir.span(), "data_dir must be a full path, like /var/lib/garage-desk".into()));
        }
        values.data_dir = Some(path);
    }
    if let Some(key) = raw.enrolment_key {
        check_enrolment_key(key.get_ref()).map_err(|d| malformed(key.span(), d))?;
        values.enrolment_key = Some(key.get_ref().clone());
    }
    if let Some(store) = raw.cache_key_store {
        let policy = KeyPolicy::from_key(store.get_ref()).ok_or_else(|| {
            malformed(store.span(), "cache_key_store must be one of \"auto\", \"keyring\" or \"file\"".into())
        })?;
        values.cache_key_store = Some(policy);
    }

    let mut locked = BTreeSet::new();
    if let Some(list) = raw.locked {
        if kind == FileKind::User {
            return Err(malformed(list.span(), "only IT's machine-wide settings file can lock settings".into()));
        }
        for name in list.get_ref() {
            let setting = Setting::ALL.into_iter().find(|s| s.key() == name.get_ref()).ok_or_else(|| {
                malformed(
                    name.span(),
                    format!(
                        "\"{}\" is not a setting; use server_url, default_locale, data_dir, enrolment_key or cache_key_store",
                        name.get_ref()
                    ),
                )
            })?;
            if !values.has(setting) {
                return Err(malformed(name.span(), format!("{} is locked but not set in this file", setting.key())));
            }
            locked.insert(setting);
        }
    }
    Ok(SettingsFile { path: path.to_owned(), kind, values, locked })
}

/// The key as the server's administrator gave it: no spaces to lose in copying, and never shown.
fn check_enrolment_key(key: &str) -> Result<(), String> {
    if key.is_empty() || key.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return Err("enrolment_key must be the server's key exactly, without spaces".into());
    }
    Ok(())
}

fn check_server_url(url: &str) -> Result<(), String> {
    let bad = || format!("server_url must be a web address starting http:// or https://, not \"{url}\"");
    let parsed = reqwest::Url::parse(url).map_err(|_| bad())?;
    if !matches!(parsed.scheme(), "http" | "https") || parsed.host_str().is_none() {
        return Err(bad());
    }
    Ok(())
}

/// The 1-based line of byte `offset` in `text`.
fn line_of(text: &str, offset: usize) -> usize {
    text.as_bytes()[..offset.min(text.len())].iter().filter(|&&b| b == b'\n').count() + 1
}
