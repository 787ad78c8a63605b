//! A part on the page: "Loading…" while it is fetched, and if it cannot be,
//! says so with a way to try again.

use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;

use leptos::prelude::*;
use rust_i18n::t;
use send_wrapper::SendWrapper;

use super::NotLoaded;

type Loaded = Result<AnyView, NotLoaded>;

/// How a part is asked for; called again by "Try again".
pub type Load = Arc<dyn Fn() -> Pin<Box<dyn Future<Output = Loaded> + Send>> + Send + Sync>;

/// Fetches texts a part needs beside its code (`Err` names what failed).
pub type Texts = fn() -> Pin<Box<dyn Future<Output = Result<(), String>>>>;

/// Shows a part once it is here. Nothing typed is at stake: every edit is
/// saved before the page moves to another part. A part that writes in a
/// programme's own language (the call, the letters and the scoring sheets,
/// all in `screens`; a programme opened from a link) is given `texts`: the
/// texts of both languages, fetched beside the part. The editor's frame and
/// overview write in the interface's language only, and must stay so: the
/// words of dates and numbers are kept per language once read
/// (`text::numbers`), so reading them before that language's texts are here
/// would keep keys for words.
#[component]
pub fn Part(load: Load, #[prop(optional)] texts: Option<Texts>) -> impl IntoView {
    let attempt = RwSignal::new(0u32);
    let fallback =
        || view! { <p class="screen narrow loading" role="status">{t!("app.loading")}</p> };
    view! {
        <Suspense fallback=fallback>
            {move || {
                attempt.track();
                let fetch = load();
                // Asked for now: both downloads run side by side.
                let texts = texts.map(|texts| SendWrapper::new(texts()));
                Suspend::new(async move {
                    let part = fetch.await;
                    let texts = match texts {
                        Some(texts) => texts.await,
                        None => Ok(()),
                    };
                    match (part, texts) {
                        (Ok(view), Ok(())) => view,
                        _ => view! {
                            <section class="screen narrow" aria-labelledby="part-title">
                                <h1 id="part-title">{t!("app.part_missing_title")}</h1>
                                <p class="banner error" role="alert">{t!("app.part_missing")}</p>
                                <p>
                                    <button type="button" on:click=move |_| attempt.update(|n| *n += 1)>
                                        {t!("app.try_again")}
                                    </button>
                                </p>
                                <p><a href="#/">{t!("editor.all_programmes")}</a></p>
                            </section>
                        }
                        .into_any(),
                    }
                })
            }}
        </Suspense>
    }
}
