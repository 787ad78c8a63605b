//! Reading and writing amounts the way people type and read them.

use super::{Currency, Money};

/// Why a typed amount was refused.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum MoneyError {
    #[error("type an amount, like 1250.50")]
    Empty,
    #[error("{0:?} is not an amount (type digits, like 1250.50 or 1 250,50)")]
    NotAnAmount(String),
    #[error("{0:?} has more decimals than {1} allows")]
    TooPrecise(String, String),
    #[error("{0:?} is negative; amounts here are 0 or more")]
    Negative(String),
    #[error("{0:?} is too large")]
    TooLarge(String),
}

impl Money {
    /// Reads what a person typed: `1250.5`, `1,250.50`, `1 250,50`, `1.250,50`,
    /// `1'250.50`, with or without the currency's code or symbol.
    ///
    /// With one kind of separator only, a separator followed by exactly three
    /// digits groups thousands (`1,250` is 1250) unless the currency itself has
    /// three decimals; any other separator marks the decimals.
    pub fn parse(text: &str, currency: &Currency) -> Result<Money, MoneyError> {
        let raw = text.trim();
        let mut s: String = raw
            .chars()
            .filter(|c| !c.is_whitespace() && *c != '\'' && *c != '’')
            .collect();
        for sym in [currency.code(), "€", "£", "$", "¥"] {
            s = s.replace(sym, "");
        }
        if s.is_empty() {
            return Err(MoneyError::Empty);
        }
        if let Some(rest) = s.strip_prefix('-') {
            if !rest.is_empty()
                && rest
                    .chars()
                    .all(|c| c.is_ascii_digit() || c == '.' || c == ',')
            {
                return Err(MoneyError::Negative(raw.to_string()));
            }
            return Err(MoneyError::NotAnAmount(raw.to_string()));
        }
        if !s
            .chars()
            .all(|c| c.is_ascii_digit() || c == '.' || c == ',')
        {
            return Err(MoneyError::NotAnAmount(raw.to_string()));
        }
        let digits = currency.minor_digits() as usize;
        let last_dot = s.rfind('.');
        let last_comma = s.rfind(',');
        let decimal_at = match (last_dot, last_comma) {
            (Some(d), Some(c)) => Some(d.max(c)),
            (Some(p), None) | (None, Some(p)) => {
                let sep = s.as_bytes()[p] as char;
                let count = s.matches(sep).count();
                let after = s.len() - p - 1;
                if count > 1 || (after == 3 && digits != 3) {
                    None
                } else {
                    Some(p)
                }
            }
            (None, None) => None,
        };
        let (int_part, frac_part) = match decimal_at {
            Some(p) => (&s[..p], &s[p + 1..]),
            None => (s.as_str(), ""),
        };
        // Whatever is left in the integer part must be well-formed groups.
        let groups: Vec<&str> = int_part.split(['.', ',']).collect();
        let well_grouped = groups.len() == 1
            || (!groups[0].is_empty()
                && groups[0].len() <= 3
                && groups[1..].iter().all(|g| g.len() == 3));
        if !well_grouped
            || frac_part.contains(['.', ','])
            || (int_part.is_empty() && frac_part.is_empty())
        {
            return Err(MoneyError::NotAnAmount(raw.to_string()));
        }
        let frac = frac_part.trim_end_matches('0');
        if frac.len() > digits {
            return Err(MoneyError::TooPrecise(
                raw.to_string(),
                currency.code().to_string(),
            ));
        }
        let int: String = groups.concat();
        let int: i64 = if int.is_empty() {
            0
        } else {
            int.parse()
                .map_err(|_| MoneyError::TooLarge(raw.to_string()))?
        };
        let scale = 10i64.pow(digits as u32);
        let frac_val: i64 = if digits == 0 {
            0
        } else {
            format!("{frac:0<digits$}").parse().unwrap_or(0)
        };
        int.checked_mul(scale)
            .and_then(|v| v.checked_add(frac_val))
            .filter(|v| *v <= MAX_AMOUNT)
            .map(Money)
            .ok_or_else(|| MoneyError::TooLarge(raw.to_string()))
    }

    /// The amount as typed in a form field: plain digits, `.` for decimals.
    pub fn to_input(self, currency: &Currency) -> String {
        self.to_plain(currency)
    }
}

/// Largest amount accepted from a person: ten thousand billion minor units.
const MAX_AMOUNT: i64 = 10_000_000_000_000;

#[cfg(test)]
mod tests {
    use super::*;

    fn eur() -> Currency {
        "EUR".parse().unwrap()
    }

    #[test]
    fn parses_both_notations() {
        let e = eur();
        for (text, minor) in [
            ("1250.50", 125_050),
            ("1,250.50", 125_050),
            ("1 250,50", 125_050),
            ("1.250,50", 125_050),
            ("1'250.50", 125_050),
            ("1\u{202F}250,50 €", 125_050),
            ("€ 1,250.5", 125_050),
            ("EUR 12", 1_200),
            ("1,250", 125_000),
            ("1.250", 125_000),
            ("1,25", 125),
            ("0.5", 50),
            (",5", 50),
            ("1,234,567.89", 123_456_789),
            ("1.234.567,89", 123_456_789),
            ("1.234.567", 123_456_700),
            ("12.10", 1_210),
        ] {
            assert_eq!(Money::parse(text, &e), Ok(Money(minor)), "{text}");
        }
    }

    #[test]
    fn refuses_nonsense_at_the_field() {
        let e = eur();
        assert_eq!(Money::parse("  ", &e), Err(MoneyError::Empty));
        let refused = |typed: &str| Money::parse(typed, &e).expect_err(typed);
        for typed in ["12abc", "1,2,3", "12,34.5,6", "."] {
            assert!(
                matches!(refused(typed), MoneyError::NotAnAmount(_)),
                "{typed}"
            );
        }
        assert!(matches!(refused("1.2345"), MoneyError::TooPrecise(..)));
        assert!(matches!(refused("-5"), MoneyError::Negative(_)));
        assert!(matches!(
            refused("99999999999999999999"),
            MoneyError::TooLarge(_)
        ));
    }

    #[test]
    fn currencies_without_or_with_three_decimals() {
        let jpy: Currency = "JPY".parse().unwrap();
        let kwd: Currency = "KWD".parse().unwrap();
        assert_eq!(Money::parse("1,250", &jpy), Ok(Money(1250)));
        assert!(matches!(
            Money::parse("12.5", &jpy),
            Err(MoneyError::TooPrecise(..))
        ));
        assert_eq!(Money::parse("1.250", &kwd), Ok(Money(1250)));
    }
}
