//! The sheets this browser holds for someone else's programme (a
//! committee member's scoring sheets, a mentor's log sheets): opened from
//! a sheet file, listed apart from the programmes.

use leptos::prelude::*;
use rust_i18n::t;

use crate::format::log_sheet::LogSheet;
use crate::format::sheet::ScoringSheet;
use crate::model::Id;
use crate::text::display_title as programme_title;
use crate::ui::given::Given;
use crate::ui::parts::{act, part};
use crate::ui::state::{AppState, use_state};
use crate::ui::widgets::Hidden;

/// What the list shows of one sheet: whose it is, its name, and how far
/// along it is.
#[derive(Clone, Debug, PartialEq)]
struct SheetCard {
    holder: Id,
    name: String,
    progress: String,
}

impl SheetCard {
    fn of<S: Given>(sheet: &S, progress: String) -> SheetCard {
        let title = programme_title(sheet.programme_title());
        SheetCard {
            holder: sheet.holder(),
            name: t!(S::LIST[2], title = title, name = sheet.holder_name()).into_owned(),
            progress,
        }
    }
}

part! { library:
    /// The scoring sheets kept here, as the list shows them: reading a
    /// sheet is left to the part that reads files, fetched only when one
    /// is kept.
    fn sheet_cards(state: AppState) -> Vec<SheetCard> {
        let progress = |s: &ScoringSheet| t!("sheet.progress", done = s.done(), total = s.applicants.len());
        state.read(|l| l.kept::<ScoringSheet>()).iter().map(|s| SheetCard::of(s, progress(s).into_owned())).collect()
    }
}

part! { library:
    /// The log sheets kept here, as the list shows them.
    fn log_cards(state: AppState) -> Vec<SheetCard> {
        let progress = |s: &LogSheet| match s.sessions.len() { 1 => t!("log.count_one"), n => t!("log.count", count = n) };
        state.read(|l| l.kept::<LogSheet>()).iter().map(|s| SheetCard::of(s, progress(s).into_owned())).collect()
    }
}

/// The scoring sheets a committee member keeps here.
#[component]
pub(super) fn Sheets() -> impl IntoView {
    let state = use_state();
    kept_sheets::<ScoringSheet>("sheets-title", move |cards| {
        act(state.notice, sheet_cards(state), move |c| cards.set(c))
    })
}

/// The log sheets a mentor keeps here.
#[component]
pub(super) fn LogSheets() -> impl IntoView {
    let state = use_state();
    kept_sheets::<LogSheet>("logs-title", move |cards| {
        act(state.notice, log_cards(state), move |c| cards.set(c))
    })
}

/// The list of one kind of sheet kept here, if any: each opens, and each
/// can be removed from this browser. `load` fills the cards, read again
/// after every change to the library.
fn kept_sheets<S: Given + 'static>(
    heading: &'static str,
    load: impl Fn(RwSignal<Vec<SheetCard>>) + 'static,
) -> impl IntoView {
    let state = use_state();
    let cards = RwSignal::new(Vec::new());
    Effect::new(move |_| {
        if state.read_tracked(|l| l.holds::<S>()) {
            load(cards);
        } else {
            cards.set(Vec::new());
        }
    });
    let remove = move |id| {
        let failed = |e: crate::store::StorageError| e.to_string();
        if state.apply(|l| l.remove_kept::<S>(id), failed).is_some() {
            state.notice.set(t!(S::LIST[4]).into_owned());
        }
    };
    view! {
        <Show when=move || cards.with(|s| !s.is_empty())>
            <section class="sheets" aria-labelledby=heading>
                <h2 id=heading>{t!(S::LIST[0])}</h2>
                <p class="hint">{t!(S::LIST[1])}</p>
                <ul class="draft-list">
                    {move || cards.get().into_iter().map(|s| {
                        let id = s.holder;
                        view! {
                            <li class="draft-card">
                                <h3 class="draft-name"><a href=S::route(id).href()>{s.name.clone()}</a></h3>
                                <p class="meta">{s.progress}</p>
                                <button type="button" class="link danger" on:click=move |_| remove(id)>
                                    {t!(S::LIST[3])}<Hidden text=Signal::stored(format!(" {}", s.name)) />
                                </button>
                            </li>
                        }
                    }).collect_view()}
                </ul>
            </section>
        </Show>
    }
}
