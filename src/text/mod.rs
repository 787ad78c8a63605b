//! The text layer: words for the model's values in each language the app
//! speaks, for the interface and the call alike. The model knows no language;
//! this layer turns its values (enum choices, dates, amounts, numbers,
//! warnings, links, copy names) into English or French.
//!
//! Texts live in `locales/*.json` (one file per part of the app, each key with
//! its English and French text side by side) and are read with
//! [`rust_i18n::t!`]. The tests here fail when a key lacks a language, when the
//! two texts of a key disagree on their placeholders, or when the code asks for
//! a key no file has. The web build fetches them instead ([`fetched`]).

mod draft;
#[cfg(feature = "split")]
pub mod fetched;
pub mod labels;
mod numbers;
mod results;
mod running;

pub use draft::*;
pub use numbers::*;
pub use results::*;
pub use running::*;

use crate::model::Lang;

/// Makes `lang` the language of every `t!` without an explicit locale, and
/// of [`lang`].
pub fn set_lang(lang: Lang) {
    rust_i18n::set_locale(lang.code());
}

/// The language of the interface now.
pub fn lang() -> Lang {
    // `set_lang` sets exactly a code of `Lang::ALL`: no parsing on this path,
    // which every date and number drawn goes through.
    let locale = rust_i18n::locale();
    Lang::ALL
        .into_iter()
        .find(|l| l.code() == &*locale)
        .unwrap_or(Lang::En)
}

#[cfg(test)]
pub(crate) mod tests;
