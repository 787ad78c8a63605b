use crate::format::log_sheet::LogSheet;
use crate::model::{Draft, Lang, Person, PersonRole};
use crate::store::Library;
use crate::store::{MemoryStorage, Storage, keys};
use std::rc::Rc;

#[test]
fn a_mentors_log_sheet_is_kept_apart_and_never_blanked_by_receiving_it_again() {
    let storage = Rc::new(MemoryStorage::new());
    let mut lib = Library::load(Box::new(storage.clone())).unwrap();
    let mut d = Draft::blank("t");
    d.overview.title = "Nordic Stages".into();
    let mentor = d.add_person(PersonRole::Expert);
    let ana = d.add_participant();
    d.assign_mentor(mentor, ana, None).unwrap();
    let person = <Person as crate::model::Item>::find(&d, mentor).unwrap();
    let sheet = LogSheet::issue(&d, person, Lang::En, "t0");
    assert_eq!(lib.receive_kept(sheet.clone()), Ok(false));
    let mut kept: LogSheet = lib.kept_one(mentor).unwrap();
    kept.add_session(None, Some(ana));
    lib.keep(&kept).unwrap();
    // The same sheet opened again keeps the sessions logged.
    assert_eq!(lib.receive_kept(sheet), Ok(true));
    assert_eq!(lib.kept_one::<LogSheet>(mentor).unwrap().sessions.len(), 1);
    assert_eq!(lib.kept::<LogSheet>().len(), 1);
    assert!(lib.holds::<LogSheet>());
    // Not a programme, nor a scoring sheet.
    assert!(lib.drafts().is_empty());
    assert!(lib.sheets().is_empty());
    assert_eq!(storage.keys(keys::LOG_PREFIX).unwrap().len(), 1);
    lib.remove_kept::<LogSheet>(mentor).unwrap();
    assert!(lib.kept::<LogSheet>().is_empty());
}
