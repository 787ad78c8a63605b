//! The Mentorship contents screen: what is delivered, with the coverage
//! matrix (mandatory/optional × transversal/tailor-made) and filters.

use leptos::prelude::*;

use super::editor::EditorCtx;
use super::fields::{
    DecimalField, Guide, Hidden, IdChecklist, ItemCard, SelectField, TextArea, TextField,
};
use super::labels;
use super::lens::{field, text};
use super::phases::hours_text;
use crate::model::{
    ContentFormat, Decimal2, Delivery, Draft, Id, MentorshipContent, PersonRole, Requirement,
    Scope, display_name, display_title,
};

const QUESTIONS: &[&str] = &[
    "What must every participant receive (mandatory, transversal), and what is chosen or shaped per person?",
    "Who delivers each content: our staff, external experts, peers, or the participants themselves?",
    "Is every mandatory content placed in a phase, with the hours it really needs?",
];

const DELIVERIES: [Delivery; 4] = [
    Delivery::Staff,
    Delivery::ExternalExpert,
    Delivery::Peer,
    Delivery::SelfStudy,
];
const FORMATS: [ContentFormat; 6] = [
    ContentFormat::Workshop,
    ContentFormat::OneToOne,
    ContentFormat::GroupSession,
    ContentFormat::Webinar,
    ContentFormat::StudyVisit,
    ContentFormat::Resource,
];

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

#[component]
pub fn ContentsScreen() -> impl IntoView {
    let ctx = expect_context::<EditorCtx>();
    let draft = ctx.draft;
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
    let add = move |_| {
        filters.clear();
        ctx.begin_step();
        let mut added = None;
        draft.update(|d| added = Some(d.add_content()));
        if let Some(id) = added {
            ctx.open_item.set(Some(id));
            ctx.focus_later(format!("content-{id}-title"));
        }
    };
    let phase_filter_options = Signal::derive(move || {
        draft.with(|d| {
            d.numbered_phases()
                .into_iter()
                .map(|(id, l)| (id.to_string(), l))
                .collect::<Vec<_>>()
        })
    });

    view! {
        <section class="screen" aria-labelledby="screen-title">
            <h2 id="screen-title">"Mentorship contents"</h2>
            <Guide id="contents" questions=QUESTIONS />
            <CoverageMatrix filters=filters />
            <div class="filters" role="search" aria-label="Filter the contents">
                {move || {
                    let options = phase_filter_options.get();
                    view! {
                        <SelectField label="Filter by phase" id="filter-phase" value=filters.phase
                            set=Callback::new(move |v| filters.phase.set(v)) placeholder="Any phase" options=options />
                    }
                }}
                <SelectField label="Filter by requirement" id="filter-requirement" value=filters.requirement
                    set=Callback::new(move |v| filters.requirement.set(v)) placeholder="Any"
                    options=labels::options(&[Requirement::Mandatory, Requirement::Optional], labels::requirement) />
                <SelectField label="Filter by scope" id="filter-scope" value=filters.scope
                    set=Callback::new(move |v| filters.scope.set(v)) placeholder="Any"
                    options=labels::options(&[Scope::Transversal, Scope::TailorMade], labels::scope) />
                <SelectField label="Filter by delivery" id="filter-delivery" value=filters.delivery
                    set=Callback::new(move |v| filters.delivery.set(v)) placeholder="Any"
                    options=labels::options(&DELIVERIES, labels::delivery) />
            </div>
            <p class="meta" aria-live="polite">
                {move || format!("Showing {} of {} contents.", shown.with(Vec::len), total())}
                <Show when=move || filters.any()>
                    " "
                    <button type="button" class="link" on:click=move |_| filters.clear()>"Show all"</button>
                </Show>
            </p>
            <ul class="item-list" aria-label="Mentorship contents">
                <For each=move || shown.get() key=|id| *id let:id>
                    <ContentCard id=id />
                </For>
            </ul>
            <div class="add-row">
                <button type="button" on:click=add>"Add a content"</button>
            </div>
        </section>
    }
}

