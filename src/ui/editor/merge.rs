//! Comparing the open programme with another version of it (a partner's
//! file) and merging the two: every difference by part and item, settled in
//! advance where only one side changed since the common version, asked
//! where both did; the result applied as one undo step, with both versions
//! kept in the trash.

use std::borrow::Cow;
use std::collections::HashMap;

use leptos::prelude::*;
use rust_i18n::t;
use serde_json::Value;

use crate::merge::{
    Change, Decision, Difference, Kind, MergeError, Path, Piece, Side, Step, compare, merge,
    word_diff,
};
use crate::model::{Date, Draft, Id};
use crate::text::display_title;
use crate::ui::browser;
use crate::ui::context::EditorCtx;
use crate::ui::route::Screen;
use crate::ui::state::use_state;
use crate::ui::text::date_text;

/// The comparison of the open draft with `theirs`, and the merge.
#[component]
pub fn MergePanel(theirs: Draft) -> impl IntoView {
    let state = use_state();
    let ctx = expect_context::<EditorCtx>();
    let id = theirs.id;
    let base = state.read(|l| l.base(id));
    let known = base.is_some();
    let theirs = StoredValue::new(theirs);
    let base = StoredValue::new(base);
    let differences = Memo::new(move |_| {
        ctx.draft
            .with(|mine| base.with_value(|b| theirs.with_value(|t| compare(b.as_ref(), mine, t))))
    });
    let names = Memo::new(move |_| {
        let mut names = HashMap::new();
        ctx.draft
            .with(|mine| collect_names(&tree(mine), &mut names));
        theirs.with_value(|t| collect_names(&tree(t), &mut names));
        names
    });
    // What the user chose; a difference not chosen keeps its settled side.
    let chosen = RwSignal::new(HashMap::<Path, Decision>::new());
    let problems = RwSignal::new(Vec::<String>::new());
    let decision = move |d: &Difference| {
        chosen
            .with(|c| c.get(&d.path).copied())
            .or(d.settled().map(Decision::Take))
    };
    let open = move || differences.with(|all| all.iter().filter(|d| decision(d).is_none()).count());
    let choose_all = move |part: String, side: Side| {
        differences.with_untracked(|all| {
            chosen.update(|c| {
                for d in all.iter().filter(|d| d.part() == part) {
                    c.insert(d.path.clone(), Decision::Take(side));
                }
            })
        });
    };
    let close = move || state.incoming.set(None);
    let apply = move |_| {
        let result = ctx.draft.with_untracked(|mine| {
            base.with_value(|b| {
                theirs.with_value(|t| chosen.with_untracked(|c| merge(b.as_ref(), mine, t, c)))
            })
        });
        match result {
            Ok(merged) => {
                let now = browser::now();
                let before = ctx.draft.get_untracked();
                let title = display_title(&before.overview.title).into_owned();
                let kept = state.write(|l| {
                    theirs.with_value(|t| {
                        l.keep_in_trash(&before, &t!("merge.before_title", title = title), &now)?;
                        l.keep_in_trash(t, &t!("merge.theirs_title", title = title), &now)?;
                        l.keep_base(t, &now);
                        Ok::<(), crate::store::StorageError>(())
                    })
                });
                if let Some(Err(e)) = kept {
                    problems.set(vec![t!("merge.not_kept", error = e).into_owned()]);
                    return;
                }
                ctx.begin_step();
                ctx.draft.set(merged);
                close();
                ctx.announce(t!("merge.done").into_owned());
            }
            Err(MergeError::Unsound(found)) => problems.set(
                found
                    .iter()
                    .map(|p| {
                        format!(
                            "{}: {}",
                            p.path,
                            crate::format::words::issue(&p.issue, crate::text::lang())
                        )
                    })
                    .collect(),
            ),
            Err(MergeError::Undecided(_)) => problems.set(vec![t!("merge.undecided").into_owned()]),
            Err(MergeError::NotTheSameProgramme) => {
                problems.set(vec![t!("merge.not_the_same").into_owned()])
            }
            Err(MergeError::Unreadable(e)) => problems.set(vec![e]),
        }
    };

    // Nothing to merge yet: a difference without a choice, or none at all.
    let blocked = move || open() > 0 || differences.with(Vec::is_empty);
    let parts = move || {
        let all = differences.get();
        let mut parts: Vec<(String, Vec<Difference>)> = Vec::new();
        for d in all {
            match parts.iter_mut().find(|(p, _)| p == d.part()) {
                Some((_, list)) => list.push(d),
                None => parts.push((d.part().to_string(), vec![d])),
            }
        }
        parts
    };

    view! {
        <section class="merge" aria-labelledby="merge-title">
            <h2 id="merge-title">{t!("merge.title")}</h2>
            <p class="hint">{if known { t!("merge.with_base") } else { t!("merge.without_base") }}</p>
            <p role="status">{move || {
                let n = differences.with(Vec::len);
                match (n, open()) {
                    (0, _) => t!("merge.same").into_owned(),
                    (n, 0) => t!("merge.count_settled", count = n).into_owned(),
                    (n, o) => t!("merge.count_open", count = n, open = o).into_owned(),
                }
            }}</p>
            <p class="merge-result">{move || {
                // What the merge will make of the two, as decided so far.
                let (mut mine, mut theirs, mut both) = (0, 0, 0);
                differences.with(|all| {
                    for d in all {
                        match decision(d) {
                            Some(Decision::Take(Side::Mine)) => mine += 1,
                            Some(Decision::Take(Side::Theirs)) => theirs += 1,
                            Some(Decision::BothTexts) => both += 1,
                            None => {}
                        }
                    }
                });
                t!("merge.result", theirs = theirs, mine = mine, both = both).into_owned()
            }}</p>
            {move || parts().into_iter().map(|(part, list)| {
                let (mine_part, their_part) = (part.clone(), part.clone());
                view! {
                    <section class="merge-part">
                        <h3>{part_label(&part)}</h3>
                        <p class="actions">
                            <button type="button" class="secondary" on:click=move |_| choose_all(mine_part.clone(), Side::Mine)>{t!("merge.all_mine")}</button>
                            <button type="button" class="secondary" on:click=move |_| choose_all(their_part.clone(), Side::Theirs)>{t!("merge.all_theirs")}</button>
                        </p>
                        <ul class="differences">
                            {list.into_iter().map(|d| view! { <DifferenceRow d=d names=names chosen=chosen /> }).collect_view()}
                        </ul>
                    </section>
                }
            }).collect_view()}
            <div role="alert">
                {move || {
                    let found = problems.get();
                    (!found.is_empty()).then(|| view! {
                        <div class="banner error">
                            <p>{t!("merge.unsound")}</p>
                            <ul>{found.into_iter().map(|p| view! { <li>{p}</li> }).collect_view()}</ul>
                        </div>
                    })
                }}
            </div>
            <p class="actions">
                <button type="button" on:click=apply disabled=blocked>
                    {t!("merge.apply")}
                </button>
                <button type="button" class="secondary" on:click=move |_| close()>{t!("merge.cancel")}</button>
            </p>
        </section>
    }
}

