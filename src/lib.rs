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
rust_i18n::i18n!("locales", fallback = "en");
