//! The parts of the app a first visit does not download. Each part is a
//! function that the web build (`split` feature, scripts/build-wasm.mjs) cuts
//! into a WebAssembly module of its own, fetched the first time it is called
//! and kept by the service worker for offline use. Without the feature (the
//! tests, or a build that drops it) every part is in the one module and the
//! same functions answer at once.

use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;

use leptos::prelude::*;
use rust_i18n::t;
use send_wrapper::SendWrapper;

use super::state::AppState;
use crate::model::Id;

/// A part of the app could not be fetched: offline before it was kept, or a
/// deploy replaced the files while this page was open.
#[derive(Clone, Copy, Debug)]
pub struct NotLoaded;

#[cfg(feature = "split")]
impl From<leptos::wasm_split::SplitLoaderError> for NotLoaded {
    fn from(_: leptos::wasm_split::SplitLoaderError) -> Self {
        NotLoaded
    }
}

type Loaded = Result<AnyView, NotLoaded>;

/// Declares a function of a part: in the web build it is split off the
/// main module into the module of `$part` (every function naming one part is
/// in that one module), fetched the first time one of them is called;
/// everywhere else it is called at once. Callers await it either way, and
/// get [`NotLoaded`] if the part cannot be fetched.
macro_rules! part {
    ($part:ident: $(#[$doc:meta])* $vis:vis fn $name:ident ( $($arg:ident : $ty:ty),* $(,)? ) -> $ret:ty $body:block) => {
        $(#[$doc])*
        #[cfg(feature = "split")]
        #[leptos::wasm_split::wasm_split($part, wasm_split_path = ::leptos::wasm_split, fallible)]
        $vis fn $name($($arg: $ty),*) -> Result<$ret, $crate::ui::chunks::NotLoaded> {
            fn body($($arg: $ty),*) -> $ret $body
            Ok(body($($arg),*))
        }

        $(#[$doc])*
        #[cfg(not(feature = "split"))]
        $vis async fn $name($($arg: $ty),*) -> Result<$ret, $crate::ui::chunks::NotLoaded> {
            fn body($($arg: $ty),*) -> $ret $body
            Ok(body($($arg),*))
        }
    };
}
pub(crate) use part;

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

/// Does an action that is a function of a part (`action`, already called)
/// and hands what it gives to `then`. If the part cannot be fetched, nothing
/// was done and the page's notice says so.
pub fn act<T: 'static>(
    state: AppState,
    action: impl Future<Output = Result<T, NotLoaded>> + 'static,
    then: impl FnOnce(T) + 'static,
) {
    leptos::task::spawn_local(async move {
        match action.await {
            Ok(value) => then(value),
            Err(NotLoaded) => state.notice.set(t!("app.action_missing").into_owned()),
        }
    });
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
