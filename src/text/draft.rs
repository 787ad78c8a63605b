//! Words for what the model returns about a draft: placeholders for blank
//! titles, copy names, what links to an item, date problems, planning
//! warnings, and the CSV exports' headings and cells.

use std::borrow::Cow;

use rust_i18n::t;

use super::{date, labels, lang};
use crate::model::{
    Applicant, BudgetLine, ChainDate, CopyNames, CopySuffix, DateProblem, Draft, Id, Item, Lang,
    Link, Links, Phase, PlanProblem, to_csv,
};

/// A title as shown: its own, or "Untitled programme" in the interface
/// language when it has none.
pub fn display_title(title: &str) -> Cow<'_, str> {
    match title.trim() {
        "" => untitled(),
        shown => Cow::Borrowed(shown),
    }
}

/// "Untitled programme" in the interface language.
pub fn untitled() -> Cow<'static, str> {
    t!("model.untitled")
}

/// A person's name, or "unnamed" in the interface language.
pub fn display_name(name: &str) -> Cow<'_, str> {
    match name.trim() {
        "" => t!("model.unnamed"),
        shown => Cow::Borrowed(shown),
    }
}

/// A committee member's name, or "Unnamed member" in the interface language.
pub fn member_name(name: &str) -> String {
    match name.trim() {
        "" => t!("committee.unnamed").into_owned(),
        n => n.to_string(),
    }
}

/// How a copy is named in `lang`, knowing the words of every language.
pub fn copy_names(lang: Lang) -> CopyNames {
    CopyNames {
        new: copy_suffix(lang),
        known: Lang::ALL.into_iter().map(copy_suffix).collect(),
    }
}

fn copy_suffix(lang: Lang) -> CopySuffix {
    let once = t!("model.copy_suffix", locale = lang.code()).into_owned();
    // The numbered suffix around its number: " (copy " and ")".
    let numbered = t!(
        "model.copy_suffix_numbered",
        locale = lang.code(),
        n = "\u{0}"
    );
    let (before, after) = numbered.split_once('\u{0}').unwrap_or((&numbered, ""));
    CopySuffix {
        once,
        before_number: before.to_string(),
        after_number: after.to_string(),
    }
}

/// Each phase's id with "position. title", for lists to pick phases from.
pub fn numbered_phases(d: &Draft) -> Vec<(Id, String)> {
    d.phases
        .iter()
        .enumerate()
        .map(|(i, p)| (p.id, format!("{}. {}", i + 1, display_title(&p.title))))
        .collect()
}

/// What links to an item, one phrase per link.
pub fn links(links: &Links) -> Vec<String> {
    links.0.iter().map(link).collect()
}

fn link(link: &Link) -> String {
    match link {
        Link::Content(t) => t!("model.linked_content", title = display_title(t)).into_owned(),
        Link::Person(n) => t!("model.linked_person", name = display_name(n)).into_owned(),
        Link::Phase(t) => t!("model.linked_phase", title = display_title(t)).into_owned(),
        Link::BudgetLines(1) => t!("model.budget_lines_one").into_owned(),
        Link::BudgetLines(n) => t!("model.budget_lines_many", count = n).into_owned(),
        Link::CommunicationActions(1) => t!("model.communication_actions_one").into_owned(),
        Link::CommunicationActions(n) => {
            t!("model.communication_actions_many", count = n).into_owned()
        }
    }
}

/// A problem with a phase's dates, as the message beside the field.
pub fn date_problem(problem: &DateProblem) -> String {
    match problem {
        DateProblem::EndBeforeStart => t!("model.end_before_start").into_owned(),
        DateProblem::BeforeProgrammeStart(d) => {
            t!("model.before_programme_start", date = date(*d, lang())).into_owned()
        }
        DateProblem::AfterProgrammeEnd(d) => {
            t!("model.after_programme_end", date = date(*d, lang())).into_owned()
        }
    }
}

/// A planning warning as a sentence.
pub fn plan_problem(problem: &PlanProblem) -> String {
    match problem {
        PlanProblem::ProgrammeEndsBeforeStart => t!("management.ends_before_start").into_owned(),
        PlanProblem::Phase { title: t, problem } => t!(
            "management.phase_problem",
            title = display_title(t),
            problem = date_problem(problem)
        )
        .into_owned(),
        PlanProblem::MilestoneOutside { label, date } => t!(
            "management.milestone_outside",
            label = display_title(label),
            date = date
        )
        .into_owned(),
        PlanProblem::CallOpensTooLate { opens, what, date } => {
            let what = match what {
                ChainDate::Deadline => t!("management.the_deadline"),
                ChainDate::Results => t!("management.the_results"),
                ChainDate::KickOff => t!("management.the_kick_off"),
            };
            t!(
                "management.call_opens_too_late",
                opens = opens,
                what = what,
                date = date
            )
            .into_owned()
        }
        PlanProblem::ResultsBeforeDeadline { results, deadline } => t!(
            "management.results_before_deadline",
            results = results,
            deadline = deadline
        )
        .into_owned(),
        PlanProblem::DeadlineAfterKickOff { deadline, kick_off } => t!(
            "management.deadline_after_kick_off",
            deadline = deadline,
            kick_off = kick_off
        )
        .into_owned(),
        PlanProblem::KickOffAfterFirstPhase {
            kick_off,
            phase,
            start,
        } => t!(
            "management.kick_off_after_first_phase",
            kick_off = kick_off,
            phase = display_title(phase),
            start = start
        )
        .into_owned(),
        PlanProblem::DeadlineNotBeforeStart {
            deadline,
            phase,
            start,
        } => t!(
            "management.deadline_not_before_start",
            deadline = deadline,
            phase = display_title(phase),
            start = start
        )
        .into_owned(),
        PlanProblem::ResultsAfterKickOff { results, kick_off } => t!(
            "management.results_after_kick_off",
            results = results,
            kick_off = kick_off
        )
        .into_owned(),
    }
}

