use std::collections::HashMap;

use proptest::prelude::*;

use super::*;
use crate::model::{BudgetLine, Date, Decimal2, Item, MentorshipContent, Money, Phase};
use crate::templates::Template;

fn reference() -> Draft {
    Template::Reference.build("2026-12-01T10:00:00Z", Date::ymd(2027, 1, 4).unwrap())
}

use crate::model::samples::date as d;

fn none() -> HashMap<Path, Decision> {
    HashMap::new()
}

fn at(steps: &[Step]) -> Path {
    steps.to_vec()
}

fn f(name: &str) -> Step {
    Step::Field(name.into())
}

#[test]
fn the_same_programme_has_no_differences() {
    let base = reference();
    assert!(compare(Some(&base), &base, &base.clone()).is_empty());
    assert!(compare(None, &base, &base.clone()).is_empty());
    let mut later = base.clone();
    later.revision = 9;
    later.updated_at = "2027-01-01T00:00:00Z".into();
    assert!(
        compare(None, &base, &later).is_empty(),
        "a copy's own stamps are not content"
    );
}

/// The round trip of the issue: a partner renames a phase, deletes a
/// content, adds a budget line and re-weights a criterion while the lead
/// changes the same phase's dates and another content. Nothing conflicts,
/// and the merge holds all of it.
#[test]
fn changes_on_both_sides_to_different_places_merge_without_a_question() {
    let base = reference();
    let phase = base.phases[2].id;
    let (gone, kept) = (base.contents[0].id, base.contents[1].id);
    let criterion = base.selection.criteria[0].id;

    let mut theirs = base.clone();
    Phase::find_mut(&mut theirs, phase).unwrap().title = "Diagnostic, in pairs".into();
    theirs.delete_content(gone);
    theirs.budget.push(BudgetLine {
        label: "Interpreting".into(),
        unit_cost: Money(40_000),
        quantity: Decimal2::whole(3),
        phase_id: Some(phase),
        ..BudgetLine::default()
    });
    let added_line = theirs.budget.last().unwrap().id;
    theirs.selection.criteria[0].weight += 5;
    theirs.selection.criteria[1].weight -= 5;

    let mut mine = base.clone();
    let p = Phase::find_mut(&mut mine, phase).unwrap();
    p.start = Some(d("2027-03-01"));
    p.end = Some(d("2027-03-12"));
    MentorshipContent::find_mut(&mut mine, kept)
        .unwrap()
        .description = "Now with a workbook.".into();

    let diffs = compare(Some(&base), &mine, &theirs);
    assert!(diffs.iter().all(|x| x.settled().is_some()), "{diffs:#?}");
    let kinds: Vec<(String, Kind)> = diffs
        .iter()
        .map(|x| (x.part().to_string(), x.kind()))
        .collect();
    assert!(kinds.contains(&("contents".into(), Kind::RemovedThere)));
    assert!(kinds.contains(&("budget".into(), Kind::AddedThere)));

    let merged = merge(Some(&base), &mine, &theirs, &none()).unwrap();
    let p = Phase::find(&merged, phase).unwrap();
    assert_eq!(p.title, "Diagnostic, in pairs");
    assert_eq!(
        (p.start, p.end),
        (Some(d("2027-03-01")), Some(d("2027-03-12")))
    );
    assert!(MentorshipContent::find(&merged, gone).is_none());
    assert_eq!(
        MentorshipContent::find(&merged, kept).unwrap().description,
        "Now with a workbook."
    );
    assert_eq!(
        BudgetLine::find(&merged, added_line).unwrap().label,
        "Interpreting"
    );
    assert_eq!(
        *merged.budget.last().unwrap(),
        *theirs.budget.last().unwrap()
    );
    let c = SelectionCriterion::find(&merged, criterion).unwrap();
    assert_eq!(c.weight, base.selection.criteria[0].weight + 5);
    assert_eq!(merged.weights_total(), base.weights_total());
}

use crate::model::SelectionCriterion;

