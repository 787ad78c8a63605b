//! The sheets this browser holds for someone else's programme (a
//! committee member's scoring sheets, a mentor's log sheets): opened from
//! a sheet file, listed apart from the programmes.

use leptos::prelude::*;
use rust_i18n::t;

use crate::format::log_sheet::LogSheet;
use crate::model::Id;
use crate::text::display_title as programme_title;
use crate::ui::parts::{act, part};
use crate::ui::route::Route;
use crate::ui::state::{AppState, use_state};
use crate::ui::widgets::Hidden;

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
