use super::*;
use crate::store::{LOCAL_STORAGE_LIMIT, MemoryStorage};
use std::rc::Rc;

fn library_with(storage: MemoryStorage) -> (Library, Rc<MemoryStorage>) {
    let shared = Rc::new(storage);
    let lib = Library::load(Box::new(shared.clone())).unwrap();
    (lib, shared)
}

fn titled(title: &str) -> Draft {
    let mut d = Draft::blank("2026-01-01T00:00:00Z");
    d.overview.title = title.into();
    d
}

/// The id of a new draft titled `title`, created at `at`.
fn created(lib: &mut Library, title: &str, at: &str) -> Id {
    lib.create(&titled(title), at).unwrap()
}

/// A library holding one new draft titled `title`, created at `at`, and
/// that draft as opened.
fn opened(title: &str, at: &str) -> (Library, Rc<MemoryStorage>, Draft) {
    let (mut lib, storage) = library_with(MemoryStorage::new());
    let id = created(&mut lib, title, at);
    let draft = lib.open(id).unwrap();
    (lib, storage, draft)
}

/// Stores `d`'s copy as a save does but leaves the index as it was: a copy
/// the index does not describe, as a save whose index write was refused
/// leaves it.
fn store_copy_only(storage: &MemoryStorage, d: &Draft, at: &str) {
    storage
        .set(&keys::draft(d.id), &format::to_storage(d, at))
        .unwrap();
}

/// Two tabs on one storage, both loaded after the first made "Shared".
fn two_tabs() -> (Library, Library, Id) {
    let storage = Rc::new(MemoryStorage::new());
    let mut tab_a = Library::load(Box::new(storage.clone())).unwrap();
    let id = created(&mut tab_a, "Shared", "t0");
    let tab_b = Library::load(Box::new(storage)).unwrap();
    (tab_a, tab_b, id)
}

const FULL: &str = include_str!("../../../tests/fixtures/good/full.json");

#[test]
fn create_open_save_and_list_newest_first() {
    let (mut lib, _) = library_with(MemoryStorage::new());
    let a = created(&mut lib, "Alpha", "2026-01-01T10:00:00Z");
    let b = created(&mut lib, "Beta", "2026-01-02T10:00:00Z");
    let titles: Vec<String> = lib.drafts().into_iter().map(|e| e.title).collect();
    assert_eq!(titles, ["Beta", "Alpha"]);

    let mut alpha = lib.open(a).unwrap();
    alpha.overview.objectives = "Reach Asia".into();
    assert_eq!(lib.save(&alpha, "2026-01-03T10:00:00Z").unwrap(), 1);
    assert_eq!(lib.save(&alpha, "2026-01-03T10:00:01Z").unwrap(), 2);
    let reopened = lib.open(a).unwrap();
    assert_eq!(reopened.overview.objectives, "Reach Asia");
    assert_eq!(reopened.revision, 2);
    // The list knows each draft's readiness without opening it.
    assert!(lib.entry(a).unwrap().readiness.is_some_and(|r| r < 50));
    assert_eq!(lib.drafts()[0].id, a);
    assert_eq!(lib.drafts()[1].id, b);
}

#[test]
fn the_index_alone_lists_drafts_after_a_reload() {
    let storage = Rc::new(MemoryStorage::new());
    let mut lib = Library::load(Box::new(storage.clone())).unwrap();
    let id = created(&mut lib, "Kept", "2026-01-01T00:00:00Z");
    drop(lib);
    let lib = Library::load(Box::new(storage)).unwrap();
    assert_eq!(lib.drafts()[0].id, id);
    assert_eq!(lib.drafts()[0].title, "Kept");
    assert!(!lib.rebuilt_index);
}

#[test]
fn a_damaged_index_is_set_aside_and_rebuilt_from_the_drafts() {
    let storage = Rc::new(MemoryStorage::new());
    let mut lib = Library::load(Box::new(storage.clone())).unwrap();
    let id = created(&mut lib, "Survivor", "2026-01-01T00:00:00Z");
    storage.set(keys::INDEX, "{not json").unwrap();
    let lib = Library::load(Box::new(storage.clone())).unwrap();
    assert!(lib.rebuilt_index);
    assert_eq!(lib.drafts()[0].id, id);
    assert_eq!(lib.drafts()[0].title, "Survivor");
    assert_eq!(
        storage.get(keys::DAMAGED_INDEX).unwrap().unwrap(),
        "{not json"
    );
}

#[test]
fn a_damaged_draft_is_reported_with_its_raw_text_and_never_rewritten() {
    let (mut lib, storage) = library_with(MemoryStorage::new());
    let id = created(&mut lib, "Fragile", "t");
    storage
        .set(&keys::draft(id), "{\"format\": \"trajectory-studio\", oops")
        .unwrap();
    let before = storage.snapshot();
    match lib.open(id) {
        Err(OpenError::Damaged { raw, error }) => {
            assert!(raw.contains("oops"));
            assert!(error.to_string().contains("not valid JSON"));
        }
        other => panic!("{other:?}"),
    }
    assert!(lib.rename(id, "New", "t2").is_err());
    assert!(lib.duplicate(id, "t2").is_err());
    assert_eq!(storage.snapshot(), before);
    lib.mark_damaged(id);
    assert!(lib.entry(id).unwrap().damaged);
    assert_eq!(
        storage.get(&keys::draft(id)).unwrap(),
        before.get(&keys::draft(id)).cloned()
    );
    let reloaded = Library::load(Box::new(storage.clone())).unwrap();
    assert!(reloaded.entry(id).unwrap().damaged);
}