#[test]
fn the_same_field_changed_on_both_sides_is_a_conflict_the_user_settles() {
    let base = reference();
    let phase = base.phases[0].id;
    let mut mine = base.clone();
    let mut theirs = base.clone();
    Phase::find_mut(&mut mine, phase).unwrap().title = "Open call".into();
    Phase::find_mut(&mut theirs, phase).unwrap().title = "Call for artists".into();

    let diffs = compare(Some(&base), &mine, &theirs);
    assert_eq!(diffs.len(), 1);
    let title = at(&[f("phases"), Step::Item(phase), f("title")]);
    assert_eq!(diffs[0].path, title);
    assert_eq!(diffs[0].who, Who::Both);
    assert!(diffs[0].both_texts());
    assert_eq!(
        merge(Some(&base), &mine, &theirs, &none()),
        Err(MergeError::Undecided(vec![title.clone()]))
    );
    let take = |decision| {
        let choices = HashMap::from([(title.clone(), decision)]);
        let merged = merge(Some(&base), &mine, &theirs, &choices).unwrap();
        Phase::find(&merged, phase).unwrap().title.clone()
    };
    assert_eq!(take(Decision::Take(Side::Theirs)), "Call for artists");
    assert_eq!(take(Decision::Take(Side::Mine)), "Open call");
    assert_eq!(take(Decision::BothTexts), "Open call / Call for artists");
}

#[test]
fn without_a_base_every_difference_is_asked() {
    let base = reference();
    let mut theirs = base.clone();
    theirs.overview.tagline = "Elsewhere".into();
    theirs.milestones.remove(0);
    let diffs = compare(None, &base, &theirs);
    assert_eq!(diffs.len(), 2);
    assert!(
        diffs
            .iter()
            .all(|x| x.who == Who::Unknown && x.settled().is_none())
    );
    assert_eq!(diffs[1].kind(), Kind::OnlyHere);
    let Err(MergeError::Undecided(open)) = merge(None, &base, &theirs, &none()) else {
        panic!("nothing may be taken unasked");
    };
    assert_eq!(open.len(), 2);
    let all_theirs: HashMap<Path, Decision> = open
        .into_iter()
        .map(|p| (p, Decision::Take(Side::Theirs)))
        .collect();
    assert_eq!(merge(None, &base, &theirs, &all_theirs).unwrap(), theirs);
}

#[test]
fn a_move_is_one_move_not_a_removal_and_an_addition() {
    let base = reference();
    let mut theirs = base.clone();
    theirs.move_phase(0, 3);
    let diffs = compare(Some(&base), &base, &theirs);
    assert_eq!(diffs.len(), 1, "{diffs:#?}");
    assert_eq!(diffs[0].kind(), Kind::Moved);
    assert_eq!(diffs[0].path, at(&[f("phases")]));
    assert_eq!(merge(Some(&base), &base, &theirs, &none()).unwrap(), theirs);
}

#[test]
fn an_item_edited_here_and_deleted_there_is_a_conflict() {
    let base = reference();
    let content = base.contents[2].id;
    let mut mine = base.clone();
    MentorshipContent::find_mut(&mut mine, content)
        .unwrap()
        .title = "Kept and improved".into();
    let mut theirs = base.clone();
    theirs.delete_content(content);
    let diffs = compare(Some(&base), &mine, &theirs);
    assert_eq!(diffs.len(), 1);
    assert_eq!(
        (diffs[0].who, diffs[0].kind()),
        (Who::Both, Kind::RemovedThere)
    );
    let path = at(&[f("contents"), Step::Item(content)]);
    let keep = HashMap::from([(path.clone(), Decision::Take(Side::Mine))]);
    let merged = merge(Some(&base), &mine, &theirs, &keep).unwrap();
    assert_eq!(
        MentorshipContent::find(&merged, content).unwrap().title,
        "Kept and improved"
    );
    let drop = HashMap::from([(path, Decision::Take(Side::Theirs))]);
    assert!(
        MentorshipContent::find(&merge(Some(&base), &mine, &theirs, &drop).unwrap(), content)
            .is_none()
    );
}

