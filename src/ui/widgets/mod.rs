//! Controls the screens share: labelled form fields, item cards, guides, and
//! the lenses that bind a field to a part of the open draft.

pub mod fields;
pub mod lens;

pub use fields::*;