#[test]
fn rename_duplicate_trash_restore_and_empty() {
    let (mut lib, storage) = library_with(MemoryStorage::new());
    let id = created(&mut lib, "Draft", "2026-01-01T00:00:00Z");
    lib.rename(id, "Renamed", "2026-01-02T00:00:00Z").unwrap();
    assert_eq!(lib.open(id).unwrap().overview.title, "Renamed");
    let copy = lib.duplicate(id, "2026-01-03T00:00:00Z").unwrap();
    assert_eq!(lib.open(copy).unwrap().overview.title, "Renamed (copy)");
    assert_eq!(lib.drafts().len(), 2);
    // A copy of the copy, and a second copy of the original, are numbered.
    let second = lib.duplicate(copy, "2026-01-03T00:00:01Z").unwrap();
    assert_eq!(lib.open(second).unwrap().overview.title, "Renamed (copy 2)");
    let third = lib.duplicate(id, "2026-01-03T00:00:02Z").unwrap();
    assert_eq!(lib.open(third).unwrap().overview.title, "Renamed (copy 3)");
    lib.move_to_trash(second, "2026-01-03T00:00:03Z").unwrap();
    lib.move_to_trash(third, "2026-01-03T00:00:04Z").unwrap();
    lib.empty_trash().unwrap();

    lib.move_to_trash(id, "2026-01-04T00:00:00Z").unwrap();
    assert_eq!(lib.drafts().len(), 1);
    assert_eq!(lib.trash()[0].id, id);
    lib.restore(id).unwrap();
    assert_eq!(lib.drafts().len(), 2);
    assert!(lib.trash().is_empty());

    lib.move_to_trash(copy, "2026-01-05T00:00:00Z").unwrap();
    assert_eq!(lib.empty_trash().unwrap(), 1);
    assert!(storage.get(&keys::draft(copy)).unwrap().is_none());
    assert!(matches!(lib.open(copy), Err(OpenError::NotFound)));
    assert_eq!(lib.drafts().len(), 1);
}

#[test]
fn a_full_storage_fails_the_save_and_keeps_the_previous_copy() {
    let (mut lib, storage) = library_with(MemoryStorage::with_quota(2_000));
    let id = created(&mut lib, "Small", "t1");
    let mut big = lib.open(id).unwrap();
    big.overview.objectives = "x".repeat(5_000);
    assert_eq!(lib.save(&big, "t2"), Err(StorageError::Full));
    // Saving in place: a refused save leaves the draft's revision and time as they were.
    let mut in_place = big.clone();
    let before = (in_place.revision, in_place.updated_at.clone());
    assert_eq!(
        lib.save_in_place(&mut in_place, "t3"),
        Err(StorageError::Full)
    );
    assert_eq!((in_place.revision, in_place.updated_at.clone()), before);
    // Room is made: the same edit now saves and nothing is lost.
    assert_eq!(lib.open(id).unwrap().overview.objectives, "");
    let (mut roomy, _) = library_with(MemoryStorage::with_quota(50_000));
    let id2 = roomy.create(&big, "t3").unwrap();
    assert_eq!(roomy.open(id2).unwrap().overview.objectives.len(), 5_000);
    assert!(storage.get(keys::INDEX).unwrap().is_some());
}

#[test]
fn a_bad_import_leaves_storage_byte_for_byte_unchanged() {
    let (mut lib, storage) = library_with(MemoryStorage::new());
    created(&mut lib, "Existing", "t");
    let before = storage.snapshot();
    let bad = FULL.replace("\"2027-04-01\"", "\"31/02/2027\"");
    let err = lib.plan_import(bad.as_bytes()).unwrap_err();
    assert_eq!(
        err.to_string(),
        "drafts[0].phases[2].start: \"31/02/2027\" is not a date (expected YYYY-MM-DD)"
    );
    assert_eq!(storage.snapshot(), before);
}

#[test]
fn import_makes_new_drafts_and_export_import_is_equal() {
    let (mut lib, _) = library_with(MemoryStorage::new());
    let plan = lib.plan_import(FULL.as_bytes()).unwrap();
    assert!(plan.conflicts.is_empty());
    let original = plan.drafts[0].clone();
    let ids = lib
        .commit_import(plan, OnConflict::KeepBoth, "2026-02-01T00:00:00Z")
        .unwrap();
    assert_eq!(lib.open(ids[0]).unwrap(), original);

    let mut d = lib.open(ids[0]).unwrap();
    for i in 0..EXPORT_REMINDER_AFTER {
        d.revision = lib.save(&d, &format!("2026-02-01T00:00:{i:02}Z")).unwrap();
    }
    assert!(lib.entry(ids[0]).unwrap().needs_export());
    let (name, text) = lib.export_one(ids[0], "2026-02-02T00:00:00Z").unwrap();
    assert!(!lib.entry(ids[0]).unwrap().needs_export());
    assert_eq!(name, "go-global-performing-arts-2027.trajectory.json");
    assert_eq!(
        lib.entry(ids[0]).unwrap().exported_at.as_deref(),
        Some("2026-02-02T00:00:00Z")
    );

    let (mut other, _) = library_with(MemoryStorage::new());
    let plan = other.plan_import(text.as_bytes()).unwrap();
    let ids2 = other
        .commit_import(plan, OnConflict::KeepBoth, "t")
        .unwrap();
    assert_eq!(other.open(ids2[0]).unwrap(), lib.open(ids[0]).unwrap());
}

