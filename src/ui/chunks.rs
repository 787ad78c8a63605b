//! The screens a first visit does not download: each is a part of its own
//! ([`super::parts`]), shown by [`Part`] once it is here.

use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;

use leptos::prelude::*;
use rust_i18n::t;
use send_wrapper::SendWrapper;

use super::parts::{NotLoaded, part};
use crate::model::Id;

type Loaded = Result<AnyView, NotLoaded>;

part! { editor:
    /// The editor of one programme, with all its screens.
    pub fn editor(id: Id) -> AnyView {
        view! { <super::editor::Editor id=id /> }.into_any()
    }
}

part! { sheet:
    /// A committee member's scoring view.
    pub fn sheet(member: Id) -> AnyView {
        view! { <super::sheet::SheetView member=member /> }.into_any()
    }
}

part! { shared:
    /// A programme opened from a link.
    pub fn shared() -> AnyView {
        view! { <super::shared::SharedProgramme /> }.into_any()
    }
}

/// How a part is asked for; called again by "Try again".
pub type Load = Arc<dyn Fn() -> Pin<Box<dyn Future<Output = Loaded> + Send>> + Send + Sync>;

/// Shows a part once it is here: "Loading…" while it is fetched, and if it
/// cannot be, says so with a way to try again. Nothing typed is at stake:
/// every edit is saved before the page moves to another part. A part that
/// writes in a programme's own language (its call, its letters) asks for
/// `every_language`: the texts of both, fetched beside the part.
#[component]
pub fn Part(load: Load, #[prop(optional)] every_language: bool) -> impl IntoView {
    let attempt = RwSignal::new(0u32);
    let fallback =
        || view! { <p class="screen narrow loading" role="status">{t!("app.loading")}</p> };
    view! {
        <Suspense fallback=fallback>
            {move || {
                attempt.track();
                let fetch = load();
                // Asked for now: both downloads run side by side.
                let texts = every_language.then(|| SendWrapper::new(super::every_language()));
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
