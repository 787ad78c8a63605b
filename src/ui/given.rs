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
    /// Reads the file, or says why not in `lang`.
    fn read_in(bytes: &[u8], lang: Lang) -> Result<Self, String>;
    /// Whether it was filled in and sent back.
    fn returned(&self) -> bool;
    fn route(holder: Id) -> Route;
}

impl Given for ScoringSheet {
    const KEPT: &'static str = "home.sheet_kept";
    const RETURNED_HERE: &'static str = "home.sheet_returned_here";
    fn read_in(bytes: &[u8], lang: Lang) -> Result<Self, String> {
        ScoringSheet::read(bytes).map_err(|e| error_words(&e, lang))
    }
    fn returned(&self) -> bool {
        self.returned_at.is_some()
    }
    fn route(holder: Id) -> Route {
        Route::Sheet(holder)
    }
}

impl Given for LogSheet {
    const KEPT: &'static str = "log.kept";
    const RETURNED_HERE: &'static str = "log.returned_here";
    fn read_in(bytes: &[u8], lang: Lang) -> Result<Self, String> {
        LogSheet::read(bytes).map_err(|e| log_error_words(&e, lang))
    }
    fn returned(&self) -> bool {
        self.returned_at.is_some()
    }
    fn route(holder: Id) -> Route {
        Route::Log(holder)
    }
}

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
        let (title, name) = sheet.order_key();
        return Err(t!(
            S::RETURNED_HERE,
            source = source,
            name = name,
            title = display_title(&title)
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
