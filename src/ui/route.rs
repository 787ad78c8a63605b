//! Where the user is, kept in the URL's fragment (`#/draft/<id>/overview`):
//! a plain static host serves the same `index.html` for every such link, so a
//! link to a draft survives a reload at any sub-path with no server rule.

use std::borrow::Cow;

use rust_i18n::t;

use crate::model::{Form, Id};

/// A screen of the editor.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Screen {
    Overview,
    Phases,
    Contents,
    People,
    Selection,
    Budget,
    Planning,
    Communication,
    Evaluation,
    Call,
    Review,
    /// The whole programme as one document, to read and print.
    Summary,
    /// Running the programme: who takes part, their plans and mentors.
    Participants,
    /// The log of sessions held.
    Sessions,
    /// Hours, attendance and contents against the plan.
    Progress,
}

impl Screen {
    /// The screen that draws a form.
    pub fn of(form: Form) -> Screen {
        match form {
            Form::Overview | Form::Organiser => Screen::Overview,
            Form::Phases | Form::Phase => Screen::Phases,
            Form::Content => Screen::Contents,
            Form::Person => Screen::People,
            Form::Selection | Form::Criterion | Form::Applicant | Form::Member => Screen::Selection,
            Form::Budget | Form::BudgetLine => Screen::Budget,
            Form::Milestone => Screen::Planning,
            Form::Action => Screen::Communication,
            Form::Evaluation | Form::Indicator => Screen::Evaluation,
            Form::Call => Screen::Call,
            Form::Participants | Form::Participant | Form::Goal | Form::PlanAction => {
                Screen::Participants
            }
            Form::Sessions | Form::Session => Screen::Sessions,
        }
    }

    pub const ALL: [Screen; 15] = [
        Screen::Overview,
        Screen::Phases,
        Screen::Contents,
        Screen::People,
        Screen::Selection,
        Screen::Budget,
        Screen::Planning,
        Screen::Communication,
        Screen::Evaluation,
        Screen::Call,
        Screen::Review,
        Screen::Summary,
        Screen::Participants,
        Screen::Sessions,
        Screen::Progress,
    ];

    /// Whether the screen is about running the programme, not designing it:
    /// the editor's menu shows these as a group of their own.
    pub fn is_running(self) -> bool {
        matches!(
            self,
            Screen::Participants | Screen::Sessions | Screen::Progress
        )
    }

    pub fn slug(self) -> &'static str {
        match self {
            Screen::Overview => "overview",
            Screen::Phases => "phases",
            Screen::Contents => "contents",
            Screen::People => "people",
            Screen::Selection => "selection",
            Screen::Budget => "budget",
            Screen::Planning => "planning",
            Screen::Communication => "communication",
            Screen::Evaluation => "evaluation",
            Screen::Call => "call",
            Screen::Review => "review",
            Screen::Summary => "summary",
            Screen::Participants => "participants",
            Screen::Sessions => "sessions",
            Screen::Progress => "progress",
        }
    }

    /// The screen's name in the current language, read under its slug
    /// (`screens.<slug>`); the summary's is kept with the summary's texts.
    pub fn label(self) -> Cow<'static, str> {
        match self {
            Screen::Summary => t!("summary.screen"),
            Screen::Participants => t!("running.participants"),
            Screen::Sessions => t!("running.sessions"),
            Screen::Progress => t!("running.progress_screen"),
            screen => {
                let key = format!("screens.{}", screen.slug());
                Cow::Owned(t!(&key).into_owned())
            }
        }
    }

    fn from_slug(s: &str) -> Option<Screen> {
        Screen::ALL.into_iter().find(|sc| sc.slug() == s)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Route {
    Home,
    Draft {
        id: Id,
        screen: Screen,
    },
    /// A programme carried by the link itself (`#/shared/<payload>`).
    Shared,
    /// A committee member's scoring sheet kept in this browser (`#/sheet/<member id>`).
    Sheet(Id),
    /// A mentor's log sheet kept in this browser (`#/log/<mentor id>`).
    Log(Id),
    /// A fragment that names nothing the app knows.
    Unknown,
}

impl Route {
    /// Reads a `location.hash` (with or without the leading `#`).
    pub fn parse(hash: &str) -> Route {
        let path = hash.trim_start_matches('#').trim_start_matches('/');
        let mut parts = path.split('/').filter(|p| !p.is_empty());
        match (parts.next(), parts.next(), parts.next(), parts.next()) {
            (None, ..) => Route::Home,
            (Some("shared"), Some(_), None, None) => Route::Shared,
            (Some("sheet"), Some(id), None, None) => match id.parse() {
                Ok(id) => Route::Sheet(id),
                Err(_) => Route::Unknown,
            },
            (Some("log"), Some(id), None, None) => match id.parse() {
                Ok(id) => Route::Log(id),
                Err(_) => Route::Unknown,
            },
            (Some("draft"), Some(id), screen, None) => {
                let Ok(id) = id.parse() else {
                    return Route::Unknown;
                };
                match screen.map(Screen::from_slug) {
                    None => Route::Draft {
                        id,
                        screen: Screen::Overview,
                    },
                    Some(Some(screen)) => Route::Draft { id, screen },
                    Some(None) => Route::Unknown,
                }
            }
            _ => Route::Unknown,
        }
    }

    /// The fragment for this route, `#/…`.
    pub fn href(self) -> String {
        match self {
            Route::Home | Route::Unknown | Route::Shared => "#/".to_string(),
            Route::Draft { id, screen } => format!("#/draft/{id}/{}", screen.slug()),
            Route::Sheet(id) => format!("#/sheet/{id}"),
            Route::Log(id) => format!("#/log/{id}"),
        }
    }

    pub fn draft_id(self) -> Option<Id> {
        match self {
            Route::Draft { id, .. } => Some(id),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fragments_round_trip() {
        let id = Id::new();
        let r = Route::Draft {
            id,
            screen: Screen::Overview,
        };
        assert_eq!(Route::parse(&r.href()), r);
        assert_eq!(Route::parse(&format!("#/draft/{id}")), r);
        for screen in Screen::ALL {
            let r = Route::Draft { id, screen };
            assert_eq!(Route::parse(&r.href()), r);
        }
        assert_eq!(Route::parse(""), Route::Home);
        assert_eq!(Route::parse("#"), Route::Home);
        assert_eq!(Route::parse("#/"), Route::Home);
        assert_eq!(Route::parse("#/draft/not-an-id"), Route::Unknown);
        assert_eq!(
            Route::parse(&format!("#/draft/{id}/nowhere")),
            Route::Unknown
        );
        assert_eq!(Route::parse("#/elsewhere"), Route::Unknown);
        assert_eq!(Route::parse(&Route::Sheet(id).href()), Route::Sheet(id));
        assert_eq!(Route::parse("#/sheet/nobody"), Route::Unknown);
        assert_eq!(Route::parse(&Route::Log(id).href()), Route::Log(id));
        assert_eq!(Route::parse("#/log/nobody"), Route::Unknown);
    }

    #[test]
    fn every_screen_has_a_name_under_its_slug() {
        for screen in Screen::ALL {
            let label = screen.label();
            assert!(
                !label.is_empty() && !label.starts_with("screens."),
                "{screen:?}: {label}"
            );
        }
    }
}
