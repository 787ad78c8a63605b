use serde::{Deserialize, Serialize};

use super::{Storage, StorageError, StorageUse, fingerprint, keys};
use crate::format::{self, ImportError};
use crate::model::{Draft, Id};
use crate::text::{copy_names, display_title, lang, untitled};

/// What the home screen knows about a draft without parsing it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DraftEntry {
    pub id: Id,
    pub title: String,
    /// Last change in this browser (RFC 3339).
    pub updated_at: String,
    pub revision: u64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub trashed_at: Option<String>,
    /// Size of the stored text in UTF-8 bytes (kept for older versions of
    /// the app, which read it).
    #[serde(default)]
    pub bytes: usize,
    /// Length of the stored copy in UTF-16 code units, as `localStorage`
    /// counts it; written with every save. Absent in indexes written before
    /// it existed: filled in by the first check of the copy.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub chars: Option<usize>,
    /// [`fingerprint::hash`] of the stored copy, written with every save, so
    /// that a copy changed behind the app's back is found without parsing it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hash: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub exported_at: Option<String>,
    /// The revision that was last exported, to remind about a fresh export.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub exported_revision: Option<u64>,
    /// The stored copy cannot be read (found when opened, or by the checks
    /// of [`Library::check_next`]); it is kept as is.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub damaged: bool,
    /// Readiness (0–100) at the last save, shown in the list.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub readiness: Option<u8>,
    /// Where the programme stood at the last save, shown in the list.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stage: Option<crate::model::Stage>,
    /// Mentor–mentee pairs with no recent session at the last save: the
    /// list says the programme needs attention.
    #[serde(default, skip_serializing_if = "is_zero")]
    pub quiet_pairs: usize,
    /// Mentors whose log sheet was given and has not come back, at the
    /// last save: sessions not yet taken in.
    #[serde(default, skip_serializing_if = "is_zero")]
    pub logs_out: usize,
}

impl DraftEntry {
    /// The entry with where `draft` stands as of `now`.
    fn with_standing(mut self, draft: &Draft, now: &str) -> DraftEntry {
        self.set_standing(draft, now);
        self
    }

    /// Sets where `draft` stands as of `now`: readiness, stage, and what
    /// needs attention.
    fn set_standing(&mut self, draft: &Draft, now: &str) {
        self.readiness = Some(crate::review::readiness(draft));
        if let Some(today) = day_of(now) {
            self.stage = Some(draft.stage(today));
            self.quiet_pairs = draft.progress(today).stalls.len();
        }
        self.logs_out = draft.logs_out().len();
    }
}

fn is_zero(n: &usize) -> bool {
    *n == 0
}

/// The one programme a stored copy holds, if it reads as one.
fn stored_draft(raw: &str) -> Option<Draft> {
    match format::parse_stored(raw.as_bytes()) {
        Ok(env) if env.drafts.len() == 1 => env.drafts.into_iter().next(),
        _ => None,
    }
}

/// The day of an RFC 3339 time (`2027-03-01T10:00:00Z`), if it has one.
fn day_of(time: &str) -> Option<crate::model::Date> {
    time.get(..10)?.parse().ok()
}

#[derive(Default, Serialize, Deserialize)]
struct IndexFile {
    drafts: Vec<DraftEntry>,
}

/// Why a draft could not be opened.
#[derive(Clone, Debug, PartialEq, thiserror::Error)]
pub enum OpenError {
    #[error("{}", rust_i18n::t!("store.not_found"))]
    NotFound,
    /// The stored text is kept as it is; the user may download it.
    #[error("{}", rust_i18n::t!("store.damaged", error = .error))]
    Damaged { raw: String, error: ImportError },
    #[error(transparent)]
    Storage(#[from] StorageError),
}

/// Why a checked save did not happen.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum SaveError {
    #[error(transparent)]
    Storage(#[from] StorageError),
    /// Another tab saved a newer revision since this copy was opened or saved.
    #[error("{}", rust_i18n::t!("store.conflict"))]
    Conflict { theirs: u64 },
}

/// What to do when an imported draft has the id of one already here.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OnConflict {
    /// The imported copy gets a new id; both stay.
    KeepBoth,
    /// The imported copy takes the id; the old one goes to the trash.
    Replace,
}

