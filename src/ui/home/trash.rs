//! The trash: programmes moved there, restored one by one or deleted for good.

use leptos::prelude::*;
use rust_i18n::t;

use crate::text::display_title as programme_title;
use crate::ui::state::use_state;
use crate::ui::widgets::{Hidden, quoted};

#[component]
pub(super) fn Trash() -> impl IntoView {
    let state = use_state();
    let confirming = RwSignal::new(false);
    let restore = move |id| {
        let failed = |e| t!("home.restore_failed", error = e).into_owned();
        if state.apply(|l| l.restore(id), failed).is_some() {
            state.notice.set(t!("home.restored").into_owned());
        }
    };
    let empty_trash = move |_| {
        confirming.set(false);
        let failed = |e| t!("home.empty_trash_failed", error = e).into_owned();
        if let Some(n) = state.apply(|l| l.empty_trash(), failed) {
            state.notice.set(if n <= 1 {
                t!("home.deleted_one", count = n).into_owned()
            } else {
                t!("home.deleted_many", count = n).into_owned()
            });
        }
    };
    view! {
        <Show when=move || !state.trash.with(Vec::is_empty)>
            <section class="trash" aria-labelledby="trash-title">
                <h2 id="trash-title">{move || t!("home.trash", count = state.trash.with(Vec::len))}</h2>
                <ul class="trash-list">
                    <For each=move || state.trash.get() key=|e| e.id let:entry>
                        {
                            let id = entry.id;
                            let title = programme_title(&entry.title).into_owned();
                            view! {
                                <li>
                                    <span>{title.clone()}</span>
                                    <button type="button" class="link" on:click=move |_| restore(id)>
                                        {t!("home.restore")}<Hidden text=format!(" {}", quoted(&title)) />
                                    </button>
                                </li>
                            }
                        }
                    </For>
                </ul>
                <Show
                    when=move || confirming.get()
                    fallback=move || view! {
                        <button type="button" class="secondary danger" on:click=move |_| confirming.set(true)>
                            {t!("home.empty_trash")}
                        </button>
                    }
                >
                    <p class="actions" role="group" aria-label=t!("home.confirm_empty")>
                        <span>{t!("home.confirm_empty_question")}</span>
                        <button type="button" class="danger" on:click=empty_trash>{t!("home.delete_for_good")}</button>
                        <button type="button" class="secondary" on:click=move |_| confirming.set(false)>{t!("home.keep_them")}</button>
                    </p>
                </Show>
            </section>
        </Show>
    }
}
