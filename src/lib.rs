//! Trajectory Studio: design a learning trajectory for artists and cultural
//! professionals, and write its call for participation.

pub mod call;
pub mod format;
pub mod merge;
pub mod model;
pub mod review;
pub mod store;
pub mod templates;
pub mod text;
pub mod ui;

// Every text of the UI and the call, from `locales/*.json`; English fills any gap.
#[cfg(not(feature = "split"))]
rust_i18n::i18n!("locales", fallback = "en");
// The web build compiles none in (the folder named holds no texts) and reads
// the files it fetches (`text::fetched`).
#[cfg(feature = "split")]
rust_i18n::i18n!(
    "locales/none",
    fallback = "en",
    backend = crate::text::fetched::Fetched
);