/// A checked file, ready to be added; nothing is stored yet.
#[derive(Clone, Debug, PartialEq)]
pub struct ImportPlan {
    pub drafts: Vec<Draft>,
    /// Ids of drafts in the file that are already in the library.
    pub conflicts: Vec<Id>,
}

/// What checking one stored copy against its index entry found.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CopyCheck {
    /// The copy is the one the index describes.
    Sound,
    /// The copy differs and cannot be read: listed as damaged, kept as it is.
    Damaged,
    /// The copy differs but reads as a programme, so the index is what was
    /// out of date (a save whose index write was refused, or an index from
    /// before lengths and hashes): the entry now describes the copy.
    Described,
}

/// What hashing one stored copy found ([`Library::hash_next`]).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Hashed {
    /// The copy is the one the index describes.
    Sound(Id),
    /// The copy is the one the index describes, of a programme that was
    /// running when last saved: what the list says of it (pairs gone quiet,
    /// whether it has finished) depends on the day, so its text is read
    /// again as of today.
    Running(Id, String),
    /// The copy differs from its entry: its text, to be read.
    Differs(Id, String),
}

/// All drafts of this browser: an index under one key, each draft under its own.
pub struct Library {
    storage: Box<dyn Storage>,
    entries: Vec<DraftEntry>,
    /// Drafts whose stored copy has not been hashed yet in this visit, the
    /// next one last.
    unchecked: Vec<Id>,
    /// Drafts whose stored copy differs from what the index says of it (or
    /// that the index misses): to be read by [`Library::read_unread`].
    unread: Vec<Id>,
    /// The index could not be read and was rebuilt from the stored drafts.
    pub rebuilt_index: bool,
}

impl Library {
    /// Reads the index, then every stored copy the index does not describe
    /// ([`Library::load_index`], then [`Library::read_unread`]).
    pub fn load(storage: Box<dyn Storage>) -> Result<Library, StorageError> {
        let mut library = Library::load_index(storage)?;
        library.read_unread();
        Ok(library)
    }

    /// Reads the index only, and notes (without reading them) the stored
    /// copies it does not describe: drafts it misses, and copies whose length
    /// differs from the one it recorded. A damaged index is set aside (never
    /// overwritten) and rebuilt from the drafts found in storage. Reading a
    /// copy means parsing a programme; the web build does that in a part of
    /// its own, fetched only when a copy needs it.
    pub fn load_index(storage: Box<dyn Storage>) -> Result<Library, StorageError> {
        let mut rebuilt_index = false;
        let mut entries = match storage.get(keys::INDEX)? {
            None => Vec::new(),
            Some(text) => match serde_json::from_str::<IndexFile>(&text) {
                Ok(index) => index.drafts,
                Err(_) => {
                    rebuilt_index = true;
                    // Best effort: keep the damaged text for a person to look at.
                    let _ = storage.set(keys::DAMAGED_INDEX, &text);
                    Vec::new()
                }
            },
        };
        // Drafts stored without an index entry (an index write that failed,
        // or a rebuilt index) are listed again, never forgotten.
        let mut missing = Vec::new();
        for key in storage.keys(keys::DRAFT_PREFIX)? {
            let Ok(id) = key[keys::DRAFT_PREFIX.len()..].parse::<Id>() else {
                continue;
            };
            if entries.iter().any(|e| e.id == id) {
                continue;
            }
            entries.push(DraftEntry {
                id,
                title: String::new(),
                updated_at: String::new(),
                revision: 0,
                trashed_at: None,
                bytes: 0,
                chars: None,
                hash: None,
                exported_at: None,
                exported_revision: None,
                damaged: false,
                readiness: None,
                stage: None,
                quiet_pairs: 0,
                logs_out: 0,
            });
            missing.push(id);
        }
        // Entries whose draft is gone cannot be opened; drop them.
        let before = entries.len();
        let stored = storage.keys(keys::DRAFT_PREFIX)?;
        entries.retain(|e| stored.contains(&keys::draft(e.id)));
        let mut library = Library {
            storage,
            entries,
            unchecked: Vec::new(),
            unread: missing,
            rebuilt_index,
        };
        library.check_lengths()?;
        library.unchecked = library
            .drafts()
            .iter()
            .chain(library.trash().iter())
            .rev()
            .map(|e| e.id)
            .collect();
        // What is still to be read is written once it is read.
        if library.unread.is_empty() && before != library.entries.len() {
            // Not fatal: the next successful save writes the index again.
            let _ = library.write_index();
        }
        Ok(library)
    }

