//! A committee member's scoring view (`#/sheet/<member id>`): one applicant
//! at a time, a score and an optional comment per criterion, kept in this
//! browser as typed, then sent back as a file.

use leptos::prelude::*;
use rust_i18n::t;

use super::browser;
use super::parts::part;
use super::widgets::{NumberField, SheetPage, TextField, kept_sheet, sheet_names};
use crate::format::sheet::{ScoringSheet, SheetApplicant};
use crate::model::Id;

/// The member's sheet, and where they are in it.
#[derive(Clone, Copy)]
struct Scoring {
    sheet: RwSignal<ScoringSheet>,
    at: RwSignal<usize>,
}

part! { sheet:
    /// A committee member's scoring view, or the page that says it is not
    /// kept here.
    pub fn sheet(member: Id) -> AnyView {
        kept_sheet::<ScoringSheet>(member, ["sheet.missing_title", "sheet.missing"], |sheet| view! { <Sheet sheet /> }.into_any())
    }
}

#[component]
fn Sheet(sheet: RwSignal<ScoringSheet>) -> impl IntoView {
    let scoring = Scoring {
        sheet,
        at: RwSignal::new(0),
    };
    provide_context(scoring);
    let names = sheet_names(sheet);
    let progress = move || {
        sheet.with(|s| {
            t!(
                "sheet.progress",
                done = s.done(),
                total = s.applicants.len()
            )
            .into_owned()
        })
    };
    let rule = move || sheet.with(|s| s.conflict_rule.trim().to_string());
    let sent = RwSignal::new(None::<String>);
    let send = move |_| {
        let now = browser::now();
        let mut returned = sheet.get_untracked();
        returned.returned_at = Some(now);
        let missing = returned.applicants.len() - returned.done();
        match browser::download(
            &returned.file_name(),
            &returned.to_text(),
            "application/json",
        ) {
            Ok(()) => sent.set(Some(if missing > 0 {
                t!(
                    "sheet.sent_incomplete",
                    name = returned.file_name(),
                    count = missing
                )
                .into_owned()
            } else {
                t!("sheet.sent", name = returned.file_name()).into_owned()
            })),
            Err(e) => sent.set(Some(e)),
        }
    };
    view! {
        <SheetPage heading_id="sheet-title" title=Signal::derive(move || t!("sheet.title", title = names().0).into_owned())
            lede=Signal::derive(move || t!("sheet.for_member", name = names().1).into_owned()) intro=t!("sheet.intro")>
            <Show when=move || !rule().is_empty()>
                <div class="banner info">
                    <p><strong>{t!("sheet.conflict_rule")}" "</strong>{rule}</p>
                </div>
            </Show>
            <p class="meta" role="status">{progress}</p>
            <Show when=move || sheet.with(|s| !s.applicants.is_empty())
                fallback=|| view! { <p class="hint">{t!("sheet.no_applicants")}</p> }>
                <div class="sheet-layout">
                    <ApplicantList />
                    <CurrentApplicant />
                </div>
            </Show>
            <div class="add-row">
                <button type="button" on:click=send>{t!("sheet.send")}</button>
            </div>
            <p class="hint">{t!("sheet.send_hint")}</p>
            <p role="status">{move || sent.get()}</p>
        </SheetPage>
    }
}

/// Every applicant on the sheet, marked when scored; picks the one shown.
#[component]
fn ApplicantList() -> impl IntoView {
    let Scoring { sheet, at } = expect_context::<Scoring>();
    // A memo: a score typed redraws the list only when an applicant's
    // scored mark changes.
    let rows = Memo::new(move |_| {
        sheet.with(|s| {
            s.applicants
                .iter()
                .enumerate()
                .map(|(i, a)| (i, display_name(a), s.complete(a.id)))
                .collect::<Vec<_>>()
        })
    });
    view! {
        <nav class="sheet-applicants" aria-label=t!("sheet.applicants")>
            <ol>
                {move || rows.get().into_iter().map(|(i, name, done)| {
                    let state = if done { t!("sheet.scored") } else { t!("sheet.to_score") };
                    view! {
                        <li>
                            <button type="button" class="link" aria-current=move || (at.get() == i).then_some("true")
                                on:click=move |_| at.set(i)>
                                {name}" "<span class=if done { "tag done" } else { "tag" }>{state}</span>
                            </button>
                        </li>
                    }
                }).collect_view()}
            </ol>
        </nav>
    }
}