#[test]
fn importing_an_id_already_here_keeps_both_or_replaces_into_the_trash() {
    let (mut lib, _) = library_with(MemoryStorage::new());
    let plan = lib.plan_import(FULL.as_bytes()).unwrap();
    let id = lib.commit_import(plan, OnConflict::KeepBoth, "t1").unwrap()[0];
    lib.rename(id, "Local edits", "t2").unwrap();

    let plan = lib.plan_import(FULL.as_bytes()).unwrap();
    assert_eq!(plan.conflicts, vec![id]);
    let kept = lib.commit_import(plan, OnConflict::KeepBoth, "t3").unwrap();
    assert_ne!(kept[0], id);
    assert_eq!(lib.drafts().len(), 2);
    assert_eq!(lib.open(id).unwrap().overview.title, "Local edits");

    let plan = lib.plan_import(FULL.as_bytes()).unwrap();
    lib.commit_import(plan, OnConflict::Replace, "t4").unwrap();
    assert_eq!(
        lib.open(id).unwrap().overview.title,
        "Go Global: Performing Arts 2027"
    );
    let trashed = lib.trash();
    assert_eq!(trashed.len(), 1);
    let old = lib.open(trashed[0].id).unwrap();
    assert_eq!(old.overview.title, "Local edits");
}

#[test]
fn a_kept_version_goes_to_the_trash_readable_under_its_title_and_listed_once() {
    let (mut lib, storage, mine) = opened("Mine", "t1");
    let id = mine.id;
    let kept = lib
        .keep_in_trash(&mine, "Mine, before the merge", "t2")
        .unwrap();
    assert_ne!(kept, id);
    let trashed = lib.trash();
    assert_eq!(trashed.len(), 1);
    assert_eq!(trashed[0].id, kept);
    assert_eq!(trashed[0].title, "Mine, before the merge");
    assert_eq!(trashed[0].trashed_at.as_deref(), Some("t2"));
    let copy = lib.open(kept).unwrap();
    assert_eq!(copy.overview.title, "Mine, before the merge");
    assert_eq!(lib.open(id).unwrap().overview.title, "Mine");
    // The list says what is stored: another load reads the same list.
    let again = Library::load(Box::new(storage.clone())).unwrap();
    assert_eq!(again.trash(), trashed);
}

#[test]
fn a_failed_import_is_taken_back() {
    let (mut lib, storage) = library_with(MemoryStorage::with_quota(6_000));
    let plan = lib.plan_import(FULL.as_bytes()).unwrap();
    assert!(lib.commit_import(plan, OnConflict::KeepBoth, "t").is_err());
    assert!(lib.drafts().is_empty());
    let after = storage.snapshot();
    assert_eq!(after.keys().filter(|k| k.contains("/draft/")).count(), 0);
    assert!(
        Library::load(Box::new(storage))
            .unwrap()
            .drafts()
            .is_empty()
    );
}

#[test]
fn an_import_is_listed_whole_and_taken_back_whole_if_its_list_does_not_fit() {
    let bundle = format::to_file(&[titled("One"), titled("Two"), titled("Three")], "t");
    let weight = |m: &std::collections::BTreeMap<String, String>, drafts_only: bool| -> usize {
        m.iter()
            .filter(|(k, _)| !drafts_only || k.contains("/draft/"))
            .map(|(k, v)| k.encode_utf16().count() + v.encode_utf16().count())
            .sum()
    };
    // With room: all three are stored and listed, also after a reload.
    let (mut lib, storage) = library_with(MemoryStorage::new());
    let plan = lib.plan_import(bundle.as_bytes()).unwrap();
    lib.commit_import(plan, OnConflict::KeepBoth, "t").unwrap();
    assert_eq!(lib.drafts().len(), 3);
    let reloaded = Library::load(Box::new(storage.clone())).unwrap();
    assert_eq!(reloaded.drafts().len(), 3);
    let full = storage.snapshot();

    // Room for the three drafts but not for the list that names them:
    // nothing of the import stays.
    let quota = weight(&full, true) + 10;
    assert!(quota < weight(&full, false));
    let (mut lib, storage) = library_with(MemoryStorage::with_quota(quota));
    let plan = lib.plan_import(bundle.as_bytes()).unwrap();
    assert!(lib.commit_import(plan, OnConflict::KeepBoth, "t").is_err());
    assert!(lib.drafts().is_empty());
    assert!(storage.snapshot().keys().all(|k| !k.contains("/draft/")));
}

