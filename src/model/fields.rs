//! A field of the programme named by a type: which form holds it, which item
//! of a list (for a list's form), and which of the form's fields. Findings
//! point at one, focus lands on one after an add or a delete, and keyboard
//! moves keep it; the screens render each field's element id from it, so
//! what points and what is pointed at cannot drift apart. Each form lists the
//! fields its screen renders, and a test holds that list to the screens.

use super::{Id, Target};

/// A form of the editor: a part that is one value, an item's form, or the
/// row that adds to a list.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Form {
    Overview,
    Organiser,
    /// The row that adds a phase.
    Phases,
    Phase,
    Content,
    Person,
    Selection,
    Criterion,
    Applicant,
    Member,
    /// The row that adds a budget line.
    Budget,
    BudgetLine,
    Milestone,
    Action,
    /// The row that adds an evaluation indicator.
    Evaluation,
    Indicator,
    Call,
    /// The row that adds participants.
    Participants,
    Participant,
    /// A goal of a participant's plan (goal ids are the draft's own).
    Goal,
    /// An action of a participant's plan.
    PlanAction,
    /// The session log's settings and the row that adds a session.
    Sessions,
    Session,
}

impl Form {
    pub const ALL: [Form; 23] = [
        Form::Overview,
        Form::Organiser,
        Form::Phases,
        Form::Phase,
        Form::Content,
        Form::Person,
        Form::Selection,
        Form::Criterion,
        Form::Applicant,
        Form::Member,
        Form::Budget,
        Form::BudgetLine,
        Form::Milestone,
        Form::Action,
        Form::Evaluation,
        Form::Indicator,
        Form::Call,
        Form::Participants,
        Form::Participant,
        Form::Goal,
        Form::PlanAction,
        Form::Sessions,
        Form::Session,
    ];

    /// An item's form that shows once its card is unfolded (the rows of
    /// short lists, and the forms of one value, are always open).
    pub fn is_card(self) -> bool {
        matches!(
            self,
            Form::Phase
                | Form::Content
                | Form::Person
                | Form::BudgetLine
                | Form::Milestone
                | Form::Action
                | Form::Indicator
                | Form::Participant
                | Form::Session
        )
    }

    /// What begins the element id of each of its fields.
    fn prefix(self) -> &'static str {
        match self {
            Form::Overview => "ov",
            Form::Organiser => "org",
            Form::Phases => "phases",
            Form::Phase => "phase",
            Form::Content => "content",
            Form::Person => "person",
            Form::Selection => "sel",
            Form::Criterion => "crit",
            Form::Applicant => "applicant",
            Form::Member => "member",
            Form::Budget => "budget",
            Form::BudgetLine => "line",
            Form::Milestone => "milestone",
            Form::Action => "action",
            Form::Evaluation => "evaluation",
            Form::Indicator => "indicator",
            Form::Call => "call",
            Form::Participants => "participants",
            Form::Participant => "participant",
            Form::Goal => "goal",
            Form::PlanAction => "plan-action",
            Form::Sessions => "sessions",
            Form::Session => "session",
        }
    }

    /// The fields of this form that its screen renders.
    pub fn fields(self) -> &'static [&'static str] {
        match self {
            Form::Overview => &[
                "title",
                "tagline",
                "organisers",
                "who",
                "profiles",
                "organisation-kinds",
                "min-age",
                "max-age",
                "age-on",
                "career",
                "disciplines",
                "countries",
                "languages",
                "goals",
                "other-goal",
                "places",
                "start",
                "end",
                "currency",
                "objectives",
            ],
            Form::Organiser => &["role", "name", "country", "website", "contact"],
            Form::Phases => &["new-kind", "add"],
            Form::Phase => &[
                "up",
                "down",
                "title",
                "kind",
                "mode",
                "start",
                "end",
                "hours",
                "location",
                "objectives",
                "activities",
                "outputs",
                "responsible",
                "people",
                "calendar-hint",
            ],
            Form::Content => &[
                "title",
                "description",
                "requirement",
                "scope",
                "delivery",
                "format",
                "hours",
                "phases",
                "experts",
            ],
            Form::Person => &[
                "role",
                "name",
                "expertise",
                "organisation",
                "country",
                "fee",
                "days",
                "contact",
                "capacity",
                "phases",
            ],
            Form::Selection => &[
                "eligibility",
                "criteria",
                "committee",
                "steps",
                "materials",
                "conflict",
                "deadline",
                "results_date",
                "fee",
                "feedback-yes",
                "feedback-how",
                "score-max",
                "waiting-places",
                "add-applicant",
                "disagreement",
                "add-member",
                "letters",
            ],
            Form::Criterion => &["name", "weight", "description"],
            Form::Applicant => &["name", "feedback"],
            Form::Member => &["name"],
            Form::Budget => &["new-category", "add", "suggest"],
            Form::BudgetLine => &[
                "category", "label", "unit", "cost", "quantity", "funding", "phase",
            ],
            Form::Milestone => &["kind", "label", "date"],
            Form::Action => &[
                "channel",
                "audience",
                "message",
                "date",
                "phase",
                "owner",
                "indicator",
            ],
            Form::Evaluation => &["add"],
            Form::Indicator => &["measure", "method", "when", "target", "owner"],
            Form::Call => &[
                "language",
                "introduction",
                "closing",
                "commitments",
                "accessibility",
                "data_protection",
                "contact",
            ],
            Form::Participants => &["from-selection", "add"],
            Form::Participant => &[
                "name",
                "organisation",
                "country",
                "email",
                "joined",
                "statement",
                "starting-point",
                "contents",
                "add-goal",
                "add-action",
                "mentor",
                "mentor-phase",
                "assign",
                "withdrawal-date",
                "withdrawal-reason",
                "withdraw",
            ],
            Form::Goal => &["text", "progress", "contents"],
            Form::PlanAction => &["text", "due", "done"],
            Form::Sessions => &["stall-days", "for", "add-individual", "add-collective"],
            Form::Session => &[
                "date",
                "phase",
                "kind",
                "mode",
                "hours",
                "participants",
                "mentors",
                "contents",
                "notes",
                "next-steps",
            ],
        }
    }
}