    /// Whether some stored copy waits to be read ([`Library::load_index`]).
    pub fn has_unread(&self) -> bool {
        !self.unread.is_empty()
    }

    /// Reads the copies [`Library::load_index`] found the index does not
    /// describe, and describes them: a copy that reads as a programme gets
    /// its title, revision and readiness listed, one that does not is listed
    /// as damaged and kept as it is. Whether anything in the list changed.
    pub fn read_unread(&mut self) -> bool {
        let unread = std::mem::take(&mut self.unread);
        let mut changed = false;
        for id in unread {
            // Gone meanwhile, or unreadable now: nothing to describe.
            let Ok(Some(raw)) = self.storage.get(&keys::draft(id)) else {
                continue;
            };
            if let Some(e) = self.entries.iter_mut().find(|e| e.id == id) {
                e.describe(&raw);
                changed = true;
            }
        }
        if changed {
            // Not fatal: the next successful save writes the index again.
            let _ = self.write_index();
        }
        changed
    }

    /// Drafts not in the trash, most recently changed first.
    pub fn drafts(&self) -> Vec<DraftEntry> {
        self.listed(false, |e| &e.updated_at)
    }

    /// Drafts in the trash, most recently trashed first.
    pub fn trash(&self) -> Vec<DraftEntry> {
        self.listed(true, |e| &e.trashed_at)
    }

    /// The entries in the trash or out of it, the latest `when` first.
    fn listed<K: Ord>(&self, trashed: bool, when: fn(&DraftEntry) -> &K) -> Vec<DraftEntry> {
        let mut list: Vec<DraftEntry> = self
            .entries
            .iter()
            .filter(|e| e.trashed_at.is_some() == trashed)
            .cloned()
            .collect();
        list.sort_by(|a, b| when(b).cmp(when(a)));
        list
    }

    pub fn entry(&self, id: Id) -> Option<&DraftEntry> {
        self.entries.iter().find(|e| e.id == id)
    }

    /// Everything stored in this site's `localStorage`, counted as browsers
    /// count it against [`LOCAL_STORAGE_LIMIT`](super::LOCAL_STORAGE_LIMIT):
    /// characters (UTF-16 code units) of every key and value, this app's
    /// apart from the rest. No value is copied into the app to be counted.
    pub fn storage_use(&self) -> Result<StorageUse, StorageError> {
        let mut usage = StorageUse::default();
        for key in self.storage.keys("")? {
            let n = fingerprint::chars(&key) + self.storage.utf16_len(&key)?.unwrap_or(0);
            if key.starts_with(keys::PREFIX) {
                usage.app += n;
            } else {
                usage.other += n;
            }
        }
        Ok(usage)
    }

    /// Compares the length of every stored copy with the one its entry
    /// recorded: a cheap look at each copy (no parsing, and in the browser
    /// no copy of the text into the app: a string knows its length). A copy
    /// whose length differs is to be read, to tell damage from an index that
    /// fell behind: noted in [`Library::unread`].
    fn check_lengths(&mut self) -> Result<(), StorageError> {
        for e in &self.entries {
            let Some(recorded) = e.chars.filter(|_| !e.damaged) else {
                continue;
            };
            if self.storage.utf16_len(&keys::draft(e.id))? != Some(recorded) {
                self.unread.push(e.id);
            }
        }
        Ok(())
    }

