//! The Overview screen: what the programme is, who runs it, who it is for.

use leptos::prelude::*;
use rust_i18n::t;

use crate::model::{
    Draft, Field, Form, Goal, Id, MAX_AGE, OrganisationKind, Organiser, Overview, WhoApplies,
};
use crate::ui::context::{EditorCtx, use_editor};
use crate::ui::labels;
use crate::ui::widgets::lens;
use crate::ui::widgets::{LinesField, NumberField, RowCard, Screen, SelectField, TextField};

#[component]
pub fn OverviewScreen() -> impl IntoView {
    let (ctx, draft) = use_editor();
    let text = lens::in_section::<Overview, String>;
    let date = lens::section_date::<Overview>;
    let (title, set_title) = text(ctx, |o| &o.title, |o| &mut o.title);
    let (tagline, set_tagline) = text(ctx, |o| &o.tagline, |o| &mut o.tagline);
    let (objectives, set_objectives) = text(ctx, |o| &o.objectives, |o| &mut o.objectives);
    let (other_goal, set_other_goal) = text(ctx, |o| &o.other_goal, |o| &mut o.other_goal);
    let (career, set_career) = text(
        ctx,
        |o| &o.target_group.career_stage,
        |o| &mut o.target_group.career_stage,
    );
    let (start, set_start) = date(ctx, |o| o.start, |o, v| o.start = v);
    let (end, set_end) = date(ctx, |o| o.end, |o, v| o.end = v);
    let end_error = Signal::derive(move || {
        draft.with(|d| match (d.overview.start, d.overview.end) {
            (Some(s), Some(e)) if e < s => Some(t!("overview.end_before_start").to_string()),
            _ => None,
        })
    });

    let places = Signal::derive(move || draft.with(|d| d.overview.places));
    let set_places = Callback::new(move |n: Option<u32>| {
        ctx.edit(|d| d.overview.places = n);
    });

    let currency = Signal::derive(move || draft.with(|d| d.overview.currency.code().to_string()));
    let set_currency = Callback::new(move |v: String| {
        if let Ok(c) = v.parse() {
            ctx.edit(|d| d.overview.currency = c);
        }
    });
    let currency_options = move || {
        let current = currency.get_untracked();
        let mut codes: Vec<String> = labels::CURRENCIES.iter().map(|c| c.to_string()).collect();
        if !codes.contains(&current) {
            codes.insert(0, current);
        }
        codes
            .into_iter()
            .map(|c| (c.clone(), c))
            .collect::<Vec<_>>()
    };

    let lines = |get, put| lens::in_section::<Overview, Vec<String>>(ctx, get, put);
    let (disciplines, set_disciplines) = lines(
        |o| &o.target_group.disciplines,
        |o| &mut o.target_group.disciplines,
    );
    let (countries, set_countries) = lines(
        |o| &o.target_group.eligible_countries,
        |o| &mut o.target_group.eligible_countries,
    );
    let (languages, set_languages) = lines(
        |o| &o.target_group.working_languages,
        |o| &mut o.target_group.working_languages,
    );

    view! {
        <Screen title=t!("overview.title") guide="overview" questions=[
                t!("overview.question_change"),
                t!("overview.question_for_whom"),
                t!("overview.question_partners"),
                t!("overview.question_places"),
            ]>
            <div class="form-grid">
                <TextField label=t!("overview.programme_title") id=Field::of(Form::Overview, "title").element_id() value=title set=set_title />
                <TextField label=t!("overview.tagline") id=Field::of(Form::Overview, "tagline").element_id() value=tagline set=set_tagline
                    hint=t!("overview.tagline_hint") />
            </div>

            <Organisers />

            <fieldset class="group">
                <legend>{t!("overview.target_group")}</legend>
                <fieldset class="choices">
                    <legend>{t!("overview.who")}</legend>
                    {choice_inputs("radio", Field::of(Form::Overview, "who"), &WhoApplies::ALL, labels::who_applies,
                        move |w| draft.with(|d| d.overview.target_group.who() == Some(w)),
                        move |w, _| { ctx.change(|d| d.overview.target_group.who = Some(w)); })}
                </fieldset>
                // Until who applies is chosen, choosing a profile says individuals do.
                <Show when=move || draft.with(|d| {
                    let t = &d.overview.target_group;
                    t.who().is_none() || t.individuals_apply()
                })>
                    <fieldset class="choices">
                        <legend>{t!("overview.profiles")}</legend>
                        {choice_inputs("radio", Field::of(Form::Overview, "profiles"),
                            labels::PROFILES, labels::profiles,
                            move |p| draft.with(|d| d.overview.target_group.profiles == Some(p)),
                            move |p, _| { ctx.change(|d| d.overview.target_group.profiles = Some(p)); })}
                    </fieldset>
                </Show>
                <Show when=move || draft.with(|d| d.overview.target_group.organisations_apply())>
                    <fieldset class="choices">
                        <legend>{t!("overview.organisation_kinds")}</legend>
                        {choice_inputs("checkbox", Field::of(Form::Overview, "organisation-kinds"), &OrganisationKind::ALL, labels::organisation_kind,
                            move |k| draft.with(|d| d.overview.target_group.organisation_kinds.contains(&k)),
                            move |k, on| { ctx.change(|d| toggle(&mut d.overview.target_group.organisation_kinds, k, on)); })}
                    </fieldset>
                </Show>
                <AgeLimits />
                <div class="form-grid">
                    <TextField label=t!("overview.career_stage") id=Field::of(Form::Overview, "career").element_id() value=career set=set_career
                        hint=t!("overview.career_stage_hint") />
                    <LinesField label=t!("overview.disciplines") id=Field::of(Form::Overview, "disciplines").element_id() value=disciplines set=set_disciplines />
                    <LinesField label=t!("overview.eligible_countries") id=Field::of(Form::Overview, "countries").element_id() value=countries set=set_countries />
                    <LinesField label=t!("overview.working_languages") id=Field::of(Form::Overview, "languages").element_id() value=languages set=set_languages />
                </div>
            </fieldset>

            <fieldset class="group choices">
                <legend>{t!("overview.goals")}</legend>
                {choice_inputs("checkbox", Field::of(Form::Overview, "goals"), &Goal::ALL, labels::goal,
                    move |g| draft.with(|d| d.overview.goals.contains(&g)),
                    move |g, on| { ctx.change(|d| toggle(&mut d.overview.goals, g, on)); })}
                <Show when=move || draft.with(|d| d.overview.goals.contains(&Goal::Other))>
                    <TextField label=t!("overview.other_goal") id=Field::of(Form::Overview, "other-goal").element_id() value=other_goal set=set_other_goal />
                </Show>
            </fieldset>

            <div class="form-grid">
                <NumberField label=t!("overview.places") id=Field::of(Form::Overview, "places").element_id() value=places set=set_places
                    range_error=t!("overview.places_whole_number") />
                <TextField label=t!("overview.starts") id=Field::of(Form::Overview, "start").element_id() value=start set=set_start kind="date" />
                <TextField label=t!("overview.ends") id=Field::of(Form::Overview, "end").element_id() value=end set=set_end kind="date" error=end_error />
                <SelectField label=t!("overview.currency") id=Field::of(Form::Overview, "currency").element_id() value=currency set=set_currency
                    options=currency_options() hint=t!("overview.currency_hint") />
            </div>
            <TextField label=t!("overview.objectives") id=Field::of(Form::Overview, "objectives").element_id() value=objectives set=set_objectives rows=6
                hint=t!("overview.objectives_hint") />
        </Screen>
    }
}