#[test]
fn back_up_everything_skips_the_trash_and_names_damaged_drafts() {
    let (mut lib, storage) = library_with(MemoryStorage::new());
    let a = created(&mut lib, "A", "2026-03-01T00:00:00Z");
    let b = created(&mut lib, "B", "2026-03-02T00:00:00Z");
    let c = created(&mut lib, "C", "2026-03-03T00:00:00Z");
    lib.move_to_trash(b, "t").unwrap();
    storage.set(&keys::draft(c), "garbage").unwrap();
    let (name, text, skipped) = lib.export_all("2026-03-04T12:00:00Z");
    assert_eq!(name, "trajectory-studio-backup-2026-03-04.json");
    assert_eq!(skipped, vec![c]);
    let env = format::parse_file(text.as_bytes()).unwrap();
    let ids: Vec<Id> = env.drafts.iter().map(|d| d.id).collect();
    assert_eq!(ids, vec![a]);
}

#[test]
fn two_tabs_never_silently_overwrite_each_other() {
    let (mut tab_a, mut tab_b, id) = two_tabs();
    let mut in_a = tab_a.open(id).unwrap();
    let mut in_b = tab_b.open(id).unwrap();

    in_a.overview.tagline = "from A".into();
    in_a.revision = tab_a.save_checked(&mut in_a, "t1").unwrap();
    in_b.overview.tagline = "from B".into();
    assert_eq!(
        tab_b.save_checked(&mut in_b, "t2"),
        Err(SaveError::Conflict { theirs: 1 })
    );
    assert_eq!(tab_b.open(id).unwrap().overview.tagline, "from A");

    // B reloads A's version, or overwrites knowingly from A's revision.
    in_b.revision = 1;
    assert_eq!(tab_b.save_checked(&mut in_b, "t3"), Ok(2));
    assert_eq!(
        tab_a.save_checked(&mut in_a, "t4"),
        Err(SaveError::Conflict { theirs: 2 })
    );
    tab_a.reload_index().unwrap();
    assert_eq!(tab_a.entry(id).unwrap().revision, 2);
}

#[test]
fn preferences_are_remembered_and_a_damaged_one_is_ignored() {
    let (lib, storage) = library_with(MemoryStorage::new());
    assert_eq!(lib.pref("guide/phases"), None);
    lib.set_pref("guide/phases", "closed").unwrap();
    lib.set_pref("guide/people", "open").unwrap();
    assert_eq!(lib.pref("guide/phases").as_deref(), Some("closed"));
    storage.set(keys::PREFS, "not json").unwrap();
    assert_eq!(lib.pref("guide/phases"), None);
    lib.set_pref("guide/phases", "open").unwrap();
    assert_eq!(lib.pref("guide/phases").as_deref(), Some("open"));
}

#[test]
fn drafts_stored_without_an_index_entry_are_listed_again() {
    let storage = Rc::new(MemoryStorage::new());
    let orphan = titled("Orphan");
    store_copy_only(&storage, &orphan, "t");
    let lib = Library::load(Box::new(storage)).unwrap();
    assert_eq!(lib.drafts()[0].title, "Orphan");
}

/// The web build reads the index at start and the copies only when one
/// needs it: the two halves, apart, come to what `load` and `check_next` do.
#[test]
fn the_index_is_read_first_and_the_copies_it_does_not_describe_after() {
    let (storage, [fine, cut, flipped]) = three_copies_two_damaged();
    let orphan = titled("Orphan");
    store_copy_only(&storage, &orphan, "t");
    let index_before = storage.get(keys::INDEX).unwrap();

    let mut lib = Library::load_index(Box::new(storage.clone())).unwrap();
    // Nothing is read yet: the orphan is listed untitled, the cut copy as
    // the index has it, and the index is not written.
    assert!(lib.has_unread());
    assert_eq!(lib.entry(orphan.id).unwrap().title, "");
    assert!(!lib.entry(cut).unwrap().damaged);
    assert_eq!(storage.get(keys::INDEX).unwrap(), index_before);

    assert!(lib.read_unread());
    assert!(!lib.has_unread());
    assert_eq!(lib.entry(orphan.id).unwrap().title, "Orphan");
    assert!(lib.entry(cut).unwrap().damaged);
    assert!(!lib.read_unread());

    // Hashing hands over the copy that differs, unread, with its text.
    let flipped_text = storage.get(&keys::draft(flipped)).unwrap().unwrap();
    assert_eq!(
        lib.hash_next(),
        Some(Hashed::Differs(flipped, flipped_text.clone()))
    );
    assert!(!lib.entry(flipped).unwrap().damaged);
    assert_eq!(
        lib.describe_copy(flipped, &flipped_text),
        CopyCheck::Damaged
    );
    assert_eq!(lib.hash_next(), Some(Hashed::Sound(fine)));
    // The orphan was described from its copy: its hash is sound too.
    assert_eq!(lib.hash_next(), Some(Hashed::Sound(orphan.id)));
    assert_eq!(lib.hash_next(), None);
    let reloaded = Library::load_index(Box::new(storage)).unwrap();
    assert!(!reloaded.has_unread());
    assert!(reloaded.entry(flipped).unwrap().damaged);
    assert_eq!(reloaded.entry(orphan.id).unwrap().title, "Orphan");
}

