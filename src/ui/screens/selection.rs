//! The Selection screen: who may apply, how they are assessed and by whom,
//! and a scoring grid that ranks applicants.

use leptos::prelude::*;
use rust_i18n::t;

use crate::ui::text::percent;

use crate::model::{
    Applicant, Currency, Draft, Field, Form, Id, Money, Selection, SelectionCriterion,
};
use crate::text::display_title;
use crate::ui::context::{EditorCtx, use_editor};
use crate::ui::widgets::lens::{self, Cards, field, ids, pushed, setter, text};
use crate::ui::widgets::{
    Hidden, LinesField, MoneyField, NumberField, RowCard, Screen, Table, TextField,
};

mod committee;
mod intake;
mod letters;
mod results;

#[component]
pub fn SelectionScreen() -> impl IntoView {
    let (ctx, draft) = use_editor();
    let sel_text = lens::in_section::<Selection, String>;
    let sel_lines = lens::in_section::<Selection, Vec<String>>;
    let sel_date = lens::section_date::<Selection>;
    let (eligibility, set_eligibility) = sel_lines(ctx, |s| &s.eligibility, |s| &mut s.eligibility);
    let (committee, set_committee) = sel_lines(ctx, |s| &s.committee, |s| &mut s.committee);
    let (steps, set_steps) = sel_lines(ctx, |s| &s.steps, |s| &mut s.steps);
    let (materials, set_materials) = sel_lines(ctx, |s| &s.materials, |s| &mut s.materials);
    let (conflict, set_conflict) = sel_text(
        ctx,
        |s| &s.conflict_of_interest,
        |s| &mut s.conflict_of_interest,
    );
    let how = Signal::derive(move || draft.with(|d| d.selection.feedback.how.clone()));
    let set_how = Callback::new(move |v: String| {
        ctx.edit(|d| d.selection.feedback.set_how(v));
    });
    let (deadline, set_deadline) = sel_date(ctx, |s| s.deadline, |s, v| s.deadline = v);
    let (results, set_results) = sel_date(ctx, |s| s.results_date, |s, v| s.results_date = v);
    let results_error = Signal::derive(move || {
        draft.with(|d| match (d.selection.deadline, d.selection.results_date) {
            (Some(a), Some(b)) if b < a => {
                Some(t!("selection.results_before_deadline").into_owned())
            }
            _ => None,
        })
    });
    let fee = Signal::derive(move || draft.with(|d| d.selection.application_fee));
    let set_fee = Callback::new(move |m: Money| {
        ctx.edit(|d| d.selection.application_fee = m);
    });
    let currency: Signal<Currency> =
        Signal::derive(move || draft.with(|d| d.overview.currency.clone()));
    let feedback = move |v: Option<bool>| draft.with(|d| d.selection.feedback.offered == v);

    view! {
        <Screen title=t!("selection.title") guide="selection" questions=[t!("selection.q1"), t!("selection.q2"), t!("selection.q3")]>
            <LinesField label=t!("selection.eligibility") id=Field::of(Form::Selection, "eligibility").element_id() value=eligibility set=set_eligibility
                hint=t!("selection.eligibility_hint") />
            <Criteria />
            <div class="form-grid">
                <LinesField label=t!("selection.committee") id=Field::of(Form::Selection, "committee").element_id() value=committee set=set_committee />
                <LinesField label=t!("selection.steps") id=Field::of(Form::Selection, "steps").element_id() value=steps set=set_steps />
                <LinesField label=t!("selection.materials") id=Field::of(Form::Selection, "materials").element_id() value=materials set=set_materials />
            </div>
            <TextField label=t!("selection.conflict") id=Field::of(Form::Selection, "conflict").element_id() value=conflict set=set_conflict rows=3 />
            <div class="form-grid">
                <TextField label=t!("selection.deadline") id=Field::of(Form::Selection, "deadline").element_id() value=deadline set=set_deadline kind="date" />
                <TextField label=t!("selection.results_date") id=Field::of(Form::Selection, "results_date").element_id() value=results set=set_results kind="date"
                    error=results_error />
                <MoneyField label=t!("selection.fee") id=Field::of(Form::Selection, "fee").element_id() value=fee set=set_fee currency=currency />
            </div>
            <fieldset class="group choices">
                <legend>{t!("selection.feedback")}</legend>
                <label class="choice">
                    <input type="radio" name="sel-feedback" id=Field::of(Form::Selection, "feedback-yes").element_id() prop:checked=move || feedback(Some(true))
                        on:change=move |_| { ctx.change(|d| d.selection.feedback.offered = Some(true)); } />
                    {t!("selection.yes")}
                </label>
                <label class="choice">
                    <input type="radio" name="sel-feedback" prop:checked=move || feedback(Some(false))
                        on:change=move |_| { ctx.change(|d| d.selection.feedback.offered = Some(false)); } />
                    {t!("selection.no")}
                </label>
                <TextField label=t!("selection.feedback_how") id=Field::of(Form::Selection, "feedback-how").element_id() value=how set=set_how />
            </fieldset>
            <ScoringGrid />
            <intake::Intake />
            <committee::Committee />
            <letters::Letters />
        </Screen>
    }
}

