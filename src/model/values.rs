//! Small value types the draft is built from: ids, calendar dates, money and
//! two-decimal quantities. Each one parses and prints itself, so a file that
//! holds nonsense fails at the field with a message a person can act on.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Deserializer, Serialize, Serializer, de};

/// Stable identifier of anything another part of the draft can refer to.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(transparent)]
pub struct Id(pub uuid::Uuid);

impl<'de> Deserialize<'de> for Id {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_str(Parsed::<Id>::new("an id"))
    }
}

/// Why a string is not an [`Id`].
#[derive(Debug)]
pub struct IdError(String);

impl fmt::Display for IdError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{:?} is not an id (expected a UUID like 3f2b8c1e-5d4a-4f1b-9c2e-7a6b5d4c3e2f)",
            self.0
        )
    }
}

/// Reads a value from a string in the file without copying the string: the
/// parser lends it, and only a refused string is kept for the message.
struct Parsed<T> {
    expecting: &'static str,
    value: std::marker::PhantomData<T>,
}

impl<T> Parsed<T> {
    fn new(expecting: &'static str) -> Self {
        Parsed {
            expecting,
            value: std::marker::PhantomData,
        }
    }
}

impl<T: FromStr<Err: fmt::Display>> de::Visitor<'_> for Parsed<T> {
    type Value = T;
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str(self.expecting)
    }
    fn visit_str<E: de::Error>(self, v: &str) -> Result<T, E> {
        v.parse().map_err(E::custom)
    }
}

impl Id {
    /// A fresh random (v4) id.
    pub fn new() -> Self {
        Id(uuid::Uuid::new_v4())
    }
}

impl Default for Id {
    fn default() -> Self {
        Id::new()
    }
}

impl fmt::Display for Id {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.fmt(f)
    }
}

impl fmt::Debug for Id {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Id({})", self.0)
    }
}

impl FromStr for Id {
    type Err = IdError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        uuid::Uuid::parse_str(s)
            .map(Id)
            .map_err(|_| IdError(s.to_string()))
    }
}

/// A calendar date (no time of day, no zone), written `YYYY-MM-DD`.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date(pub chrono::NaiveDate);

impl Date {
    pub fn ymd(year: i32, month: u32, day: u32) -> Option<Date> {
        chrono::NaiveDate::from_ymd_opt(year, month, day).map(Date)
    }

    /// Whole days from `self` to `other` (negative when `other` is earlier).
    pub fn days_until(self, other: Date) -> i64 {
        (other.0 - self.0).num_days()
    }
}

/// Why a string is not a [`Date`].
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0:?} is not a date (expected YYYY-MM-DD)")]
pub struct DateError(pub String);

impl FromStr for Date {
    type Err = DateError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        // Exactly `YYYY-MM-DD`: chrono's own parser would accept "+12345-01-01"
        // or "2027-1-5", and reads its format string on every call.
        let b = s.as_bytes();
        let shaped = b.len() == 10
            && b[4] == b'-'
            && b[7] == b'-'
            && b.iter()
                .enumerate()
                .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit());
        let number = |from: usize, to: usize| {
            b[from..to]
                .iter()
                .fold(0u32, |n, digit| n * 10 + u32::from(digit - b'0'))
        };
        shaped
            .then(|| Date::ymd(number(0, 4) as i32, number(5, 7), number(8, 10)))
            .flatten()
            .ok_or_else(|| DateError(s.to_string()))
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use chrono::Datelike;
        let d = self.0;
        let Ok(year @ 0..=9999) = u32::try_from(d.year()) else {
            return write!(f, "{d}");
        };
        // Written digit by digit: drafts hold thousands of dates, and the
        // general formatter with padding is slow in the browser.
        let mut out = *b"0000-00-00";
        for (at, value, width) in [(0, year, 4), (5, d.month(), 2), (8, d.day(), 2)] {
            let mut v = value;
            for i in (at..at + width).rev() {
                out[i] = b'0' + (v % 10) as u8;
                v /= 10;
            }
        }
        f.write_str(std::str::from_utf8(&out).map_err(|_| fmt::Error)?)
    }
}

impl fmt::Debug for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Date({self})")
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_str(Parsed::<Date>::new("a date (YYYY-MM-DD)"))
    }
}