#[test]
fn a_draft_with_a_text_longer_than_imports_allow_still_reopens() {
    let (mut lib, _) = library_with(MemoryStorage::new());
    let mut d = titled("Long");
    d.overview.objectives = "z".repeat(crate::format::MAX_TEXT_CHARS + 1);
    let id = lib.create(&d, "t").unwrap();
    assert_eq!(
        lib.open(id).unwrap().overview.objectives.len(),
        crate::format::MAX_TEXT_CHARS + 1
    );
}

/// Replaces one character of a stored copy, keeping its length.
fn flip_first_brace(storage: &MemoryStorage, id: Id) {
    let key = keys::draft(id);
    let text = storage.get(&key).unwrap().unwrap();
    storage.set(&key, &text.replacen('{', "[", 1)).unwrap();
}

#[test]
fn every_save_records_the_length_and_hash_of_the_stored_copy() {
    let (mut lib, storage, mut d) = opened("Noted", "t0");
    let id = d.id;
    d.overview.objectives = "Accents: é, €, 🎭".into();
    lib.save(&d, "t1").unwrap();
    let stored = storage.get(&keys::draft(id)).unwrap().unwrap();
    let e = lib.entry(id).unwrap();
    assert_eq!(e.chars, Some(stored.encode_utf16().count()));
    assert_eq!(e.hash.as_deref(), Some(fingerprint::hash(&stored).as_str()));
    // And the index on disk says the same.
    let reloaded = Library::load(Box::new(storage.clone())).unwrap();
    assert_eq!(reloaded.entry(id), lib.entry(id));
}

/// Three programmes stored, `[fine, cut, flipped]`, then two of their
/// copies damaged behind the library's back: one cut short (its length
/// differs), one with a character changed (same length, another hash).
fn three_copies_two_damaged() -> (Rc<MemoryStorage>, [Id; 3]) {
    let (mut lib, storage) = library_with(MemoryStorage::new());
    let fine = created(&mut lib, "Fine", "2026-01-01T00:00:00Z");
    let cut = created(&mut lib, "Cut", "2026-01-02T00:00:00Z");
    let flipped = created(&mut lib, "Flipped", "2026-01-03T00:00:00Z");
    let key = keys::draft(cut);
    let text = storage.get(&key).unwrap().unwrap();
    storage.set(&key, &text[..text.len() / 2]).unwrap();
    flip_first_brace(&storage, flipped);
    (storage, [fine, cut, flipped])
}

#[test]
fn a_copy_damaged_behind_the_apps_back_is_listed_as_damaged_without_opening_it() {
    let (storage, [fine, cut, flipped]) = three_copies_two_damaged();
    let before = storage.get(&keys::draft(flipped)).unwrap();

    let mut lib = Library::load(Box::new(storage.clone())).unwrap();
    // The length check at load already lists the cut copy as damaged.
    assert!(lib.entry(cut).unwrap().damaged);
    assert!(!lib.entry(flipped).unwrap().damaged);
    // The hashes, one copy per call, find the other.
    let found: Vec<_> = std::iter::from_fn(|| lib.check_next("2027-01-01T00:00:00Z")).collect();
    assert_eq!(
        found,
        vec![(flipped, CopyCheck::Damaged), (fine, CopyCheck::Sound)]
    );
    assert!(lib.entry(flipped).unwrap().damaged);
    assert!(!lib.entry(fine).unwrap().damaged);
    assert!(lib.check_next("2027-01-01T00:00:00Z").is_none());
    // Never rewritten; its text is offered as it is; the mark is remembered.
    assert_eq!(storage.get(&keys::draft(flipped)).unwrap(), before);
    assert_eq!(lib.raw(flipped).unwrap(), before);
    let reloaded = Library::load(Box::new(storage.clone())).unwrap();
    assert!(reloaded.entry(flipped).unwrap().damaged);
    assert!(reloaded.entry(cut).unwrap().damaged);
    assert!(!reloaded.entry(fine).unwrap().damaged);
}

#[test]
fn a_copy_newer_than_its_entry_is_described_again_not_called_damaged() {
    let (_, storage, mut newer) = opened("Before", "2026-01-01T00:00:00Z");
    let id = newer.id;
    // A save whose draft was stored but whose index write was refused.
    newer.overview.title = "After".into();
    newer.revision = 1;
    newer.updated_at = "2026-01-02T00:00:00Z".into();
    store_copy_only(&storage, &newer, "2026-01-02T00:00:00Z");
    let lib = Library::load(Box::new(storage.clone())).unwrap();
    let e = lib.entry(id).unwrap();
    assert!(!e.damaged);
    assert_eq!((e.title.as_str(), e.revision), ("After", 1));
    // The same copy, same length: found by its hash.
    let (_, storage, mut same_length) = opened("Abc", "2026-01-01T00:00:00Z");
    let id = same_length.id;
    same_length.overview.title = "Xyz".into();
    store_copy_only(&storage, &same_length, "2026-01-01T00:00:00Z");
    let mut lib = Library::load(Box::new(storage.clone())).unwrap();
    assert_eq!(
        lib.check_next("2027-01-01T00:00:00Z"),
        Some((id, CopyCheck::Described))
    );
    assert_eq!(lib.entry(id).unwrap().title, "Xyz");
    assert!(!lib.entry(id).unwrap().damaged);
}