fn display_name(a: &SheetApplicant) -> String {
    match a.name.trim() {
        "" => t!("selection.no_name").into_owned(),
        name => name.to_string(),
    }
}

/// The applicant being scored: what they sent, then a score and a comment
/// per criterion.
#[component]
fn CurrentApplicant() -> impl IntoView {
    let Scoring { sheet, at } = expect_context::<Scoring>();
    let count = move || sheet.with(|s| s.applicants.len());
    // Memos: a score typed changes neither, so the fields stay as they are.
    let current = Memo::new(move |_| sheet.with(|s| s.applicants.get(at.get()).cloned()));
    let criteria = Memo::new(move |_| sheet.with(|s| s.criteria.clone()));
    let prev = move |_| at.update(|i| *i = i.saturating_sub(1));
    let next = move |_| {
        let n = count();
        at.update(|i| *i = (*i + 1).min(n.saturating_sub(1)));
    };
    move || {
        current.get().map(|a| {
            let id = a.id;
            let fact = |label: String, value: String| {
                (!value.trim().is_empty()).then(|| view! { <div><dt>{label}</dt><dd class="pre-wrap">{value}</dd></div> })
            };
            let links = a.links.join("\n");
            view! {
                <article class="sheet-applicant" aria-labelledby="sheet-applicant-name">
                    <h2 id="sheet-applicant-name">{display_name(&a)}</h2>
                    <p class="hint">{move || t!("sheet.position", n = at.get() + 1, total = count())}</p>
                    <dl class="facts">
                        {fact(t!("sheet.country").into_owned(), a.country.clone())}
                        {fact(t!("sheet.discipline").into_owned(), a.discipline.clone())}
                        {fact(t!("sheet.organisation").into_owned(), a.organisation.clone())}
                        {fact(t!("sheet.links").into_owned(), links)}
                    </dl>
                    <Show when={let notes = a.notes.clone(); move || !notes.trim().is_empty()}>
                        <h3>{t!("sheet.notes")}</h3>
                        <p class="pre-wrap">{a.notes.clone()}</p>
                    </Show>
                    {move || criteria.get().into_iter().map(|c| {
                        let cid = c.id;
                        let score = Signal::derive(move || sheet.with(|s| s.score(id, cid).and_then(|x| x.value)));
                        let set_score = Callback::new(move |v: Option<u32>| sheet.update(|s| s.set_score(id, cid, v)));
                        let comment = Signal::derive(move || sheet.with(|s| s.score(id, cid).map(|x| x.comment.clone()).unwrap_or_default()));
                        let set_comment = Callback::new(move |v: String| sheet.update(|s| s.set_comment(id, cid, v)));
                        let max = Signal::derive(move || sheet.with(|s| s.score_max));
                        let name = c.name.clone();
                        view! {
                            <fieldset class="group criterion">
                                <legend>{c.name.clone()}" "<span class="hint">{t!("selection.criterion_weight", weight = c.weight)}</span></legend>
                                <Show when={let d = c.description.clone(); move || !d.trim().is_empty()}>
                                    <p class="hint">{c.description.clone()}</p>
                                </Show>
                                <NumberField label=t!("sheet.score_on", criterion = name.clone(), max = max.get_untracked())
                                    id=format!("sheet-{id}-{cid}-score") value=score set=set_score max=max />
                                <TextField label=t!("sheet.comment_on", criterion = name) id=format!("sheet-{id}-{cid}-comment")
                                    value=comment set=set_comment rows=2 />
                            </fieldset>
                        }
                    }).collect_view()}
                    <div class="add-row">
                        <button type="button" class="secondary" on:click=prev disabled={move || at.get() == 0}>
                            {t!("sheet.previous")}
                        </button>
                        <button type="button" class="secondary" on:click=next disabled={move || at.get() + 1 >= count()}>
                            {t!("sheet.next")}
                        </button>
                    </div>
                </article>
            }
        })
    }
}
