//! The screens a first visit does not download: each is a part of its own
//! ([`super::parts`]), shown by [`Part`] once it is here.

use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;

use leptos::prelude::*;
use rust_i18n::t;
use send_wrapper::SendWrapper;

use super::parts::{NotLoaded, part};
use super::route::Screen;
use crate::model::{Draft, Id};

type Loaded = Result<AnyView, NotLoaded>;

part! { editor, ahead editor_ahead:
    /// The editor of one programme, open on its overview; its other screens
    /// are the part `screens`.
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

part! { screens:
    /// A screen of the editor. Opening a programme fetches the editor, which
    /// shows the overview itself; the other screens come together the first
    /// time one of them is shown.
    pub fn screen(screen: Screen) -> AnyView {
        use super::screens::*;
        match screen {
            Screen::Overview => view! { <OverviewScreen /> }.into_any(),
            Screen::Phases => view! { <PhasesScreen /> }.into_any(),
            Screen::Contents => view! { <ContentsScreen /> }.into_any(),
            Screen::People => view! { <PeopleScreen /> }.into_any(),
            Screen::Selection => view! { <SelectionScreen /> }.into_any(),
            Screen::Budget => view! { <BudgetScreen /> }.into_any(),
            Screen::Planning => view! { <PlanningScreen /> }.into_any(),
            Screen::Communication => view! { <CommunicationScreen /> }.into_any(),
            Screen::Evaluation => view! { <EvaluationScreen /> }.into_any(),
            Screen::Call => view! { <CallScreen /> }.into_any(),
            Screen::Review => view! { <ReviewScreen /> }.into_any(),
            Screen::Summary => view! { <SummaryScreen /> }.into_any(),
        }
    }
}

part! { screens:
    /// The comparison of the open programme with another version of it.
    pub fn merge(theirs: Draft) -> AnyView {
        view! { <super::editor::MergePanel theirs=theirs /> }.into_any()
    }
}

/// How a part is asked for; called again by "Try again".
pub type Load = Arc<dyn Fn() -> Pin<Box<dyn Future<Output = Loaded> + Send>> + Send + Sync>;

/// Shows a part once it is here: "Loading…" while it is fetched, and if it
/// cannot be, says so with a way to try again. Nothing typed is at stake:
/// every edit is saved before the page moves to another part. A part that
/// writes in a programme's own language (the call, the letters and the
/// scoring sheets, all in `screens`; a programme opened from a link) asks
/// for `every_language`: the texts of both, fetched beside the part. The
/// editor's frame and overview write in the interface's language only, and
/// must stay so: the words of dates and numbers are kept per language once
/// read (`text::numbers`), so reading them before that language's texts are
/// here would keep keys for words.
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
