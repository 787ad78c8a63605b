//! Letters to applicants: the feedback for each applicant who is not
//! selected, then every letter as read-only text to copy, or all of them as
//! a CSV for a mail merge.

use leptos::prelude::*;
use rust_i18n::t;

use crate::call::letters::{self, Letter, feedback_from_comments};
use crate::model::{Applicant, Field, Form, Id, Item};
use crate::ui::browser;
use crate::ui::context::use_editor;
use crate::ui::state::use_state;
use crate::ui::widgets::lens::setter;
use crate::ui::widgets::{Hidden, TextField};

/// The name a control speaks of: as typed, or "this applicant".
fn who(name: &str) -> String {
    match name.trim() {
        "" => t!("letters.ui_unnamed").into_owned(),
        n => n.to_string(),
    }
}

#[component]
pub fn Letters() -> impl IntoView {
    let (ctx, draft) = use_editor();
    let state = use_state();
    let promised = Memo::new(move |_| draft.with(|d| d.selection.feedback.given()));
    // Applicants owed feedback: neither selected nor on the waiting list.
    let owed = Memo::new(move |_| {
        draft.with(|d| {
            letters::decisions(d)
                .into_iter()
                .filter(|(_, decision)| decision.gets_feedback())
                .filter_map(|(id, _)| Applicant::find(d, id).map(|a| (id, a.name.clone())))
                .collect::<Vec<_>>()
        })
    });
    // Once written, the letters follow every change, so none is copied stale.
    let shown = RwSignal::new(false);
    let written = Memo::new(move |_| {
        shown
            .get()
            .then(|| draft.with(|d| letters::letters(d, d.call.language)))
    });
    let write = move |_| {
        shown.set(true);
        let n = draft.with_untracked(|d| d.selection.applicants.len());
        ctx.announce(t!("letters.ui_written", n = n).into_owned());
    };
    let export = super::super::csv_export(
        "letters",
        |d| letters::letters_csv(&letters::letters(d, d.call.language), d.call.language),
        |name| t!("letters.ui_downloaded", name = name).into_owned(),
    );
    let copy = move |letter: Letter| {
        let name = who(&letter.name);
        let text = format!("{}\n\n{}", letter.subject, letter.body);
        leptos::task::spawn_local(async move {
            state.notice.set(match browser::copy_text(&text).await {
                Ok(()) => t!("letters.ui_copied", name = name).into_owned(),
                Err(e) => t!("letters.ui_copy_failed", error = e).into_owned(),
            })
        });
    };
    view! {
        <section class="group letters" id=Field::of(Form::Selection, "letters").element_id() tabindex="-1" aria-labelledby="letters-title">
            <h3 id="letters-title">{t!("letters.ui_title")}</h3>
            <p class="hint">{t!("letters.ui_hint")}</p>
            <Show when=move || promised.get()
                fallback=|| view! { <p class="hint">{t!("letters.ui_no_feedback")}</p> }>
                <For each=move || owed.get() key=|x| x.clone() let:x>
                    <FeedbackField id=x.0 name=x.1 />
                </For>
            </Show>
            <div class="add-row">
                <button type="button" class="secondary" on:click=write
                    disabled=move || draft.with(|d| d.selection.applicants.is_empty())>
                    {t!("letters.ui_write")}
                </button>
                <button type="button" class="secondary" on:click=export
                    disabled=move || draft.with(|d| d.selection.applicants.is_empty())>
                    {t!("letters.ui_download")}
                </button>
            </div>
            {move || written.get().map(|all| all.into_iter().map(|letter| {
                let area = format!("letter-{}", letter.applicant_id);
                let label = t!("letters.ui_letter_to", name = who(&letter.name)).into_owned();
                let hidden = format!(" {label}");
                let text = format!("{}\n\n{}", letter.subject, letter.body);
                let rows = text.lines().count().clamp(6, 30);
                view! {
                    <div class="field letter">
                        <label for=area.clone()>{label}</label>
                        <textarea id=area readonly rows=rows prop:value=text></textarea>
                        <button type="button" class="secondary" on:click=move |_| copy(letter.clone())>
                            {t!("letters.ui_copy")}<Hidden text=hidden.clone() />
                        </button>
                    </div>
                }
            }).collect_view())}
        </section>
    }
}

/// The feedback for one applicant, with a start from the committee's comments.
#[component]
fn FeedbackField(id: Id, name: String) -> impl IntoView {
    let (ctx, draft) = use_editor();
    let value = Signal::derive(move || {
        draft.with(|d| {
            Applicant::find(d, id)
                .map(|a| a.feedback.clone())
                .unwrap_or_default()
        })
    });
    let set = setter::<Applicant, String>(ctx, id, |a, v| a.feedback = v);
    let name = who(&name);
    let label = t!("letters.ui_feedback_for", name = name.clone()).into_owned();
    let hidden = format!(" {label}");
    let start = {
        let name = name.clone();
        move |_| {
            let text = draft.with_untracked(|d| feedback_from_comments(d, id));
            if text.is_empty() {
                ctx.announce(t!("letters.ui_no_comments", name = name.clone()).into_owned());
                return;
            }
            ctx.change(|d| {
                if let Some(a) = Applicant::find_mut(d, id) {
                    a.feedback = text;
                }
            });
            ctx.announce(t!("letters.ui_filled", name = name.clone()).into_owned());
        }
    };
    view! {
        <div class="feedback-field">
            <TextField label=label id=Field::item(Form::Applicant, id, "feedback").element_id() value=value set=set rows=4 />
            <button type="button" class="secondary" on:click=start>
                {t!("letters.ui_from_comments")}<Hidden text=hidden />
            </button>
        </div>
    }
}