/// A radio button or checkbox (`kind`) per choice, the first one with the
/// field's id, which also names a radio group: a link to the group lands there.
fn choice_inputs<E: Copy + PartialEq + Send + Sync + 'static>(
    kind: &'static str,
    field: Field,
    all: &[E],
    label: fn(E) -> std::borrow::Cow<'static, str>,
    checked: impl Fn(E) -> bool + Copy + Send + Sync + 'static,
    change: impl Fn(E, bool) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let first = all.first().copied();
    let id = field.element_id();
    all.iter()
        .map(|&x| {
            view! {
                <label class="choice">
                    <input
                        type=kind
                        name=(kind == "radio").then(|| id.clone())
                        id=(Some(x) == first).then(|| id.clone())
                        prop:checked=move || checked(x)
                        on:change=move |ev| change(x, event_target_checked(&ev))
                    />
                    {label(x)}
                </label>
            }
        })
        .collect_view()
}

/// Puts `x` in `list` or takes it out.
fn toggle<E: PartialEq>(list: &mut Vec<E>, x: E, on: bool) {
    list.retain(|y| *y != x);
    if on {
        list.push(x);
    }
}

#[component]
fn Organisers() -> impl IntoView {
    let ctx = expect_context::<EditorCtx>();
    let ids = lens::ids::<Organiser>(ctx);
    let add = move |_| {
        // The keyboard goes on to the new organiser's name.
        if let Some(id) = ctx.change(Draft::add_organiser) {
            ctx.focus_field(Field::item(Form::Organiser, id, "name"));
        }
    };
    view! {
        <fieldset class="group">
            <legend>{t!("overview.organisers")}</legend>
            <p class="hint">{t!("overview.organisers_hint")}</p>
            <ol class="rows">
                <For each=ids key=|id| *id let:id>
                    <OrganiserRow id=id />
                </For>
            </ol>
            <button type="button" class="secondary" id=Field::of(Form::Overview, "organisers").element_id() on:click=add>{t!("overview.add_organiser")}</button>
        </fieldset>
    }
}

