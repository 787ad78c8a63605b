//! Evaluation in practice: a questionnaire made from the programme's plan,
//! the answers taken back, and what they say, with no breakdown of fewer
//! answers than the owner's threshold (never fewer than three).
//!
//! Questions carry no words: an empty `text` means the usual wording of
//! their kind, which `crate::text` writes in the questionnaire's language.

use super::record::open_record;
use super::{Draft, Id};

/// No breakdown is shown for fewer answers than this, whatever the owner
/// chooses.
pub const MIN_GROUP: u32 = 3;
/// Months between the end of the programme and the follow-up questions,
/// unless the owner chose another number.
pub const DEFAULT_FOLLOW_UP_MONTHS: u32 = 6;
/// The scale of a self-assessment or a satisfaction question: 1 to this.
pub const SCALE_MAX: u8 = 5;

open_record! {
    /// The questionnaire and the answers to it.
    pub struct Survey {
        pub questions: Vec<Question>,
        pub responses: Vec<Response>,
        /// The fewest answers a breakdown is shown for; `None` means
        /// [`MIN_GROUP`], and a number below it counts as it.
        pub min_group: Option<u32>,
        /// Months after the end for the follow-up; `None` means
        /// [`DEFAULT_FOLLOW_UP_MONTHS`].
        pub follow_up_months: Option<u32>,
    }
}

open_record! {
    /// One question, with a stable id the answers name.
    pub struct Question {
        pub id: Id,
        pub kind: QuestionKind,
        /// The owner's wording; empty for the usual wording of its kind.
        pub text: String,
        /// For a before-and-now question: the content assessed.
        pub content_id: Option<Id>,
        /// For a satisfaction question: the phase.
        pub phase_id: Option<Id>,
        /// For a benefit question: which benefit.
        pub benefit: Option<Benefit>,
        pub level: Level,
    }
}

open_record! {
    /// One person's answers, at the end or at the follow-up.
    pub struct Response {
        pub id: Id,
        /// The participant who answered; `None` for an anonymous answer.
        pub participant_id: Option<Id>,
        pub wave: Wave,
        pub answers: Vec<Answer>,
    }
}

open_record! {
    /// The answer to one question: the fields its kind uses.
    pub struct Answer {
        pub question_id: Id,
        /// Before the programme, 1–5 (before-and-now questions).
        pub before: Option<u8>,
        /// Now, 1–5 (before-and-now and satisfaction questions).
        pub now: Option<u8>,
        /// Yes or no (benefit questions).
        pub yes: Option<bool>,
        /// Free text (open questions).
        pub text: String,
    }
    required question_id
}

/// What a question asks.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum QuestionKind {
    /// A content, on a 1–5 scale, before the programme and now (a
    /// retrospective self-assessment).
    BeforeNow,
    /// Satisfaction with a phase, 1–5.
    Satisfaction,
    /// A benefit, yes or no, at the end and again at the follow-up.
    Benefit,
    /// Free text.
    #[default]
    Open,
}

/// The benefits asked of every programme: those the public figures of
/// mobility schemes report.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Benefit {
    NewSkills,
    NewAudiences,
    CoProductions,
    JobOrContract,
    Mobility,
    StillInTouch,
}

impl Benefit {
    pub const ALL: [Benefit; 6] = [
        Benefit::NewSkills,
        Benefit::NewAudiences,
        Benefit::CoProductions,
        Benefit::JobOrContract,
        Benefit::Mobility,
        Benefit::StillInTouch,
    ];

    /// The Kirkpatrick level the benefit speaks of.
    pub fn level(self) -> Level {
        match self {
            Benefit::NewSkills => Level::Learning,
            Benefit::Mobility | Benefit::StillInTouch => Level::Behaviour,
            Benefit::NewAudiences | Benefit::CoProductions | Benefit::JobOrContract => {
                Level::Results
            }
        }
    }
}

/// The Kirkpatrick levels an evaluation reports by.
#[derive(
    Clone,
    Copy,
    Debug,
    Default,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Hash,
    serde::Serialize,
    serde::Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum Level {
    #[default]
    Reaction,
    Learning,
    Behaviour,
    Results,
}

impl Level {
    pub const ALL: [Level; 4] = [
        Level::Reaction,
        Level::Learning,
        Level::Behaviour,
        Level::Results,
    ];
}

/// When a response was given.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum Wave {
    #[default]
    End,
    FollowUp,
}

/// A public figure to set a benefit against, with where it comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Reference {
    pub benefit: Benefit,
    /// The share, in tenths of a percent (977 is 97.7 %).
    pub per_mille: u32,
    /// The scheme and year it describes, as its source names it.
    pub source: &'static str,
}

