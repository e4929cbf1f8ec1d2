//! Languages (L1–L3): the user's locale and the Fluent messages Rust returns, read from the same
//! `locales/<locale>/*.ftl` files the UI reads.

use std::collections::HashMap;
use std::fmt;

use chrono::{DateTime, Local, Utc};
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use serde::{Deserialize, Serialize};
use ts_rs::TS;
use unic_langid::LanguageIdentifier;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
pub enum Locale {
    #[serde(rename = "en-GB")]
    EnGb,
    #[serde(rename = "pl")]
    Pl,
    #[serde(rename = "ro")]
    Ro,
}

impl Locale {
    pub const ALL: [Locale; 3] = [Locale::EnGb, Locale::Pl, Locale::Ro];

    pub fn tag(self) -> &'static str {
        match self {
            Locale::EnGb => "en-GB",
            Locale::Pl => "pl",
            Locale::Ro => "ro",
        }
    }

    pub fn from_tag(tag: &str) -> Option<Locale> {
        Locale::ALL.into_iter().find(|l| l.tag() == tag)
    }
}

impl fmt::Display for Locale {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.tag())
    }
}

/// The Fluent files whose messages Rust returns, per locale, embedded at build time.
pub const RUST_MESSAGE_FILES: &[(Locale, &str, &str)] = &[
    (Locale::EnGb, "errors.ftl", include_str!("../../../../locales/en-GB/errors.ftl")),
    (Locale::Pl, "errors.ftl", include_str!("../../../../locales/pl/errors.ftl")),
    (Locale::Ro, "errors.ftl", include_str!("../../../../locales/ro/errors.ftl")),
    (Locale::EnGb, "delete.ftl", include_str!("../../../../locales/en-GB/delete.ftl")),
    (Locale::Pl, "delete.ftl", include_str!("../../../../locales/pl/delete.ftl")),
    (Locale::Ro, "delete.ftl", include_str!("../../../../locales/ro/delete.ftl")),
    (Locale::EnGb, "sync.ftl", include_str!("../../../../locales/en-GB/sync.ftl")),
    (Locale::Pl, "sync.ftl", include_str!("../../../../locales/pl/sync.ftl")),
    (Locale::Ro, "sync.ftl", include_str!("../../../../locales/ro/sync.ftl")),
    (Locale::EnGb, "restore.ftl", include_str!("../../../../locales/en-GB/restore.ftl")),
    (Locale::Pl, "restore.ftl", include_str!("../../../../locales/pl/restore.ftl")),
    (Locale::Ro, "restore.ftl", include_str!("../../../../locales/ro/restore.ftl")),
    (Locale::EnGb, "merge.ftl", include_str!("../../../../locales/en-GB/merge.ftl")),
    (Locale::Pl, "merge.ftl", include_str!("../../../../locales/pl/merge.ftl")),
    (Locale::Ro, "merge.ftl", include_str!("../../../../locales/ro/merge.ftl")),
    (Locale::EnGb, "startup.ftl", include_str!("../../../../locales/en-GB/startup.ftl")),
    (Locale::Pl, "startup.ftl", include_str!("../../../../locales/pl/startup.ftl")),
    (Locale::Ro, "startup.ftl", include_str!("../../../../locales/ro/startup.ftl")),
];

/// Parsed message bundles, one per locale.
pub struct Messages {
    bundles: HashMap<Locale, FluentBundle<FluentResource>>,
}

impl Messages {
    /// Parses the embedded files. A syntax error or duplicate id is a build defect, caught by tests.
    pub fn load() -> Result<Messages, String> {
        let mut bundles = HashMap::new();
        for locale in Locale::ALL {
            let langid: LanguageIdentifier = locale.tag().parse().map_err(|e| format!("{e:?}"))?;
            let mut bundle = FluentBundle::new_concurrent(vec![langid]);
            bundle.set_use_isolating(false);
            for (_, file, source) in RUST_MESSAGE_FILES.iter().filter(|(l, ..)| *l == locale) {
                let resource = FluentResource::try_new((*source).to_owned())
                    .map_err(|(_, errs)| format!("{locale}/{file}: {errs:?}"))?;
                bundle.add_resource(resource).map_err(|errs| format!("{locale}/{file}: {errs:?}"))?;
            }
            bundles.insert(locale, bundle);
        }
        Ok(Messages { bundles })
    }

    pub fn text(&self, locale: Locale, id: &str) -> String {
        self.format(locale, id, &[])
    }

    /// The message `id` in `locale` with `args`; falls back to en-GB, then to the id itself.
    pub fn format(&self, locale: Locale, id: &str, args: &[(&str, FluentValue<'static>)]) -> String {
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            fluent_args.set(*name, value.clone());
        }
        for l in [locale, Locale::EnGb] {
            let bundle = &self.bundles[&l];
            if let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) {
                let mut errors = Vec::new();
                let text = bundle.format_pattern(pattern, Some(&fluent_args), &mut errors);
                return text.into_owned();
            }
        }
        id.to_owned()
    }

    pub fn has(&self, locale: Locale, id: &str) -> bool {
        self.bundles[&locale].has_message(id)
    }
}

/// Pence as money in the locale's format: "£1,234.56" (en-GB), "1 234,56 £" (pl), "1.234,56 £" (ro).
pub fn money(locale: Locale, pence: i64) -> String {
    let sign = if pence < 0 { "-" } else { "" };
    let pence = pence.unsigned_abs();
    let (pounds, rest) = (pence / 100, pence % 100);
    let (group, decimal) = match locale {
        Locale::EnGb => (",", "."),
        // Polish groups with a no-break space, and (by CLDR) only from five digits up.
        Locale::Pl => ("\u{a0}", ","),
        Locale::Ro => (".", ","),
    };
    let digits = pounds.to_string();
    let grouped = if locale == Locale::Pl && digits.len() <= 4 {
        digits
    } else {
        let mut out = String::new();
        for (i, c) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i) % 3 == 0 {
                out.push_str(group);
            }
            out.push(c);
        }
        out
    };
    match locale {
        Locale::EnGb => format!("{sign}£{grouped}{decimal}{rest:02}"),
        Locale::Pl | Locale::Ro => format!("{sign}{grouped}{decimal}{rest:02}\u{a0}£"),
    }
}

/// "14:05": a stored UTC time as the desk's local wall-clock time of day.
pub fn local_time_of_day(t: DateTime<Utc>) -> String {
    t.with_timezone(&Local).format("%H:%M").to_string()
}

#[cfg(test)]
mod tests;
