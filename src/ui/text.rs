//! Numbers, amounts and dates to read, in the interface language.

use rust_i18n::t;

use crate::model::{Currency, Date, Decimal2, Total};
use crate::text::{date, decimal, lang, money};

/// A date to read, in the interface language: "1 March 2027", "1er mars 2027".
pub fn date_text(d: Date) -> String {
    date(d, lang())
}

/// Whether a quantity takes the singular in the interface language: one in
/// English, below two in French ("0 contenu", "1,5 jour").
pub fn singular(n: Decimal2) -> bool {
    crate::text::singular(n, lang())
}

/// "12 h", "1.5 h" ("1,5 h" in French).
pub fn hours_text(h: Decimal2) -> String {
    t!("phases.hours", n = decimal(h, lang())).into_owned()
}

/// A share in tenths of a percent, as `42.5%` / `42,5 %`.
pub fn percent(per_mille: u32) -> String {
    t!(
        "selection.percent",
        whole = per_mille / 10,
        tenths = per_mille % 10
    )
    .into_owned()
}

/// An amount to read, or "too large to count" where the exact figure does
/// not fit: a total is never shown clamped or wrapped.
pub fn amount_text(total: Total, currency: &Currency) -> String {
    match total {
        Ok(m) => money(m, currency, lang()),
        Err(_) => t!("management.too_large").into_owned(),
    }
}