    /// Hashes the next stored copy not checked yet in this visit and
    /// compares it with its entry; `None` once every copy is checked. Meant
    /// for idle time, one copy per call, so no start waits for it. A copy
    /// that differs is read to tell damage from an index that fell behind,
    /// and what is found is written to the index at once.
    /// A running programme's standing is worked out again as of `now`.
    pub fn check_next(&mut self, now: &str) -> Option<(Id, CopyCheck)> {
        Some(match self.hash_next()? {
            Hashed::Sound(id) => (id, CopyCheck::Sound),
            Hashed::Running(id, raw) => (id, self.restand_copy(id, &raw, now)),
            Hashed::Differs(id, raw) => (id, self.describe_copy(id, &raw)),
        })
    }

    /// The first half of [`Library::check_next`]: hashes the next copy not
    /// checked yet, and returns a copy that differs from its entry without
    /// reading it.
    pub fn hash_next(&mut self) -> Option<Hashed> {
        loop {
            let id = self.unchecked.pop()?;
            if self.entry(id).is_none_or(|e| e.damaged) {
                continue;
            }
            // Gone meanwhile (another tab emptied its trash), or unreadable
            // now: nothing to say about it.
            let Ok(Some(raw)) = self.storage.get(&keys::draft(id)) else {
                continue;
            };
            let hash = fingerprint::hash(&raw);
            if self
                .entry(id)
                .is_some_and(|e| e.hash.as_ref() == Some(&hash))
            {
                return Some(self.sound(id, raw));
            }
            // Another tab may have saved this draft since the index was read.
            let _ = self.reload_index();
            let Some(entry) = self.entry(id) else {
                continue;
            };
            if entry.hash.as_ref() == Some(&hash) {
                return Some(self.sound(id, raw));
            }
            return Some(Hashed::Differs(id, raw));
        }
    }

    /// A copy found as its entry says: a running programme's, with its text
    /// to read again as of today.
    fn sound(&self, id: Id, raw: String) -> Hashed {
        let running = self
            .entry(id)
            .is_some_and(|e| e.stage == Some(crate::model::Stage::Running));
        if running {
            Hashed::Running(id, raw)
        } else {
            Hashed::Sound(id)
        }
    }

    /// Works out again, as of `now`, where the running programme of the
    /// sound copy `raw` stands, and writes it to the index at once.
    pub fn restand_copy(&mut self, id: Id, raw: &str, now: &str) -> CopyCheck {
        let Some(d) = stored_draft(raw) else {
            return self.describe_copy(id, raw);
        };
        let Some(entry) = self.entries.iter_mut().find(|e| e.id == id) else {
            return CopyCheck::Sound;
        };
        entry.set_standing(&d, now);
        // Not fatal: the next visit works it out again.
        let _ = self.write_index();
        CopyCheck::Sound
    }

    /// The second half of [`Library::check_next`]: reads a copy that
    /// differs from its entry, `raw`, and writes at once what it is.
    pub fn describe_copy(&mut self, id: Id, raw: &str) -> CopyCheck {
        let Some(entry) = self.entries.iter_mut().find(|e| e.id == id) else {
            return CopyCheck::Sound;
        };
        let outcome = entry.describe(raw);
        // Not fatal: the next check after a reload finds it again.
        let _ = self.write_index();
        outcome
    }

    /// Stores a new draft and lists it.
    pub fn create(&mut self, draft: &Draft, now: &str) -> Result<Id, StorageError> {
        self.write_draft(draft, now)?;
        Ok(draft.id)
    }

    /// Reads and checks one draft. The draft's id is always the one asked for.
    pub fn open(&self, id: Id) -> Result<Draft, OpenError> {
        let raw = self
            .storage
            .get(&keys::draft(id))?
            .ok_or(OpenError::NotFound)?;
        let env = format::parse_stored(raw.as_bytes()).map_err(|error| OpenError::Damaged {
            raw: raw.clone(),
            error,
        })?;
        match env.drafts.into_iter().next() {
            Some(mut draft) => {
                draft.id = id;
                Ok(draft)
            }
            None => Err(OpenError::Damaged {
                raw,
                error: ImportError::at("drafts", format::ImportKind::NoProgramme),
            }),
        }
    }

