//! The Leptos components: the app shell, one screen or widget per file.

mod actions;
mod browser;
mod budget;
mod call;
mod contents;
mod editor;
mod fields;
mod home;
mod labels;
mod lens;
mod overview;
mod people;
mod phases;
mod planning;
mod review;
pub mod route;
mod selection;
pub mod state;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use editor::Editor;
use home::Home;
use route::Route;
use state::{AppState, SaveStatus};

/// The whole app: header, notices, and the screen the URL names.
#[component]
pub fn App() -> impl IntoView {
    let state = AppState::start(Route::parse(&browser::current_hash()));
    provide_context(state);
    let on_hash = window_event_listener_untyped("hashchange", move |_| {
        // A message about the last action belongs to the screen it was said on.
        state.notice.set(String::new());
        state.route.set(Route::parse(&browser::current_hash()));
    });
    // Another tab changed the library: show its list as it is now.
    let on_storage = window_event_listener_untyped("storage", move |e| {
        let key = e
            .dyn_into::<web_sys::StorageEvent>()
            .ok()
            .and_then(|e| e.key())
            .unwrap_or_default();
        if key.starts_with(crate::store::keys::PREFIX) || key.is_empty() {
            state.library.update_value(|l| {
                let _ = l.reload_index();
            });
            state.refresh();
        }
    });
    on_cleanup(move || {
        on_hash.remove();
        on_storage.remove();
    });
    // Only a change of draft remounts the editor; a change of screen does not.
    let open_id = Memo::new(move |_| state.route.with(|r| r.draft_id()));
    let unknown = Memo::new(move |_| state.route.get() == Route::Unknown);

    view! {
        <a class="skip-link" href="#main" on:click=|ev| {
            ev.prevent_default();
            if let Some(main) = document().get_element_by_id("main") {
                let _ = main.unchecked_into::<web_sys::HtmlElement>().focus();
            }
        }>"Skip to content"</a>
        <Header />
        <main id="main" tabindex="-1">
            <MemoryBanner />
            <p class="notice" role="status" aria-live="polite">{move || state.notice.get()}</p>
            {move || match open_id.get() {
                Some(id) => view! { <Editor id=id /> }.into_any(),
                None if unknown.get() => view! {
                    <section class="screen narrow">
                        <h1>"Page not found"</h1>
                        <p><a href="#/">"Go to all programmes"</a></p>
                    </section>
                }
                .into_any(),
                None => view! { <Home /> }.into_any(),
            }}
        </main>
    }
}

#[component]
fn Header() -> impl IntoView {
    let state = state::use_state();
    let status = move || match state.save.get() {
        SaveStatus::Idle => None,
        SaveStatus::Saved => Some(("saved", "Saved".to_string())),
        SaveStatus::Pending => Some(("pending", "Saving…".to_string())),
        SaveStatus::NotSaved(reason) => Some(("failed", format!("Not saved: {reason}"))),
    };
    view! {
        <header class="app-header">
            <a class="brand" href="#/">
                <svg class="brand-mark" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
                    <path d="M3 18 C 8 18, 8 6, 13 6 S 18 14, 21 6" fill="none" stroke="currentColor" stroke-width="2.4" stroke-linecap="round" />
                    <circle cx="3" cy="18" r="2" fill="currentColor" />
                    <circle cx="21" cy="6" r="2" fill="currentColor" />
                </svg>
                <span>"Trajectory Studio"</span>
            </a>
            <p class="save-status" role="status" aria-live="polite">
                {move || status().map(|(kind, text)| view! { <span class=format!("dot {kind}")></span>{text} })}
            </p>
        </header>
    }
}

#[component]
fn MemoryBanner() -> impl IntoView {
    let state = state::use_state();
    view! {
        {move || state.memory_only.get().map(|why| view! {
            <div class="banner warning" role="alert">
                <p>
                    <strong>"Working in memory only. "</strong>
                    {why}
                    ". You can work as usual, but nothing is kept when this tab closes: export your programmes before you leave."
                </p>
            </div>
        })}
    }
}