#[component]
fn CoverageMatrix(filters: Filters) -> impl IntoView {
    let ctx = expect_context::<EditorCtx>();
    let coverage = Memo::new(move |_| ctx.draft.with(|d| d.coverage()));
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
                        let noun = if c.count == 1 { "content" } else { "contents" };
                        format!("{} {noun} · {}", c.count, hours_text(c.hours))
                    }}
                    <Hidden text=format!(" {} and {}", labels::requirement(r), labels::scope(s).to_lowercase()) />
                </button>
            </td>
        }
    };
    view! {
        <table class="coverage">
            <caption>"Coverage: select a cell to list its contents"</caption>
            <thead>
                <tr>
                    <td></td>
                    <th scope="col">{labels::scope(Scope::Transversal)}<span class="hint">" (every participant)"</span></th>
                    <th scope="col">{labels::scope(Scope::TailorMade)}<span class="hint">" (per participant)"</span></th>
                </tr>
            </thead>
            <tbody>
                {[Requirement::Mandatory, Requirement::Optional]
                    .into_iter()
                    .map(|r| view! {
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
fn ContentCard(id: Id) -> impl IntoView {
    let ctx = expect_context::<EditorCtx>();
    let draft = ctx.draft;
    let summary = Memo::new(move |_| {
        draft.with(|d| {
            d.contents.iter().find(|c| c.id == id).map(|c| {
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
                let phases = c
                    .phase_ids
                    .iter()
                    .filter(|p| d.phase(**p).is_some())
                    .count();
                bits.push(match phases {
                    0 => "in no phase".to_string(),
                    1 => "in 1 phase".to_string(),
                    n => format!("in {n} phases"),
                });
                (display_title(&c.title).to_string(), bits.join(" · "))
            })
        })
    });
    let title = Signal::derive(move || summary.get().map(|s| s.0).unwrap_or_default());
    let on_duplicate = Callback::new(move |_| {
        ctx.begin_step();
        let mut copy = None;
        draft.update(|d| copy = d.duplicate_content(id));
        if let Some(c) = copy {
            ctx.open_item.set(Some(c));
            ctx.focus_later(format!("content-{c}-title"));
        }
    });
    let on_delete = Callback::new(move |_| {
        let name = title.get_untracked();
        ctx.begin_step();
        draft.update(|d| {
            d.delete_content(id);
        });
        ctx.deleted(format!("Content “{name}” deleted."));
    });
    view! {
        <ItemCard id title summary=Signal::derive(move || summary.get().map(|s| s.1).unwrap_or_default())
            on_delete on_duplicate=on_duplicate>
            <ContentForm id=id />
        </ItemCard>
    }
}

#[component]
fn ContentForm(id: Id) -> impl IntoView {
    let ctx = expect_context::<EditorCtx>();
    let draft = ctx.draft;
    type C = MentorshipContent;
    let (title, set_title) = text::<C>(draft, id, |c| &c.title, |c| &mut c.title);
    let (description, set_description) =
        text::<C>(draft, id, |c| &c.description, |c| &mut c.description);
    let (requirement, set_requirement) = field::<C, String>(
        draft,
        id,
        |c| labels::key(c.requirement),
        |c, v| c.requirement = labels::from_key(&v).unwrap_or_default(),
    );
    let (scope, set_scope) = field::<C, String>(
        draft,
        id,
        |c| labels::key(c.scope),
        |c, v| c.scope = labels::from_key(&v).unwrap_or_default(),
    );
    let (delivery, set_delivery) = field::<C, String>(
        draft,
        id,
        |c| labels::key(c.delivery),
        |c, v| c.delivery = labels::from_key(&v).unwrap_or_default(),
    );
    let (format, set_format) = field::<C, String>(
        draft,
        id,
        |c| c.format.map(labels::key).unwrap_or_default(),
        |c, v| c.format = labels::from_key(&v),
    );
    let (hours, set_hours) =
        field::<C, Option<Decimal2>>(draft, id, |c| c.hours, |c, v| c.hours = v);
    let (phases, set_phases) =
        field::<C, Vec<Id>>(draft, id, |c| c.phase_ids.clone(), |c, v| c.phase_ids = v);
    let (experts, set_experts) =
        field::<C, Vec<Id>>(draft, id, |c| c.expert_ids.clone(), |c, v| c.expert_ids = v);
    let phase_choices = Signal::derive(move || draft.with(Draft::numbered_phases));
    let expert_choices = Signal::derive(move || {
        draft.with(|d| {
            d.people
                .iter()
                .filter(|p| p.role == PersonRole::Expert)
                .map(|p| (p.id, display_name(&p.name).to_string()))
                .collect::<Vec<_>>()
        })
    });
    view! {
        <div class="item-form-body">
            <div class="form-grid">
                <TextField label="Title" id=format!("content-{id}-title") value=title set=set_title />
                <SelectField label="Requirement" id=format!("content-{id}-requirement") value=requirement set=set_requirement
                    options=labels::options(&[Requirement::Mandatory, Requirement::Optional], labels::requirement) />
                <SelectField label="Scope" id=format!("content-{id}-scope") value=scope set=set_scope
                    options=labels::options(&[Scope::Transversal, Scope::TailorMade], labels::scope)
                    hint="Transversal: for every participant. Tailor-made: shaped per participant." />
                <SelectField label="Delivery" id=format!("content-{id}-delivery") value=delivery set=set_delivery
                    options=labels::options(&DELIVERIES, labels::delivery) />
                <SelectField label="Format" id=format!("content-{id}-format") value=format set=set_format
                    placeholder="Not decided yet" options=labels::options(&FORMATS, labels::content_format) />
                <DecimalField label="Hours per participant" id=format!("content-{id}-hours") value=hours set=set_hours />
            </div>
            <TextArea label="Description" id=format!("content-{id}-description") value=description set=set_description rows=3 />
            <IdChecklist legend="Phases" empty="No phases yet: add them on the Phases screen."
                options=phase_choices selected=phases set=set_phases />
            <IdChecklist legend="Experts" empty="No external experts yet: add them on the Experts screen."
                options=expert_choices selected=experts set=set_experts />
        </div>
    }
}