/// The public figures of two European mobility schemes for artists and
/// cultural professionals, from their own evaluations.
pub const REFERENCES: [Reference; 5] = [
    Reference {
        benefit: Benefit::NewSkills,
        per_mille: 970,
        source: "i-Portunus 2019",
    },
    Reference {
        benefit: Benefit::NewAudiences,
        per_mille: 940,
        source: "i-Portunus 2019",
    },
    Reference {
        benefit: Benefit::JobOrContract,
        per_mille: 490,
        source: "i-Portunus 2019",
    },
    Reference {
        benefit: Benefit::NewSkills,
        per_mille: 977,
        source: "Culture Moves Europe",
    },
    Reference {
        benefit: Benefit::JobOrContract,
        per_mille: 762,
        source: "Culture Moves Europe",
    },
];

impl Survey {
    /// The owner's threshold, never below [`MIN_GROUP`].
    pub fn min_group(&self) -> u32 {
        self.min_group.unwrap_or(MIN_GROUP).max(MIN_GROUP)
    }

    pub fn follow_up_months(&self) -> u32 {
        self.follow_up_months.unwrap_or(DEFAULT_FOLLOW_UP_MONTHS)
    }

    /// The questionnaire the plan calls for: before and now for each
    /// mentorship content, satisfaction with each phase, every benefit,
    /// and two open questions (what helped most, what to change).
    pub fn from_plan(draft: &Draft) -> Survey {
        let mut questions: Vec<Question> = draft
            .contents
            .iter()
            .map(|c| Question {
                kind: QuestionKind::BeforeNow,
                content_id: Some(c.id),
                level: Level::Learning,
                ..Question::default()
            })
            .collect();
        questions.extend(draft.phases.iter().map(|p| Question {
            kind: QuestionKind::Satisfaction,
            phase_id: Some(p.id),
            level: Level::Reaction,
            ..Question::default()
        }));
        questions.extend(Benefit::ALL.iter().map(|o| Question {
            kind: QuestionKind::Benefit,
            benefit: Some(*o),
            level: o.level(),
            ..Question::default()
        }));
        questions.extend((0..2).map(|_| Question::default()));
        Survey {
            questions,
            ..Survey::default()
        }
    }

    /// What the answers say: each question's figures, those of fewer
    /// answers than the threshold withheld; and who answered.
    pub fn results(&self, participants: usize) -> SurveyResults {
        let min = self.min_group() as usize;
        let respondents = |wave: Wave| self.responses.iter().filter(|r| r.wave == wave).count();
        SurveyResults {
            respondents_end: respondents(Wave::End),
            respondents_follow_up: respondents(Wave::FollowUp),
            participants,
            questions: self
                .questions
                .iter()
                .map(|q| QuestionResult {
                    question: q.id,
                    figures: self.figures(q, min),
                })
                .collect(),
        }
    }

    /// The answers given to `q` in `wave`.
    fn answers(&self, q: &Question, wave: Wave) -> impl Iterator<Item = &Answer> {
        self.responses
            .iter()
            .filter(move |r| r.wave == wave)
            .flat_map(move |r| r.answers.iter().filter(move |a| a.question_id == q.id))
    }

    fn figures(&self, q: &Question, min: usize) -> Figures {
        let shown = |n: usize| n >= min;
        match q.kind {
            QuestionKind::BeforeNow => {
                let pairs: Vec<(u8, u8)> = self
                    .answers(q, Wave::End)
                    .filter_map(|a| Some((on_scale(a.before)?, on_scale(a.now)?)))
                    .collect();
                if !shown(pairs.len()) {
                    return Figures::Withheld { n: pairs.len() };
                }
                Figures::Change(Change::of(&pairs))
            }
            QuestionKind::Satisfaction => {
                let marks: Vec<u8> = self
                    .answers(q, Wave::End)
                    .filter_map(|a| on_scale(a.now))
                    .collect();
                if !shown(marks.len()) {
                    return Figures::Withheld { n: marks.len() };
                }
                Figures::Scale(Scale::of(&marks))
            }
            QuestionKind::Benefit => {
                let share = |wave| {
                    let said: Vec<bool> = self.answers(q, wave).filter_map(|a| a.yes).collect();
                    let n = said.len();
                    shown(n).then(|| Share {
                        yes: said.iter().filter(|y| **y).count(),
                        n,
                    })
                };
                match (share(Wave::End), share(Wave::FollowUp)) {
                    (None, None) => Figures::Withheld {
                        n: self
                            .answers(q, Wave::End)
                            .filter(|a| a.yes.is_some())
                            .count(),
                    },
                    (end, follow_up) => Figures::Benefit { end, follow_up },
                }
            }
            QuestionKind::Open => {
                let texts: Vec<String> = self
                    .responses
                    .iter()
                    .flat_map(|r| r.answers.iter())
                    .filter(|a| a.question_id == q.id && !a.text.trim().is_empty())
                    .map(|a| a.text.trim().to_string())
                    .collect();
                if !shown(texts.len()) {
                    return Figures::Withheld { n: texts.len() };
                }
                // Without names, and in an order that does not follow the
                // responses': sorted.
                let mut texts = texts;
                texts.sort();
                Figures::Texts(texts)
            }
        }
    }
}