/// A sum of money in the smallest unit of the draft's currency (cents for EUR).
/// Never a float: totals must add up to the cent in every browser.
#[derive(Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Debug, Serialize)]
#[serde(transparent)]
pub struct Money(pub i64);

impl<'de> Deserialize<'de> for Money {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl de::Visitor<'_> for V {
            type Value = Money;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("an amount in minor units (a whole number of cents: 1250 for 12.50)")
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<Money, E> {
                Ok(Money(v))
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<Money, E> {
                i64::try_from(v)
                    .map(Money)
                    .map_err(|_| E::custom(format!("{v} is too large an amount")))
            }
            fn visit_f64<E: de::Error>(self, v: f64) -> Result<Money, E> {
                Err(E::custom(format!(
                    "{v} is not an amount in minor units (expected a whole number of cents: 1250 for 12.50)"
                )))
            }
        }
        d.deserialize_any(V)
    }
}

impl Money {
    pub fn minor(self) -> i64 {
        self.0
    }

    /// `self × quantity`, rounded half away from zero to the minor unit, or
    /// [`TooLarge`] when the product does not fit: never a clamped figure.
    pub fn times(self, quantity: Decimal2) -> Total {
        let product = self.0 as i128 * quantity.0 as i128;
        let rounded = if product >= 0 {
            (product + 50) / 100
        } else {
            (product - 50) / 100
        };
        i64::try_from(rounded).map(Money).map_err(|_| TooLarge)
    }

    pub fn checked_add(self, other: Money) -> Option<Money> {
        self.0.checked_add(other.0).map(Money)
    }

    /// The exact sum of `amounts`, or [`TooLarge`] as soon as one of them is
    /// too large or the sum stops fitting.
    pub fn sum(amounts: impl IntoIterator<Item = Total>) -> Total {
        amounts
            .into_iter()
            .try_fold(Money(0), |sum, m| sum.checked_add(m?).ok_or(TooLarge))
    }

    /// Plain rendering with the currency's number of decimals, `.` as separator.
    pub fn to_plain(self, currency: &Currency) -> String {
        let digits = currency.minor_digits();
        if digits == 0 {
            return self.0.to_string();
        }
        let scale = 10i64.pow(digits);
        let sign = if self.0 < 0 { "-" } else { "" };
        let abs = self.0.unsigned_abs();
        format!(
            "{sign}{}.{:0width$}",
            abs / scale as u64,
            abs % scale as u64,
            width = digits as usize
        )
    }
}

/// An amount beyond what the app can count exactly (more than about 92
/// million billion minor units). Totals say so rather than show a wrong,
/// clamped or wrapped figure.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
#[error("too large to count")]
pub struct TooLarge;

/// An amount that is either exact or known to be too large to count.
pub type Total = Result<Money, TooLarge>;

/// Adds two totals; too large once either is, or once their sum is.
pub fn add_totals(a: Total, b: Total) -> Total {
    a?.checked_add(b?).ok_or(TooLarge)
}

/// A non-negative quantity with at most two decimals (hours, days, units),
/// stored as hundredths so sums are exact. Written as a JSON number: `2.5`.
#[derive(Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Debug)]
pub struct Decimal2(pub u64);

impl Decimal2 {
    pub fn whole(n: u64) -> Self {
        Decimal2(n * 100)
    }

    pub fn hundredths(self) -> u64 {
        self.0
    }
}

/// Why a value is not a [`Decimal2`].
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Decimal2Error {
    #[error("{0} is negative (expected 0 or more)")]
    Negative(String),
    #[error("{0} has more than two decimals")]
    TooPrecise(String),
    #[error("{0:?} is not a number")]
    NotANumber(String),
    #[error("{0} is too large")]
    TooLarge(String),
}

