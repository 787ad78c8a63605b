//! How much of `localStorage` the site uses, and whether the browser keeps it.

use leptos::prelude::*;
use leptos::task::spawn_local;
use rust_i18n::t;

use crate::store::{LOCAL_STORAGE_LIMIT, StorageUse};
use crate::ui::browser;
use crate::ui::state::use_state;

/// What this site keeps in `localStorage` against the limit browsers set
/// for it, a warning with what to do when little room is left, and a request
/// to keep the data for good.
#[component]
pub(super) fn StorageInfo() -> impl IntoView {
    let state = use_state();
    let persisted = RwSignal::new(None::<bool>);
    // Counted by the library from what is stored, after every change the
    // lists show: an import, a new programme, a move to the trash, an
    // emptied trash.
    let usage = Memo::new(move |_| {
        state.drafts.track();
        state.trash.track();
        state.read(|l| l.storage_use().ok())
    });
    spawn_local(async move { persisted.set(browser::storage_persisted().await) });
    let ask = move |_| {
        spawn_local(async move {
            let granted = browser::storage_persist().await;
            persisted.set(granted);
            state.notice.set(match granted {
                Some(true) => t!("home.persist_granted").into_owned(),
                _ => t!("home.persist_refused").into_owned(),
            });
        });
    };
    let app_percent = move |u: StorageUse| u.app as f64 * 100.0 / LOCAL_STORAGE_LIMIT as f64;
    view! {
        <section class="storage-info" aria-labelledby="storage-title">
            <h2 id="storage-title">{t!("home.storage_title")}</h2>
            {move || usage.get().map(|u| view! {
                <p>
                    {t!(
                        "home.storage_size",
                        used = count(u.app),
                        limit = count(LOCAL_STORAGE_LIMIT),
                        percent = number(app_percent(u), 1)
                    )}
                    {(u.other > 0).then(|| t!("home.storage_other", other = count(u.other)))}
                    {t!("home.storage_local")}
                </p>
                {u.nearly_full().then(|| view! {
                    <div class="banner warning" role="alert">
                        <p>{t!("home.storage_nearly_full", percent = number(u.percent(), 0))}</p>
                        <ul>
                            <li>{t!("home.storage_do_export")}</li>
                            <li>{t!("home.storage_do_empty_trash")}</li>
                            <li>{t!("home.storage_do_delete")}</li>
                        </ul>
                    </div>
                })}
            })}
            {move || match persisted.get() {
                Some(true) => view! { <p class="ok-note">{t!("home.storage_kept")}</p> }.into_any(),
                Some(false) => view! {
                    <p>
                        {t!("home.storage_may_clear")}
                        <button type="button" class="secondary" on:click=ask>{t!("home.storage_ask")}</button>
                    </p>
                }.into_any(),
                None => view! { <p class="hint">{t!("home.storage_no_promise")}</p> }.into_any(),
            }}
        </section>
    }
}

/// A whole number to read, its thousands grouped the current language's way.
fn count(n: usize) -> String {
    crate::text::whole_number(n as u64, crate::text::lang())
}

/// A number to read, with `decimals` digits after the current language's decimal sign.
fn number(n: f64, decimals: usize) -> String {
    let text = format!("{n:.decimals$}");
    match crate::text::lang() {
        crate::model::Lang::En => text,
        crate::model::Lang::Fr => text.replace('.', ","),
    }
}
