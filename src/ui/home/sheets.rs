//! The sheets this browser holds for someone else's programme (a
//! committee member's scoring sheets, a mentor's log sheets): opened from
//! a sheet file, listed apart from the programmes.

use leptos::prelude::*;
use rust_i18n::t;

use crate::format::log_sheet::{LogSheet, log_error_words};
use crate::format::sheet::{ScoringSheet, error_words};
use crate::model::Id;
use crate::store::KeptSheet;
use crate::text::display_title as programme_title;
use crate::ui::browser;
use crate::ui::parts::{act, part};
use crate::ui::route::Route;
use crate::ui::state::{AppState, use_state};
use crate::ui::widgets::Hidden;

/// A sheet a person opens from home: how it is read and said, and where it
/// opens.
pub(super) trait Opened: KeptSheet {
    /// Reads the file, or says why not in `lang`.
    fn read_in(bytes: &[u8], lang: crate::model::Lang) -> Result<Self, String>;
    /// Whether it was filled in and sent back.
    fn returned(&self) -> bool;
    fn route(holder: Id) -> Route;
    /// Said when the same sheet was already here: what was typed stays.
    fn kept_said() -> String;
    /// Said when a sheet sent back for a programme of this browser is
    /// dropped on home: it belongs to that programme's screen.
    fn returned_here(&self, source: &str) -> String;
}

impl Opened for ScoringSheet {
    fn read_in(bytes: &[u8], lang: crate::model::Lang) -> Result<Self, String> {
        ScoringSheet::read(bytes).map_err(|e| error_words(&e, lang))
    }
    fn returned(&self) -> bool {
        self.returned_at.is_some()
    }
    fn route(holder: Id) -> Route {
        Route::Sheet(holder)
    }
    fn kept_said() -> String {
        t!("home.sheet_kept").into_owned()
    }
    fn returned_here(&self, source: &str) -> String {
        let title = programme_title(&self.programme_title);
        t!(
            "home.sheet_returned_here",
            source = source,
            name = self.member_name.clone(),
            title = title
        )
        .into_owned()
    }
}

impl Opened for LogSheet {
    fn read_in(bytes: &[u8], lang: crate::model::Lang) -> Result<Self, String> {
        LogSheet::read(bytes).map_err(|e| log_error_words(&e, lang))
    }
    fn returned(&self) -> bool {
        self.returned_at.is_some()
    }
    fn route(holder: Id) -> Route {
        Route::Log(holder)
    }
    fn kept_said() -> String {
        t!("log.kept").into_owned()
    }
    fn returned_here(&self, source: &str) -> String {
        let title = programme_title(&self.programme_title);
        t!(
            "log.returned_here",
            source = source,
            name = self.mentor_name.clone(),
            title = title
        )
        .into_owned()
    }
}

/// Takes in a sheet file given to this person and opens it; a sheet
/// already here keeps what was typed into it.
pub(super) fn open<S: Opened>(
    state: AppState,
    error: RwSignal<Option<String>>,
    source: &str,
    bytes: &[u8],
) {
    let read = S::read_in(bytes, state.lang.get_untracked());
    let sheet = match read {
        Ok(sheet) => sheet,
        Err(why) => {
            error.set(Some(
                t!("home.import_refused", source = source, error = why).into_owned(),
            ));
            return;
        }
    };
    if sheet.returned() && state.read(|l| l.entry(sheet.programme()).is_some()) {
        error.set(Some(sheet.returned_here(source)));
        return;
    }
    let holder = sheet.holder();
    let failed = |e: crate::store::StorageError| {
        t!("home.import_failed", error = e.to_string()).into_owned()
    };
    if let Some(kept) = state.apply(|l| l.receive_kept(sheet), failed) {
        error.set(None);
        browser::go(&S::route(holder).href());
        if kept {
            state.notice.set(S::kept_said());
        }
    }
}

/// What the list shows of one sheet.
#[derive(Clone, Debug, PartialEq)]
struct SheetCard {
    member: Id,
    programme_title: String,
    member_name: String,
    done: usize,
    total: usize,
}

part! { library:
    /// The sheets kept here, as the list shows them: reading a sheet is
    /// left to the part that reads files, fetched only when one is kept.
    fn sheet_cards(state: AppState) -> Vec<SheetCard> {
        state.read(|l| l.sheets())
            .into_iter()
            .map(|s| SheetCard {
                member: s.member_id,
                done: s.done(),
                total: s.applicants.len(),
                programme_title: s.programme_title,
                member_name: s.member_name,
            })
            .collect()
    }
}