/// One difference: where, what, the two values, and the choice.
#[component]
fn DifferenceRow(
    d: Difference,
    names: Memo<HashMap<Id, String>>,
    chosen: RwSignal<HashMap<Path, Decision>>,
) -> impl IntoView {
    let place = names.with_untracked(|n| place(&d.path, n));
    let what = kind_words(&d);
    let (mine, theirs) = match long_texts(&d) {
        Some(pieces) => (side(&pieces, Piece::Removed), side(&pieces, Piece::Added)),
        None => {
            let (mine, theirs) = values(&d);
            (mine.into_any(), theirs.into_any())
        }
    };
    let key = path_key(&d.path);
    let settled = d.settled();
    let both = d.both_texts();
    let path = d.path.clone();
    let current = move || {
        chosen
            .with(|c| c.get(&path).copied())
            .or(settled.map(Decision::Take))
    };
    let option = move |value: Decision, label: Cow<'static, str>| {
        let path = d.path.clone();
        let id = format!(
            "{key}-{}",
            match value {
                Decision::Take(Side::Mine) => "mine",
                Decision::Take(Side::Theirs) => "theirs",
                Decision::BothTexts => "both",
            }
        );
        let checked = current.clone();
        view! {
            <span class="choice">
                <input type="radio" id=id.clone() name=key.clone() prop:checked={move || checked() == Some(value)}
                    on:change=move |_| chosen.update(|c| { c.insert(path.clone(), value); }) />
                <label for=id>{label}</label>
            </span>
        }
    };
    view! {
        <li class="difference" class:conflict=settled.is_none()>
            <fieldset>
                <legend><span class="where">{place}</span>" — "<span class="what">{what}</span></legend>
                <dl class="versions">
                    <div><dt>{t!("merge.mine")}</dt><dd class="prose">{mine}</dd></div>
                    <div><dt>{t!("merge.theirs")}</dt><dd class="prose">{theirs}</dd></div>
                </dl>
                {option(Decision::Take(Side::Mine), t!("merge.keep_mine"))}
                {option(Decision::Take(Side::Theirs), t!("merge.take_theirs"))}
                {both.then(|| option(Decision::BothTexts, t!("merge.keep_both")))}
            </fieldset>
        </li>
    }
}

