//! The committee who score apart: each member's sheet out, their scores
//! back in, and the merged results with recusals, spread and who is still
//! to send.

use leptos::ev;
use leptos::prelude::*;
use rust_i18n::t;

use crate::format::sheet::{self, ScoringSheet};
use crate::model::{CommitteeMember, Draft, Field, Form, Id};
use crate::text::display_title;
use crate::text::member_name;
use crate::ui::browser;
use crate::ui::context::{EditorCtx, use_editor};
use crate::ui::widgets::lens::{ids, pushed, text};
use crate::ui::widgets::{Hidden, NumberField, ReturnedFile, ReturnedFiles, TextField};

use super::results::Results;

#[component]
pub fn Committee() -> impl IntoView {
    let (ctx, draft) = use_editor();
    let add = move |_| {
        if let Some(id) = ctx.change(|d| d.add_member("")) {
            ctx.focus_field(Field::item(Form::Member, id, "name"));
        }
    };
    let threshold = Signal::derive(move || draft.with(|d| Some(d.disagreement_threshold())));
    let set_threshold = Callback::new(move |n: Option<u32>| {
        ctx.edit(|d| d.selection.disagreement = n.unwrap_or(0));
    });
    let waiting_for = pushed(ctx, |d| {
        d.selection
            .members
            .iter()
            .filter(|m| m.returned.is_none())
            .map(|m| member_name(&m.name))
            .collect::<Vec<_>>()
    });
    let any = move || draft.with(|d| !d.selection.members.is_empty());
    view! {
        <section class="group committee" aria-labelledby="committee-title">
            <h3 id="committee-title">{t!("committee.title")}</h3>
            <p class="hint">{t!("committee.hint")}</p>
            <ol class="rows">
                <For each={ids::<CommitteeMember>(ctx)} key=|id| *id let:id>
                    <MemberRow id=id />
                </For>
            </ol>
            <div class="add-row">
                <button type="button" class="secondary" id=Field::of(Form::Selection, "add-member").element_id() on:click=add>{t!("committee.add")}</button>
            </div>
            <Show when=any>
                <ReturnedSheets />
                <p class="meta" role="status">
                    {move || {
                        let names = waiting_for.get();
                        if names.is_empty() {
                            t!("committee.all_returned").into_owned()
                        } else {
                            t!("committee.waiting_for", names = names.join(", ")).into_owned()
                        }
                    }}
                </p>
            </Show>
            <div class="form-grid narrow-grid">
                <NumberField label=t!("committee.threshold") id=Field::of(Form::Selection, "disagreement").element_id() value=threshold set=set_threshold
                    min=1 max=100 hint=t!("committee.threshold_hint") />
            </div>
            <Results />
        </section>
    }
}

