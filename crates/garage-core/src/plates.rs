//! UK registration plates: stored normalised (upper case, no spaces), shown as "AB12 CDE".

/// Upper case, spaces and other separators removed: what is stored and compared.
pub fn normalise(input: &str) -> String {
    input.chars().filter(|c| c.is_ascii_alphanumeric()).map(|c| c.to_ascii_uppercase()).collect()
}

/// Each plate of a space-separated list (as SQL's `group_concat(plate, ' ')` gives it; stored
/// plates hold no spaces), formatted; none for `None`.
pub fn format_list(plates: Option<&str>) -> Vec<String> {
    plates.map(|p| p.split(' ').map(format).collect()).unwrap_or_default()
}

/// The display form of a plate: "AB12CDE" → "AB12 CDE".
///
/// The plate is cut into runs of letters and digits. Two runs are split between them ("BOB 1",
/// "1 ABC"); with more, a final letter run of two or more is split off (current "AB12 CDE",
/// prefix "A123 BCD", cherished "K1 NGS"), otherwise the first run is (suffix "ABC 123D").
pub fn format(plate: &str) -> String {
    let p = normalise(plate);
    let runs = letter_digit_runs(&p);
    let split_at = match runs.as_slice() {
        [] | [_] => return p,
        [first, _] => first.len(),
        [first, .., last] => {
            if last.len() >= 2 && last.bytes().all(|c| c.is_ascii_alphabetic()) {
                p.len() - last.len()
            } else {
                first.len()
            }
        }
    };
    format!("{} {}", &p[..split_at], &p[split_at..])
}

fn letter_digit_runs(p: &str) -> Vec<&str> {
    let mut runs = Vec::new();
    let mut start = 0;
    let b = p.as_bytes();
    for i in 1..b.len() {
        if b[i].is_ascii_alphabetic() != b[i - 1].is_ascii_alphabetic() {
            runs.push(&p[start..i]);
            start = i;
        }
    }
    if !p.is_empty() {
        runs.push(&p[start..]);
    }
    runs
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn normalise_ignores_spaces_and_case() {
        assert_eq!(normalise(" ab12 c de "), "AB12CDE");
        assert_eq!(normalise("AB12-CDE"), "AB12CDE");
    }

    #[test]
    fn formats_each_uk_plate_shape() {
        assert_eq!(format("AB12CDE"), "AB12 CDE");
        assert_eq!(format("ab12cde"), "AB12 CDE");
        assert_eq!(format("A123BCD"), "A123 BCD");
        assert_eq!(format("ABC123D"), "ABC 123D");
        assert_eq!(format("BOB1"), "BOB 1");
        assert_eq!(format("K1NGS"), "K1 NGS");
        assert_eq!(format("1ABC"), "1 ABC");
    }

    proptest! {
        #[test]
        fn normalise_is_idempotent_and_format_round_trips(s in "[A-Za-z0-9 ]{1,10}") {
            let n = normalise(&s);
            prop_assert_eq!(normalise(&n), n.clone());
            prop_assert_eq!(normalise(&format(&n)), n.clone());
        }

        #[test]
        fn current_format_always_splits_after_four(
            area in "[A-HJ-PR-Y]{2}", age in "[0-9]{2}", rand in "[A-HJ-PR-Z]{3}"
        ) {
            let plate = format!("{area}{age}{rand}");
            prop_assert_eq!(format(&plate.to_lowercase()), format!("{area}{age} {rand}"));
        }
    }
}
