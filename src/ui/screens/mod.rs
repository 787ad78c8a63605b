//! One screen per file: home and each part of the editor. Screens share the
//! editor's context and the widgets; none imports another, except the
//! call screen, which lists findings as the review does.

mod actions;
mod budget;
mod calendar;
mod call;
mod contents;
mod home;
mod overview;
mod people;
mod phases;
mod planning;
mod review;
mod selection;
mod summary;

pub use actions::{CommunicationScreen, EvaluationScreen};
pub use budget::BudgetScreen;
pub use call::CallScreen;
pub use contents::ContentsScreen;
pub use home::Home;
pub use overview::OverviewScreen;
pub use people::PeopleScreen;
pub use phases::PhasesScreen;
pub use planning::PlanningScreen;
pub use review::ReviewScreen;
pub use selection::SelectionScreen;
pub use summary::SummaryScreen;

use leptos::prelude::*;

use crate::model::Draft;

/// The phases as a `<select>` offers them: `(id, "1. Title")`.
fn phase_options(d: &Draft) -> Vec<(String, String)> {
    crate::text::numbered_phases(d)
        .into_iter()
        .map(|(id, l)| (id.to_string(), l))
        .collect()
}

/// A button's action that downloads a CSV of the draft, named after the
/// programme (`…-{what}.csv`), and says so, or why not.
fn csv_export(
    what: &'static str,
    csv: fn(&Draft) -> String,
    exported: fn(String) -> String,
) -> impl Fn(leptos::ev::MouseEvent) + Copy + 'static {
    let state = crate::ui::state::use_state();
    let ctx = expect_context::<crate::ui::context::EditorCtx>();
    let draft = ctx.draft();
    move |_| {
        let (name, csv) = draft.with_untracked(|d| {
            let title = crate::text::display_title(&d.overview.title);
            (format!("{}-{what}.csv", crate::model::slug(title)), csv(d))
        });
        state.notice.set(
            match crate::ui::browser::download(&name, &csv, "text/csv") {
                Ok(()) => exported(name),
                Err(e) => e,
            },
        );
    }
}
