//! The benchmark's programme generator (`tests/support/fixtures.rs`): the same
//! seed gives the same bytes, and every generated programme imports.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use support::fixtures::*;
use trajectory_studio::format;

#[test]
fn the_same_seed_gives_the_same_file_and_the_file_imports() {
    let size = Size {
        phases: 12,
        contents: 20,
        people: 9,
        budget_lines: 30,
        applicants: 8,
        words: 10,
    };
    let a = file(&[draft(size, 7)]);
    assert_eq!(a, file(&[draft(size, 7)]));
    assert_ne!(a, file(&[draft(size, 8)]));
    let back = format::parse_file(a.as_bytes()).expect("a generated draft is valid");
    let d = &back.drafts[0];
    assert_eq!(
        (
            d.phases.len(),
            d.contents.len(),
            d.people.len(),
            d.budget.len()
        ),
        (12, 20, 9, 30)
    );
    assert_eq!(d.selection.applicants.len(), 8);
    assert!(trajectory_studio::model::check_integrity(d).is_empty());
}

#[test]
fn the_small_draft_is_the_reference_template_with_seeded_ids() {
    let a = small(1);
    assert_eq!(file(std::slice::from_ref(&a)), file(&[small(1)]));
    assert_eq!(a.phases.len(), 10);
    assert!(format::parse_file(file(&[a]).as_bytes()).is_ok());
}

#[test]
fn the_programme_under_way_has_its_people_and_sessions_and_imports() {
    let d = running(3);
    assert_eq!(file(std::slice::from_ref(&d)), file(&[running(3)]));
    let back = format::parse_file(file(&[d]).as_bytes()).expect("a programme under way is valid");
    let d = &back.drafts[0];
    assert_eq!(
        (
            d.running.participants.len(),
            d.people.len(),
            d.running.sessions.len()
        ),
        (20, 8, 600)
    );
    assert!(trajectory_studio::model::check_integrity(d).is_empty());
    let today = "2027-03-01".parse().expect("a date");
    let progress = d.progress(today);
    assert!(progress.sessions_held > 0 && progress.sessions_planned > 0);
}
