//! The editor: one open draft and its screens (the draft's wiring to
//! autosave, undo and other tabs is in `open`).

use leptos::prelude::*;
use rust_i18n::t;

use super::parts::part;
use super::state::use_state;
use crate::model::Id;
use crate::store::OpenError;

mod merge;
mod open;

use open::OpenDraft;

part! { editor, ahead ahead:
    /// The editor of one programme, open on its overview; its other screens
    /// are the part `screens`.
    pub fn editor(id: Id) -> AnyView {
        view! { <Editor id=id /> }.into_any()
    }
}

#[component]
fn Editor(id: Id) -> impl IntoView {
    let state = use_state();
    match state.read(|l| l.open(id)) {
        Ok(d) => view! { <OpenDraft draft=d /> }.into_any(),
        Err(OpenError::Damaged { error, .. }) => {
            state.write(|l| l.mark_damaged(id));
            view! { <Damaged id error=crate::format::words::interface_words(&error) /> }.into_any()
        }
        Err(e) => view! {
            <section class="screen narrow" aria-labelledby="missing-title">
                <h1 id="missing-title">{t!("editor.not_found")}</h1>
                <p>{t!("editor.not_found_why", error = e)}</p>
                <p><a href="#/">{t!("editor.back")}</a></p>
            </section>
        }
        .into_any(),
    }
}

/// A stored draft that cannot be read: say so, never overwrite it, offer its text.
#[component]
fn Damaged(id: Id, error: String) -> impl IntoView {
    let state = use_state();
    let download = move |_| state.download_damaged(id);
    view! {
        <section class="screen narrow" aria-labelledby="damaged-title">
            <h1 id="damaged-title">{t!("editor.damaged_title")}</h1>
            <p>{t!("editor.damaged_copy")}<code>{error}</code></p>
            <p>{t!("editor.damaged_advice")}</p>
            <p class="actions">
                <button type="button" on:click=download>{t!("editor.damaged_download")}</button>
                <a href="#/">{t!("editor.back")}</a>
            </p>
        </section>
    }
}
