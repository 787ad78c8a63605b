//! The ways in: a file picked or dropped, or pasted text; a draft whose id
//! is already here waits for the user to choose keep both, replace, or
//! (for a file of one programme) compare and merge.

use leptos::ev;
use leptos::prelude::*;
use leptos::task::spawn_local;
use rust_i18n::t;

use crate::store::{ImportPlan, OnConflict};
use crate::text::display_title as programme_title;
use crate::ui::browser;
use crate::ui::parts::{act, part};
use crate::ui::route::{Route, Screen};
use crate::ui::state::{AppState, use_state};
use crate::ui::widgets::quoted;

part! { library:
    /// Checks a file (or pasted text) and either adds it or asks what to do
    /// about an id already here.
    fn start_import(
        state: AppState,
        error: RwSignal<Option<String>>,
        pending: RwSignal<Option<ImportPlan>>,
        source: String,
        bytes: Vec<u8>,
    ) -> () {
        if let Some(taken) = crate::ui::given::take_in(state, &source, &bytes) {
            return error.set(taken.err());
        }
        match crate::ui::perf::span("ts:import-parse", || state.read(|l| l.plan_import(&bytes))) {
            Err(e) => error.set(Some(
                t!(
                    "home.import_refused",
                    source = source,
                    error = crate::format::words::interface_words(&e)
                )
                .into_owned(),
            )),
            Ok(plan) if plan.drafts.is_empty() => {
                error.set(Some(t!("home.import_empty", source = source).into_owned()));
            }
            Ok(plan) if plan.conflicts.is_empty() => {
                error.set(None);
                commit(state, plan, OnConflict::KeepBoth);
            }
            Ok(plan) => {
                error.set(None);
                pending.set(Some(plan));
            }
        }
    }
}

part! { library:
    /// Adds the file waiting in `pending` the way the user chose.
    fn commit_pending(
        state: AppState,
        pending: RwSignal<Option<ImportPlan>>,
        on_conflict: OnConflict,
    ) -> () {
        if let Some(plan) = pending.try_update(Option::take).flatten() {
            commit(state, plan, on_conflict);
        }
    }
}

fn commit(state: AppState, plan: ImportPlan, on_conflict: OnConflict) {
    let n = plan.drafts.len();
    let now = browser::now();
    let failed = |e| t!("home.import_failed", error = e).into_owned();
    let done = crate::ui::perf::span("ts:import-commit", || {
        state.apply(|l| l.commit_import(plan, on_conflict, &now), failed)
    });
    if done.is_some() {
        state.notice.set(if n == 1 {
            t!("home.imported_one").into_owned()
        } else {
            t!("home.imported_many", count = n).into_owned()
        });
    }
}

pub(super) fn import_file(
    state: AppState,
    error: RwSignal<Option<String>>,
    pending: RwSignal<Option<ImportPlan>>,
    file: web_sys::File,
) {
    let name = quoted(&file.name());
    spawn_local(async move {
        match browser::read_file(&file).await {
            Ok(bytes) => act(
                state.notice,
                start_import(state, error, pending, name, bytes),
                |()| (),
            ),
            Err(e) => error.set(Some(
                t!("home.import_unreadable", source = name, error = e).into_owned(),
            )),
        }
    });
}

#[component]
pub(super) fn ImportPanel(
    error: RwSignal<Option<String>>,
    pending: RwSignal<Option<ImportPlan>>,
) -> impl IntoView {
    let state = use_state();
    let pasted = RwSignal::new(String::new());
    let on_file = move |ev: ev::Event| {
        let input: web_sys::HtmlInputElement = event_target(&ev);
        if let Some(file) = input.files().and_then(|f| f.get(0)) {
            import_file(state, error, pending, file);
        }
        // Let the same file be picked again after a fix.
        input.set_value("");
    };
    let import_pasted = move |_| {
        let text = pasted.get_untracked();
        let source = t!("home.pasted_text").into_owned();
        act(
            state.notice,
            start_import(state, error, pending, source, text.into_bytes()),
            move |()| {
                if error.get_untracked().is_none() {
                    pasted.set(String::new());
                }
            },
        );
    };
    let choose = move |choice: Option<OnConflict>| match choice {
        Some(c) => act(state.notice, commit_pending(state, pending, c), |()| ()),
        None => {
            if pending.try_update(Option::take).flatten().is_some() {
                state.notice.set(t!("home.import_cancelled").into_owned());
            }
        }
    };
    // One programme that is already here: it can be compared and merged.
    let mergeable = move || {
        pending.with(|p| {
            p.as_ref()
                .filter(|p| p.drafts.len() == 1 && p.conflicts.len() == 1)
                .map(|p| p.drafts[0].id)
        })
    };
    let compare = move |_| {
        if let Some(plan) = pending.try_update(Option::take).flatten()
            && let Some(theirs) = plan.drafts.into_iter().next()
        {
            let id = theirs.id;
            state.incoming.set(Some(theirs));
            browser::go(
                &Route::Draft {
                    id,
                    screen: Screen::Overview,
                }
                .href(),
            );
        }
    };
    let conflict_question = move || {
        pending.with(|p| {
            p.as_ref().map(|p| {
                let titles: Vec<String> = p
                    .drafts
                    .iter()
                    .filter(|d| p.conflicts.contains(&d.id))
                    .map(|d| quoted(&programme_title(&d.overview.title)))
                    .collect();
                let joined = titles.join(", ");
                if titles.len() == 1 {
                    t!("home.conflict_one", titles = joined)
                } else {
                    t!("home.conflict_many", titles = joined)
                }
            })
        })
    };

    view! {
        <section class="import" aria-labelledby="import-title">
            <h2 id="import-title">{t!("home.import")}</h2>
            <p class="hint">{t!("home.import_hint")}</p>
            <div class="field">
                <label for="import-file">{t!("home.import_file")}</label>
                <input id="import-file" type="file" accept=".json,application/json" on:change=on_file />
            </div>
            <details class="paste">
                <summary>{t!("home.paste")}</summary>
                <div class="field">
                    <label for="import-text">{t!("home.paste_label")}</label>
                    <textarea id="import-text" rows="6" prop:value=move || pasted.get()
                        on:input=move |ev| pasted.set(event_target_value(&ev))></textarea>
                </div>
                <button type="button" class="secondary" on:click=import_pasted
                    disabled=move || pasted.with(|t| t.trim().is_empty())>{t!("home.import_pasted")}</button>
            </details>
            <div role="alert" class="import-error">
                {move || error.get().map(|e| view! { <p class="banner error">{e}</p> })}
            </div>
            <Show when=move || pending.with(Option::is_some)>
                <div class="banner warning" role="group" aria-labelledby="conflict-title">
                    <p id="conflict-title">{move || conflict_question().unwrap_or_default()}</p>
                    <p class="actions">
                        <button type="button" on:click=move |_| choose(Some(OnConflict::KeepBoth))>{t!("home.keep_both")}</button>
                        <button type="button" class="secondary" on:click=move |_| choose(Some(OnConflict::Replace))>{t!("home.replace")}</button>
                        {move || mergeable().map(|_| view! {
                            <button type="button" class="secondary" on:click=compare>{t!("merge.compare_merge")}</button>
                        })}
                        <button type="button" class="link" on:click=move |_| choose(None)>{t!("home.cancel_import")}</button>
                    </p>
                </div>
            </Show>
        </section>
    }
}
