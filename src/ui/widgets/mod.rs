//! Controls the screens share: labelled form fields, item cards, guides, and
//! the lenses that bind a field to a part of the open draft.

mod card;
mod decimal;
pub mod fields;
mod guide;
pub mod lens;
mod number;
mod returned;
mod screen;
mod table;
mod timeline;

pub use card::*;
pub use decimal::*;
pub use fields::*;
pub use guide::*;
pub use number::*;
pub use returned::*;
pub use screen::*;
pub use table::*;
pub use timeline::*;
