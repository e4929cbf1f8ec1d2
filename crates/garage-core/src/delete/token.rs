//! D7: the confirmation token each locale types, and how typed text is compared with it.

use unicode_normalization::UnicodeNormalization;

use crate::i18n::Locale;

pub fn token(locale: Locale) -> &'static str {
    match locale {
        Locale::EnGb => "DELETE",
        Locale::Pl => "USUŃ",
        Locale::Ro => "ȘTERGE",
    }
}

/// Trims spaces, normalises to NFC, compares case-sensitively; Romanian also accepts the cedilla
/// letters (Ş ş Ţ ţ) that older keyboards type for the comma-below ones (Ș ș Ț ț).
pub fn token_matches(locale: Locale, typed: &str) -> bool {
    typed_matches(locale, typed, token(locale))
}

/// Whether `typed` is `expected` under the rules of D7 (also the merge's token, M9).
pub fn typed_matches(locale: Locale, typed: &str, expected: &str) -> bool {
    let typed: String = typed.trim().nfc().collect();
    let typed = if locale == Locale::Ro {
        typed
            .chars()
            .map(|c| match c {
                'Ş' => 'Ș',
                'ş' => 'ș',
                'Ţ' => 'Ț',
                'ţ' => 'ț',
                other => other,
            })
            .collect()
    } else {
        typed
    };
    typed == expected
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn d7_each_locale_types_its_own_token() {
        assert!(token_matches(Locale::EnGb, "DELETE"));
        assert!(token_matches(Locale::Pl, "USUŃ"));
        assert!(token_matches(Locale::Ro, "ȘTERGE"));
        assert!(!token_matches(Locale::Pl, "DELETE"));
        assert!(!token_matches(Locale::EnGb, "USUŃ"));
    }

    #[test]
    fn d7_comparison_trims_and_is_case_sensitive() {
        assert!(token_matches(Locale::EnGb, "  DELETE \t"));
        assert!(!token_matches(Locale::EnGb, "delete"));
        assert!(!token_matches(Locale::EnGb, "Delete"));
        assert!(!token_matches(Locale::EnGb, "DEL ETE"));
        assert!(!token_matches(Locale::EnGb, ""));
        assert!(!token_matches(Locale::Pl, "usuń"));
    }

    #[test]
    fn d7_typed_text_is_normalised_to_nfc() {
        // "N" + combining acute accent is USUŃ once composed.
        assert!(token_matches(Locale::Pl, "USUN\u{301}"));
        // "S" + combining comma below.
        assert!(token_matches(Locale::Ro, "S\u{326}TERGE"));
    }

    #[test]
    fn d7_romanian_accepts_the_cedilla_form() {
        assert!(token_matches(Locale::Ro, "ŞTERGE"));
        assert!(token_matches(Locale::Ro, "S\u{327}TERGE"));
        assert!(!token_matches(Locale::Ro, "STERGE"));
    }
}