/// The word-by-word comparison of a text long enough to need one.
fn long_texts(d: &Difference) -> Option<Vec<(Piece, String)>> {
    match &d.change {
        Change::Field {
            mine: Some(Value::String(m)),
            theirs: Some(Value::String(t)),
            ..
        } if m.split_whitespace().count() > 8 || t.split_whitespace().count() > 8 => {
            Some(word_diff(m, t))
        }
        _ => None,
    }
}

/// One side of a word comparison: the words kept, and those only this side
/// has, marked as removed (mine) or added (theirs).
fn side(pieces: &[(Piece, String)], only: Piece) -> AnyView {
    pieces
        .iter()
        .filter(|(p, _)| *p == Piece::Same || *p == only)
        .map(|(p, text)| match p {
            Piece::Same => view! { <span>{text.clone()}</span> }.into_any(),
            Piece::Removed => view! { <del>{text.clone()}</del> }.into_any(),
            Piece::Added => view! { <ins>{text.clone()}</ins> }.into_any(),
        })
        .collect_view()
        .into_any()
}

/// A stable name for a place, for the radio group of its choice.
fn path_key(path: &Path) -> String {
    let parts: Vec<String> = path
        .iter()
        .map(|s| match s {
            Step::Field(f) => f.clone(),
            Step::Item(id) => id.to_string(),
        })
        .collect();
    format!("merge-{}", parts.join("-"))
}

fn tree(d: &Draft) -> Value {
    serde_json::to_value(d).unwrap_or(Value::Null)
}

/// The name of every item of a draft's lists, by id.
fn collect_names(v: &Value, out: &mut HashMap<Id, String>) {
    match v {
        Value::Array(items) => items.iter().for_each(|x| collect_names(x, out)),
        Value::Object(fields) => {
            if let Some(id) = fields
                .get("id")
                .and_then(Value::as_str)
                .and_then(|s| s.parse().ok())
            {
                let name = ["title", "name", "label", "indicator", "channel"]
                    .iter()
                    .find_map(|k| {
                        fields
                            .get(*k)
                            .and_then(Value::as_str)
                            .filter(|s| !s.trim().is_empty())
                    });
                out.entry(id)
                    .or_insert_with(|| display_title(name.unwrap_or_default()).into_owned());
            }
            fields.values().for_each(|x| collect_names(x, out));
        }
        _ => {}
    }
}

/// Where a difference is, in words: "Phases › Diagnostic › Start".
fn place(path: &Path, names: &HashMap<Id, String>) -> String {
    path.iter()
        .enumerate()
        .map(|(i, step)| match step {
            Step::Field(f) if i == 0 => part_label(f).into_owned(),
            Step::Field(f) => field_label(f),
            Step::Item(id) => names.get(id).cloned().unwrap_or_else(|| id.to_string()),
        })
        .collect::<Vec<_>>()
        .join(" › ")
}

fn part_label(part: &str) -> Cow<'static, str> {
    let screen = match part {
        "overview" => Screen::Overview,
        "phases" => Screen::Phases,
        "contents" => Screen::Contents,
        "people" => Screen::People,
        "selection" => Screen::Selection,
        "budget" => Screen::Budget,
        "milestones" => Screen::Planning,
        "communication" => Screen::Communication,
        "evaluation" => Screen::Evaluation,
        "call" => Screen::Call,
        "notes" => return t!("summary.notes"),
        other => return Cow::Owned(other.to_string()),
    };
    screen.label()
}