#[test]
fn a_reference_to_an_item_not_taken_is_refused_never_written_dangling() {
    let base = reference();
    let mut theirs = base.clone();
    let phase = theirs.add_phase(crate::model::PhaseKind::Mobility, "Second visit");
    let content = theirs.add_content();
    MentorshipContent::find_mut(&mut theirs, content)
        .unwrap()
        .phase_ids = vec![phase];
    // Both additions are settled as theirs; refusing the phase alone would
    // leave the content pointing at nothing.
    let refuse_phase = HashMap::from([(
        at(&[f("phases"), Step::Item(phase)]),
        Decision::Take(Side::Mine),
    )]);
    let Err(MergeError::Unsound(problems)) = merge(Some(&base), &base, &theirs, &refuse_phase)
    else {
        panic!("a dangling reference must be refused");
    };
    assert!(
        problems.iter().all(|p| p.path.starts_with("contents[")),
        "{problems:?}"
    );
    assert!(merge(Some(&base), &base, &theirs, &none()).is_ok());
}

#[test]
fn versions_of_two_programmes_are_not_merged() {
    let a = reference();
    let b = reference();
    assert_eq!(
        merge(None, &a, &b, &none()),
        Err(MergeError::NotTheSameProgramme)
    );
}

#[test]
fn keep_both_texts_is_only_for_texts() {
    let base = reference();
    let mut theirs = base.clone();
    theirs.overview.places = Some(20);
    let mut mine = base.clone();
    mine.overview.places = Some(10);
    let path = at(&[f("overview"), f("places")]);
    assert!(!compare(Some(&base), &mine, &theirs)[0].both_texts());
    let both = HashMap::from([(path.clone(), Decision::BothTexts)]);
    assert_eq!(
        merge(Some(&base), &mine, &theirs, &both),
        Err(MergeError::Undecided(vec![path]))
    );
}

/// One edit a person makes on their copy.
#[derive(Clone, Debug)]
enum Edit {
    RenamePhase(usize, String),
    PhaseStart(usize, u32),
    DeletePhase(usize),
    MovePhase(usize, isize),
    AddPhase(String),
    DeleteContent(usize),
    AddContentTo(usize),
    DescribeContent(usize, String),
    AddBudgetLine(usize, i64),
    Reweight(usize, u32),
    Tagline(String),
    DeletePerson(usize),
}

fn edit() -> impl Strategy<Value = Edit> {
    let text = "[a-zé ]{0,12}";
    prop_oneof![
        (any::<usize>(), text).prop_map(|(i, t)| Edit::RenamePhase(i, t)),
        (any::<usize>(), 1u32..28).prop_map(|(i, day)| Edit::PhaseStart(i, day)),
        any::<usize>().prop_map(Edit::DeletePhase),
        (any::<usize>(), -3isize..3).prop_map(|(i, by)| Edit::MovePhase(i, by)),
        text.prop_map(Edit::AddPhase),
        any::<usize>().prop_map(Edit::DeleteContent),
        any::<usize>().prop_map(Edit::AddContentTo),
        (any::<usize>(), text).prop_map(|(i, t)| Edit::DescribeContent(i, t)),
        (any::<usize>(), 0i64..100_000).prop_map(|(i, c)| Edit::AddBudgetLine(i, c)),
        (any::<usize>(), 0u32..=100).prop_map(|(i, w)| Edit::Reweight(i, w)),
        text.prop_map(Edit::Tagline),
        any::<usize>().prop_map(Edit::DeletePerson),
    ]
}

fn pick<T: Item>(d: &Draft, i: usize) -> Option<Id> {
    let all = T::all(d);
    (!all.is_empty()).then(|| all[i % all.len()].id())
}

