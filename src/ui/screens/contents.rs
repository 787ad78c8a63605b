//! The Mentorship contents screen: what is delivered, with the coverage
//! matrix (mandatory/optional × transversal/tailor-made) and filters.

use leptos::prelude::*;
use rust_i18n::t;

use crate::model::{
    Decimal2, Draft, Field, Form, Id, MentorshipContent, Person, PersonRole, Requirement, Scope,
};
use crate::text::display_title;
use crate::ui::context::{EditorCtx, use_editor};
use crate::ui::labels;
use crate::ui::text::{hours_text, singular};
use crate::ui::widgets::lens::{Cards, choice, choices, field, pushed, text};
use crate::ui::widgets::{
    DecimalField, Hidden, IdChecklist, ItemCard, ItemList, Screen, SelectField, TextField,
    add_and_open, duplicate_and_open, title_and_summary,
};

/// Which contents the list shows; an empty string means "any".
#[derive(Clone, Copy)]
struct Filters {
    phase: RwSignal<String>,
    requirement: RwSignal<String>,
    scope: RwSignal<String>,
    delivery: RwSignal<String>,
}

impl Filters {
    fn matches(&self, c: &MentorshipContent) -> bool {
        let phase = self.phase.get();
        let req = self.requirement.get();
        let scope = self.scope.get();
        let delivery = self.delivery.get();
        (phase.is_empty() || c.phase_ids.iter().any(|p| p.to_string() == phase))
            && (req.is_empty() || labels::key(c.requirement) == req)
            && (scope.is_empty() || labels::key(c.scope) == scope)
            && (delivery.is_empty() || labels::key(c.delivery) == delivery)
    }

    fn clear(&self) {
        for s in [self.phase, self.requirement, self.scope, self.delivery] {
            s.set(String::new());
        }
    }

    fn any(&self) -> bool {
        [self.phase, self.requirement, self.scope, self.delivery]
            .iter()
            .any(|s| !s.get().is_empty())
    }
}

/// Contents and hours per requirement and scope; each cell also filters
/// the list to its contents.
#[component]
fn CoverageMatrix(filters: Filters) -> impl IntoView {
    let ctx = expect_context::<EditorCtx>();
    let coverage = Memo::new(move |_| ctx.draft().with(|d| d.coverage()));
    let cell = move |r: Requirement, s: Scope| {
        let pressed = move || {
            filters.requirement.get() == labels::key(r) && filters.scope.get() == labels::key(s)
        };
        view! {
            <td>
                <button type="button" class="cell" aria-pressed=move || pressed().to_string()
                    on:click=move |_| {
                        if pressed() {
                            filters.requirement.set(String::new());
                            filters.scope.set(String::new());
                        } else {
                            filters.requirement.set(labels::key(r));
                            filters.scope.set(labels::key(s));
                        }
                    }>
                    {move || {
                        let c = coverage.get().cell(r, s);
                        let hours = hours_text(c.hours);
                        if singular(Decimal2::whole(c.count as u64)) {
                            t!("contents.cell_one", count = c.count, hours = hours)
                        } else {
                            t!("contents.cell_many", count = c.count, hours = hours)
                        }
                    }}
                    <Hidden text=format!(
                        " {}",
                        t!(
                            "contents.cell_name",
                            requirement = labels::requirement(r),
                            scope = labels::scope(s).to_lowercase()
                        )
                    ) />
                </button>
            </td>
        }
    };
    view! {
        <table class="coverage">
            <caption>{t!("contents.coverage")}</caption>
            <thead>
                <tr>
                    <td></td>
                    <th scope="col">{labels::scope(Scope::Transversal)}<span class="hint">" "{t!("contents.every_participant")}</span></th>
                    <th scope="col">{labels::scope(Scope::TailorMade)}<span class="hint">" "{t!("contents.per_participant")}</span></th>
                </tr>
            </thead>
            <tbody>
                {labels::REQUIREMENTS
                    .iter()
                    .map(|&r| view! {
                        <tr>
                            <th scope="row">{labels::requirement(r)}</th>
                            {cell(r, Scope::Transversal)}
                            {cell(r, Scope::TailorMade)}
                        </tr>
                    })
                    .collect_view()}
            </tbody>
        </table>
    }
}

