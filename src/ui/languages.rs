//! The interface's texts, which the web build fetches per language
//! (`text::fetched`) instead of carrying both in its first download.

use std::future::Future;
use std::pin::Pin;

use crate::model::Lang;

/// Makes sure the texts of `langs` are at hand: the web build fetches
/// those it does not have yet (`text::fetched`), the requests sent at once,
/// before the future is first awaited; every other build holds them all.
#[cfg(feature = "split")]
fn texts_of(
    langs: impl IntoIterator<Item = Lang>,
) -> impl std::future::Future<Output = Result<(), String>> {
    use crate::text::fetched;
    let missing: Vec<Lang> = langs
        .into_iter()
        .filter(|&l| !fetched::provided(l))
        .collect();
    let urls: Vec<String> = missing
        .iter()
        .map(|l| format!("texts/{}.json", l.code()))
        .collect();
    let files = super::browser::fetch_texts(&urls);
    async move {
        for (lang, file) in missing.into_iter().zip(files.await?) {
            fetched::provide(lang, &file).map_err(|e| e.to_string())?;
        }
        Ok(())
    }
}

#[cfg(not(feature = "split"))]
fn texts_of(
    _: impl IntoIterator<Item = Lang>,
) -> impl std::future::Future<Output = Result<(), String>> {
    std::future::ready(Ok(()))
}

/// The texts of `lang`.
pub async fn texts(lang: Lang) -> Result<(), String> {
    texts_of([lang]).await
}

/// The texts of every language, for the parts that write in a programme's
/// language rather than the interface's (a [`super::parts::Texts`]).
pub fn every_language() -> Pin<Box<dyn Future<Output = Result<(), String>>>> {
    Box::pin(texts_of(Lang::ALL))
}
