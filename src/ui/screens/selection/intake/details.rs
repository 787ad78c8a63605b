//! Each applicant's details, folded: contact, discipline, links, notes,
//! and every eligibility condition as met, not met or not known, with
//! the conditions that set them aside.

use leptos::ev;
use leptos::prelude::*;
use rust_i18n::t;

use crate::model::{Applicant, Eligibility, Id, Item};
use crate::ui::context::EditorCtx;
use crate::ui::widgets::lens::{Cards, pushed, setter};
use crate::ui::widgets::{LinesField, TextField};

/// Each applicant's eligibility, by id, recomputed once per change.
type Verdicts = ReadSignal<Vec<(Id, Eligibility)>>;

#[component]
pub(super) fn ApplicantDetails() -> impl IntoView {
    let ctx = expect_context::<EditorCtx>();
    let cards = Cards::<Applicant>::new(ctx);
    let conditions = pushed(ctx, |d| {
        d.selection
            .eligibility
            .iter()
            .map(|c| c.trim().to_string())
            .filter(|c| !c.is_empty())
            .collect::<Vec<_>>()
    });
    let verdicts: Verdicts = pushed(ctx, |d| {
        d.selection
            .applicants
            .iter()
            .map(|a| (a.id, d.eligibility(a)))
            .collect()
    });
    view! {
        <Show when=move || !cards.order().with(Vec::is_empty)>
            <section class="group applicant-details" aria-labelledby="details-title">
                <h3 id="details-title">{t!("intake.details_title")}</h3>
                <ul class="rows">
                    <For each=move || cards.order().get() key=|id| *id let:id>
                        <Details id cards conditions verdicts />
                    </For>
                </ul>
            </section>
        </Show>
    }
}

/// One applicant, folded until opened; its fields are drawn when opened.
#[component]
fn Details(
    id: Id,
    cards: Cards<Applicant>,
    conditions: ReadSignal<Vec<String>>,
    verdicts: Verdicts,
) -> impl IntoView {
    let open = RwSignal::new(false);
    let name = Memo::new(move |_| {
        cards.with(id, |a| {
            a.map(|a| a.name.trim().to_string()).unwrap_or_default()
        })
    });
    let who = move || {
        let n = name.get();
        if n.is_empty() {
            t!("selection.this_applicant").into_owned()
        } else {
            n
        }
    };
    let verdict = Memo::new(move |_| {
        verdicts.with(|v| v.iter().find(|(x, _)| *x == id).map(|(_, e)| e.clone()))
    });
    let status = move || match verdict.get() {
        Some(Eligibility::Ineligible(failed)) => {
            t!("intake.set_aside", conditions = failed.join("; ")).into_owned()
        }
        Some(Eligibility::Unknown(n)) => t!("intake.unknown", n = n).into_owned(),
        Some(Eligibility::Eligible) if conditions.with(|c| !c.is_empty()) => {
            t!("intake.eligible").into_owned()
        }
        _ => String::new(),
    };
    let set_aside = move || matches!(verdict.get(), Some(Eligibility::Ineligible(_)));
    let on_toggle = move |ev: ev::Event| {
        open.set(event_target::<web_sys::HtmlDetailsElement>(&ev).open());
    };
    view! {
        <li>
            <details class="applicant" on:toggle=on_toggle>
                <summary>
                    {move || t!("intake.details", who = who())}
                    " "
                    <span class=move || if set_aside() { "warn" } else { "hint" }>{status}</span>
                </summary>
                <Show when=move || open.get()>
                    <Fields id cards conditions />
                </Show>
            </details>
        </li>
    }
}

/// The applicant's texts and eligibility checks.
#[component]
fn Fields(id: Id, cards: Cards<Applicant>, conditions: ReadSignal<Vec<String>>) -> impl IntoView {
    let ctx = expect_context::<EditorCtx>();
    let text = move |get: fn(&Applicant) -> &String| {
        Signal::derive(move || cards.with(id, |a| a.map(|a| get(a).clone()).unwrap_or_default()))
    };
    let links =
        Signal::derive(move || cards.with(id, |a| a.map(|a| a.links.clone()).unwrap_or_default()));
    let f = |name: &str| format!("detail-{id}-{name}");
    view! {
        <div class="form-grid">
            <TextField label=t!("intake.email") id=f("email") kind="email" value=text(|a| &a.email)
                set={setter::<Applicant, String>(ctx, id, |a, v| a.email = v)} />
            <TextField label=t!("intake.country") id=f("country") value=text(|a| &a.country)
                set={setter::<Applicant, String>(ctx, id, |a, v| a.country = v)} />
            <TextField label=t!("intake.discipline") id=f("discipline") value=text(|a| &a.discipline)
                set={setter::<Applicant, String>(ctx, id, |a, v| a.discipline = v)} />
            <TextField label=t!("intake.organisation") id=f("organisation") value=text(|a| &a.organisation)
                set={setter::<Applicant, String>(ctx, id, |a, v| a.organisation = v)} />
        </div>
        <LinesField label=t!("intake.links") id=f("links") value=links
            set={setter::<Applicant, Vec<String>>(ctx, id, |a, v| a.links = v)} />
        <TextField label=t!("intake.notes") id=f("notes") value=text(|a| &a.notes) rows=5
            set={setter::<Applicant, String>(ctx, id, |a, v| a.notes = v)} />
        <Show when=move || conditions.with(|c| !c.is_empty())>
            <fieldset class="group">
                <legend>{t!("intake.conditions")}</legend>
                {move || conditions.get().into_iter().enumerate().map(|(k, c)| {
                    view! { <Condition id k condition=c cards /> }
                }).collect_view()}
            </fieldset>
        </Show>
    }
}

/// One condition as met, not met or not known for the applicant.
#[component]
fn Condition(id: Id, k: usize, condition: String, cards: Cards<Applicant>) -> impl IntoView {
    let ctx = expect_context::<EditorCtx>();
    let name = format!("detail-{id}-condition-{k}");
    let c = condition.clone();
    let met = Memo::new(move |_| cards.with(id, |a| a.and_then(|a| a.condition(&c))));
    let choices = [
        (Some(true), t!("intake.met")),
        (Some(false), t!("intake.not_met")),
        (None, t!("intake.not_known")),
    ];
    view! {
        <fieldset class="choices">
            <legend>{condition.clone()}</legend>
            {choices.into_iter().map(|(value, words)| {
                let c = condition.clone();
                let set = move |_| {
                    ctx.change(|d| {
                        if let Some(a) = Applicant::find_mut(d, id) {
                            a.set_condition(&c, value);
                        }
                    });
                };
                view! {
                    <label class="choice">
                        <input type="radio" name=name.clone() prop:checked=move || met.get() == value
                            on:change=set />
                        {words}
                    </label>
                }
            }).collect_view()}
        </fieldset>
    }
}