#[component]
pub fn ContentsScreen() -> impl IntoView {
    let (ctx, draft) = use_editor();
    let filters = Filters {
        phase: RwSignal::new(String::new()),
        requirement: RwSignal::new(String::new()),
        scope: RwSignal::new(String::new()),
        delivery: RwSignal::new(String::new()),
    };
    let shown = Memo::new(move |_| {
        draft.with(|d| {
            d.contents
                .iter()
                .filter(|c| filters.matches(c))
                .map(|c| c.id)
                .collect::<Vec<_>>()
        })
    });
    let total = move || draft.with(|d| d.contents.len());
    // Cards read pushed copies, never the draft: see `Cards`.
    Cards::<MentorshipContent>::provide(ctx);
    provide_context(PhaseIds(pushed(ctx, |d| {
        d.phases.iter().map(|p| p.id).collect()
    })));
    let add = move |_| {
        filters.clear();
        add_and_open(ctx, Draft::add_content, Form::Content, "title");
    };
    // A memo: the filter is drawn again only when the phases change.
    let phase_filter_options = Memo::new(move |_| draft.with(super::phase_options));

    view! {
        <Screen title=t!("contents.title") guide="contents" questions=[
                t!("contents.question_every_participant"),
                t!("contents.question_who_delivers"),
                t!("contents.question_placed"),
            ]>
            <CoverageMatrix filters=filters />
            <div class="filters" role="search" aria-label=t!("contents.filters")>
                {move || {
                    let options = phase_filter_options.get();
                    view! {
                        <SelectField label=t!("contents.filter_phase") id="filter-phase" value=filters.phase
                            set=Callback::new(move |v| filters.phase.set(v)) placeholder=t!("contents.any_phase") options=options />
                    }
                }}
                <SelectField label=t!("contents.filter_requirement") id="filter-requirement" value=filters.requirement
                    set=Callback::new(move |v| filters.requirement.set(v)) placeholder=t!("contents.any")
                    options=labels::options(labels::REQUIREMENTS, labels::requirement) />
                <SelectField label=t!("contents.filter_scope") id="filter-scope" value=filters.scope
                    set=Callback::new(move |v| filters.scope.set(v)) placeholder=t!("contents.any")
                    options=labels::options(labels::SCOPES, labels::scope) />
                <SelectField label=t!("contents.filter_delivery") id="filter-delivery" value=filters.delivery
                    set=Callback::new(move |v| filters.delivery.set(v)) placeholder=t!("contents.any")
                    options=labels::options(labels::DELIVERIES, labels::delivery) />
            </div>
            <p class="meta" aria-live="polite">
                {move || t!("contents.showing", shown = shown.with(Vec::len), total = total())}
                <Show when=move || filters.any()>
                    " "
                    <button type="button" class="link" on:click=move |_| filters.clear()>{t!("contents.show_all")}</button>
                </Show>
            </p>
            <ItemList label=t!("contents.title") each=move || shown.get() card={|id| view! { <ContentCard id=id /> }}>
                <button type="button" on:click=add>{t!("contents.add")}</button>
            </ItemList>
        </Screen>
    }
}

/// The ids of the phases, for the cards' "in N phases".
#[derive(Clone, Copy)]
struct PhaseIds(ReadSignal<Vec<Id>>);

