//! The editor's screens, one per file, and the one place that chooses which
//! to show. Screens share the editor's context and the widgets; none imports
//! another, except the call screen, which lists findings as the review does.

mod budget;
mod calendar;
mod call;
mod communication;
mod contents;
mod evaluation;
mod overview;
mod people;
mod phases;
mod planning;
mod review;
mod running;
mod selection;
mod summary;

pub use summary::SummaryScreen;

use std::sync::Arc;

use leptos::prelude::*;

use crate::ui::context::use_editor;

use crate::model::Draft;
use crate::ui::parts::{Part, part};
use crate::ui::route::Screen;

/// The screen `screen` of the open programme. Opening a programme fetches
/// the editor, which shows the overview itself; the other design screens
/// come together, as the part `screens`, the first time one of them is
/// shown, and the running screens as the part `running`.
pub fn show(screen: Screen) -> AnyView {
    match screen {
        Screen::Overview => view! { <overview::OverviewScreen /> }.into_any(),
        running if running.is_running() => view! {
            <Part load=Arc::new(move || Box::pin(running::fetched(running)))
                texts=crate::ui::languages::every_language />
        }
        .into_any(),
        other => view! {
            <Part load=Arc::new(move || Box::pin(fetched(other)))
                texts=crate::ui::languages::every_language />
        }
        .into_any(),
    }
}

part! { screens:
    /// A screen of the part `screens` (the overview too, for a total match).
    fn fetched(screen: Screen) -> AnyView {
        match screen {
            Screen::Overview => view! { <overview::OverviewScreen /> }.into_any(),
            Screen::Phases => view! { <phases::PhasesScreen /> }.into_any(),
            Screen::Contents => view! { <contents::ContentsScreen /> }.into_any(),
            Screen::People => view! { <people::PeopleScreen /> }.into_any(),
            Screen::Selection => view! { <selection::SelectionScreen /> }.into_any(),
            Screen::Budget => view! { <budget::BudgetScreen /> }.into_any(),
            Screen::Planning => view! { <planning::PlanningScreen /> }.into_any(),
            Screen::Communication => view! { <communication::CommunicationScreen /> }.into_any(),
            Screen::Evaluation => view! { <evaluation::EvaluationScreen /> }.into_any(),
            Screen::Call => view! { <call::CallScreen /> }.into_any(),
            Screen::Review => view! { <review::ReviewScreen /> }.into_any(),
            Screen::Summary => view! { <summary::SummaryScreen /> }.into_any(),
            // The running screens are a part of their own: see `show`.
            Screen::Participants | Screen::Sessions | Screen::Progress => ().into_any(),
        }
    }
}

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
    let (_, draft) = use_editor();
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