    /// Notes in the list that a draft's stored copy cannot be read. Only the
    /// index is written: the damaged text itself stays as it is.
    pub fn mark_damaged(&mut self, id: Id) {
        if let Some(e) = self.entries.iter_mut().find(|e| e.id == id)
            && !e.damaged
        {
            e.damaged = true;
            let _ = self.write_index();
        }
    }

    /// The stored text of a draft as it is, damaged or not.
    pub fn raw(&self, id: Id) -> Result<Option<String>, StorageError> {
        self.storage.get(&keys::draft(id))
    }

    /// Saves `draft` as its next revision, reads it back to be sure, and
    /// updates the index. Returns the revision now stored.
    pub fn save(&mut self, draft: &Draft, now: &str) -> Result<u64, StorageError> {
        self.save_in_place(&mut draft.clone(), now)
    }

    /// [`save`](Self::save) that stamps the new revision and time on `draft`
    /// itself instead of on a copy (a large draft costs milliseconds to copy);
    /// a failed save leaves `draft` as it was.
    pub fn save_in_place(&mut self, draft: &mut Draft, now: &str) -> Result<u64, StorageError> {
        let revision = self.entry(draft.id).map_or(0, |e| e.revision) + 1;
        let before = (
            draft.revision,
            std::mem::replace(&mut draft.updated_at, now.to_string()),
        );
        draft.revision = revision;
        match self.write_draft(draft, now) {
            Ok(()) => Ok(revision),
            Err(e) => {
                (draft.revision, draft.updated_at) = before;
                Err(e)
            }
        }
    }

    /// Saves `draft` unless another tab stored a newer revision than the one
    /// this copy started from (`draft.revision`): two tabs never silently
    /// overwrite each other.
    pub fn save_checked(&mut self, draft: &mut Draft, now: &str) -> Result<u64, SaveError> {
        self.reload_index()?;
        if let Some(e) = self.entry(draft.id)
            && e.revision > draft.revision
        {
            return Err(SaveError::Conflict { theirs: e.revision });
        }
        Ok(self.save_in_place(draft, now)?)
    }

    /// Reads the index again, after another tab changed it. A damaged or
    /// missing index leaves the list as it was.
    pub fn reload_index(&mut self) -> Result<(), StorageError> {
        if let Some(text) = self.storage.get(keys::INDEX)?
            && let Ok(index) = serde_json::from_str::<IndexFile>(&text)
        {
            self.entries = index.drafts;
        }
        Ok(())
    }

    fn write_draft(&mut self, draft: &Draft, now: &str) -> Result<(), StorageError> {
        self.store_draft(draft, now)?;
        self.write_index()
    }

    /// Stores a draft and updates its entry in memory; the caller writes the
    /// index (once for a whole import, not once per draft).
    fn store_draft(&mut self, draft: &Draft, now: &str) -> Result<(), StorageError> {
        let text = format::to_storage(draft, now);
        let chars = self.write_making_room(draft.id, &text)?;
        let entry = self.entry_for(draft, &text, chars, now);
        match self.entries.iter_mut().find(|e| e.id == draft.id) {
            Some(e) => {
                let trashed_at = e.trashed_at.take();
                *e = DraftEntry {
                    trashed_at,
                    ..entry
                };
            }
            None => self.entries.push(entry),
        }
        Ok(())
    }

    /// Writes the stored copy of draft `id`, read back. The work comes before
    /// the bases kept for merging: when storage is full, the oldest goes
    /// first. Gives the copy's length in UTF-16 units.
    fn write_making_room(&mut self, id: Id, text: &str) -> Result<usize, StorageError> {
        let key = keys::draft(id);
        loop {
            match self.storage.set_verified(&key, text) {
                Err(StorageError::Full) if self.drop_oldest_base() => continue,
                stored => return stored,
            }
        }
    }