#[test]
fn a_copy_another_tab_saved_since_this_one_loaded_is_sound() {
    let (mut tab_a, mut tab_b, id) = two_tabs();
    let mut d = tab_a.open(id).unwrap();
    d.overview.tagline = "saved in A".into();
    tab_a.save_checked(&mut d, "t1").unwrap();
    assert_eq!(
        tab_b.check_next("2027-01-01T00:00:00Z"),
        Some((id, CopyCheck::Sound))
    );
    assert_eq!(tab_b.entry(id).unwrap().revision, 1);
}

/// An index as the app wrote it before lengths and hashes: it must keep
/// loading, and its entries get both on their first check.
#[test]
fn an_index_in_the_format_before_hashes_loads_and_is_filled_in() {
    let storage = Rc::new(MemoryStorage::new());
    let mut alpha = titled("Alpha");
    alpha.revision = 3;
    let beta = titled("Beta");
    let alpha_text = format::to_storage(&alpha, "2026-01-01T10:00:00Z");
    storage.set(&keys::draft(alpha.id), &alpha_text).unwrap();
    storage
        .set(
            &keys::draft(beta.id),
            "{\"format\": \"trajectory-studio\", oops",
        )
        .unwrap();
    let index = format!(
        r#"{{"drafts":[{{"id":"{a}","title":"Alpha","updated_at":"2026-01-01T10:00:00Z","revision":3,"bytes":{n},"exported_at":"2026-01-01T11:00:00Z","exported_revision":3,"readiness":12}},{{"id":"{b}","title":"Beta","updated_at":"2026-01-02T10:00:00Z","revision":0,"trashed_at":"2026-01-03T00:00:00Z","bytes":40}}]}}"#,
        a = alpha.id,
        b = beta.id,
        n = alpha_text.len()
    );
    storage.set(keys::INDEX, &index).unwrap();

    let mut lib = Library::load(Box::new(storage.clone())).unwrap();
    assert!(!lib.rebuilt_index);
    assert_eq!(lib.drafts()[0].title, "Alpha");
    assert_eq!(lib.trash()[0].title, "Beta");
    assert_eq!(lib.entry(alpha.id).unwrap().chars, None);
    // Loading alone wrote nothing.
    assert_eq!(
        storage.get(keys::INDEX).unwrap().as_deref(),
        Some(index.as_str())
    );

    assert_eq!(
        lib.check_next("2027-01-01T00:00:00Z"),
        Some((alpha.id, CopyCheck::Described))
    );
    assert_eq!(
        lib.check_next("2027-01-01T00:00:00Z"),
        Some((beta.id, CopyCheck::Damaged))
    );
    assert_eq!(lib.check_next("2027-01-01T00:00:00Z"), None);
    let reloaded = Library::load(Box::new(storage.clone())).unwrap();
    let a = reloaded.entry(alpha.id).unwrap();
    assert_eq!(a.chars, Some(alpha_text.encode_utf16().count()));
    assert_eq!(
        a.hash.as_deref(),
        Some(fingerprint::hash(&alpha_text).as_str())
    );
    // What the old index knew is kept.
    assert_eq!(a.exported_revision, Some(3));
    assert_eq!(a.updated_at, "2026-01-01T10:00:00Z");
    assert!(reloaded.entry(beta.id).unwrap().damaged);
    assert!(reloaded.entry(beta.id).unwrap().trashed_at.is_some());
}

#[test]
fn storage_use_counts_every_key_and_value_and_follows_the_library() {
    let storage = Rc::new(MemoryStorage::new());
    // Counted in UTF-16 code units, as browsers count: "été" is 3, "🎭" 2.
    storage.set("another-app/setting", "été🎭").unwrap();
    let mut lib = Library::load(Box::new(storage.clone())).unwrap();
    let counted = |s: &MemoryStorage| -> usize {
        s.snapshot()
            .iter()
            .filter(|(k, _)| k.starts_with(keys::PREFIX))
            .map(|(k, v)| k.encode_utf16().count() + v.encode_utf16().count())
            .sum()
    };
    let other = 19 + 5;
    assert_eq!(lib.storage_use().unwrap(), StorageUse { app: 0, other });

    let plan = lib.plan_import(FULL.as_bytes()).unwrap();
    let ids = lib.commit_import(plan, OnConflict::KeepBoth, "t1").unwrap();
    let after_import = lib.storage_use().unwrap();
    assert!(after_import.app > 1_000);
    assert_eq!(after_import.app, counted(&storage));
    assert_eq!(after_import.other, other);

    lib.move_to_trash(ids[0], "t2").unwrap();
    // In the trash a programme still takes its room.
    assert!(lib.storage_use().unwrap().app >= after_import.app);
    lib.empty_trash().unwrap();
    let emptied = lib.storage_use().unwrap();
    assert_eq!(emptied.app, counted(&storage));
    assert!(
        emptied.app < 100,
        "only an empty index is left: {emptied:?}"
    );
}