#[component]
pub(super) fn Sheets() -> impl IntoView {
    let state = use_state();
    let sheets = RwSignal::new(Vec::new());
    // Listed again after every change to the library.
    Effect::new(move |_| {
        if state.read_tracked(|l| l.holds_sheets()) {
            act(state.notice, sheet_cards(state), move |cards| {
                sheets.set(cards)
            });
        } else {
            sheets.set(Vec::new());
        }
    });
    let remove = move |id| {
        let failed = |e: crate::store::StorageError| e.to_string();
        if state.apply(|l| l.remove_sheet(id), failed).is_some() {
            state.notice.set(t!("home.sheet_removed").into_owned());
        }
    };
    view! {
        <Show when=move || sheets.with(|s| !s.is_empty())>
            <section class="sheets" aria-labelledby="sheets-title">
                <h2 id="sheets-title">{t!("home.sheets")}</h2>
                <p class="hint">{t!("home.sheets_hint")}</p>
                <ul class="draft-list">
                    {move || sheets.get().into_iter().map(|s| {
                        let id = s.member;
                        let title = programme_title(&s.programme_title).into_owned();
                        let label = t!("home.sheet_of", title = title.clone(), name = s.member_name.clone()).into_owned();
                        let progress = t!("sheet.progress", done = s.done, total = s.total).into_owned();
                        view! {
                            <li class="draft-card">
                                <h3 class="draft-name"><a href=Route::Sheet(id).href()>{label.clone()}</a></h3>
                                <p class="meta">{progress}</p>
                                <button type="button" class="link danger" on:click=move |_| remove(id)>
                                    {t!("home.sheet_remove")}<Hidden text=Signal::stored(format!(" {label}")) />
                                </button>
                            </li>
                        }
                    }).collect_view()}
                </ul>
            </section>
        </Show>
    }
}

/// What the list shows of one log sheet.
#[derive(Clone, Debug, PartialEq)]
struct LogCard {
    mentor: Id,
    programme_title: String,
    mentor_name: String,
    sessions: usize,
}

part! { library:
    /// The log sheets kept here, as the list shows them.
    fn log_cards(state: AppState) -> Vec<LogCard> {
        state.read(|l| l.kept::<LogSheet>())
            .into_iter()
            .map(|s| LogCard {
                mentor: s.mentor_id,
                sessions: s.sessions.len(),
                programme_title: s.programme_title,
                mentor_name: s.mentor_name,
            })
            .collect()
    }
}

#[component]
pub(super) fn LogSheets() -> impl IntoView {
    let state = use_state();
    let logs = RwSignal::new(Vec::new());
    // Listed again after every change to the library.
    Effect::new(move |_| {
        if state.read_tracked(|l| l.holds::<LogSheet>()) {
            act(state.notice, log_cards(state), move |cards| logs.set(cards));
        } else {
            logs.set(Vec::new());
        }
    });
    let remove = move |id| {
        let failed = |e: crate::store::StorageError| e.to_string();
        if state
            .apply(|l| l.remove_kept::<LogSheet>(id), failed)
            .is_some()
        {
            state.notice.set(t!("log.removed").into_owned());
        }
    };
    view! {
        <Show when=move || logs.with(|s| !s.is_empty())>
            <section class="sheets" aria-labelledby="logs-title">
                <h2 id="logs-title">{t!("log.sheets")}</h2>
                <p class="hint">{t!("log.sheets_hint")}</p>
                <ul class="draft-list">
                    {move || logs.get().into_iter().map(|s| {
                        let id = s.mentor;
                        let title = programme_title(&s.programme_title).into_owned();
                        let label = t!("log.sheet_of", title = title, name = s.mentor_name.clone()).into_owned();
                        view! {
                            <li class="draft-card">
                                <h3 class="draft-name"><a href=Route::Log(id).href()>{label.clone()}</a></h3>
                                <p class="meta">{match s.sessions { 1 => t!("log.count_one"), n => t!("log.count", count = n) }}</p>
                                <button type="button" class="link danger" on:click=move |_| remove(id)>
                                    {t!("log.remove_sheet")}<Hidden text=Signal::stored(format!(" {label}")) />
                                </button>
                            </li>
                        }
                    }).collect_view()}
                </ul>
            </section>
        </Show>
    }
}