/// One field of one form (of one item, for a list's form).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Field {
    pub form: Form,
    pub item: Option<Id>,
    pub name: &'static str,
}

impl Field {
    /// A field of a form that is one value (the overview, the selection…)
    /// or of a list's add row.
    pub const fn of(form: Form, name: &'static str) -> Field {
        Field {
            form,
            item: None,
            name,
        }
    }

    /// A field of item `id`'s form.
    pub const fn item(form: Form, id: Id, name: &'static str) -> Field {
        Field {
            form,
            item: Some(id),
            name,
        }
    }

    /// The id of the element the field is drawn as: `phase-<id>-title`,
    /// `ov-title`.
    pub fn element_id(&self) -> String {
        match self.item {
            Some(id) => format!("{}-{id}-{}", self.form.prefix(), self.name),
            None => format!("{}-{}", self.form.prefix(), self.name),
        }
    }

    /// Whether the form's screen renders this field.
    pub fn is_rendered(&self) -> bool {
        self.form.fields().contains(&self.name)
    }
}

impl Target {
    /// The kind of phase a link to the Phases screen's add row chooses.
    pub fn phase_kind_to_add(&self) -> Option<super::PhaseKind> {
        match self {
            Target::AddPhase(kind) => Some(*kind),
            _ => None,
        }
    }

    /// The category a link to the Budget screen's add row chooses.
    pub fn category_to_add(&self) -> Option<super::BudgetCategory> {
        match self {
            Target::AddBudgetLine(category) => Some(*category),
            _ => None,
        }
    }

    /// The field a finding takes the user to.
    pub fn field(&self) -> Field {
        match *self {
            Target::Overview(f) => Field::of(Form::Overview, f),
            Target::Organiser(id, f) => Field::item(Form::Organiser, id, f),
            Target::Phase(id, f) => Field::item(Form::Phase, id, f),
            Target::Content(id, f) => Field::item(Form::Content, id, f),
            Target::Person(id, f) => Field::item(Form::Person, id, f),
            Target::Selection(f) => Field::of(Form::Selection, f),
            Target::Criterion(id) => Field::item(Form::Criterion, id, "weight"),
            Target::Budget => Field::of(Form::Budget, "add"),
            Target::AddBudgetLine(_) => Field::of(Form::Budget, "new-category"),
            Target::SuggestExpertLines => Field::of(Form::Budget, "suggest"),
            Target::AddPhase(_) => Field::of(Form::Phases, "new-kind"),
            Target::Evaluation => Field::of(Form::Evaluation, "add"),
            Target::BudgetLine(id, f) => Field::item(Form::BudgetLine, id, f),
            Target::Milestone(id) => Field::item(Form::Milestone, id, "date"),
            Target::Call(f) => Field::of(Form::Call, f),
        }
    }
}

#[cfg(test)]
mod tests;
