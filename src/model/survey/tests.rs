use super::*;
use crate::model::PhaseKind;

/// A survey of one content question, one satisfaction question, one
/// benefit and one open question, with the ids to answer them by.
struct Asked {
    survey: Survey,
    content: Id,
    phase: Id,
    benefit: Id,
    open: Id,
}

fn asked() -> Asked {
    let mut draft = Draft::blank("t");
    draft.add_content();
    draft.add_phase(PhaseKind::CollectiveMentoring, "Together");
    let mut survey = Survey::from_plan(&draft);
    // Keep one question of each kind: the content, the phase, new skills,
    // and the first open question.
    let first = |kind, benefit: Option<Benefit>| {
        survey
            .questions
            .iter()
            .find(|q| q.kind == kind && (benefit.is_none() || q.benefit == benefit))
            .unwrap()
            .id
    };
    let asked = Asked {
        content: first(QuestionKind::BeforeNow, None),
        phase: first(QuestionKind::Satisfaction, None),
        benefit: first(QuestionKind::Benefit, Some(Benefit::NewSkills)),
        open: first(QuestionKind::Open, None),
        survey: Survey::default(),
    };
    let keep = [asked.content, asked.phase, asked.benefit, asked.open];
    survey.questions.retain(|q| keep.contains(&q.id));
    Asked { survey, ..asked }
}

fn answer(question: Id) -> Answer {
    Answer {
        question_id: question,
        ..Answer::default()
    }
}

fn respond(survey: &mut Survey, wave: Wave, answers: Vec<Answer>) {
    survey.responses.push(Response {
        wave,
        answers,
        ..Response::default()
    });
}

fn before_now(s: &mut Asked, pairs: &[(Option<u8>, Option<u8>)]) {
    for (before, now) in pairs {
        let a = Answer {
            before: *before,
            now: *now,
            ..answer(s.content)
        };
        respond(&mut s.survey, Wave::End, vec![a]);
    }
}

fn figures(s: &Asked, question: Id, participants: usize) -> Figures {
    s.survey
        .results(participants)
        .questions
        .into_iter()
        .find(|r| r.question == question)
        .unwrap()
        .figures
}

#[test]
fn the_plan_gives_a_question_per_content_and_phase_every_outcome_and_two_open_ones() {
    let mut draft = Draft::blank("t");
    let contents = [draft.add_content(), draft.add_content()];
    let phases = [
        draft.add_phase(PhaseKind::InitialDiagnostic, "Diagnostic"),
        draft.add_phase(PhaseKind::CollectiveMentoring, "Together"),
        draft.add_phase(PhaseKind::Mobility, "Away"),
    ];
    let s = Survey::from_plan(&draft);
    assert_eq!(s.questions.len(), 2 + 3 + 6 + 2);
    let of = |kind| s.questions.iter().filter(move |q| q.kind == kind);
    assert_eq!(
        of(QuestionKind::BeforeNow)
            .map(|q| q.content_id.unwrap())
            .collect::<Vec<_>>(),
        contents
    );
    assert!(of(QuestionKind::BeforeNow).all(|q| q.level == Level::Learning));
    assert_eq!(
        of(QuestionKind::Satisfaction)
            .map(|q| q.phase_id.unwrap())
            .collect::<Vec<_>>(),
        phases
    );
    assert!(of(QuestionKind::Satisfaction).all(|q| q.level == Level::Reaction));
    let outcomes: Vec<(Benefit, Level)> = of(QuestionKind::Benefit)
        .map(|q| (q.benefit.unwrap(), q.level))
        .collect();
    assert_eq!(
        outcomes,
        [
            (Benefit::NewSkills, Level::Learning),
            (Benefit::NewAudiences, Level::Results),
            (Benefit::CoProductions, Level::Results),
            (Benefit::JobOrContract, Level::Results),
            (Benefit::Mobility, Level::Behaviour),
            (Benefit::StillInTouch, Level::Behaviour),
        ]
    );
    assert_eq!(of(QuestionKind::Open).count(), 2);
    // Every question has an id of its own, and no words: the usual wording.
    let mut ids: Vec<Id> = s.questions.iter().map(|q| q.id).collect();
    ids.dedup();
    assert_eq!(ids.len(), s.questions.len());
    assert!(s.questions.iter().all(|q| q.text.is_empty()));
}

#[test]
fn before_and_now_give_means_change_and_the_share_who_improved() {
    let mut s = asked();
    before_now(
        &mut s,
        &[
            (Some(2), Some(4)),
            (Some(3), Some(4)),
            (Some(1), Some(1)),
            (Some(4), Some(5)),
            // Off the scale, or half answered: not counted.
            (Some(0), Some(6)),
            (None, Some(3)),
        ],
    );
    // Before 2 + 3 + 1 + 4 = 10 over 4 = 2.50; now 4 + 4 + 1 + 5 = 14 over
    // 4 = 3.50; change 1.00; three of four improved.
    let Figures::Change(c) = figures(&s, s.content, 0) else {
        panic!("no change shown")
    };
    assert_eq!(c.n, 4);
    assert_eq!((c.mean_before, c.mean_now, c.mean_change), (250, 350, 100));
    assert_eq!(c.improved, 3);
    assert_eq!(c.improved_per_mille(), 750);
    assert_eq!(c.before, [1, 1, 1, 1, 0]);
    assert_eq!(c.now, [1, 0, 0, 2, 1]);
}