/// A field in words, in the interface language, as the Summary names it.
fn field_label(name: &str) -> String {
    let words = match name {
        "title" => t!("merge.field_title"),
        "tagline" => t!("merge.field_tagline"),
        "start" => t!("merge.field_start"),
        "end" => t!("merge.field_end"),
        "description" => t!("summary.description"),
        "kind" => t!("summary.kind"),
        "mode" => t!("summary.mode"),
        "hours" => t!("summary.hours"),
        "location" => t!("summary.location"),
        "name" => t!("summary.name"),
        "role" => t!("summary.role"),
        "expertise" => t!("summary.expertise"),
        "organisation" => t!("summary.organisation"),
        "country" => t!("summary.country"),
        "fee_per_day" => t!("summary.fee_per_day"),
        "days" => t!("summary.days"),
        "weight" => t!("summary.weight"),
        "label" => t!("summary.line"),
        "category" => t!("summary.category"),
        "unit_cost" => t!("summary.unit_cost"),
        "quantity" => t!("summary.quantity"),
        "funding" => t!("summary.funding"),
        "phase_id" | "phase_ids" => t!("summary.phases"),
        "expert_ids" => t!("summary.people"),
        "requirement" => t!("summary.requirement"),
        "scope" => t!("summary.scope"),
        "delivery" => t!("summary.delivery"),
        "format" => t!("summary.format"),
        "date" => t!("summary.date"),
        "channel" => t!("summary.channel"),
        "audience" => t!("summary.audience"),
        "message" => t!("summary.message"),
        "owner" => t!("summary.owner"),
        "indicator" => t!("summary.indicator"),
        "method" => t!("summary.method"),
        "target" => t!("summary.target"),
        "deadline" => t!("summary.deadline"),
        "results_date" => t!("summary.results_date"),
        "places" => t!("summary.places"),
        "currency" => t!("summary.currency"),
        "objectives" => t!("summary.objectives"),
        "eligibility" => t!("summary.eligibility"),
        "committee" => t!("summary.committee"),
        "steps" => t!("summary.steps"),
        "disciplines" => t!("summary.disciplines"),
        "goals" => t!("summary.goals"),
        "criteria" => t!("summary.criteria"),
        "organisers" => t!("summary.organisers"),
        "target_group" => t!("summary.profiles"),
        other => return other.replace('_', " "),
    };
    words.into_owned()
}

fn kind_words(d: &Difference) -> Cow<'static, str> {
    match d.kind() {
        Kind::AddedHere => t!("merge.added_here"),
        Kind::AddedThere => t!("merge.added_there"),
        Kind::RemovedHere => t!("merge.removed_here"),
        Kind::RemovedThere => t!("merge.removed_there"),
        Kind::OnlyHere => t!("merge.only_here"),
        Kind::OnlyThere => t!("merge.only_there"),
        Kind::Moved => t!("merge.moved"),
        Kind::Changed if d.settled().is_none() && d.who == crate::merge::Who::Both => {
            t!("merge.changed_both")
        }
        Kind::Changed => match d.settled() {
            Some(Side::Mine) => t!("merge.changed_here"),
            Some(Side::Theirs) => t!("merge.changed_there"),
            None => t!("merge.changed"),
        },
    }
}

/// The two sides of a difference, as a reader sees them.
fn values(d: &Difference) -> (String, String) {
    match &d.change {
        Change::Item { mine, theirs, .. } | Change::Field { mine, theirs, .. } => {
            (shown(mine.as_ref()), shown(theirs.as_ref()))
        }
        Change::Order { mine, theirs, .. } => (
            t!("merge.order", count = mine.len()).into_owned(),
            t!("merge.other_order", count = theirs.len()).into_owned(),
        ),
    }
}

/// A value of the format in words: a date as a date, an item by its name,
/// a list of lines joined; nothing is a dash.
fn shown(v: Option<&Value>) -> String {
    match v {
        None | Some(Value::Null) => "—".into(),
        Some(Value::String(s)) if s.trim().is_empty() => "—".into(),
        Some(Value::String(s)) => s
            .parse::<Date>()
            .map(date_text)
            .unwrap_or_else(|_| s.clone()),
        Some(Value::Bool(b)) => if *b {
            t!("summary.yes")
        } else {
            t!("summary.no")
        }
        .into_owned(),
        Some(Value::Number(n)) => n.to_string(),
        Some(Value::Array(items)) if items.is_empty() => "—".into(),
        Some(Value::Array(items)) => items
            .iter()
            .map(|x| shown(Some(x)))
            .collect::<Vec<_>>()
            .join(", "),
        Some(Value::Object(fields)) => ["title", "name", "label", "indicator", "channel"]
            .iter()
            .find_map(|k| fields.get(*k).and_then(Value::as_str))
            .map(|s| display_title(s).into_owned())
            .unwrap_or_else(|| t!("merge.an_item").into_owned()),
    }
}
