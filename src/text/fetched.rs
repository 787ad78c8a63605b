//! The web build's texts. That build (`split` feature) compiles no text in:
//! texts are data, and data always stays in the module a first visit
//! downloads, whatever part uses it. The build writes one file per language
//! instead (`texts/en.json`, `texts/fr.json`: every key of `locales/*.json`
//! with that language's text), the page fetches the interface's language
//! before it starts and another when it is chosen, and this backend answers
//! `t!` from what was fetched.

use std::borrow::Cow;
use std::collections::HashMap;
use std::sync::OnceLock;

use crate::model::Lang;

static TEXTS: [OnceLock<HashMap<String, String>>; 2] = [OnceLock::new(), OnceLock::new()];

fn slot(lang: Lang) -> &'static OnceLock<HashMap<String, String>> {
    match lang {
        Lang::En => &TEXTS[0],
        Lang::Fr => &TEXTS[1],
    }
}

/// Reads a language's file, `{"key": "text", …}`, and makes its texts those
/// of `t!` in that language. A language already provided keeps its texts.
pub fn provide(lang: Lang, file: &str) -> Result<(), serde_json::Error> {
    let texts: HashMap<String, String> = serde_json::from_str(file)?;
    let _ = slot(lang).set(texts);
    Ok(())
}

/// Whether the texts of `lang` are at hand.
pub fn provided(lang: Lang) -> bool {
    slot(lang).get().is_some()
}

/// The backend `t!` reads in the web build.
pub struct Fetched;

impl rust_i18n::Backend for Fetched {
    fn available_locales(&self) -> Vec<Cow<'_, str>> {
        Lang::ALL
            .into_iter()
            .filter(|&l| provided(l))
            .map(|l| Cow::Borrowed(l.code()))
            .collect()
    }

    fn translate(&self, locale: &str, key: &str) -> Option<Cow<'_, str>> {
        // Every `t!` comes here: the two codes `text::set_lang` sets, no parsing.
        let lang = Lang::ALL.into_iter().find(|l| l.code() == locale)?;
        slot(lang)
            .get()?
            .get(key)
            .map(|t| Cow::Borrowed(t.as_str()))
    }

    fn messages_for_locale(&self, _: &str) -> Option<Vec<(Cow<'_, str>, Cow<'_, str>)>> {
        None
    }
}