/// A mark on the scale, or nothing when out of it.
fn on_scale(mark: Option<u8>) -> Option<u8> {
    mark.filter(|m| (1..=SCALE_MAX).contains(m))
}

/// What the answers say, question by question.
#[derive(Clone, Debug, PartialEq)]
pub struct SurveyResults {
    pub respondents_end: usize,
    pub respondents_follow_up: usize,
    /// Participants the response rate is counted against.
    pub participants: usize,
    pub questions: Vec<QuestionResult>,
}

impl SurveyResults {
    /// Respondents at the end against participants, in tenths of a percent;
    /// `None` with no participants entered (anonymous answers only).
    pub fn response_rate(&self) -> Option<u32> {
        per_mille(self.respondents_end, self.participants)
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct QuestionResult {
    pub question: Id,
    pub figures: Figures,
}

/// The figures of one question.
#[derive(Clone, Debug, PartialEq)]
pub enum Figures {
    /// Fewer answers than the threshold: only how many.
    Withheld {
        n: usize,
    },
    Change(Change),
    Scale(Scale),
    Benefit {
        end: Option<Share>,
        follow_up: Option<Share>,
    },
    Texts(Vec<String>),
}

/// Before and now on one content.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Change {
    pub n: usize,
    /// Means in hundredths (375 is 3.75), rounded half away from zero.
    pub mean_before: i64,
    pub mean_now: i64,
    pub mean_change: i64,
    /// Respondents whose mark now is above their mark before.
    pub improved: usize,
    /// How many gave each mark, 1 to 5, before and now.
    pub before: [usize; SCALE_MAX as usize],
    pub now: [usize; SCALE_MAX as usize],
}

impl Change {
    fn of(pairs: &[(u8, u8)]) -> Change {
        let n = pairs.len();
        let sum = |f: fn(&(u8, u8)) -> i64| pairs.iter().map(f).sum::<i64>();
        let before = sum(|p| i64::from(p.0));
        let now = sum(|p| i64::from(p.1));
        Change {
            n,
            mean_before: hundredths(before, n),
            mean_now: hundredths(now, n),
            mean_change: hundredths(now - before, n),
            improved: pairs.iter().filter(|(b, a)| a > b).count(),
            before: distribution(pairs.iter().map(|p| p.0)),
            now: distribution(pairs.iter().map(|p| p.1)),
        }
    }

    /// The share who improved, in tenths of a percent.
    pub fn improved_per_mille(&self) -> u32 {
        per_mille(self.improved, self.n).unwrap_or(0)
    }
}

/// Marks on a scale.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Scale {
    pub n: usize,
    /// In hundredths.
    pub mean: i64,
    pub marks: [usize; SCALE_MAX as usize],
}

impl Scale {
    fn of(marks: &[u8]) -> Scale {
        let sum: i64 = marks.iter().map(|m| i64::from(*m)).sum();
        Scale {
            n: marks.len(),
            mean: hundredths(sum, marks.len()),
            marks: distribution(marks.iter().copied()),
        }
    }
}

/// Who answered yes, of how many.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Share {
    pub yes: usize,
    pub n: usize,
}

impl Share {
    /// In tenths of a percent.
    pub fn per_mille(self) -> u32 {
        per_mille(self.yes, self.n).unwrap_or(0)
    }
}

/// `sum / n` in hundredths, rounded half away from zero.
fn hundredths(sum: i64, n: usize) -> i64 {
    let n = n.max(1) as i64;
    let scaled = sum * 100;
    let half = n / 2;
    if scaled >= 0 {
        (scaled + half) / n
    } else {
        (scaled - half) / n
    }
}

/// `part / whole` in tenths of a percent, rounded half up; `None` of nothing.
fn per_mille(part: usize, whole: usize) -> Option<u32> {
    (whole > 0).then(|| ((part * 1000 + whole / 2) / whole) as u32)
}

fn distribution(marks: impl Iterator<Item = u8>) -> [usize; SCALE_MAX as usize] {
    let mut out = [0; SCALE_MAX as usize];
    for m in marks {
        out[usize::from(m) - 1] += 1;
    }
    out
}

#[cfg(test)]
mod tests;
