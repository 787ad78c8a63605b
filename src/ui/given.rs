//! A sheet given to the person using this browser for someone else's
//! programme (a committee member's scoring sheet, a mentor's log sheet):
//! read from a file or a link, kept apart from the programmes, opened.

use leptos::prelude::*;
use rust_i18n::t;

use crate::format::log_sheet::{LogSheet, log_error_words};
use crate::format::sheet::{ScoringSheet, error_words};
use crate::model::{Id, Lang};
use crate::store::KeptSheet;
use crate::text::display_title;
use crate::ui::browser;
use crate::ui::route::Route;
use crate::ui::state::AppState;

/// A kind of sheet a person is given: how it is read, where it opens, and
/// the keys of what is said of it.
pub trait Given: KeptSheet {
    /// Said when the same sheet was already here: what was typed stays.
    const KEPT: &'static str;
    /// Said when a sheet sent back for a programme of this browser comes
    /// in as a given one: it belongs to that programme's screen.
    const RETURNED_HERE: &'static str;
    /// The keys of the list of them on home: its heading and hint, a
    /// sheet's name (of `title` and `name`), the button that removes one,
    /// and what is said once it is gone.
    const LIST: [&'static str; 5];
    /// Reads the file, or says why not in `lang`.
    fn read_in(bytes: &[u8], lang: Lang) -> Result<Self, String>;
    /// Whether it was filled in and sent back.
    fn returned(&self) -> bool;
    fn route(holder: Id) -> Route;
}

/// Declares a kind of sheet given: its type, the words of its reading
/// errors, the route it opens at, and the keys of what is said of it (kept
/// again, returned here, and the five of its list on home).
macro_rules! given {
    ($sheet:ty, $error_words:path, $route:path, $kept:literal, $returned_here:literal, $list:expr) => {
        impl Given for $sheet {
            const KEPT: &'static str = $kept;
            const RETURNED_HERE: &'static str = $returned_here;
            const LIST: [&'static str; 5] = $list;
            fn read_in(bytes: &[u8], lang: Lang) -> Result<Self, String> {
                <$sheet>::read(bytes).map_err(|e| $error_words(&e, lang))
            }
            fn returned(&self) -> bool {
                self.returned_at.is_some()
            }
            fn route(holder: Id) -> Route {
                $route(holder)
            }
        }
    };
}

given! { ScoringSheet, error_words, Route::Sheet, "home.sheet_kept", "home.sheet_returned_here",
["home.sheets", "home.sheets_hint", "home.sheet_of", "home.sheet_remove", "home.sheet_removed"] }

given! { LogSheet, log_error_words, Route::Log, "log.kept", "log.returned_here",
["log.sheets", "log.sheets_hint", "log.sheet_of", "log.remove_sheet", "log.removed"] }

/// Whether `bytes` claim to be a sheet of some kind (whatever else is
/// wrong with them).
pub fn is_sheet(bytes: &[u8]) -> bool {
    ScoringSheet::claims(bytes) || LogSheet::claims(bytes)
}

/// Takes in the sheet `bytes` hold, if they claim to be one: `None` when
/// they are something else (a programme file), otherwise whether it was
/// kept and opened or why not, `source` naming the file or link.
pub fn take_in(state: AppState, source: &str, bytes: &[u8]) -> Option<Result<(), String>> {
    if ScoringSheet::claims(bytes) {
        Some(keep_and_open::<ScoringSheet>(state, source, bytes))
    } else if LogSheet::claims(bytes) {
        Some(keep_and_open::<LogSheet>(state, source, bytes))
    } else {
        None
    }
}

/// Keeps a sheet given to this person and opens it; a sheet already here
/// keeps what was typed into it.
fn keep_and_open<S: Given>(state: AppState, source: &str, bytes: &[u8]) -> Result<(), String> {
    let sheet = S::read_in(bytes, state.lang.get_untracked())
        .map_err(|why| t!("home.import_refused", source = source, error = why).into_owned())?;
    if sheet.returned() && state.read(|l| l.entry(sheet.programme()).is_some()) {
        return Err(t!(
            S::RETURNED_HERE,
            source = source,
            name = sheet.holder_name(),
            title = display_title(sheet.programme_title())
        )
        .into_owned());
    }
    let holder = sheet.holder();
    let failed = |e: crate::store::StorageError| {
        t!("home.import_failed", error = e.to_string()).into_owned()
    };
    let Some(kept) = state.apply(|l| l.receive_kept(sheet), failed) else {
        // The failure is said as the notice.
        return Ok(());
    };
    browser::go(&S::route(holder).href());
    if kept {
        state.notice.set(t!(S::KEPT).into_owned());
    }
    Ok(())
}
