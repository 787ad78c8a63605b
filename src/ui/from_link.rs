//! A programme opened from a link (`#/shared/…`): read only, marked as
//! such, stored nowhere until the user saves a copy, which then goes the
//! way of any import (keep both, replace, compare and merge).

use leptos::prelude::*;
use leptos::task::spawn_local;
use rust_i18n::t;

use super::browser;
use super::context::EditorCtx;
use super::given;
use super::parts::part;
use super::route::{Route, Screen};
use super::screens::SummaryScreen;
use super::state::{SaveStatus, use_state};
use crate::format::link::{self, LinkError, MAX_SHARED_BYTES};
use crate::model::Draft;
use crate::store::OnConflict;

/// What a link holds: the programme and the file it came as.
type Opened = Result<(Draft, Vec<u8>), String>;

/// What a link's fragment expands to.
enum Carried {
    /// A programme, to show read only.
    Programme(Box<Draft>, Vec<u8>),
    /// A sheet given to this person (scoring or log), to keep and open.
    Sheet(Vec<u8>),
}

part! { shared:
    /// A programme opened from a link.
    pub fn shared() -> AnyView {
        view! { <SharedProgramme /> }.into_any()
    }
}

#[component]
fn SharedProgramme() -> impl IntoView {
    let state = use_state();
    let outcome = RwSignal::new(None::<Opened>);
    let hash = browser::current_hash();
    spawn_local(async move {
        let opened = match open(&hash).await {
            Ok(Carried::Programme(draft, file)) => Ok((*draft, file)),
            Ok(Carried::Sheet(file)) => {
                // Kept here and opened, or why not; the page moves on.
                match given::take_in(state, &t!("link.source"), &file) {
                    Some(Err(why)) => Err(why),
                    _ => return,
                }
            }
            Err(e) => Err(words(&e)),
        };
        outcome.set(Some(opened));
    });
    move || match outcome.get() {
        None => {
            view! { <p class="screen narrow" role="status">{t!("link.opening")}</p> }.into_any()
        }
        Some(Err(why)) => view! {
            <section class="screen narrow" aria-labelledby="shared-title">
                <h1 id="shared-title">{t!("link.refused_title")}</h1>
                <p class="banner error" role="alert">{why}</p>
                <p>{t!("link.nothing_stored")}</p>
                <p><a href="#/">{t!("editor.all_programmes")}</a></p>
            </section>
        }
        .into_any(),
        Some(Ok((draft, file))) => view! { <ReadOnly draft file /> }.into_any(),
    }
}

/// The programme's Summary, and the way to keep it.
#[component]
fn ReadOnly(draft: Draft, file: Vec<u8>) -> impl IntoView {
    let state = use_state();
    let title = crate::text::display_title(&draft.overview.title).into_owned();
    provide_context(EditorCtx::new(draft, RwSignal::new(SaveStatus::Idle)));
    let file = StoredValue::new(file);
    let save = move |_| {
        let plan = file.with_value(|bytes| state.read(|l| l.plan_import(bytes)));
        let Ok(plan) = plan else {
            return;
        };
        if plan.conflicts.is_empty() {
            let now = browser::now();
            let failed = |e| t!("home.import_failed", error = e).into_owned();
            if let Some(ids) = state.apply(
                |l| l.commit_import(plan, OnConflict::KeepBoth, &now),
                failed,
            ) && let Some(id) = ids.first()
            {
                state.notice.set(t!("link.saved").into_owned());
                browser::go(
                    &Route::Draft {
                        id: *id,
                        screen: Screen::Overview,
                    }
                    .href(),
                );
            }
        } else {
            // Already here: the home screen asks keep both, replace, or merge.
            state.pending_import.set(Some(plan));
            browser::go(&Route::Home.href());
        }
    };
    view! {
        <section class="shared" aria-labelledby="shared-title">
            <div class="banner info">
                <p><strong>{t!("link.read_only_title")}</strong>" "{t!("link.read_only")}</p>
                <p class="actions">
                    <button type="button" on:click=save>{t!("link.save_copy")}</button>
                    <a href="#/">{t!("editor.all_programmes")}</a>
                </p>
            </div>
            <h1 id="shared-title" class="draft-title">{title}</h1>
            <SummaryScreen read_only=true />
        </section>
    }
}

/// What a link's fragment holds: a programme checked as any import is, or
/// a sheet's file, checked as it is kept.
async fn open(hash: &str) -> Result<Carried, LinkError> {
    let payload = link::payload_of(hash).ok_or(LinkError::NotBase64)?;
    let deflated = link::from_payload(payload)?;
    let expanded = browser::inflate(&deflated, MAX_SHARED_BYTES)
        .await
        .map_err(|too_large| {
            if too_large {
                LinkError::TooLarge {
                    max: MAX_SHARED_BYTES,
                }
            } else {
                LinkError::Damaged
            }
        })?;
    if given::is_sheet(&expanded) {
        return Ok(Carried::Sheet(expanded));
    }
    let draft = link::read_shared(&expanded)?;
    Ok(Carried::Programme(Box::new(draft), expanded))
}

/// Why a link does not open, in the interface language.
fn words(e: &LinkError) -> String {
    match e {
        LinkError::TooLong { max } => t!("link.too_long", max = max).into_owned(),
        LinkError::NotBase64 => t!("link.not_a_link").into_owned(),
        LinkError::Damaged => t!("link.damaged").into_owned(),
        LinkError::TooLarge { max } => t!("link.too_large", max = max).into_owned(),
        LinkError::Refused(e) => t!(
            "link.refused",
            error = crate::format::words::interface_words(e)
        )
        .into_owned(),
        LinkError::NotOne(n) => t!("link.not_one", count = n).into_owned(),
    }
}

/// Makes the link to `draft`: its file, in the fragment.
pub async fn link_to(draft: &Draft) -> Result<String, String> {
    let text = crate::format::to_file(std::slice::from_ref(draft), &browser::now());
    browser::link_to_file(&text).await
}