impl FromStr for Decimal2 {
    type Err = Decimal2Error;
    /// Accepts `12`, `12.5`, `12,5` (a comma as decimal separator).
    fn from_str(raw: &str) -> Result<Self, Self::Err> {
        let s = raw.trim();
        let point = |c: char| c == '.' || c == ',';
        if let Some(rest) = s.strip_prefix('-') {
            if !rest.is_empty() && rest.chars().all(|c| c.is_ascii_digit() || point(c)) {
                return Err(Decimal2Error::Negative(s.to_string()));
            }
            return Err(Decimal2Error::NotANumber(raw.to_string()));
        }
        let (int, frac) = s.split_once(point).unwrap_or((s, ""));
        let digits_ok = |p: &str| p.bytes().all(|b| b.is_ascii_digit());
        if (int.is_empty() && frac.is_empty()) || !digits_ok(int) || !digits_ok(frac) {
            return Err(Decimal2Error::NotANumber(raw.to_string()));
        }
        let frac = frac.trim_end_matches('0').as_bytes();
        if frac.len() > 2 {
            return Err(Decimal2Error::TooPrecise(s.to_string()));
        }
        let int: u64 = if int.is_empty() {
            0
        } else {
            int.parse()
                .map_err(|_| Decimal2Error::TooLarge(s.to_string()))?
        };
        // Hundredths: the first decimal counts ten, the second one.
        let frac_val = frac
            .iter()
            .zip([10, 1])
            .map(|(d, weight)| u64::from(d - b'0') * weight)
            .sum();
        int.checked_mul(100)
            .and_then(|v| v.checked_add(frac_val))
            .filter(|v| *v <= MAX_DECIMAL2)
            .map(Decimal2)
            .ok_or_else(|| Decimal2Error::TooLarge(s.to_string()))
    }
}

/// Largest quantity accepted: a billion units. Keeps every product with money in range.
const MAX_DECIMAL2: u64 = 1_000_000_000 * 100;

impl fmt::Display for Decimal2 {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (int, frac) = (self.0 / 100, self.0 % 100);
        match frac {
            0 => write!(f, "{int}"),
            f2 if f2 % 10 == 0 => write!(f, "{int}.{}", f2 / 10),
            f2 => write!(f, "{int}.{f2:02}"),
        }
    }
}

impl Serialize for Decimal2 {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        if self.0.is_multiple_of(100) {
            s.serialize_u64(self.0 / 100)
        } else {
            // Printed from the exact integer, then read as the nearest f64: the
            // JSON number text is exactly the two-decimal value.
            let text = self.to_string();
            s.serialize_f64(text.parse().unwrap_or(0.0))
        }
    }
}

impl<'de> Deserialize<'de> for Decimal2 {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl de::Visitor<'_> for V {
            type Value = Decimal2;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a number of 0 or more with at most two decimals")
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<Decimal2, E> {
                // Most quantities are whole: no text made for them.
                v.checked_mul(100)
                    .filter(|v| *v <= MAX_DECIMAL2)
                    .map(Decimal2)
                    .ok_or_else(|| E::custom(Decimal2Error::TooLarge(v.to_string())))
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<Decimal2, E> {
                match u64::try_from(v) {
                    Ok(v) => self.visit_u64(v),
                    Err(_) => Err(E::custom(Decimal2Error::Negative(v.to_string()))),
                }
            }
            fn visit_f64<E: de::Error>(self, v: f64) -> Result<Decimal2, E> {
                if !v.is_finite() {
                    return Err(E::custom("not a finite number"));
                }
                // Shortest round-trip text of the float, so 0.1 stays "0.1".
                format!("{v}").parse().map_err(E::custom)
            }
        }
        d.deserialize_any(V)
    }
}

/// An ISO 4217 currency code such as `EUR`.
#[derive(Clone, PartialEq, Eq, Hash, Debug, Serialize)]
#[serde(transparent)]
pub struct Currency(String);

impl Currency {
    pub fn code(&self) -> &str {
        &self.0
    }

    /// Decimals of the minor unit (ISO 4217). Codes not listed use two.
    pub fn minor_digits(&self) -> u32 {
        match self.0.as_str() {
            "BIF" | "CLP" | "DJF" | "GNF" | "ISK" | "JPY" | "KMF" | "KRW" | "PYG" | "RWF"
            | "UGX" | "UYI" | "VND" | "VUV" | "XAF" | "XOF" | "XPF" => 0,
            "BHD" | "IQD" | "JOD" | "KWD" | "LYD" | "OMR" | "TND" => 3,
            _ => 2,
        }
    }
}

impl Default for Currency {
    fn default() -> Self {
        Currency("EUR".into())
    }
}

