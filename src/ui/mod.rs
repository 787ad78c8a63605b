//! The Leptos components: the app shell, one screen or widget per file.

mod browser;
mod context;
mod copies;
mod editor;
pub(crate) mod from_link;
mod given;
mod home;
mod labels;
mod languages;
mod log_sheet;
mod parts;
mod perf;
pub mod route;
mod screens;
mod sheet;
pub mod state;
mod text;
mod widgets;

use std::sync::Arc;

use leptos::prelude::*;
use rust_i18n::t;
use wasm_bindgen::JsCast;

use crate::model::Lang;

use home::Home;
use languages::{every_language, texts};
use parts::Part;
use route::Route;
use state::{AppState, SaveStatus};

/// The whole app: header, notices, and the screen the URL names.
/// Starts the app in the browser: the texts of the interface's language
/// first (the web build fetches them), then the app.
pub fn start() {
    // Leptos's executor starts with the first mount: the browser's own until then.
    wasm_bindgen_futures::spawn_local(async {
        match texts(state::language_at_start()).await {
            Ok(()) => leptos::mount::mount_to_body(App),
            Err(_) => leptos::mount::mount_to_body(NoTexts),
        }
    });
}

/// What shows when the interface's texts cannot be fetched at start. The
/// one place with words written in the code: without texts there are no
/// others to say it with, so it says it in both languages.
#[component]
fn NoTexts() -> impl IntoView {
    let reload = |_| {
        let _ = window().location().reload();
    };
    view! {
        <main id="main">
            <h1>"Trajectory Studio"</h1>
            <div class="banner error" role="alert">
                <p lang="en">"The app could not fetch its texts: the connection may be down. Nothing stored in this browser is lost."</p>
                <p lang="fr">"L’application n’a pas pu télécharger ses textes\u{a0}: la connexion est peut-être coupée. Rien de ce qui est enregistré dans ce navigateur n’est perdu."</p>
            </div>
            <button type="button" on:click=reload>"Try again · Réessayer"</button>
        </main>
    }
}

#[component]
pub fn App() -> impl IntoView {
    let state = AppState::start(Route::parse(&browser::current_hash()));
    provide_context(state);
    copies::read_then_check(state);
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
            state.write(|l| {
                let _ = l.reload_index();
            });
        }
    });
    on_cleanup(move || {
        on_hash.remove();
        on_storage.remove();
    });
    // Only a change of draft remounts the editor; a change of screen does not.
    let open_id = Memo::new(move |_| state.route.with(|r| r.draft_id()));
    let unknown = Memo::new(move |_| state.route.get() == Route::Unknown);
    let shared = Memo::new(move |_| state.route.get() == Route::Shared);
    let sheet = Memo::new(move |_| match state.route.get() {
        Route::Sheet(id) => Some(id),
        _ => None,
    });
    let log = Memo::new(move |_| match state.route.get() {
        Route::Log(id) => Some(id),
        _ => None,
    });

    // A change of language draws everything again, in the new language; the
    // editor saves what is pending as it goes, and focus returns to the menu.
    move || {
        state.lang.track();
        view! {
        <a class="skip-link" href="#main" on:click=|ev| {
            ev.prevent_default();
            if let Some(main) = document().get_element_by_id("main") {
                let _ = main.unchecked_into::<web_sys::HtmlElement>().focus();
            }
        }>{t!("app.skip")}</a>
        <Header />
        <main id="main" tabindex="-1">
            <MemoryBanner />
            <UpdateBanner />
            <p class="notice" role="status" aria-live="polite">{move || state.notice.get()}</p>
            {move || match open_id.get() {
                Some(id) => view! { <Part load=Arc::new(move || Box::pin(editor::editor(id))) /> }.into_any(),
                None if shared.get() => {
                    // Another link pasted over this one opens afresh.
                    state.route.track();
                    view! { <Part load=Arc::new(|| Box::pin(from_link::shared())) texts=every_language /> }.into_any()
                }
                None if sheet.get().is_some() => match sheet.get() {
                    Some(id) => view! { <Part load=Arc::new(move || Box::pin(sheet::sheet(id))) /> }.into_any(),
                    None => ().into_any(),
                },
                None if log.get().is_some() => match log.get() {
                    Some(id) => view! { <Part load=Arc::new(move || Box::pin(log_sheet::log_sheet(id))) /> }.into_any(),
                    None => ().into_any(),
                },
                None if unknown.get() => view! {
                    <section class="screen narrow">
                        <h1>{t!("app.not_found")}</h1>
                        <p><a href="#/">{t!("app.go_home")}</a></p>
                    </section>
                }
                .into_any(),
                None => view! { <Home /> }.into_any(),
            }}
        </main>
        }
    }
}

#[component]
fn Header() -> impl IntoView {
    let state = state::use_state();
    let status = move || match state.save.get() {
        SaveStatus::Idle => None,
        SaveStatus::Saved => Some(("saved", t!("app.saved").to_string())),
        SaveStatus::Pending => Some(("pending", t!("app.saving").to_string())),
        SaveStatus::NotSaved(reason) => {
            Some(("failed", t!("app.not_saved", reason = reason).to_string()))
        }
    };
    let on_lang = move |ev: leptos::ev::Event| {
        let Some(lang) = Lang::from_code(&event_target_value(&ev)) else {
            return;
        };
        leptos::task::spawn_local(async move {
            let menu = || document().get_element_by_id("app-language");
            match texts(lang).await {
                Ok(()) => {
                    state.set_lang(lang);
                    // The menu was drawn again: give focus back to the new one.
                    if let Some(el) = menu() {
                        let _ = el.unchecked_into::<web_sys::HtmlElement>().focus();
                    }
                }
                Err(_) => {
                    // Still in the language it was: the menu says so again.
                    if let Some(el) = menu() {
                        el.unchecked_into::<web_sys::HtmlSelectElement>()
                            .set_value(state.lang.get_untracked().code());
                    }
                    state
                        .notice
                        .set(t!("app.language_failed", language = lang.native_name()).into_owned());
                }
            }
        });
    };
    let current = state.lang.get_untracked();
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
            <label class="language">
                <span class="visually-hidden">{t!("app.language")}</span>
                <select id="app-language" on:change=on_lang>
                    {Lang::ALL.into_iter().map(|l| view! {
                        <option value=l.code() selected=l == current lang=l.code()>{l.native_name()}</option>
                    }).collect_view()}
                </select>
            </label>
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
                    <strong>{t!("app.memory_only")}" "</strong>
                    {why.to_string()}
                    ". "{t!("app.memory_only_advice")}
                </p>
            </div>
        })}
    }
}

/// Offers the new version of the app once its service worker has downloaded
/// all of it (see scripts/sw-register.js); reloading saves what is pending.
#[component]
fn UpdateBanner() -> impl IntoView {
    let ready = RwSignal::new(false);
    let on_ready = window_event_listener_untyped("ts-update-ready", move |_| ready.set(true));
    on_cleanup(move || on_ready.remove());
    let apply = move |_| {
        if let Ok(event) = web_sys::Event::new("ts-update-apply") {
            let _ = window().dispatch_event(&event);
        }
    };
    view! {
        <Show when=move || ready.get()>
            <div class="banner info" role="status">
                <p>{t!("app.update_ready")}</p>
                <button type="button" on:click=apply>{t!("app.update_reload")}</button>
            </div>
        </Show>
    }
}