    /// How the list describes `draft`, stored as `text` (`chars` long).
    fn entry_for(&self, draft: &Draft, text: &str, chars: usize, now: &str) -> DraftEntry {
        DraftEntry {
            id: draft.id,
            title: draft.overview.title.clone(),
            updated_at: now.to_string(),
            revision: draft.revision,
            trashed_at: None,
            bytes: text.len(),
            chars: Some(chars),
            hash: Some(fingerprint::hash(text)),
            exported_at: self.entry(draft.id).and_then(|e| e.exported_at.clone()),
            exported_revision: self.entry(draft.id).and_then(|e| e.exported_revision),
            damaged: false,
            readiness: None,
            stage: None,
            quiet_pairs: 0,
            logs_out: 0,
        }
        .with_standing(draft, now)
    }

    /// Keeps `text`, a stored copy of a programme listed as `listed`, in the
    /// trash as `id`: the one way a version of a programme goes to the trash
    /// (the copy an import replaces, the versions a merge keeps).
    fn keep_text_in_trash(
        &mut self,
        id: Id,
        text: &str,
        listed: DraftEntry,
        now: &str,
    ) -> Result<(), StorageError> {
        let chars = self.write_making_room(id, text)?;
        self.entries.push(DraftEntry {
            id,
            chars: Some(chars),
            trashed_at: Some(now.to_string()),
            ..listed
        });
        Ok(())
    }

    fn write_index(&mut self) -> Result<(), StorageError> {
        let text = serde_json::to_string(&IndexFile {
            drafts: self.entries.clone(),
        })
        .unwrap_or_default();
        self.storage.set(keys::INDEX, &text)
    }

    /// Renames a draft: opens it, changes the title, saves.
    pub fn rename(&mut self, id: Id, title: &str, now: &str) -> Result<(), OpenError> {
        let mut draft = self.open(id)?;
        draft.overview.title = title.to_string();
        self.save(&draft, now)?;
        Ok(())
    }

    /// Stores a copy of a draft under a new id, numbered after the copies
    /// already here: "X (copy)", "X (copy 2)"…
    pub fn duplicate(&mut self, id: Id, now: &str) -> Result<Id, OpenError> {
        let copy = self
            .open(id)?
            .duplicate(now, self.titles(), &copy_names(lang()), &untitled());
        Ok(self.create(&copy, now)?)
    }

    /// The titles of every draft here, the trash included, as a copy's
    /// title is chosen not to repeat any of them.
    pub fn titles(&self) -> impl Iterator<Item = &str> {
        self.entries.iter().map(|e| e.title.as_str())
    }

    /// Moves a draft to the trash; its data stays until the trash is emptied.
    pub fn move_to_trash(&mut self, id: Id, now: &str) -> Result<(), StorageError> {
        self.set_trashed(id, Some(now.to_string()))
    }

    pub fn restore(&mut self, id: Id) -> Result<(), StorageError> {
        self.set_trashed(id, None)
    }

    fn set_trashed(&mut self, id: Id, when: Option<String>) -> Result<(), StorageError> {
        let Some(e) = self.entries.iter_mut().find(|e| e.id == id) else {
            return Ok(());
        };
        let before = e.trashed_at.clone();
        e.trashed_at = when;
        let result = self.write_index();
        if result.is_err()
            && let Some(e) = self.entries.iter_mut().find(|e| e.id == id)
        {
            e.trashed_at = before;
        }
        result
    }

    /// Deletes every draft in the trash for good.
    pub fn empty_trash(&mut self) -> Result<usize, StorageError> {
        let doomed: Vec<Id> = self.trash().iter().map(|e| e.id).collect();
        for id in &doomed {
            self.storage.remove(&keys::draft(*id))?;
            self.entries.retain(|e| e.id != *id);
            if self.entry(*id).is_none() {
                self.drop_base(*id);
            }
        }
        self.write_index()?;
        Ok(doomed.len())
    }

