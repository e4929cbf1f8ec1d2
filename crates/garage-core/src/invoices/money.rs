//! Amounts typed by staff: "12.50", "£12.50", "£1,200", "12,50" (pl, ro), "1 234,56" → pence.
//! Never floats.

use crate::error::CoreError;

/// The largest single payment accepted: £1,000,000.00.
pub const MAX_PENCE: i64 = 100_000_000;

/// The last "." or "," followed by one or two digits is the decimal mark; every other "." ","
/// or space must group exactly three digits. So "12,50" is £12.50 and "1,200" is £1,200.00.
pub fn parse_pounds(typed: &str) -> Result<i64, CoreError> {
    let text = typed.trim();
    let text = text.strip_prefix('£').unwrap_or(text);
    let text: String = text.chars().filter(|c| !c.is_whitespace()).collect();
    let groups: Vec<&str> = text.split(['.', ',']).collect();
    let (whole, pence) = match groups.as_slice() {
        [] => return Err(CoreError::InvalidAmount),
        [whole] => (vec![*whole], ""),
        [rest @ .., last] if (1..=2).contains(&last.len()) => (rest.to_vec(), *last),
        all => (all.to_vec(), ""),
    };
    let digits = |s: &str| !s.is_empty() && s.chars().all(|c| c.is_ascii_digit());
    let grouped_ok =
        whole.iter().skip(1).all(|g| g.len() == 3 && digits(g)) && whole.first().is_some_and(|g| digits(g));
    if !grouped_ok || !(pence.is_empty() || digits(pence)) {
        return Err(CoreError::InvalidAmount);
    }
    let pounds: String = whole.concat();
    if pounds.len() > 9 {
        return Err(CoreError::InvalidAmount);
    }
    let pounds: i64 = pounds.parse().map_err(|_| CoreError::InvalidAmount)?;
    let pence: i64 = match pence.len() {
        0 => 0,
        1 => pence.parse::<i64>().map_err(|_| CoreError::InvalidAmount)? * 10,
        _ => pence.parse().map_err(|_| CoreError::InvalidAmount)?,
    };
    let total = pounds * 100 + pence;
    if total <= 0 || total > MAX_PENCE {
        return Err(CoreError::InvalidAmount);
    }
    Ok(total)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn accepts_pounds_and_pence_with_or_without_the_sign() {
        assert_eq!(parse_pounds("12.50").unwrap(), 1_250);
        assert_eq!(parse_pounds("£12.50").unwrap(), 1_250);
        assert_eq!(parse_pounds(" £ 1,200 ").unwrap(), 120_000);
        assert_eq!(parse_pounds("7").unwrap(), 700);
        assert_eq!(parse_pounds("0.5").unwrap(), 50);
    }

    #[test]
    fn accepts_the_decimal_comma_and_grouping_of_polish_and_romanian() {
        assert_eq!(parse_pounds("12,50").unwrap(), 1_250);
        assert_eq!(parse_pounds("12,5").unwrap(), 1_250);
        assert_eq!(parse_pounds("1.234,56").unwrap(), 123_456);
        assert_eq!(parse_pounds("1 234,56").unwrap(), 123_456);
        assert_eq!(parse_pounds("1\u{a0}234,56 ").unwrap(), 123_456);
        assert_eq!(parse_pounds("1,234.56").unwrap(), 123_456);
        assert_eq!(parse_pounds("12,345").unwrap(), 1_234_500);
    }

    #[test]
    fn refuses_negative_zero_malformed_and_huge_amounts() {
        for bad in [
            "",
            "-5",
            "0",
            "0.00",
            "12.3456",
            "abc",
            "12.5.0",
            "£",
            "1e3",
            "99999999999",
            "1000000.01",
            "1,2,3",
            "12,",
            ".5",
            "1,23,456",
        ] {
            assert!(matches!(parse_pounds(bad), Err(CoreError::InvalidAmount)), "{bad:?}");
        }
    }

    proptest! {
        #[test]
        fn any_pence_amount_round_trips(pence in 1i64..=MAX_PENCE) {
            let typed = format!("£{}.{:02}", pence / 100, pence % 100);
            prop_assert_eq!(parse_pounds(&typed).unwrap(), pence);
        }
    }
}
