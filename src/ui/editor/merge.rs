//! Comparing the open programme with another version of it (a partner's
//! file) and merging the two: every difference by part and item, settled in
//! advance where only one side changed since the common version, asked
//! where both did; the result applied as one undo step, with both versions
//! kept in the trash.

use std::borrow::Cow;
use std::collections::HashMap;
use std::time::Duration;

use leptos::prelude::*;
use rust_i18n::t;

use crate::merge::{Decision, Difference, MergeError, Path, Piece, Side, compare, merge, tree};
use crate::model::{Draft, Id};
use crate::text::display_title;
use crate::ui::browser;
use crate::ui::context::EditorCtx;
use crate::ui::parts::part;
use crate::ui::state::use_state;

mod words;

/// How long the open draft's changes pause before it is compared again.
const COMPARE_DELAY_MS: u64 = 400;

use words::{collect_names, kind_words, long_texts, part_label, path_key, place, side, values};

part! { screens:
    /// The comparison of the open programme with another version of it.
    pub(super) fn panel(theirs: Draft) -> AnyView {
        view! { <MergePanel theirs=theirs /> }.into_any()
    }
}

/// The comparison of the open draft with `theirs`, and the merge.
#[component]
fn MergePanel(theirs: Draft) -> impl IntoView {
    let state = use_state();
    let ctx = expect_context::<EditorCtx>();
    let id = theirs.id;
    let base = state.read(|l| l.base(id));
    let known = base.is_some();
    let theirs = StoredValue::new(theirs);
    let base = StoredValue::new(base);
    // The comparison follows the open draft once its changes pause, not at
    // every key press: comparing two large versions costs more than a frame.
    let settled = RwSignal::new(0u32);
    let timer = StoredValue::new(None::<TimeoutHandle>);
    Effect::new(move |first: Option<()>| {
        ctx.draft().track();
        if first.is_some() {
            if let Some(t) = timer.get_value() {
                t.clear();
            }
            let settle = move || settled.update(|n| *n += 1);
            timer.set_value(
                set_timeout_with_handle(settle, Duration::from_millis(COMPARE_DELAY_MS)).ok(),
            );
        }
    });
    on_cleanup(move || {
        if let Some(t) = timer.try_get_value().flatten() {
            t.clear();
        }
    });
    let differences = Memo::new(move |_| {
        settled.track();
        ctx.draft().with_untracked(|mine| {
            base.with_value(|b| theirs.with_value(|t| compare(b.as_ref(), mine, t)))
        })
    });
    let names = Memo::new(move |_| {
        settled.track();
        let mut names = HashMap::new();
        ctx.draft()
            .with_untracked(|mine| collect_names(&tree(mine), &mut names));
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
        let result = ctx.draft().with_untracked(|mine| {
            base.with_value(|b| {
                theirs.with_value(|t| chosen.with_untracked(|c| merge(b.as_ref(), mine, t, c)))
            })
        });
        match result {
            Ok(merged) => {
                let now = browser::now();
                let before = ctx.draft().get_untracked();
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
                ctx.replace(merged);
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