    /// Checks a file; stores nothing. A bad file leaves storage untouched.
    pub fn plan_import(&self, bytes: &[u8]) -> Result<ImportPlan, ImportError> {
        let env = format::parse_file(bytes)?;
        let conflicts = env
            .drafts
            .iter()
            .map(|d| d.id)
            .filter(|id| self.entry(*id).is_some())
            .collect();
        Ok(ImportPlan {
            drafts: env.drafts,
            conflicts,
        })
    }

    /// Stores the drafts of a checked file. On a storage failure, what this
    /// call wrote is taken back (the replaced drafts stay where they were).
    pub fn commit_import(
        &mut self,
        plan: ImportPlan,
        on_conflict: OnConflict,
        now: &str,
    ) -> Result<Vec<Id>, StorageError> {
        let entries_before = self.entries.clone();
        let mut written: Vec<Id> = Vec::new();
        let mut replaced: Vec<(Id, String)> = Vec::new();
        let mut imported: Vec<Draft> = Vec::new();
        let result = (|| {
            for mut draft in plan.drafts {
                if self.entry(draft.id).is_some() {
                    match on_conflict {
                        OnConflict::KeepBoth => draft.id = Id::new(),
                        OnConflict::Replace => {
                            let old = self.set_aside_in_trash(draft.id, now)?;
                            written.push(old.0);
                            replaced.push((draft.id, old.1));
                        }
                    }
                }
                written.push(draft.id);
                self.store_draft(&draft, now)?;
                imported.push(draft);
            }
            // Drafts stored before a crash here are listed again on load.
            self.write_index()?;
            Ok(written.clone())
        })();
        if result.is_err() {
            for id in &written {
                let _ = self.storage.remove(&keys::draft(*id));
            }
            for (id, text) in &replaced {
                let _ = self.storage.set(&keys::draft(*id), text);
            }
            self.entries = entries_before;
            let _ = self.write_index();
        } else {
            for d in &imported {
                self.keep_base(d, now);
            }
        }
        result
    }

    /// Keeps the stored copy of draft `id` in the trash under a new id, as
    /// it is stored (readable or not), freeing its id. Returns the new id
    /// and the original text.
    fn set_aside_in_trash(&mut self, id: Id, now: &str) -> Result<(Id, String), StorageError> {
        let text = self.storage.get(&keys::draft(id))?.unwrap_or_default();
        // Only a listed id is ever replaced; a list that lost it meanwhile
        // stops the import, which then takes back what it wrote.
        let listed = self.entry(id).cloned().ok_or(StorageError::Mismatch)?;
        let new_id = Id::new();
        self.keep_text_in_trash(new_id, &text, listed, now)?;
        Ok((new_id, text))
    }

    /// One draft as a file: `(file name, text)`. Notes when it was exported.
    pub fn export_one(&mut self, id: Id, now: &str) -> Result<(String, String), OpenError> {
        let draft = self.open(id)?;
        let text = format::to_file(std::slice::from_ref(&draft), now);
        self.note_export(&draft, now);
        Ok((draft.export_file_name(&untitled()), text))
    }

    /// Every draft not in the trash, in one file. Damaged drafts cannot be
    /// read and are left out; their ids are returned so the user is told.
    pub fn export_all(&mut self, now: &str) -> (String, String, Vec<Id>) {
        let mut drafts = Vec::new();
        let mut skipped = Vec::new();
        for e in self.drafts() {
            match self.open(e.id) {
                Ok(d) => drafts.push(d),
                Err(_) => skipped.push(e.id),
            }
        }
        let ids: Vec<Id> = drafts.iter().map(|d| d.id).collect();
        self.mark_exported(&ids, now);
        for d in &drafts {
            self.keep_base(d, now);
        }
        let day = now.get(..10).unwrap_or("backup");
        (
            format!("trajectory-studio-backup-{day}.json"),
            format::to_file(&drafts, now),
            skipped,
        )
    }

