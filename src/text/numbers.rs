//! Dates, quantities and amounts as a reader of each language writes them.

use std::sync::OnceLock;

use chrono::Datelike;
use rust_i18n::t;

use crate::model::{Currency, Date, Decimal2, Lang, Money};

/// The words dates and numbers are written with in one language, read from
/// `locales/text.json` once.
struct Words {
    date: &'static str,
    first_day: &'static str,
    range_same_month: &'static str,
    range_same_year: &'static str,
    range: &'static str,
    range_from: &'static str,
    range_until: &'static str,
    months: [&'static str; 12],
    decimal_point: &'static str,
}

const MONTHS: [&str; 12] = [
    "text.january",
    "text.february",
    "text.march",
    "text.april",
    "text.may",
    "text.june",
    "text.july",
    "text.august",
    "text.september",
    "text.october",
    "text.november",
    "text.december",
];

fn words(lang: Lang) -> &'static Words {
    static EN: OnceLock<Words> = OnceLock::new();
    static FR: OnceLock<Words> = OnceLock::new();
    let cell = match lang {
        Lang::En => &EN,
        Lang::Fr => &FR,
    };
    cell.get_or_init(|| {
        let l = lang.code();
        // Read once per language and kept for the program's life.
        let leak = |text: std::borrow::Cow<'static, str>| -> &'static str {
            match text {
                std::borrow::Cow::Borrowed(text) => text,
                std::borrow::Cow::Owned(text) => text.leak(),
            }
        };
        Words {
            date: leak(t!("text.date", locale = l)),
            first_day: leak(t!("text.first_day", locale = l)),
            range_same_month: leak(t!("text.range_same_month", locale = l)),
            range_same_year: leak(t!("text.range_same_year", locale = l)),
            range: leak(t!("text.range", locale = l)),
            range_from: leak(t!("text.range_from", locale = l)),
            range_until: leak(t!("text.range_until", locale = l)),
            months: MONTHS.map(|month| leak(t!(month, locale = l))),
            decimal_point: leak(t!("text.decimal_point", locale = l)),
        }
    })
}