#[test]
fn means_round_to_hundredths_half_away_from_zero() {
    let mut s = asked();
    before_now(
        &mut s,
        &[(Some(1), Some(2)), (Some(2), Some(2)), (Some(2), Some(2))],
    );
    // 5 / 3 = 1.666… → 1.67; 6 / 3 = 2.00; 1 / 3 = 0.333… → 0.33.
    let Figures::Change(c) = figures(&s, s.content, 0) else {
        panic!()
    };
    assert_eq!((c.mean_before, c.mean_now, c.mean_change), (167, 200, 33));
    let mut s = asked();
    before_now(
        &mut s,
        &[(Some(3), Some(1)), (Some(2), Some(2)), (Some(2), Some(2))],
    );
    // A loss: −2 / 3 = −0.666… → −0.67; nobody improved.
    let Figures::Change(c) = figures(&s, s.content, 0) else {
        panic!()
    };
    assert_eq!((c.mean_change, c.improved), (-67, 0));
}

#[test]
fn fewer_answers_than_three_are_withheld_and_the_threshold_only_rises() {
    let mut s = asked();
    before_now(&mut s, &[(Some(2), Some(4)), (Some(3), Some(4))]);
    assert_eq!(figures(&s, s.content, 0), Figures::Withheld { n: 2 });
    // The owner cannot lower the threshold below three…
    s.survey.min_group = Some(1);
    assert_eq!(s.survey.min_group(), 3);
    assert_eq!(figures(&s, s.content, 0), Figures::Withheld { n: 2 });
    // …but may raise it.
    before_now(&mut s, &[(Some(1), Some(5)), (Some(1), Some(5))]);
    s.survey.min_group = Some(5);
    assert_eq!(figures(&s, s.content, 0), Figures::Withheld { n: 4 });
    s.survey.min_group = Some(4);
    assert!(matches!(figures(&s, s.content, 0), Figures::Change(c) if c.n == 4));
}

#[test]
fn outcomes_are_shares_at_the_end_and_at_follow_up_each_withheld_alone() {
    let mut s = asked();
    for yes in [true, true, false, true, true] {
        let a = Answer {
            yes: Some(yes),
            ..answer(s.benefit)
        };
        respond(&mut s.survey, Wave::End, vec![a]);
    }
    for yes in [true, false] {
        let a = Answer {
            yes: Some(yes),
            ..answer(s.benefit)
        };
        respond(&mut s.survey, Wave::FollowUp, vec![a]);
    }
    // 4 of 5 at the end (80.0 %); 2 answers at follow-up: withheld.
    let Figures::Benefit { end, follow_up } = figures(&s, s.benefit, 0) else {
        panic!()
    };
    assert_eq!(end, Some(Share { yes: 4, n: 5 }));
    assert_eq!(end.unwrap().per_mille(), 800);
    assert_eq!(follow_up, None);
    // Two in three is 66.7 %.
    assert_eq!(Share { yes: 2, n: 3 }.per_mille(), 667);
    // The reference figures name their source.
    let skills: Vec<(&str, u32)> = REFERENCES
        .iter()
        .filter(|r| r.benefit == Benefit::NewSkills)
        .map(|r| (r.source, r.per_mille))
        .collect();
    assert_eq!(
        skills,
        [("i-Portunus 2019", 970), ("Culture Moves Europe", 977)]
    );
}

#[test]
fn satisfaction_is_a_mean_with_its_marks() {
    let mut s = asked();
    for mark in [5, 4, 4, 3] {
        let a = Answer {
            now: Some(mark),
            ..answer(s.phase)
        };
        respond(&mut s.survey, Wave::End, vec![a]);
    }
    // 16 / 4 = 4.00.
    assert_eq!(
        figures(&s, s.phase, 0),
        Figures::Scale(Scale {
            n: 4,
            mean: 400,
            marks: [0, 0, 1, 2, 1]
        })
    );
}

#[test]
fn open_answers_come_without_names_sorted_and_response_rate_counts_the_end() {
    let mut s = asked();
    let participant = Id::new();
    for text in ["  The mentors ", "", "Peers", "A contract"] {
        let a = Answer {
            text: text.into(),
            ..answer(s.open)
        };
        s.survey.responses.push(Response {
            participant_id: Some(participant),
            wave: Wave::End,
            answers: vec![a],
            ..Response::default()
        });
    }
    assert_eq!(
        figures(&s, s.open, 0),
        Figures::Texts(vec![
            "A contract".into(),
            "Peers".into(),
            "The mentors".into()
        ])
    );
    let results = s.survey.results(20);
    // 4 responses at the end of 20 participants: 20.0 %.
    assert_eq!(results.respondents_end, 4);
    assert_eq!(results.response_rate(), Some(200));
    // No participants entered: answers are anonymous, and no rate.
    assert_eq!(s.survey.results(0).response_rate(), None);
}