    /// Notes that `draft` left as a file at `now`, as it is: when, and the
    /// version a partner's copy will be compared against.
    pub fn note_export(&mut self, draft: &Draft, now: &str) {
        self.mark_exported(&[draft.id], now);
        self.keep_base(draft, now);
    }

    /// Keeps a version of a programme in the trash, under a new id and
    /// `title`: recoverable until the trash is emptied (the version before
    /// a merge, the version merged in).
    pub fn keep_in_trash(
        &mut self,
        draft: &Draft,
        title: &str,
        now: &str,
    ) -> Result<Id, StorageError> {
        let mut copy = draft.clone();
        copy.id = Id::new();
        copy.overview.title = title.to_string();
        let text = format::to_storage(&copy, now);
        let listed = self.entry_for(&copy, &text, 0, now);
        self.keep_text_in_trash(copy.id, &text, listed, now)?;
        self.write_index()?;
        Ok(copy.id)
    }

    /// Notes that these drafts were exported at `now`.
    pub fn mark_exported(&mut self, ids: &[Id], now: &str) {
        for e in self.entries.iter_mut().filter(|e| ids.contains(&e.id)) {
            e.exported_at = Some(now.to_string());
            e.exported_revision = Some(e.revision);
        }
        // A failed note of the export time is not worth an error.
        let _ = self.write_index();
    }
}

/// A remembered choice of the person using this browser, read straight from
/// `storage`: what the page needs before the library is loaded.
pub fn read_pref(storage: &dyn Storage, name: &str) -> Option<String> {
    let text = storage.get(keys::PREFS).ok()??;
    let map: serde_json::Map<String, serde_json::Value> = serde_json::from_str(&text).ok()?;
    map.get(name)?.as_str().map(str::to_string)
}

impl Library {
    /// A remembered choice of the person using this browser.
    pub fn pref(&self, name: &str) -> Option<String> {
        read_pref(self.storage.as_ref(), name)
    }

    /// Remembers a choice; a failure only means it is not remembered.
    pub fn set_pref(&self, name: &str, value: &str) -> Result<(), StorageError> {
        let mut map: serde_json::Map<String, serde_json::Value> = self
            .storage
            .get(keys::PREFS)?
            .and_then(|t| serde_json::from_str(&t).ok())
            .unwrap_or_default();
        map.insert(name.to_string(), value.into());
        self.storage
            .set(keys::PREFS, &serde_json::Value::Object(map).to_string())
    }
}

/// Saves after which a draft not exported since deserves a reminder: browsers
/// may clear a site's data, and a file is the only copy that survives that.
pub const EXPORT_REMINDER_AFTER: u64 = 30;

impl DraftEntry {
    /// Makes the entry describe the stored copy `raw`: its length and hash,
    /// and, if it reads as a programme, its title, revision and readiness;
    /// otherwise it is marked damaged and its text is left as it is.
    fn describe(&mut self, raw: &str) -> CopyCheck {
        let Some(d) = stored_draft(raw) else {
            self.damaged = true;
            return CopyCheck::Damaged;
        };
        self.title = d.overview.title.clone();
        self.revision = d.revision;
        // An import keeps the file's time inside the copy and the time of
        // the import in the list: the later of the two.
        if d.updated_at > self.updated_at {
            self.updated_at = d.updated_at.clone();
        }
        let updated_at = self.updated_at.clone();
        self.set_standing(&d, &updated_at);
        self.bytes = raw.len();
        self.chars = Some(fingerprint::chars(raw));
        self.hash = Some(fingerprint::hash(raw));
        self.damaged = false;
        CopyCheck::Described
    }

    /// Whether the draft changed a lot since it was last exported.
    pub fn needs_export(&self) -> bool {
        self.revision
            .saturating_sub(self.exported_revision.unwrap_or(0))
            >= EXPORT_REMINDER_AFTER
    }
}

/// Title for a list entry.
pub fn entry_title(e: &DraftEntry) -> std::borrow::Cow<'_, str> {
    display_title(&e.title)
}

mod bases;
mod sheets;
pub use sheets::KeptSheet;

#[cfg(test)]
mod tests;