#[component]
fn OrganiserRow(id: Id) -> impl IntoView {
    let ctx = expect_context::<EditorCtx>();
    let organiser_text = lens::text::<Organiser>;
    let (name, set_name) = organiser_text(ctx, id, |o| &o.name, |o| &mut o.name);
    let (country, set_country) = organiser_text(ctx, id, |o| &o.country, |o| &mut o.country);
    let (website, set_website) = organiser_text(ctx, id, |o| &o.website, |o| &mut o.website);
    let (contact, set_contact) = organiser_text(ctx, id, |o| &o.contact, |o| &mut o.contact);
    let (role, set_role) = lens::choice::<Organiser, _>(ctx, id, |o| o.role, |o, v| o.role = v);
    let remove = Callback::new(move |_| {
        ctx.change(|d| d.remove_organiser(id));
    });
    let whom = Signal::derive(move || {
        let n = name.get();
        if n.trim().is_empty() {
            format!(" {}", t!("overview.this_organiser"))
        } else {
            format!(" {}", n.trim())
        }
    });
    view! {
        <RowCard remove_label=t!("overview.remove") named=whom add_id=Field::of(Form::Overview, "organisers").element_id() on_remove=remove>
            <SelectField label=t!("overview.role") id=Field::item(Form::Organiser, id, "role").element_id() value=role set=set_role
                options=labels::options(labels::ORGANISER_ROLES, labels::organiser_role) />
            <TextField label=t!("overview.name") id=Field::item(Form::Organiser, id, "name").element_id() value=name set=set_name />
            <TextField label=t!("overview.country") id=Field::item(Form::Organiser, id, "country").element_id() value=country set=set_country />
            <TextField label=t!("overview.website") id=Field::item(Form::Organiser, id, "website").element_id() value=website set=set_website kind="url" />
            <TextField label=t!("overview.contact") id=Field::item(Form::Organiser, id, "contact").element_id() value=contact set=set_contact
                hint=t!("overview.contact_hint") />
        </RowCard>
    }
}

/// Minimum and maximum age, each optional, and the day age is counted on.
#[component]
fn AgeLimits() -> impl IntoView {
    let (ctx, draft) = use_editor();
    let age = |get, put| lens::in_section::<Overview, Option<u32>>(ctx, get, put);
    let (min, set_min) = age(|o| &o.target_group.min_age, |o| &mut o.target_group.min_age);
    let (max, set_max) = age(|o| &o.target_group.max_age, |o| &mut o.target_group.max_age);
    let inverted = Signal::derive(move || {
        draft
            .with(|d| d.overview.target_group.ages_inverted())
            .then(|| t!("overview.ages_inverted").into_owned())
    });
    let (age_on, set_age_on) = lens::section_date::<Overview>(
        ctx,
        |o| o.target_group.age_on,
        |o, v| o.target_group.age_on = v,
    );
    view! {
        <fieldset class="group">
            <legend>{t!("overview.age_limits")}</legend>
            <p class="hint">{t!("overview.age_limits_hint")}</p>
            <div class="form-grid">
                <NumberField label=t!("overview.min_age") id=Field::of(Form::Overview, "min-age").element_id() value=min set=set_min
                    max=MAX_AGE range_error=t!("overview.not_an_age", max = MAX_AGE) />
                <NumberField label=t!("overview.max_age") id=Field::of(Form::Overview, "max-age").element_id() value=max set=set_max
                    max=MAX_AGE range_error=t!("overview.not_an_age", max = MAX_AGE)
                    error=inverted hint=t!("overview.max_age_hint") />
                <TextField label=t!("overview.age_on") id=Field::of(Form::Overview, "age-on").element_id() value=age_on set=set_age_on kind="date"
                    hint=t!("overview.age_on_hint") />
            </div>
        </fieldset>
    }
}
