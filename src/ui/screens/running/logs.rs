//! Mentors' log sheets, on the owner's side: a sheet given to each mentor
//! with mentees, and the sheets sent back, taken in by session id.

use leptos::ev;
use leptos::prelude::*;
use leptos::task::spawn_local;
use rust_i18n::t;

use crate::format::log_sheet::{
    LogReceived, LogSheet, log_error_words, log_refusal_words, receive_log,
};
use crate::model::{Draft, Id, Item, Lang, Person};
use crate::text::display_name;
use crate::ui::browser;
use crate::ui::context::use_editor;

/// What became of one returned file.
#[derive(Clone)]
struct Outcome {
    taken: bool,
    text: String,
}

#[component]
pub fn MentorLogs() -> impl IntoView {
    let (ctx, draft) = use_editor();
    let state = crate::ui::state::use_state();
    let mentors = Memo::new(move |_| {
        draft.with(|d| {
            d.people
                .iter()
                .filter_map(|p| {
                    let n = d.mentees(p.id).len();
                    (n > 0).then(|| (p.id, display_name(&p.name).into_owned(), n))
                })
                .collect::<Vec<_>>()
        })
    });
    let give = move |mentor: Id| {
        let lang = state.lang.get_untracked();
        let sheet = draft.with_untracked(|d| {
            Person::find(d, mentor).map(|p| LogSheet::issue(d, p, lang, &browser::now()))
        });
        if let Some(s) = sheet {
            let name = s.file_name();
            ctx.announce(
                match browser::download(&name, &s.to_text(), "application/json") {
                    Ok(()) => {
                        t!("running.log_given", name = name, count = s.mentees.len()).into_owned()
                    }
                    Err(e) => e,
                },
            );
        }
    };
    let outcomes = RwSignal::new(Vec::<Outcome>::new());
    let on_files = move |ev: ev::Event| {
        let input: web_sys::HtmlInputElement = event_target(&ev);
        let files: Vec<web_sys::File> = input
            .files()
            .map(|list| (0..list.length()).filter_map(|i| list.get(i)).collect())
            .unwrap_or_default();
        input.set_value("");
        let lang = state.lang.get_untracked();
        spawn_local(async move {
            let mut said = Vec::new();
            for f in files {
                let bytes = browser::read_file(&f).await;
                // Each file is checked against the programme as the files
                // before it left it, and taken as its own step.
                let checked = draft.with_untracked(|d| take(d, &bytes, lang));
                let (taken, text) = match checked {
                    Ok((received, words)) => {
                        ctx.change(|d| received.apply(d));
                        (true, words)
                    }
                    Err(why) => (false, why),
                };
                said.push(Outcome {
                    taken,
                    text: t!("committee.file_said", file = f.name(), what = text).into_owned(),
                });
            }
            outcomes.set(said);
        });
    };
    view! {
        <h3>{t!("running.logs_title")}</h3>
        <p class="hint">{t!("running.logs_hint")}</p>
        <Show when=move || !mentors.with(Vec::is_empty)
            fallback=|| view! { <p class="hint">{t!("running.logs_none")}</p> }>
            <ul class="rows">
                {move || mentors.get().into_iter().map(|(id, name, n)| view! {
                    <li class="mentor">
                        <span>{t!("running.log_mentees", name = name.clone(), n = n)}</span>
                        <button type="button" class="secondary" on:click=move |_| give(id)>
                            {t!("running.give_log", name = name)}
                        </button>
                    </li>
                }).collect_view()}
            </ul>
        </Show>
        <div class="field">
            <label for="logs-returned">{t!("running.logs_returned")}</label>
            <input id="logs-returned" type="file" multiple=true accept=".json,application/json"
                aria-describedby="logs-returned-hint" on:change=on_files />
            <p class="hint" id="logs-returned-hint">{t!("running.logs_returned_hint")}</p>
        </div>
        <div role="status">
            <ul class="outcomes">
                {move || outcomes.get().into_iter().map(|o| view! {
                    <li class=if o.taken { "ok" } else { "refused" }>{o.text}</li>
                }).collect_view()}
            </ul>
        </div>
    }
}

/// Checks one returned file against the programme: what to take and what
/// to say of it, or why nothing is taken.
fn take(
    d: &Draft,
    bytes: &Result<Vec<u8>, String>,
    lang: Lang,
) -> Result<(LogReceived, String), String> {
    let bytes = bytes.as_ref().map_err(String::clone)?;
    let sheet = LogSheet::read(bytes).map_err(|e| log_error_words(&e, lang))?;
    let received = receive_log(d, &sheet, lang).map_err(|r| log_refusal_words(&r, lang))?;
    let words = t!(
        "running.log_taken",
        name = received.mentor_name.clone(),
        added = received.added,
        updated = received.updated,
        unchanged = received.unchanged
    )
    .into_owned();
    Ok((received, words))
}