#[test]
fn the_storage_warning_shows_from_eighty_percent_of_local_storage() {
    let storage = Rc::new(MemoryStorage::with_quota(LOCAL_STORAGE_LIMIT));
    let mut lib = Library::load(Box::new(storage.clone())).unwrap();
    created(&mut lib, "Small", "t");
    assert!(!lib.storage_use().unwrap().nearly_full());
    // Another page of the site fills it to just under 80%: no warning yet.
    let used = lib.storage_use().unwrap().total();
    let threshold = LOCAL_STORAGE_LIMIT * 80 / 100;
    let filler_key = "filler";
    storage
        .set(
            filler_key,
            &"x".repeat(threshold - used - filler_key.len() - 1),
        )
        .unwrap();
    let usage = lib.storage_use().unwrap();
    assert_eq!(usage.total(), threshold - 1);
    assert!(!usage.nearly_full());
    // A few more characters typed in a programme and the warning is due.
    let mut d = lib.open(lib.drafts()[0].id).unwrap();
    d.overview.objectives = "y".repeat(20);
    lib.save(&d, "t1").unwrap();
    assert!(lib.storage_use().unwrap().total() >= threshold);
    assert!(lib.storage_use().unwrap().nearly_full());
}

#[test]
fn an_export_or_an_import_keeps_that_version_as_the_base_for_a_later_merge() {
    let (mut lib, storage) = library_with(MemoryStorage::new());
    let id = created(&mut lib, "Shared", "t0");
    assert_eq!(lib.base(id), None);
    let mut d = lib.open(id).unwrap();
    lib.export_one(id, "t1").unwrap();
    let exported = lib.base(id).unwrap();
    assert_eq!(exported.overview.title, "Shared");
    // Editing afterwards leaves the base as exported.
    d.overview.title = "Shared, edited".into();
    lib.save(&d, "t2").unwrap();
    assert_eq!(lib.base(id).unwrap(), exported);
    // It counts in the storage meter, under the app's own keys.
    let with_base = lib.storage_use().unwrap().app;
    assert!(storage.get(&keys::base(id)).unwrap().is_some());

    let (mut other, _) = library_with(MemoryStorage::new());
    let plan = other.plan_import(FULL.as_bytes()).unwrap();
    let ids = other
        .commit_import(plan, OnConflict::KeepBoth, "t3")
        .unwrap();
    for id in &ids {
        assert_eq!(other.base(*id).unwrap(), other.open(*id).unwrap());
    }

    // Deleting the programme for good forgets its base.
    lib.move_to_trash(id, "t4").unwrap();
    lib.empty_trash().unwrap();
    assert_eq!(lib.base(id), None);
    assert!(lib.storage_use().unwrap().app < with_base);
}

#[test]
fn bases_make_room_for_the_work_oldest_first() {
    // Two programmes exported, in a storage with 1 000 characters to spare.
    let fill = |lib: &mut Library| -> Vec<Id> {
        ["First", "Second"]
            .into_iter()
            .map(|name| {
                let mut d = titled(name);
                d.overview.objectives = "o".repeat(1_500);
                let id = lib.create(&d, "t0").unwrap();
                lib.export_one(id, "t1").unwrap();
                id
            })
            .collect()
    };
    let (mut roomy, _) = library_with(MemoryStorage::new());
    fill(&mut roomy);
    let used = roomy.storage_use().unwrap().app;
    let (mut lib, storage) = library_with(MemoryStorage::with_quota(used + 1_000));
    let ids = fill(&mut lib);
    assert!(ids.iter().all(|id| lib.base(*id).is_some()));
    // A save 3 000 characters longer does not fit beside both bases: the
    // oldest goes first, and the work is saved.
    let mut big = lib.open(ids[1]).unwrap();
    big.overview.objectives = "x".repeat(4_500);
    lib.save(&big, "t2").unwrap();
    assert_eq!(lib.base(ids[0]), None, "the oldest base made room");
    assert!(lib.base(ids[1]).is_some());
    assert_eq!(lib.open(ids[1]).unwrap().overview.objectives.len(), 4_500);
    assert!(storage.get(keys::BASES).unwrap().is_some());
    // When a base does not fit at all, none is kept and the export works.
    let (mut measure, _) = library_with(MemoryStorage::new());
    created(&mut measure, "Tight", "t0");
    let used = measure.storage_use().unwrap().app;
    let (mut tight, _) = library_with(MemoryStorage::with_quota(used + 200));
    let id = created(&mut tight, "Tight", "t0");
    assert!(tight.export_one(id, "t1").is_ok());
    assert_eq!(tight.base(id), None);
}

