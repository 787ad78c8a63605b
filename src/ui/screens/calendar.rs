//! The programme's dates as iCalendar files (`.ics`), in the interface
//! language: the whole calendar from Planning, one phase's event from its
//! card on Phases. Both give a phase the same UID, so importing one after
//! the other updates the event instead of adding a second.

use leptos::prelude::*;
use rust_i18n::t;

use crate::call;
use crate::model::{Draft, Field, Form, Id, slug};
use crate::text::display_title;
use crate::ui::browser;
use crate::ui::context::use_editor;
use crate::ui::state::{AppState, use_state};
use crate::ui::widgets::{Hidden, quoted};

/// Offers an `.ics` file, and says it did or why not.
fn offer(state: AppState, name: String, text: &str) {
    state
        .notice
        .set(match browser::download(&name, text, "text/calendar") {
            Ok(()) => t!("calendar.downloaded", name = name).into_owned(),
            Err(e) => e,
        });
}

/// The programme's part of a file name.
fn programme_slug(d: &Draft) -> String {
    slug(display_title(&d.overview.title))
}

/// Planning's button: every dated phase and milestone, the deadline, the
/// results and the programme's start and end, as `<title>.ics`.
#[component]
pub(super) fn CalendarExport() -> impl IntoView {
    let state = use_state();
    let (_, draft) = use_editor();
    let export = move |_| {
        let (name, text) = draft.with_untracked(|d| {
            let text = call::calendar(d, crate::text::lang(), &browser::now());
            (format!("{}.ics", programme_slug(d)), text)
        });
        offer(state, name, &text);
    };
    view! {
        <p class="actions">
            <button type="button" class="secondary" on:click=export>{t!("calendar.export")}</button>
        </p>
    }
}

/// A phase card's button: the phase's event alone, as
/// `<title>-<phase>.ics`; disabled, with a hint, while the phase has no date.
#[component]
pub(super) fn AddToCalendar(
    id: Id,
    /// The phase's title as the card shows it.
    #[prop(into)]
    title: Signal<String>,
    /// Whether the phase has a start or an end date.
    #[prop(into)]
    dated: Signal<bool>,
) -> impl IntoView {
    let state = use_state();
    let (_, draft) = use_editor();
    let hint_id = Field::item(Form::Phase, id, "calendar-hint").element_id();
    let add = move |_| {
        let (name, text) = draft.with_untracked(|d| {
            let phase = d
                .phases
                .iter()
                .find(|p| p.id == id)
                .map(|p| p.title.trim())
                .filter(|t| !t.is_empty())
                .map_or_else(|| "phase".to_string(), slug);
            let text = call::phase_event(d, id, crate::text::lang(), &browser::now());
            (format!("{}-{phase}.ics", programme_slug(d)), text)
        });
        offer(state, name, &text);
    };
    let described = hint_id.clone();
    view! {
        <button type="button" class="link" on:click=add disabled=move || !dated.get()
            aria-describedby=move || (!dated.get()).then(|| described.clone())>
            {t!("calendar.add")}<Hidden text=Signal::derive(move || format!(" {}", quoted(&title.get()))) />
        </button>
        <Show when=move || !dated.get()>
            <span class="hint" id=hint_id.clone()>{t!("calendar.add_hint")}</span>
        </Show>
    }
}