#[component]
fn Criteria() -> impl IntoView {
    let (ctx, draft) = use_editor();
    let total = Memo::new(move |_| draft.with(|d| d.weights_total()));
    let add = move |_| {
        if let Some(id) = ctx.change(Draft::add_criterion) {
            ctx.focus_field(Field::item(Form::Criterion, id, "name"));
        }
    };
    let normalise = move |_| {
        ctx.change(Draft::normalise_weights);
        ctx.announce(t!("selection.weights_scaled").into());
    };
    view! {
        <fieldset class="group">
            <legend>{t!("selection.criteria")}</legend>
            <ol class="rows">
                <For each={ids::<SelectionCriterion>(ctx)} key=|id| *id let:id>
                    <CriterionRow id=id />
                </For>
            </ol>
            <p class="weights" role="status">
                {move || t!("selection.weights_total", total = total.get())}
                <Show when=move || total.get() != 100 && draft.with(|d| !d.selection.criteria.is_empty())>
                    <strong class="warn">{t!("selection.weights_should_total")}</strong>
                    <button type="button" class="secondary" on:click=normalise>{t!("selection.normalise")}</button>
                </Show>
            </p>
            <button type="button" class="secondary" id=Field::of(Form::Selection, "criteria").element_id() on:click=add>{t!("selection.add_criterion")}</button>
        </fieldset>
    }
}

#[component]
fn CriterionRow(id: Id) -> impl IntoView {
    let ctx = expect_context::<EditorCtx>();
    type C = SelectionCriterion;
    let (name, set_name) = text::<C>(ctx, id, |c| &c.name, |c| &mut c.name);
    let (description, set_description) =
        text::<C>(ctx, id, |c| &c.description, |c| &mut c.description);
    let (weight, set_weight) = field::<C, u32>(ctx, id, |c| c.weight, |c, v| c.weight = v);
    let weight = Signal::derive(move || Some(weight.get()));
    // A cleared weight counts for nothing.
    let set_weight = Callback::new(move |n: Option<u32>| set_weight.run(n.unwrap_or(0)));
    let title = move || display_title(&name.get()).to_string();
    let remove = Callback::new(move |_| {
        let n = title();
        ctx.change(|d| d.delete_criterion(id));
        ctx.deleted(t!("selection.criterion_deleted", name = n).into());
    });
    let named =
        Signal::derive(move || t!("selection.remove_criterion", name = title()).into_owned());
    view! {
        <RowCard remove_label=t!("selection.remove") named add_id=Field::of(Form::Selection, "criteria").element_id() on_remove=remove>
            <TextField label=t!("selection.criterion") id=Field::item(Form::Criterion, id, "name").element_id() value=name set=set_name />
            <NumberField label=t!("selection.weight") id=Field::item(Form::Criterion, id, "weight").element_id() value=weight set=set_weight
                max=100 range_error=t!("selection.weight_error") />
            <TextField label=t!("selection.criterion_description") id=Field::item(Form::Criterion, id, "description").element_id()
                value=description set=set_description />
        </RowCard>
    }
}