#[test]
fn a_members_sheet_is_kept_apart_and_never_blanked_by_receiving_it_again() {
    use crate::format::sheet::ScoringSheet;
    let (mut lib, storage) = library_with(MemoryStorage::new());
    let mut d = titled("Crossings");
    let a = crate::model::Applicant {
        name: "Ana".into(),
        ..Default::default()
    };
    let app = a.id;
    d.selection.applicants.push(a);
    d.selection.criteria.push(crate::model::SelectionCriterion {
        weight: 100,
        ..Default::default()
    });
    let crit = d.selection.criteria[0].id;
    let m = d.add_member("Dana");
    let member = <crate::model::CommitteeMember as crate::model::Item>::find(&d, m).unwrap();
    let sheet = ScoringSheet::issue(&d, member, crate::model::Lang::En, "t0");
    assert_eq!(lib.receive_kept(sheet.clone()), Ok(false));
    let mut filled = lib.sheet(m).unwrap();
    filled.set_score(app, crit, Some(4));
    lib.keep(&filled).unwrap();
    // The same sheet opened again keeps the scores given.
    assert_eq!(lib.receive_kept(sheet), Ok(true));
    assert_eq!(
        lib.sheet(m).unwrap().score(app, crit).unwrap().value,
        Some(4)
    );
    assert_eq!(lib.sheets().len(), 1);
    // A sheet is not a programme.
    assert!(lib.drafts().is_empty());
    assert!(storage.keys(keys::SHEET_PREFIX).unwrap().len() == 1);
    lib.remove_sheet(m).unwrap();
    assert!(lib.sheets().is_empty());
}

#[test]
fn the_list_says_where_a_programme_stands_and_how_many_pairs_have_gone_quiet() {
    use crate::model::{PersonRole, Stage};
    let (mut lib, _storage, mut d) = opened("Nordic Stages", "2027-01-02T09:00:00Z");
    d.overview.start = Some("2027-01-04".parse().unwrap());
    d.overview.end = Some("2027-06-30".parse().unwrap());
    lib.save(&d, "2027-01-03T10:00:00Z").unwrap();
    let id = d.id;
    let entry = |lib: &Library| lib.entry(id).cloned().unwrap();
    assert_eq!(entry(&lib).stage, Some(Stage::Designing));
    let mentor = d.add_person(PersonRole::Expert);
    let ana = d.add_participant();
    d.assign_mentor(mentor, ana, None).unwrap();
    // 3 February: 30 days into the programme without a session.
    lib.save(&d, "2027-02-03T10:00:00Z").unwrap();
    assert_eq!(entry(&lib).stage, Some(Stage::Running));
    assert_eq!(entry(&lib).quiet_pairs, 1);
    d.add_session(Some("2027-02-02".parse().unwrap()), Some(ana));
    let s = &mut d.running.sessions[0];
    s.mentor_ids.push(mentor);
    lib.save(&d, "2027-02-03T10:00:01Z").unwrap();
    assert_eq!(entry(&lib).quiet_pairs, 0);
    // A log sheet given out is awaited until its log comes back.
    assert_eq!(entry(&lib).logs_out, 0);
    d.log_sheet_given(mentor, "2027-02-03T10:00:02Z");
    lib.save(&d, "2027-02-03T10:00:03Z").unwrap();
    assert_eq!(entry(&lib).logs_out, 1);
    <crate::model::Person as crate::model::Item>::find_mut(&mut d, mentor)
        .unwrap()
        .log_taken = Some("2027-02-10T10:00:00Z".into());
    lib.save(&d, "2027-02-10T10:00:01Z").unwrap();
    assert_eq!(entry(&lib).logs_out, 0);
    lib.save(&d, "2027-07-01T10:00:00Z").unwrap();
    assert_eq!(entry(&lib).stage, Some(Stage::Finished));
}

#[test]
fn a_running_programme_left_alone_is_seen_going_quiet_at_the_next_visit() {
    use crate::model::{PersonRole, Stage};
    let (mut lib, storage, mut d) = opened("Nordic Stages", "2027-01-02T09:00:00Z");
    d.overview.start = Some("2027-01-04".parse().unwrap());
    d.overview.end = Some("2027-06-30".parse().unwrap());
    let mentor = d.add_person(PersonRole::Expert);
    let ana = d.add_participant();
    d.assign_mentor(mentor, ana, None).unwrap();
    d.add_session(Some("2027-02-02".parse().unwrap()), Some(ana));
    d.running.sessions[0].mentor_ids.push(mentor);
    // Saved the day after a session: nothing to flag then.
    lib.save(&d, "2027-02-03T10:00:00Z").unwrap();
    let id = d.id;
    assert_eq!(lib.entry(id).unwrap().quiet_pairs, 0);
    // Nobody opens it for a month; the next visit checks the copies when
    // idle and sees the pair gone quiet, without the copy changing.
    let mut later = Library::load(Box::new(storage.clone())).unwrap();
    let checked: Vec<(Id, CopyCheck)> =
        std::iter::from_fn(|| later.check_next("2027-03-05T09:00:00Z")).collect();
    assert_eq!(checked, [(id, CopyCheck::Sound)]);
    let entry = later.entry(id).unwrap();
    assert_eq!((entry.stage, entry.quiet_pairs), (Some(Stage::Running), 1));
    assert_eq!(entry.updated_at, "2027-02-03T10:00:00Z");
    // And the index keeps it for the visit after.
    let again = Library::load(Box::new(storage.clone())).unwrap();
    assert_eq!(again.entry(id).unwrap().quiet_pairs, 1);
    // Past its end, the next visit lists it as finished.
    let mut after = Library::load(Box::new(storage.clone())).unwrap();
    while after.check_next("2027-08-01T09:00:00Z").is_some() {}
    assert_eq!(after.entry(id).unwrap().stage, Some(Stage::Finished));
}