fn apply(d: &mut Draft, e: &Edit) {
    match e.clone() {
        Edit::RenamePhase(i, t) => {
            if let Some(id) = pick::<Phase>(d, i) {
                Phase::find_mut(d, id).unwrap().title = t;
            }
        }
        Edit::PhaseStart(i, day) => {
            if let Some(id) = pick::<Phase>(d, i) {
                Phase::find_mut(d, id).unwrap().start = Date::ymd(2027, 5, day);
            }
        }
        Edit::DeletePhase(i) => {
            if let Some(id) = pick::<Phase>(d, i) {
                d.delete_phase(id);
            }
        }
        Edit::MovePhase(i, by) => {
            if !d.phases.is_empty() {
                d.move_phase(i % d.phases.len(), by);
            }
        }
        Edit::AddPhase(t) => {
            d.add_phase(crate::model::PhaseKind::Mobility, &t);
        }
        Edit::DeleteContent(i) => {
            if let Some(id) = pick::<MentorshipContent>(d, i) {
                d.delete_content(id);
            }
        }
        Edit::AddContentTo(i) => {
            let phase = pick::<Phase>(d, i);
            let id = d.add_content();
            MentorshipContent::find_mut(d, id).unwrap().phase_ids = phase.into_iter().collect();
        }
        Edit::DescribeContent(i, t) => {
            if let Some(id) = pick::<MentorshipContent>(d, i) {
                MentorshipContent::find_mut(d, id).unwrap().description = t;
            }
        }
        Edit::AddBudgetLine(i, cost) => {
            let phase_id = pick::<Phase>(d, i);
            d.budget.push(BudgetLine {
                unit_cost: Money(cost),
                quantity: Decimal2::whole(1),
                phase_id,
                ..BudgetLine::default()
            });
        }
        Edit::Reweight(i, w) => {
            if let Some(id) = pick::<SelectionCriterion>(d, i) {
                SelectionCriterion::find_mut(d, id).unwrap().weight = w;
            }
        }
        Edit::Tagline(t) => d.overview.tagline = t,
        Edit::DeletePerson(i) => {
            if let Some(id) = pick::<crate::model::Person>(d, i) {
                d.delete_person(id);
            }
        }
    }
}

fn edited(base: &Draft, edits: &[Edit]) -> Draft {
    let mut d = base.clone();
    for e in edits {
        apply(&mut d, e);
    }
    d
}

/// Every difference decided for `side`.
fn all(side: Side, diffs: &[Difference]) -> HashMap<Path, Decision> {
    diffs
        .iter()
        .map(|x| (x.path.clone(), Decision::Take(side)))
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn merging_a_version_with_itself_changes_nothing(edits in prop::collection::vec(edit(), 0..12)) {
        let base = reference();
        let a = edited(&base, &edits);
        prop_assert_eq!(merge(Some(&base), &a, &a, &none()).unwrap(), a.clone());
        prop_assert_eq!(merge(None, &a, &a, &none()).unwrap(), a);
    }

    #[test]
    fn what_only_they_changed_is_taken_whole(edits in prop::collection::vec(edit(), 0..12)) {
        let base = reference();
        let b = edited(&base, &edits);
        prop_assert_eq!(merge(Some(&base), &base, &b, &none()).unwrap(), b.clone());
        // And what only I changed is kept whole.
        prop_assert_eq!(merge(Some(&base), &b, &base, &none()).unwrap(), b);
    }

    #[test]
    fn taking_all_of_theirs_gives_theirs_and_all_of_mine_gives_mine(
        mine_edits in prop::collection::vec(edit(), 0..10),
        their_edits in prop::collection::vec(edit(), 0..10),
        with_base in any::<bool>(),
    ) {
        let base = reference();
        let (a, b) = (edited(&base, &mine_edits), edited(&base, &their_edits));
        let base = with_base.then_some(&base);
        let diffs = compare(base, &a, &b);
        prop_assert_eq!(merge(base, &a, &b, &all(Side::Theirs, &diffs)).unwrap(), b.clone());
        prop_assert_eq!(merge(base, &a, &b, &all(Side::Mine, &diffs)).unwrap(), a);
    }

    #[test]
    fn every_merge_is_sound_or_refused_as_unsound(
        mine_edits in prop::collection::vec(edit(), 0..10),
        their_edits in prop::collection::vec(edit(), 0..10),
        picks in prop::collection::vec(0u8..3, 64),
    ) {
        let base = reference();
        let (a, b) = (edited(&base, &mine_edits), edited(&base, &their_edits));
        let diffs = compare(Some(&base), &a, &b);
        // Conflicts decided at random, settled changes sometimes overruled.
        let decisions: HashMap<Path, Decision> = diffs
            .iter()
            .zip(picks.iter().cycle())
            .filter_map(|(x, pick)| {
                let decision = match pick {
                    0 => Decision::Take(Side::Mine),
                    1 => Decision::Take(Side::Theirs),
                    _ if x.both_texts() => Decision::BothTexts,
                    _ => return x.settled().is_none().then_some((x.path.clone(), Decision::Take(Side::Mine))),
                };
                Some((x.path.clone(), decision))
            })
            .collect();
        match merge(Some(&base), &a, &b, &decisions) {
            Ok(merged) => prop_assert!(check_integrity(&merged).is_empty()),
            Err(MergeError::Unsound(problems)) => prop_assert!(!problems.is_empty()),
            Err(other) => prop_assert!(false, "{:?}", other),
        }
        // With nothing overruled, a merge without conflicts is always sound.
        if diffs.iter().all(|x| x.settled().is_some()) {
            let merged = merge(Some(&base), &a, &b, &none());
            prop_assert!(merged.is_ok(), "{:?}", merged);
        }
    }
}

