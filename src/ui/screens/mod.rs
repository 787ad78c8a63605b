//! One screen per file: home and each part of the editor. Screens share the
//! editor's context and the widgets; none imports another, except the
//! call screen, which lists findings as the review does.

mod actions;
mod budget;
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