#[component]
fn ScoringGrid() -> impl IntoView {
    let (ctx, draft) = use_editor();
    // Rows read pushed values, never the draft: see `Cards`.
    let ranking = pushed(ctx, |d| d.ranking());
    let criteria = pushed(ctx, |d| {
        d.selection
            .criteria
            .iter()
            .map(|c| (c.id, display_title(&c.name).to_string(), c.weight))
            .collect::<Vec<_>>()
    });
    let max = pushed(ctx, |d| d.score_max());
    let applicants = Cards::<Applicant>::provide(ctx);
    provide_context(ScoreMax(max));
    let places = move || draft.with(|d| d.overview.places);
    let selected =
        move || draft.with(|d| d.selection.applicants.iter().filter(|a| a.selected).count());
    let add = move |_| {
        if let Some(id) = ctx.change(Draft::add_applicant) {
            ctx.focus_field(Field::item(Form::Applicant, id, "name"));
        }
    };
    let select_top = move |_| {
        let applied = ctx.change(Draft::apply_ranking).unwrap_or_default();
        ctx.announce(match applied.tied {
            Some((_, n)) => t!("selection.tie", n = n).into_owned(),
            None => t!("selection.top_selected").into_owned(),
        });
    };
    let export = super::csv_export("scores", crate::text::scoring_csv, |name| {
        t!("selection.exported", name = name).into_owned()
    });
    let max_value = Signal::derive(move || Some(max.get()));
    let waiting = Signal::derive(move || draft.with(|d| d.selection.waiting_places));
    let set_waiting = Callback::new(move |n: Option<u32>| {
        ctx.edit(|d| d.selection.waiting_places = n);
    });
    // A scale needs a top: clearing the field leaves the stored one.
    let set_max = Callback::new(move |n: Option<u32>| {
        if let Some(n) = n {
            ctx.edit(|d| d.selection.score_max = n);
        }
    });
    view! {
        <section class="group scoring" aria-labelledby="scoring-title">
            <h3 id="scoring-title">{t!("selection.scoring")}</h3>
            <p class="hint">{t!("selection.scoring_hint")}</p>
            <div class="form-grid narrow-grid">
                <NumberField label=t!("selection.score_max") id=Field::of(Form::Selection, "score-max").element_id() value=max_value set=set_max
                    min=1 max=100 />
                <NumberField label=t!("committee.waiting_places") id=Field::of(Form::Selection, "waiting-places").element_id() value=waiting set=set_waiting
                    max=1000 />
            </div>
            <Show when=move || !draft.with(|d| d.selection.applicants.is_empty())
                fallback=|| view! { <p class="hint">{t!("selection.no_applicants")}</p> }>
                <Table caption=t!("selection.scores_caption") quiet_caption=true head=move || view! {
                    <th scope="col">{t!("selection.applicant")}</th>
                    {move || criteria.get().into_iter().map(|(_, n, w)| view! {
                        <th scope="col">{n}<span class="hint">{t!("selection.criterion_weight", weight = w)}</span></th>
                    }).collect_view()}
                    <th scope="col">{t!("selection.score")}</th>
                    <th scope="col">{t!("selection.rank")}</th>
                    <th scope="col">{t!("selection.selected")}</th>
                    <th scope="col"><span class="visually-hidden">{t!("selection.remove")}</span></th>
                }>
                    // Rows stay in the order entered, so typing a score never moves the field.
                    <For each=move || applicants.order().get()
                        key=|id| *id let:id>
                        <ApplicantRow id=id ranking=ranking criteria=criteria />
                    </For>
                </Table>
            </Show>
            <Show when=move || !ranking.with(Vec::is_empty)>
                <h4 id="ranking-title">{t!("selection.ranking")}</h4>
                <ul class="ranking" aria-labelledby="ranking-title">
                    {move || ranking.get().into_iter().map(|r| {
                        let name = if r.name.trim().is_empty() { t!("selection.no_name").into_owned() } else { r.name.trim().to_string() };
                        let mark = if r.selected {
                            t!("selection.ranking_selected")
                        } else if r.waiting {
                            t!("committee.ranking_waiting")
                        } else {
                            "".into()
                        };
                        let mark = match &r.tie_reason {
                            Some(why) => format!("{mark}{}", t!("committee.ranking_tie", reason = why)),
                            None => mark.into_owned(),
                        };
                        let line = t!("selection.ranking_line", rank = r.rank, name = name, score = percent(r.per_mille));
                        view! { <li>{format!("{line}{mark}")}</li> }
                    }).collect_view()}
                </ul>
                <results::Ties ranking=ranking />
            </Show>
            <p class="meta" role="status">
                {move || match places() {
                    Some(p) => t!("selection.selected_of_places", selected = selected(), places = p),
                    None => t!("selection.selected_no_places", selected = selected()),
                }}
                <Show when=move || places().is_some_and(|p| selected() > p as usize)>
                    <strong class="warn">{t!("selection.more_than_places")}</strong>
                </Show>
            </p>
            <div class="add-row">
                <button type="button" class="secondary" id=Field::of(Form::Selection, "add-applicant").element_id() on:click=add>{t!("selection.add_applicant")}</button>
                <button type="button" class="secondary" on:click=select_top disabled=move || places().is_none()>
                    {t!("selection.select_top")}
                </button>
                <button type="button" class="secondary" on:click=export>{t!("selection.export")}</button>
            </div>
        </section>
    }
}

