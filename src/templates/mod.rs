//! Built-in starting programmes. Each is a programme file in the app's own
//! format, one per language, kept as data in the repository's `templates/`
//! folder (`reference.en.trajectory.json`, `reference.fr.trajectory.json`…)
//! and read through the same checks as any imported file. Besides its one
//! draft, a template file carries a `template` member with the name and
//! description home shows, in the file's language.
//!
//! The web build (`split` feature) leaves the files out of the module: the
//! page fetches one language's files when the chooser first opens and hands
//! them over with [`provide`]. Every other build (the tests, the benches)
//! compiles them in.
//!
//! A new programme takes the template in the interface's language, gets ids
//! of its own and has every date moved so that it begins on the day asked for.

use std::collections::HashMap;
use std::sync::OnceLock;

use serde::Deserialize;

use crate::format;
use crate::model::{Date, Draft, Lang};

/// Declares the templates: one line each, naming the variant and the file
/// pair `templates/<file>.en.trajectory.json` and `.fr.trajectory.json`.
macro_rules! templates {
    ($( $(#[$doc:meta])* $name:ident => $file:literal, )*) => {
        /// A way to start a new programme.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum Template {
            /// Nothing at all: every part is built by hand.
            Blank,
            $( $(#[$doc])* $name, )*
        }

        impl Template {
            /// Every way to start, in the order home lists them.
            pub const ALL: &'static [Template] = &[Template::Blank, $(Template::$name),*];

            /// The file's name without language and extension; none for blank.
            pub fn file_stem(self) -> Option<&'static str> {
                match self {
                    Template::Blank => None,
                    $( Template::$name => Some($file), )*
                }
            }

            /// The template's file in `language`; none for blank.
            #[cfg(not(feature = "split"))]
            fn file(self, language: Lang) -> Option<&'static str> {
                match (self, language) {
                    (Template::Blank, _) => None,
                    $(
                        (Template::$name, Lang::En) => Some(include_str!(concat!(
                            env!("CARGO_MANIFEST_DIR"), "/templates/", $file, ".en.trajectory.json"
                        ))),
                        (Template::$name, Lang::Fr) => Some(include_str!(concat!(
                            env!("CARGO_MANIFEST_DIR"), "/templates/", $file, ".fr.trajectory.json"
                        ))),
                    )*
                }
            }
        }
    };
}

templates! {
    /// The reference learning trajectory: ten phases from the call to the follow-up.
    Reference => "reference",
    /// A short study visit abroad with a few weeks of preparation.
    StudyVisit => "study-visit",
    /// Coaching towards a fair or showcase.
    Showcase => "showcase",
}

/// The languages a template file exists in.
pub const LANGUAGES: [Lang; 2] = [Lang::En, Lang::Fr];

/// What home shows of a template, in the file's language.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
pub struct About {
    pub name: String,
    pub description: String,
}

/// A template file, read and checked.
#[derive(Debug)]
pub struct TemplateFile {
    pub about: About,
    pub draft: Draft,
}

/// Why a template file cannot serve. A test reads every file, so the app
/// never meets one of these.
#[derive(Debug)]
pub enum TemplateError {
    /// The file fails the checks an imported file goes through.
    Import(format::ImportError),
    /// A template holds exactly one draft; this file holds that many.
    Drafts(usize),
    /// The `template` member with the name and description is missing or wrong.
    About(String),
}

/// Reads a template file through the import path.
pub fn read(text: &str) -> Result<TemplateFile, TemplateError> {
    let mut envelope = format::parse_file(text.as_bytes()).map_err(TemplateError::Import)?;
    if envelope.drafts.len() != 1 {
        return Err(TemplateError::Drafts(envelope.drafts.len()));
    }
    let about = envelope
        .extra
        .remove("template")
        .ok_or_else(|| TemplateError::About("no `template` member".into()))?;
    let about = serde_json::from_value(about).map_err(|e| TemplateError::About(e.to_string()))?;
    Ok(TemplateFile {
        about,
        draft: envelope.drafts.remove(0),
    })
}

type Loaded = Result<TemplateFile, TemplateError>;

/// The template files of each language, read once.
static FILES: [OnceLock<HashMap<Template, Loaded>>; 2] = [OnceLock::new(), OnceLock::new()];

fn slot(language: Lang) -> &'static OnceLock<HashMap<Template, Loaded>> {
    match language {
        Lang::En => &FILES[0],
        Lang::Fr => &FILES[1],
    }
}

/// Every template file in `language`, read the first time one is asked
/// for: a French interface never reads the English files.
#[cfg(not(feature = "split"))]
fn loaded(language: Lang) -> Option<&'static HashMap<Template, Loaded>> {
    Some(slot(language).get_or_init(|| {
        Template::ALL
            .iter()
            .filter_map(|&t| Some((t, read(t.file(language)?))))
            .collect()
    }))
}

/// The template files in `language`, once the page has provided them.
#[cfg(feature = "split")]
fn loaded(language: Lang) -> Option<&'static HashMap<Template, Loaded>> {
    slot(language).get()
}

/// Hands over the template files of `language` as fetched, one text per
/// template with a file (every one but blank), and reads them; a language
/// already provided keeps its first files.
#[cfg(feature = "split")]
pub fn provide(language: Lang, texts: Vec<(Template, String)>) {
    let files = texts
        .into_iter()
        .map(|(t, text)| (t, read(&text)))
        .collect();
    let _ = slot(language).set(files);
}

/// Whether the template files of `language` are at hand: always, unless the
/// page has still to fetch them.
pub fn ready(language: Lang) -> bool {
    loaded(language).is_some()
}

impl Template {
    /// The template's file in `language`, read and checked; none for blank,
    /// or while the files are not at hand.
    pub fn load(self, language: Lang) -> Option<&'static Loaded> {
        loaded(language)?.get(&self)
    }

    /// What home shows of the template in `language`; none for blank,
    /// whose words are the interface's own.
    pub fn about(self, language: Lang) -> Option<&'static About> {
        match self.load(language)? {
            Ok(file) => Some(&file.about),
            Err(_) => None,
        }
    }

    /// The programme in English, stamped `now`, beginning on `start`.
    pub fn build(self, now: &str, start: Date) -> Draft {
        self.build_in(Lang::En, now, start)
    }

    /// A new programme from the template in `language` (its call in that
    /// language too), stamped `now`, beginning on `start`, with ids of its own.
    pub fn build_in(self, language: Lang, now: &str, start: Date) -> Draft {
        match self.load(language) {
            Some(Ok(file)) => start_from(&file.draft, now, start),
            _ => {
                let mut d = Draft::blank(now);
                d.call.language = language;
                d
            }
        }
    }
}

/// A new programme from a template's draft: a fresh id for it and its
/// parts, so that a template used twice gives two programmes, and every
/// date moved by the days between the template's start and `start`. Where
/// that would leave the calendar, the dates stay as the file has them.
pub fn start_from(template: &Draft, now: &str, start: Date) -> Draft {
    let days = template
        .overview
        .start
        .map_or(0, |from| from.days_until(start));
    let mut d = template.shifted(days).unwrap_or_else(|| template.clone());
    d.renew_ids();
    d.revision = 0;
    d.created_at = now.to_string();
    d.updated_at = now.to_string();
    d
}

#[cfg(test)]
mod tests;