#[component]
fn ContentCard(id: Id) -> impl IntoView {
    let ctx = expect_context::<EditorCtx>();
    let cards = expect_context::<Cards<MentorshipContent>>();
    let PhaseIds(phase_ids) = expect_context::<PhaseIds>();
    let facts = Memo::new(move |_| {
        phase_ids.with(|live| {
            cards.with(id, |c| {
                c.map(|c| {
                    let mut bits = vec![
                        labels::requirement(c.requirement).to_string(),
                        labels::scope(c.scope).to_string(),
                        labels::delivery(c.delivery).to_string(),
                    ];
                    if let Some(f) = c.format {
                        bits.push(labels::content_format(f).to_string());
                    }
                    if let Some(h) = c.hours {
                        bits.push(hours_text(h));
                    }
                    let phases = c.phase_ids.iter().filter(|p| live.contains(p)).count();
                    bits.push(match phases {
                        0 => t!("contents.in_no_phase").into_owned(),
                        1 => t!("contents.in_one_phase").into_owned(),
                        n => t!("contents.in_phases", n = n).into_owned(),
                    });
                    (display_title(&c.title).to_string(), bits.join(" · "))
                })
            })
        })
    });
    let (title, summary) = title_and_summary(facts);
    let on_duplicate =
        duplicate_and_open(ctx, id, Draft::duplicate_content, Form::Content, "title");
    view! {
        <ItemCard id title summary
            delete=|d, id| { d.delete_content(id); } deleted=|name| t!("contents.deleted", name = name).into_owned()
            on_duplicate=on_duplicate>
            <ContentForm id=id />
        </ItemCard>
    }
}

#[component]
fn ContentForm(id: Id) -> impl IntoView {
    let (ctx, draft) = use_editor();
    type C = MentorshipContent;
    let (title, set_title) = text::<C>(ctx, id, |c| &c.title, |c| &mut c.title);
    let (description, set_description) =
        text::<C>(ctx, id, |c| &c.description, |c| &mut c.description);
    let (requirement, set_requirement) =
        choice::<C, _>(ctx, id, |c| c.requirement, |c, v| c.requirement = v);
    let (scope, set_scope) = choice::<C, _>(ctx, id, |c| c.scope, |c, v| c.scope = v);
    let (delivery, set_delivery) = choice::<C, _>(ctx, id, |c| c.delivery, |c, v| c.delivery = v);
    let (format, set_format) = choice::<C, _>(ctx, id, |c| c.format, |c, v| c.format = v);
    let (hours, set_hours) = field::<C, Option<Decimal2>>(ctx, id, |c| c.hours, |c, v| c.hours = v);
    let (phases, set_phases) =
        field::<C, Vec<Id>>(ctx, id, |c| c.phase_ids.clone(), |c, v| c.phase_ids = v);
    let (experts, set_experts) =
        field::<C, Vec<Id>>(ctx, id, |c| c.expert_ids.clone(), |c, v| c.expert_ids = v);
    let phase_choices = Signal::derive(move || draft.with(crate::text::numbered_phases));
    let expert_choices = choices::<Person>(ctx, |p| &p.name, |_, p| p.role == PersonRole::Expert);
    view! {
        <div class="item-form-body">
            <div class="form-grid">
                <TextField label=t!("contents.field_title") id=Field::item(Form::Content, id, "title").element_id() value=title set=set_title />
                <SelectField label=t!("contents.requirement") id=Field::item(Form::Content, id, "requirement").element_id() value=requirement set=set_requirement
                    options=labels::options(labels::REQUIREMENTS, labels::requirement) />
                <SelectField label=t!("contents.scope") id=Field::item(Form::Content, id, "scope").element_id() value=scope set=set_scope
                    options=labels::options(labels::SCOPES, labels::scope)
                    hint=t!("contents.scope_hint") />
                <SelectField label=t!("contents.delivery") id=Field::item(Form::Content, id, "delivery").element_id() value=delivery set=set_delivery
                    options=labels::options(labels::DELIVERIES, labels::delivery) />
                <SelectField label=t!("contents.format") id=Field::item(Form::Content, id, "format").element_id() value=format set=set_format
                    placeholder=t!("contents.not_decided") options=labels::options(labels::FORMATS, labels::content_format) />
                <DecimalField label=t!("contents.hours") id=Field::item(Form::Content, id, "hours").element_id() value=hours set=set_hours />
            </div>
            <TextField label=t!("contents.description") id=Field::item(Form::Content, id, "description").element_id() value=description set=set_description rows=3 />
            <IdChecklist legend=t!("contents.phases") empty=t!("contents.no_phases") id=Field::item(Form::Content, id, "phases").element_id()
                options=phase_choices selected=phases set=set_phases />
            <IdChecklist legend=t!("contents.experts") empty=t!("contents.no_experts") id=Field::item(Form::Content, id, "experts").element_id()
                options=expert_choices selected=experts set=set_experts />
        </div>
    }
}
