//! The Review screen: how ready the programme is, and each finding with a way
//! to the field that fixes it.

use leptos::prelude::*;
use rust_i18n::t;

use crate::review::{Finding, Severity, readiness, review};
use crate::ui::context::{EditorCtx, use_editor};
use crate::ui::widgets::Screen;

/// Findings as a list; each one's button takes the user to its field.
#[component]
pub fn FindingList(#[prop(into)] findings: Signal<Vec<Finding>>) -> impl IntoView {
    let ctx = expect_context::<EditorCtx>();
    view! {
        <ul class="findings">
            {move || findings.get().into_iter().map(|f| {
                let class = match f.severity {
                    Severity::Error => "finding error",
                    Severity::Warning => "finding warning",
                    Severity::Hint => "finding hint",
                };
                let target = f.target.clone();
                view! {
                    <li class=class>
                        <span>{f.message}</span>
                        {f.why.map(|w| view! { " " <span class="why">{w}</span> })}
                        " "
                        <button type="button" class="link" on:click=move |_| ctx.go_to(target.clone())>{t!("review_ui.fix")}</button>
                    </li>
                }
            }).collect_view()}
        </ul>
    }
}

#[component]
pub fn ReviewScreen() -> impl IntoView {
    let (_, draft) = use_editor();
    let findings = Memo::new(move |_| draft.with(review));
    let score = Memo::new(move |_| draft.with(readiness));
    // `slug` names the group's heading id, the same in every language.
    let group = move |severity: Severity, slug: &'static str| {
        let (title, empty) = match severity {
            Severity::Error => (t!("review_ui.errors"), t!("review_ui.no_errors")),
            Severity::Warning => (t!("review_ui.warnings"), t!("review_ui.no_warnings")),
            Severity::Hint => (t!("review_ui.hints"), t!("review_ui.no_hints")),
        };
        let list = Signal::derive(move || {
            findings.with(|f| {
                f.iter()
                    .filter(|x| x.severity == severity)
                    .cloned()
                    .collect::<Vec<_>>()
            })
        });
        view! {
            <section class="review-group" aria-labelledby=format!("review-{slug}")>
                <h3 id=format!("review-{slug}")>{move || t!("review_ui.group", title = title, count = list.with(Vec::len))}</h3>
                <Show when=move || !list.with(Vec::is_empty) fallback=move || view! { <p class="ok-note">{empty.clone()}</p> }>
                    <FindingList findings=list />
                </Show>
            </section>
        }
    };
    view! {
        <Screen title=t!("screens.review") guide="review" questions=[t!("review_ui.question_errors"), t!("review_ui.question_warnings")]>
            <div class="readiness">
                <meter id="readiness-meter" min="0" max="100" low="50" high="85" optimum="100"
                    value=move || score.get() aria-labelledby="readiness-label"></meter>
                <p id="readiness-label">{move || t!("review_ui.readiness", percent = score.get())}</p>
            </div>
            <p class="hint">{t!("review_ui.intro")}</p>
            {group(Severity::Error, "Errors")}
            {group(Severity::Warning, "Warnings")}
            {group(Severity::Hint, "Hints")}
        </Screen>
    }
}