/// Expert-fee lines for experts with a fee and days and no line yet, with
/// their unit and labels in the interface language.
pub fn suggested_expert_lines(d: &Draft) -> Vec<BudgetLine> {
    d.suggested_expert_lines(&t!("management.unit_day"), &t!("model.unnamed"))
}

/// The budget lines as CSV for a spreadsheet, headed in the interface language.
pub fn budget_csv(d: &Draft) -> String {
    let c = &d.overview.currency;
    let mut rows = vec![vec![
        t!("management.csv.category").into(),
        t!("management.csv.label").into(),
        t!("management.csv.unit").into(),
        t!("management.csv.unit_cost", currency = c.code()).into(),
        t!("management.csv.quantity").into(),
        t!("management.csv.total", currency = c.code()).into(),
        t!("management.csv.funding").into(),
        t!("management.csv.phase").into(),
    ]];
    for l in &d.budget {
        rows.push(vec![
            labels::budget_category(l.category).into(),
            l.label.clone(),
            l.unit.clone(),
            l.unit_cost.to_plain(c),
            l.quantity.to_string(),
            match l.total() {
                Ok(m) => m.to_plain(c),
                Err(_) => t!("management.too_large").into(),
            },
            labels::funding(l.funding).into(),
            l.phase_id
                .and_then(|id| Phase::find(d, id))
                .map(|p| p.title.clone())
                .unwrap_or_default(),
        ]);
    }
    to_csv(rows)
}

/// The scoring grid as CSV: applicants, a column per criterion, total, rank.
pub fn scoring_csv(d: &Draft) -> String {
    let mut head = vec![t!("management.csv.applicant").into_owned()];
    head.extend(
        d.selection
            .criteria
            .iter()
            .map(|c| t!("management.csv.criterion", name = c.name, weight = c.weight).into_owned()),
    );
    head.extend([
        t!("management.csv.weighted_score").into(),
        t!("management.csv.rank").into(),
        t!("management.csv.selected").into(),
    ]);
    let mut rows = vec![head];
    for r in d.ranking() {
        let a = Applicant::find(d, r.id);
        let mut row = vec![r.name.clone()];
        for c in &d.selection.criteria {
            let score = a.and_then(|a| a.scores.iter().find(|s| s.criterion_id == c.id));
            row.push(score.map(|s| s.value.to_string()).unwrap_or_default());
        }
        row.push(format!("{}.{}", r.per_mille / 10, r.per_mille % 10));
        row.push(r.rank.to_string());
        row.push(if r.selected {
            t!("management.csv.yes").into()
        } else {
            t!("management.csv.no").into()
        });
        rows.push(row);
    }
    to_csv(rows)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::BudgetLine;

    #[test]
    fn links_read_as_phrases() {
        let (mut d, _, a, e) = crate::model::samples::linked();
        d.budget.push(BudgetLine {
            phase_id: Some(a),
            ..BudgetLine::default()
        });
        assert_eq!(
            links(&d.phase_links(a)),
            [
                "content “Market landscape”",
                "person “Ana”",
                "2 budget lines"
            ]
        );
        assert_eq!(
            links(&d.person_links(e)),
            ["phase “Study visit”", "content “Market landscape”"]
        );
    }

    #[test]
    fn date_problems_name_the_programme_dates() {
        let mut d = Draft::blank("t");
        d.overview.end = "2027-12-31".parse().ok();
        let late = Phase {
            end: "2028-01-01".parse().ok(),
            ..Phase::default()
        };
        let problems = d.phase_date_problems(&late);
        assert_eq!(
            date_problem(&problems[0].1),
            "After the programme ends (31 December 2027)."
        );
        d.phases.push(late);
        let warnings = d.timeline_warnings();
        assert_eq!(
            plan_problem(&warnings[0].problem),
            "“Untitled programme”: After the programme ends (31 December 2027)."
        );
    }

    #[test]
    fn blank_titles_and_names_read_as_placeholders() {
        assert_eq!(display_title("  "), "Untitled programme");
        assert_eq!(display_title(" Lab "), "Lab");
        assert_eq!(display_name(""), "unnamed");
    }
}
