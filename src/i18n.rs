//! The app's languages: which one is on, and words and numbers in it.
//!
//! Texts live in `locales/*.json` (one file per part of the app, each key with
//! its English and French text side by side) and are read with
//! [`rust_i18n::t!`]. The tests here fail when a key lacks a language, when the
//! two texts of a key disagree on their placeholders, or when the code asks for
//! a key no file has.

/// A language of the interface.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Lang {
    En,
    Fr,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Fr];

    /// BCP 47 code, as in `<html lang>` and the locale files.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Fr => "fr",
        }
    }

    /// The language's name in itself, as a language menu shows it.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Fr => "Français",
        }
    }

    pub fn from_code(code: &str) -> Option<Lang> {
        let primary = code.split(['-', '_']).next()?.to_ascii_lowercase();
        match primary.as_str() {
            "en" => Some(Lang::En),
            "fr" => Some(Lang::Fr),
            _ => None,
        }
    }

    /// The first of the browser's preferred languages this app speaks, else English.
    pub fn negotiate<'a>(preferred: impl IntoIterator<Item = &'a str>) -> Lang {
        preferred
            .into_iter()
            .find_map(Lang::from_code)
            .unwrap_or(Lang::En)
    }

    /// Makes this the language of every `t!` without an explicit locale.
    pub fn activate(self) {
        rust_i18n::set_locale(self.code());
    }

    /// The language `t!` speaks now.
    pub fn current() -> Lang {
        // `activate` sets exactly a code of `ALL`: no parsing on this path,
        // which every date and number drawn goes through.
        let locale = rust_i18n::locale();
        Lang::ALL
            .into_iter()
            .find(|l| l.code() == &*locale)
            .unwrap_or(Lang::En)
    }
}

/// The current interface language, as the date, number and money formatters
/// name it (`crate::call::strings::date`, `Money::display`).
pub fn call_language() -> crate::model::CallLanguage {
    match Lang::current() {
        Lang::En => crate::model::CallLanguage::En,
        Lang::Fr => crate::model::CallLanguage::Fr,
    }
}

#[cfg(test)]
mod tests;