/// Why a string is not a [`Currency`].
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0:?} is not a currency code (expected three capital letters, like EUR)")]
pub struct CurrencyError(pub String);

impl FromStr for Currency {
    type Err = CurrencyError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let code = s.trim().to_ascii_uppercase();
        if code.len() == 3 && code.chars().all(|c| c.is_ascii_uppercase()) {
            Ok(Currency(code))
        } else {
            Err(CurrencyError(s.to_string()))
        }
    }
}

impl<'de> Deserialize<'de> for Currency {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        // Files keep the code as written; only the shape is checked.
        if s.len() == 3 && s.chars().all(|c| c.is_ascii_uppercase()) {
            Ok(Currency(s))
        } else {
            Err(de::Error::custom(CurrencyError(s)))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_parse_only_real_iso_dates() {
        assert_eq!(
            Date::from_str("2027-02-28").unwrap(),
            Date::ymd(2027, 2, 28).unwrap()
        );
        for bad in [
            "31/02/2027",
            "2027-02-31",
            "2027-2-3",
            "",
            "2027-02-28T00:00",
            "+2027-01-01",
            "2027-13-01",
            "2027-00-10",
            "2027-01-00",
            "2027-04-31",
            "2027-0a-01",
            "２０２７-01-01",
        ] {
            let err = Date::from_str(bad).unwrap_err();
            assert_eq!(
                err.to_string(),
                format!("{bad:?} is not a date (expected YYYY-MM-DD)")
            );
        }
        // Every day of a leap year and of the years around it reads back as written.
        let mut day = Date::ymd(2027, 1, 1).unwrap();
        while day < Date::ymd(2029, 12, 31).unwrap() {
            let text = day.to_string();
            assert_eq!(text, day.0.format("%Y-%m-%d").to_string());
            assert_eq!(Date::from_str(&text).unwrap(), day);
            day = Date(day.0 + chrono::Days::new(1));
        }
        assert_eq!(Date::ymd(5, 3, 9).unwrap().to_string(), "0005-03-09");
        assert_eq!(Date::ymd(9999, 12, 31).unwrap().to_string(), "9999-12-31");
        // Outside four digits, chrono's own layout.
        for year in [-1, 10000] {
            let d = Date::ymd(year, 1, 2).unwrap();
            assert_eq!(d.to_string(), d.0.format("%Y-%m-%d").to_string());
        }
    }

    #[test]
    fn days_between_dates() {
        let a = Date::ymd(2027, 1, 30).unwrap();
        let b = Date::ymd(2027, 3, 1).unwrap();
        assert_eq!(a.days_until(b), 30);
        assert_eq!(b.days_until(a), -30);
    }

    #[test]
    fn decimal2_parses_both_separators_and_refuses_nonsense() {
        assert_eq!("2.5".parse::<Decimal2>().unwrap(), Decimal2(250));
        assert_eq!("2,50".parse::<Decimal2>().unwrap(), Decimal2(250));
        assert_eq!(".5".parse::<Decimal2>().unwrap(), Decimal2(50));
        assert_eq!("7".parse::<Decimal2>().unwrap(), Decimal2(700));
        // Each refusal names the text refused.
        type Refusal = fn(String) -> Decimal2Error;
        let refusals: [(&str, Refusal); 6] = [
            ("-1", Decimal2Error::Negative),
            ("1.234", Decimal2Error::TooPrecise),
            ("abc", Decimal2Error::NotANumber),
            (".", Decimal2Error::NotANumber),
            ("1e3", Decimal2Error::NotANumber),
            ("99999999999999999999", Decimal2Error::TooLarge),
        ];
        for (text, refusal) in refusals {
            let refused = Err(refusal(text.to_string()));
            assert_eq!(text.parse::<Decimal2>(), refused, "{text}");
        }
    }

    #[test]
    fn decimal2_json_round_trip_is_exact() {
        for v in [0u64, 1, 10, 99, 100, 250, 12345, 1_000_000_000 * 100] {
            let d = Decimal2(v);
            let text = serde_json::to_string(&d).unwrap();
            assert_eq!(
                serde_json::from_str::<Decimal2>(&text).unwrap(),
                d,
                "{text}"
            );
        }
        assert_eq!(serde_json::to_string(&Decimal2(250)).unwrap(), "2.5");
        assert_eq!(serde_json::to_string(&Decimal2(300)).unwrap(), "3");
        assert!(serde_json::from_str::<Decimal2>("-2").is_err());
        assert!(serde_json::from_str::<Decimal2>("0.001").is_err());
        // Whole numbers are read without a text in between, with the same words.
        let words = |json: &str| {
            serde_json::from_str::<Decimal2>(json)
                .unwrap_err()
                .to_string()
        };
        assert!(words("-2").starts_with("-2 is negative"), "{}", words("-2"));
        assert!(words("1000000001").starts_with("1000000001 is too large"));
        assert_eq!(
            serde_json::from_str::<Decimal2>("1000000000").unwrap(),
            Decimal2(MAX_DECIMAL2)
        );
        for (text, hundredths) in [("0.05", 5), ("1.10", 110), ("3,07", 307), ("12.000", 1200)] {
            assert_eq!(
                text.parse::<Decimal2>().unwrap(),
                Decimal2(hundredths),
                "{text}"
            );
        }
        assert!(matches!(
            "-1,5".parse::<Decimal2>(),
            Err(Decimal2Error::Negative(t)) if t == "-1,5"
        ));
    }

    #[test]
    fn money_times_quantity_rounds_half_away_from_zero() {
        assert_eq!(Money(333).times(Decimal2(150)), Ok(Money(500))); // 4.995 -> 5.00
        assert_eq!(Money(1).times(Decimal2(50)), Ok(Money(1))); // 0.005 -> 0.01
        assert_eq!(Money(-1).times(Decimal2(50)), Ok(Money(-1)));
        assert_eq!(Money(12_500).times(Decimal2::whole(3)), Ok(Money(37_500)));
    }

    #[test]
    fn a_product_or_sum_that_does_not_fit_is_too_large_never_clamped() {
        // The largest amount a person can type times the largest quantity.
        let most = Money(9_999_999_999_999);
        let billion = Decimal2::whole(1_000_000_000);
        assert_eq!(most.times(billion), Err(TooLarge));
        assert_eq!(Money(i64::MIN).times(Decimal2::whole(2)), Err(TooLarge));
        // The last product that fits is exact.
        assert_eq!(
            Money(i64::MAX).times(Decimal2::whole(1)),
            Ok(Money(i64::MAX))
        );
        assert_eq!(
            Money(9_223_372_036_854_775).times(Decimal2::whole(1000)),
            Ok(Money(9_223_372_036_854_775_000))
        );
        // Each line fits, the sum does not.
        let half = Money(i64::MAX / 2 + 1);
        assert_eq!(Money::sum([Ok(half), Ok(half)]), Err(TooLarge));
        assert_eq!(
            Money::sum([Ok(half), Ok(half), Ok(Money(1))]),
            Err(TooLarge)
        );
        assert_eq!(
            Money::sum([Ok(half), Ok(Money(-1))]),
            Ok(Money(i64::MAX / 2))
        );
        assert_eq!(Money::sum([Ok(Money(1)), Err(TooLarge)]), Err(TooLarge));
        assert_eq!(Money::sum([]), Ok(Money(0)));
        assert_eq!(add_totals(Ok(Money(2)), Ok(Money(3))), Ok(Money(5)));
        assert_eq!(add_totals(Ok(Money(i64::MAX)), Ok(Money(1))), Err(TooLarge));
    }

    #[test]
    fn money_plain_text_follows_currency_digits() {
        let eur: Currency = "EUR".parse().unwrap();
        let jpy: Currency = "jpy".parse().unwrap();
        let kwd: Currency = "KWD".parse().unwrap();
        assert_eq!(Money(125_050).to_plain(&eur), "1250.50");
        assert_eq!(Money(-5).to_plain(&eur), "-0.05");
        assert_eq!(Money(1250).to_plain(&jpy), "1250");
        assert_eq!(Money(1250).to_plain(&kwd), "1.250");
    }

    #[test]
    fn currency_codes_are_checked() {
        assert!("EU".parse::<Currency>().is_err());
        assert!(serde_json::from_str::<Currency>("\"eur\"").is_err());
        assert_eq!(
            serde_json::from_str::<Currency>("\"CHF\"").unwrap().code(),
            "CHF"
        );
    }
}
