//! Amounts typed by staff: "12.50", "£12.50", "£1,200", "7" → pence. Never floats.

use crate::error::CoreError;

/// The largest single payment accepted: £1,000,000.00.
pub const MAX_PENCE: i64 = 100_000_000;

pub fn parse_pounds(typed: &str) -> Result<i64, CoreError> {
    let text = typed.trim();
    let text = text.strip_prefix('£').unwrap_or(text).trim();
    let text: String = text.chars().filter(|c| *c != ',').collect();
    let (pounds, pence) = match text.split_once('.') {
        Some((p, d)) => (p, d),
        None => (text.as_str(), ""),
    };
    let digits = |s: &str| !s.is_empty() && s.chars().all(|c| c.is_ascii_digit());
    if !digits(pounds) || !(pence.is_empty() || (digits(pence) && pence.len() <= 2)) || pounds.len() > 9 {
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
    fn refuses_negative_zero_malformed_and_huge_amounts() {
        for bad in ["", "-5", "0", "0.00", "12.345", "abc", "12.5.0", "£", "1e3", "99999999999", "1000000.01"] {
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