#[component]
fn MemberRow(id: Id) -> impl IntoView {
    let ctx = expect_context::<EditorCtx>();
    let state = crate::ui::state::use_state();
    let draft = ctx.draft();
    let (name, set_name) = text::<CommitteeMember>(ctx, id, |m| &m.name, |m| &mut m.name);
    let who = move || member_name(&name.get());
    let returned = Signal::derive(move || {
        draft.with(|d| {
            <CommitteeMember as crate::model::Item>::find(d, id).and_then(|m| m.returned.clone())
        })
    });
    let applicants = pushed(ctx, |d| {
        d.selection
            .applicants
            .iter()
            .map(|a| (a.id, display_title(&a.name).into_owned()))
            .collect::<Vec<_>>()
    });
    let conflicts = Signal::derive(move || {
        draft.with(|d| {
            <CommitteeMember as crate::model::Item>::find(d, id)
                .map(|m| m.conflicts.clone())
                .unwrap_or_default()
        })
    });
    let export = move |_| {
        let lang = state.lang.get_untracked();
        let sheet = draft.with_untracked(|d| {
            <CommitteeMember as crate::model::Item>::find(d, id)
                .map(|m| ScoringSheet::issue(d, m, lang, &browser::now()))
        });
        if let Some(s) = sheet {
            let name = s.file_name();
            ctx.announce(
                match browser::download(&name, &s.to_text(), "application/json") {
                    Ok(()) => t!(
                        "committee.sheet_exported",
                        name = name,
                        count = s.applicants.len()
                    )
                    .into_owned(),
                    Err(e) => e,
                },
            );
        }
    };
    let remove = move |_| {
        let n = who();
        ctx.change(|d| d.remove_member(id));
        ctx.deleted(t!("committee.removed", name = n).into_owned());
        ctx.focus_field(Field::of(Form::Selection, "add-member"));
    };
    view! {
        <li class="card member">
            <TextField label=t!("committee.name") id=Field::item(Form::Member, id, "name").element_id() value=name set=set_name />
            <p class="meta">
                {move || match returned.get() {
                    Some(at) => t!("committee.returned", when = browser::format_time(&at)).into_owned(),
                    None => t!("committee.not_returned").into_owned(),
                }}
            </p>
            <details class="conflicts">
                <summary>
                    {move || t!("committee.conflicts", count = conflicts.with(Vec::len))}
                    <Hidden text=Signal::derive(move || format!(" ({})", who())) />
                </summary>
                <p class="hint">{t!("committee.conflicts_hint")}</p>
                <Show when=move || !applicants.with(Vec::is_empty)
                    fallback=|| view! { <p class="hint">{t!("selection.no_applicants")}</p> }>
                    <ul class="checks">
                        {move || applicants.get().into_iter().map(|(aid, aname)| {
                            let checked = move || conflicts.with(|c| c.contains(&aid));
                            let toggle = move |ev: ev::Event| {
                                let on = event_target_checked(&ev);
                                ctx.change(|d| d.set_conflict(id, aid, on));
                            };
                            view! {
                                <li>
                                    <label>
                                        <input type="checkbox" prop:checked=checked on:change=toggle />
                                        {t!("committee.conflict_with", member = who(), applicant = aname)}
                                    </label>
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                </Show>
            </details>
            <p class="actions">
                <button type="button" class="secondary" on:click=export>
                    {move || t!("committee.export_sheet", name = who())}
                </button>
                <button type="button" class="link danger" on:click=remove>
                    {t!("selection.remove")}<Hidden text=Signal::derive(move || format!(" {}", who())) />
                </button>
            </p>
        </li>
    }
}

/// The way in for sheets that come back: every file checked, the good ones
/// taken in as one step, each file's fate said.
#[component]
fn ReturnedSheets() -> impl IntoView {
    let (ctx, draft) = use_editor();
    let state = crate::ui::state::use_state();
    let take_all = move |files: Vec<ReturnedFile>| {
        let lang = state.lang.get_untracked();
        let mut taken = Vec::new();
        let said = draft.with_untracked(|d| {
            files
                .iter()
                .map(|f| take(d, &f.bytes, lang, &mut taken))
                .collect()
        });
        if !taken.is_empty() {
            ctx.change(|d| taken.into_iter().for_each(|r: sheet::Received| r.apply(d)));
        }
        said
    };
    view! {
        <ReturnedFiles id="committee-returned" label=t!("committee.import").into_owned()
            hint=t!("committee.import_hint").into_owned() take=take_all />
    }
}

/// Checks one returned file against the programme; what can be taken goes
/// into `taken`. Says what became of it.
fn take(
    d: &Draft,
    bytes: &Result<Vec<u8>, String>,
    lang: crate::model::Lang,
    taken: &mut Vec<sheet::Received>,
) -> (bool, String) {
    let bytes = match bytes {
        Ok(b) => b,
        Err(e) => return (false, e.clone()),
    };
    let read = match ScoringSheet::read(bytes) {
        Ok(s) => s,
        Err(e) => return (false, sheet::error_words(&e, lang)),
    };
    match sheet::receive(d, &read) {
        Err(r) => (false, sheet::refusal_words(&r, lang)),
        Ok(received) => {
            let scored = read.done();
            let mut words = vec![
                t!(
                    "committee.taken",
                    name = received.member_name.clone(),
                    count = scored
                )
                .into_owned(),
            ];
            words.extend(
                received
                    .set_aside
                    .iter()
                    .map(|s| sheet::set_aside_words(s, lang)),
            );
            taken.push(received);
            (true, words.join(" "))
        }
    }
}
