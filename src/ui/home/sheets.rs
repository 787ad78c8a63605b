//! The scoring sheets this browser holds for a committee member: opened
//! from a sheet file, listed apart from the programmes.

use leptos::prelude::*;
use rust_i18n::t;

use crate::format::sheet::{ScoringSheet, error_words};
use crate::model::Id;
use crate::text::display_title as programme_title;
use crate::ui::browser;
use crate::ui::parts::{act, part};
use crate::ui::route::Route;
use crate::ui::state::{AppState, use_state};
use crate::ui::widgets::Hidden;

/// Takes in a sheet file given to this member and opens it; a sheet
/// already here keeps the scores typed into it.
pub(super) fn open_sheet(
    state: AppState,
    error: RwSignal<Option<String>>,
    source: &str,
    bytes: &[u8],
) {
    let sheet = match ScoringSheet::read(bytes) {
        Ok(sheet) => sheet,
        Err(e) => {
            let why = error_words(&e, state.lang.get_untracked());
            error.set(Some(
                t!("home.import_refused", source = source, error = why).into_owned(),
            ));
            return;
        }
    };
    // Scores sent back to the owner, dropped on home by mistake: they belong
    // to the programme's selection, not to this browser's own sheets.
    if sheet.returned_at.is_some() && state.read(|l| l.entry(sheet.programme_id).is_some()) {
        let title = programme_title(&sheet.programme_title).into_owned();
        error.set(Some(
            t!(
                "home.sheet_returned_here",
                source = source,
                name = sheet.member_name.clone(),
                title = title
            )
            .into_owned(),
        ));
        return;
    }
    let member = sheet.member_id;
    let failed = |e: crate::store::StorageError| {
        t!("home.import_failed", error = e.to_string()).into_owned()
    };
    if let Some(kept) = state.apply(|l| l.receive_sheet(sheet), failed) {
        error.set(None);
        browser::go(&Route::Sheet(member).href());
        if kept {
            state.notice.set(t!("home.sheet_kept").into_owned());
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