#[test]
fn a_removal_the_other_side_now_refers_to_is_asked_not_taken() {
    let base = reference();
    let phase = base.phases[4].id;
    let mut mine = base.clone();
    mine.delete_phase(phase);
    let mut theirs = base.clone();
    let content = theirs.add_content();
    MentorshipContent::find_mut(&mut theirs, content)
        .unwrap()
        .phase_ids = vec![phase];
    let diffs = compare(Some(&base), &mine, &theirs);
    let removal = diffs
        .iter()
        .find(|x| x.path == at(&[f("phases"), Step::Item(phase)]))
        .unwrap();
    assert_eq!(
        (removal.kind(), removal.who),
        (Kind::RemovedHere, Who::Both)
    );
    // Keeping the phase keeps the new content sound; removing it is refused.
    let keep = HashMap::from([(removal.path.clone(), Decision::Take(Side::Theirs))]);
    let merged = merge(Some(&base), &mine, &theirs, &keep).unwrap();
    assert!(Phase::find(&merged, phase).is_some());
    assert_eq!(
        MentorshipContent::find(&merged, content).unwrap().phase_ids,
        [phase]
    );
    let remove = HashMap::from([(removal.path.clone(), Decision::Take(Side::Mine))]);
    assert!(matches!(
        merge(Some(&base), &mine, &theirs, &remove),
        Err(MergeError::Unsound(_))
    ));
}

#[test]
fn two_long_texts_kept_both_become_two_paragraphs() {
    let base = reference();
    let mut mine = base.clone();
    let mut theirs = base.clone();
    mine.overview.objectives = "Ours.\nA second line.".into();
    theirs.overview.objectives = "Theirs.".into();
    let path = at(&[f("overview"), f("objectives")]);
    let both = HashMap::from([(path, Decision::BothTexts)]);
    let merged = merge(Some(&base), &mine, &theirs, &both).unwrap();
    assert_eq!(
        merged.overview.objectives,
        "Ours.\nA second line.\n\nTheirs."
    );
}

#[test]
fn long_texts_compare_word_by_word() {
    let old = "Each participant meets two programmers abroad.";
    let new = "Each participant meets three programmers and one venue abroad.";
    let pieces = word_diff(old, new);
    let removed: String = pieces
        .iter()
        .filter(|(p, _)| *p == Piece::Removed)
        .map(|(_, t)| t.as_str())
        .collect();
    let added: String = pieces
        .iter()
        .filter(|(p, _)| *p == Piece::Added)
        .map(|(_, t)| t.as_str())
        .collect();
    assert_eq!(removed.trim(), "two");
    assert_eq!(added.trim(), "three and one venue");
    // Kept and removed words give the old text back; kept and added the new.
    let side = |keep: Piece| -> String {
        pieces
            .iter()
            .filter(|(p, _)| *p == Piece::Same || *p == keep)
            .map(|(_, t)| t.as_str())
            .collect()
    };
    assert_eq!(
        side(Piece::Removed).split_whitespace().collect::<Vec<_>>(),
        old.split_whitespace().collect::<Vec<_>>()
    );
    assert_eq!(side(Piece::Added), new);
    assert_eq!(
        word_diff("", "new text"),
        vec![(Piece::Added, "new text".to_string())]
    );
    assert!(
        word_diff("same", "same")
            .iter()
            .all(|(p, _)| *p == Piece::Same)
    );
}