/// `template` with each `{name}` replaced by its value in `args`.
///
/// One pass from left to right: a value is copied as it is and never read for
/// placeholders, so text a person typed cannot pull in another value. A
/// placeholder with no value stays as written.
pub fn fill(template: &str, args: &[(&str, &str)]) -> String {
    let extra: usize = args.iter().map(|(_, v)| v.len()).sum();
    let mut out = String::with_capacity(template.len() + extra);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let value = after.find('}').and_then(|close| {
            let name = &after[..close];
            args.iter()
                .find(|(key, _)| *key == name)
                .map(|(_, v)| (*v, close))
        });
        match value {
            Some((v, close)) => {
                out.push_str(v);
                rest = &after[close + 1..];
            }
            None => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

fn month(n: u32, p: &Words) -> &'static str {
    p.months
        .get(n.saturating_sub(1) as usize)
        .copied()
        .unwrap_or("")
}

fn day(d: Date, p: &Words) -> String {
    match d.0.day() {
        1 => p.first_day.to_string(),
        n => n.to_string(),
    }
}

/// A date as a reader writes it: `1 March 2027`, `1er mars 2027`.
pub fn date(d: Date, lang: Lang) -> String {
    let p = words(lang);
    fill(
        p.date,
        &[
            ("day", &day(d, p)),
            ("month", month(d.0.month(), p)),
            ("year", &d.0.year().to_string()),
        ],
    )
}

/// A span of dates, as short as it can be and still clear:
/// `15–21 March 2027`, `du 4 janvier au 14 février 2027`.
pub fn date_range(start: Option<Date>, end: Option<Date>, lang: Lang) -> Option<String> {
    let p = words(lang);
    Some(match (start, end) {
        (Some(s), Some(e)) if s == e => date(s, lang),
        (Some(s), Some(e)) if s.0.year() == e.0.year() && s < e => {
            let year = s.0.year().to_string();
            if s.0.month() == e.0.month() {
                fill(
                    p.range_same_month,
                    &[
                        ("day1", &day(s, p)),
                        ("day2", &day(e, p)),
                        ("month", month(s.0.month(), p)),
                        ("year", &year),
                    ],
                )
            } else {
                fill(
                    p.range_same_year,
                    &[
                        ("day1", &day(s, p)),
                        ("month1", month(s.0.month(), p)),
                        ("day2", &day(e, p)),
                        ("month2", month(e.0.month(), p)),
                        ("year", &year),
                    ],
                )
            }
        }
        (Some(s), Some(e)) => fill(
            p.range,
            &[("date1", &date(s, lang)), ("date2", &date(e, lang))],
        ),
        (Some(s), None) => fill(p.range_from, &[("date", &date(s, lang))]),
        (None, Some(e)) => fill(p.range_until, &[("date", &date(e, lang))]),
        (None, None) => return None,
    })
}

/// Whether a quantity takes the singular in `lang`: one in English, below
/// two in French ("1,5 heure", "0 contenu").
pub fn singular(n: Decimal2, lang: Lang) -> bool {
    match lang {
        Lang::En => n == Decimal2::whole(1),
        Lang::Fr => n < Decimal2::whole(2),
    }
}

/// A quantity with the language's decimal mark: `2.5` / `2,5`.
pub fn decimal(n: Decimal2, lang: Lang) -> String {
    n.to_string().replace('.', words(lang).decimal_point)
}

/// An amount for a reader of `lang`: `€1,250.50` in English,
/// `1 250,50 €` in French.
pub fn money(amount: Money, currency: &Currency, lang: Lang) -> String {
    let digits = currency.minor_digits();
    let scale = 10u64.pow(digits);
    let abs = amount.0.unsigned_abs();
    let (int, frac) = (abs / scale, abs % scale);
    let decimal = match lang {
        Lang::En => ".",
        Lang::Fr => ",",
    };
    let int_text = whole_number(int, lang);
    let number = if digits == 0 {
        int_text
    } else {
        format!("{int_text}{decimal}{frac:0width$}", width = digits as usize)
    };
    let sign = if amount.0 < 0 { "-" } else { "" };
    let symbol = match currency.code() {
        "EUR" => Some("€"),
        "GBP" => Some("£"),
        "USD" => Some("$"),
        "JPY" => Some("¥"),
        _ => None,
    };
    match (lang, symbol) {
        (Lang::En, Some(sym)) => format!("{sign}{sym}{number}"),
        (Lang::En, None) => format!("{sign}{} {number}", currency.code()),
        (Lang::Fr, Some(sym)) => format!("{sign}{number}\u{a0}{sym}"),
        (Lang::Fr, None) => format!("{sign}{number}\u{a0}{}", currency.code()),
    }
}

/// A size in megabytes to one decimal, with the decimal mark of `lang`:
/// `2.5` / `2,5`.
pub fn megabytes(bytes: usize, lang: Lang) -> String {
    let text = format!("{:.1}", bytes as f64 / (1024.0 * 1024.0));
    match lang {
        Lang::En => text,
        Lang::Fr => text.replace('.', ","),
    }
}

/// A whole number with its thousands grouped as `lang` groups them:
/// `12,500` in English, `12 500` (a narrow no-break space) in French.
pub fn whole_number(n: u64, lang: Lang) -> String {
    let sep = match lang {
        Lang::En => ",",
        Lang::Fr => "\u{202F}",
    };
    let s = n.to_string();
    let mut out = String::new();
    for (i, c) in s.chars().enumerate() {
        if i > 0 && (s.len() - i).is_multiple_of(3) {
            out.push_str(sep);
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_read_as_each_language_writes_them() {
        let d = |y, m, day| Date::ymd(y, m, day);
        use Lang::*;
        assert_eq!(date(d(2027, 3, 15).unwrap(), En), "15 March 2027");
        assert_eq!(date(d(2027, 3, 15).unwrap(), Fr), "15 mars 2027");
        assert_eq!(date(d(2027, 8, 1).unwrap(), Fr), "1er août 2027");
        assert_eq!(date(d(2027, 8, 1).unwrap(), En), "1 August 2027");
        // Dates as typed, "" for a date not set.
        let range =
            |from: &str, to: &str, lang| date_range(from.parse().ok(), to.parse().ok(), lang);
        for (from, to, lang, shown) in [
            ("2027-03-15", "2027-03-21", En, "15–21 March 2027"),
            ("2027-03-01", "2027-03-21", Fr, "du 1er au 21 mars 2027"),
            (
                "2027-01-04",
                "2027-02-14",
                En,
                "4 January – 14 February 2027",
            ),
            (
                "2027-01-04",
                "2027-02-14",
                Fr,
                "du 4 janvier au 14 février 2027",
            ),
            (
                "2027-12-04",
                "2028-02-14",
                Fr,
                "du 4 décembre 2027 au 14 février 2028",
            ),
            ("2027-05-04", "2027-05-04", En, "4 May 2027"),
            ("2027-05-04", "", Fr, "à partir du 4 mai 2027"),
            ("", "2027-05-04", En, "until 4 May 2027"),
            // An end before the start is shown as typed, not hidden or reordered.
            ("2027-05-04", "2027-05-01", En, "4 May 2027 – 1 May 2027"),
        ] {
            let words = range(from, to, lang);
            assert_eq!(words.as_deref(), Some(shown), "{from} {to} {lang:?}");
        }
        assert_eq!(range("", "", En), None);
    }

    #[test]
    fn displays_for_each_language() {
        let e: Currency = "EUR".parse().unwrap();
        let chf: Currency = "CHF".parse().unwrap();
        assert_eq!(money(Money(125_050), &e, Lang::En), "€1,250.50");
        assert_eq!(
            money(Money(125_050), &e, Lang::Fr),
            "1\u{202F}250,50\u{a0}€"
        );
        assert_eq!(
            money(Money(100_000_000), &chf, Lang::En),
            "CHF 1,000,000.00"
        );
        assert_eq!(whole_number(1_234_567, Lang::En), "1,234,567");
        assert_eq!(whole_number(1_234_567, Lang::Fr), "1\u{202F}234\u{202F}567");
        assert_eq!(whole_number(999, Lang::Fr), "999");
        assert_eq!(megabytes(2_621_440, Lang::En), "2.5");
        assert_eq!(megabytes(2_621_440, Lang::Fr), "2,5");
        assert_eq!(money(Money(5), &e, Lang::En), "€0.05");
        assert_eq!(money(Money(-5), &e, Lang::En), "-€0.05");
        for m in [0, 5, 99, 125_050, 123_456_789] {
            let shown = money(Money(m), &e, Lang::Fr);
            assert_eq!(Money::parse(&shown, &e), Ok(Money(m)), "{shown}");
            let shown = money(Money(m), &e, Lang::En);
            assert_eq!(Money::parse(&shown, &e), Ok(Money(m)), "{shown}");
        }
    }
}