/// The highest score, shared by the rows' inputs.
#[derive(Clone, Copy)]
struct ScoreMax(ReadSignal<u32>);

#[component]
fn ApplicantRow(
    id: Id,
    ranking: ReadSignal<Vec<crate::model::Ranked>>,
    criteria: ReadSignal<Vec<(Id, String, u32)>>,
) -> impl IntoView {
    let ctx = expect_context::<EditorCtx>();
    // The row never reads the draft itself: see `Cards`.
    let cards = expect_context::<Cards<Applicant>>();
    let ScoreMax(score_max) = expect_context::<ScoreMax>();
    let place = Memo::new(move |_| {
        ranking.with(|r| {
            r.iter()
                .find(|x| x.id == id)
                .map(|x| (x.per_mille, x.rank, x.missing))
                .unwrap_or_default()
        })
    });
    let set_name = setter::<Applicant, String>(ctx, id, |a, v| a.name = v);
    let set_selected = setter::<Applicant, bool>(ctx, id, |a, v| a.selected = v);
    let name = Memo::new(move |_| {
        cards
            .with(id, |a| a.map(|a| a.name.clone()))
            .unwrap_or_default()
    });
    let selected = Memo::new(move |_| cards.with(id, |a| a.is_some_and(|a| a.selected)));
    let who = move || {
        let n = name.get();
        if n.trim().is_empty() {
            t!("selection.this_applicant").into_owned()
        } else {
            n.trim().to_string()
        }
    };
    let row = NodeRef::<leptos::html::Tr>::new();
    let remove = move |_| {
        let n = who();
        crate::ui::widgets::focus_after_removal(
            row.get_untracked().map(web_sys::Element::from).as_ref(),
            document().get_element_by_id(&Field::of(Form::Selection, "add-applicant").element_id()),
        );
        ctx.change(|d| d.remove_applicant(id));
        ctx.deleted(t!("selection.applicant_removed", name = n).into_owned());
    };
    let name_id = Field::item(Form::Applicant, id, "name").element_id();
    view! {
        <tr node_ref=row>
            <th scope="row">
                <label class="visually-hidden" for=name_id.clone()>{t!("selection.name_or_code")}</label>
                <input id=name_id class="cell-input" type="text" prop:value=move || name.get()
                    on:input=move |ev| set_name.run(event_target_value(&ev)) />
            </th>
            {move || criteria.get().into_iter().map(|(cid, cname, _)| {
                let score = Signal::derive(move || cards.with(id, |a| {
                    a
                        .and_then(|a| a.scores.iter().find(|s| s.criterion_id == cid))
                        .map(|s| s.value)
                }));
                let set = Callback::new(move |value: Option<u32>| { ctx.edit(|d| d.set_score(id, cid, value)); });
                view! {
                    <td>
                        <NumberField label=t!("selection.score_label", who = who(), criterion = cname)
                            id=format!("score-{id}-{cid}") value=score set=set max=score_max compact=true />
                    </td>
                }
            }).collect_view()}
            <td class="num">
                {move || percent(place.get().0)}
                {move || { let (_, _, missing) = place.get(); (missing > 0).then(|| view! { <span class="hint">{t!("selection.to_score", n = missing)}</span> }) }}
            </td>
            <td class="num">{move || place.get().1}</td>
            <td>
                <input type="checkbox" prop:checked=move || selected.get()
                    aria-label=move || t!("selection.select_who", who = who())
                    on:change=move |ev| set_selected.run(event_target_checked(&ev)) />
            </td>
            <td>
                <button type="button" class="link danger" on:click=remove>
                    {t!("selection.remove")}<Hidden text=Signal::derive(move || format!(" {}", who())) />
                </button>
            </td>
        </tr>
    }
}
