//! Numbers, amounts and dates to read, in the interface language.

use rust_i18n::t;

use crate::i18n::Lang;
use crate::i18n::call_language;
use crate::model::{Currency, Date, Decimal2, Total};

/// A date to read, in the interface language: "1 March 2027", "1er mars 2027".
pub fn date_text(d: Date) -> String {
    crate::call::strings::date(d, call_language())
}

/// Whether a quantity takes the singular in the interface language: one in
/// English, below two in French ("0 contenu", "1,5 jour").
pub fn singular(n: Decimal2) -> bool {
    match Lang::current() {
        Lang::En => n == Decimal2::whole(1),
        Lang::Fr => n < Decimal2::whole(2),
    }
}

/// "12 h", "1.5 h" ("1,5 h" in French).
pub fn hours_text(h: Decimal2) -> String {
    t!(
        "phases.hours",
        n = crate::call::strings::decimal(h, call_language())
    )
    .into_owned()
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
        Ok(m) => m.display(currency, call_language()),
        Err(_) => t!("management.too_large").into_owned(),
    }
}
