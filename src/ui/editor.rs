//! The editor: one open draft, its screens, and autosave.
//!
//! Every change to the draft signal marks it dirty and (re)starts a short
//! timer; when the timer ends, or the tab is hidden or closed, or the editor is
//! left, the draft is saved. A failed save keeps the edit in memory, says why,
//! and offers export.

use std::time::Duration;

use leptos::ev;
use leptos::prelude::*;

use super::browser;
use super::overview::OverviewScreen;
use super::route::{Route, Screen};
use super::state::{AppState, SaveStatus, use_state};
use crate::format;
use crate::model::{Draft, Id};
use crate::store::OpenError;

/// How long typing may pause before a save.
const DEBOUNCE: Duration = Duration::from_millis(400);

#[component]
pub fn Editor(id: Id) -> impl IntoView {
    let state = use_state();
    match state.library.with_value(|l| l.open(id)) {
        Ok(d) => view! { <OpenDraft draft=d /> }.into_any(),
        Err(OpenError::Damaged { raw, error }) => view! { <Damaged id raw error=error.to_string() /> }.into_any(),
        Err(e) => view! {
            <section class="screen narrow" aria-labelledby="missing-title">
                <h1 id="missing-title">"Programme not found"</h1>
                <p>{e.to_string()}". It may have been deleted, or made in another browser: ask for its file and import it."</p>
                <p><a href="#/">"Back to all programmes"</a></p>
            </section>
        }
        .into_any(),
    }
}

/// A stored draft that cannot be read: say so, never overwrite it, offer its text.
#[component]
fn Damaged(id: Id, raw: String, error: String) -> impl IntoView {
    let state = use_state();
    let name = format!("damaged-{id}.json");
    let download = move |_| {
        if let Err(e) = browser::download(&name, &raw, "application/json") {
            state.notice.set(e);
        }
    };
    view! {
        <section class="screen narrow" aria-labelledby="damaged-title">
            <h1 id="damaged-title">"This programme cannot be opened"</h1>
            <p>"Its stored copy is damaged: "<code>{error}</code></p>
            <p>"Nothing has been changed or deleted. Download its text to repair it or to send it to someone who can; delete it from the home screen when you no longer need it."</p>
            <p class="actions">
                <button type="button" on:click=download>"Download its stored text"</button>
                <a href="#/">"Back to all programmes"</a>
            </p>
        </section>
    }
}

#[component]
fn OpenDraft(draft: Draft) -> impl IntoView {
    let state = use_state();
    let id = draft.id;
    let draft = RwSignal::new(draft);
    let dirty = StoredValue::new(false);
    let timer = StoredValue::new(None::<TimeoutHandle>);
    state.save.set(SaveStatus::Saved);

    let save_now = move || {
        if let Some(t) = timer.try_get_value().flatten() {
            t.clear();
        }
        timer.try_set_value(None);
        if !dirty.try_get_value().unwrap_or(false) {
            return;
        }
        save(state, draft, dirty);
    };

    Effect::new(move |first_done: Option<()>| {
        draft.track();
        if first_done.is_some() {
            dirty.set_value(true);
            state.save.set(SaveStatus::Pending);
            if let Some(t) = timer.get_value() {
                t.clear();
            }
            timer.set_value(set_timeout_with_handle(save_now, DEBOUNCE).ok());
        }
    });

    // Flush when the tab is hidden or closed: the last keystroke is not lost.
    let on_pagehide = window_event_listener(ev::pagehide, move |_| save_now());
    // `visibilitychange` fires at the document and bubbles to the window.
    let on_hidden = window_event_listener_untyped("visibilitychange", move |_| {
        if document().visibility_state() == web_sys::VisibilityState::Hidden {
            save_now();
        }
    });
    on_cleanup(move || {
        save_now();
        on_pagehide.remove();
        on_hidden.remove();
        state.save.set(SaveStatus::Idle);
    });

    let screen = Memo::new(move |_| match state.route.get() {
        Route::Draft { screen, .. } => screen,
        _ => Screen::Overview,
    });
    let export = move || {
        let d = draft.get_untracked();
        let text = format::to_file(std::slice::from_ref(&d), &browser::now());
        match browser::download(&d.export_file_name(), &text, "application/json") {
            Ok(()) => {
                state
                    .library
                    .update_value(|l| l.mark_exported(&[id], &browser::now()));
                state
                    .notice
                    .set(format!("Exported as {}.", d.export_file_name()));
            }
            Err(e) => state.notice.set(e),
        }
    };
    let title = move || draft.with(|d| d.display_title().to_string());

    view! {
        <div class="editor">
            <SaveBanner retry=save_now export=export />
            <div class="editor-head">
                <p class="crumb"><a href="#/">"All programmes"</a></p>
                <h1 class="draft-title">{title}</h1>
                <button type="button" class="secondary" on:click=move |_| export()>"Export this programme"</button>
            </div>
            <nav class="screens" aria-label="Parts of the programme">
                <ul>
                    {Screen::ALL
                        .into_iter()
                        .map(|s| {
                            let href = Route::Draft { id, screen: s }.href();
                            view! {
                                <li>
                                    <a href=href aria-current=move || (screen.get() == s).then_some("page")>
                                        {s.label()}
                                    </a>
                                </li>
                            }
                        })
                        .collect_view()}
                </ul>
            </nav>
            {move || match screen.get() {
                Screen::Overview => view! { <OverviewScreen draft=draft /> },
            }}
        </div>
    }
}

/// Saves the draft now and reports how it went.
fn save(state: AppState, draft: RwSignal<Draft>, dirty: StoredValue<bool>) {
    let now = browser::now();
    let result = state
        .library
        .try_update_value(|l| draft.with_untracked(|d| l.save(d, &now)));
    match result {
        Some(Ok(revision)) => {
            dirty.set_value(false);
            draft.update_untracked(|d| {
                d.revision = revision;
                d.updated_at = now;
            });
            state.save.set(SaveStatus::Saved);
            state.refresh();
        }
        Some(Err(e)) => state.save.set(SaveStatus::NotSaved(e.to_string())),
        // The editor is being torn down with the whole app: nothing to report to.
        None => {}
    }
}

/// Shown while the last save failed: what happened, and the two ways out.
#[component]
fn SaveBanner(
    retry: impl Fn() + Copy + Send + Sync + 'static,
    export: impl Fn() + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let state = use_state();
    let reason = move || match state.save.get() {
        SaveStatus::NotSaved(r) => Some(r),
        _ => None,
    };
    view! {
        <Show when=move || reason().is_some()>
            <div class="banner error" role="alert">
                <p>
                    <strong>"Not saved: "</strong>
                    {reason}
                    ". Your changes are kept in this tab. Export the programme to keep a copy, or free some space (for example by emptying the trash) and try again."
                </p>
                <p class="actions">
                    <button type="button" on:click=move |_| export()>"Export this programme"</button>
                    <button type="button" class="secondary" on:click=move |_| retry()>"Try again"</button>
                </p>
            </div>
        </Show>
    }
}
