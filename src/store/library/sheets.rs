//! The scoring sheets a committee member fills in this browser, one per
//! sheet they were given, kept apart from the programmes: a member sees the
//! sheet, not the programme it comes from.

use super::Library;
use crate::format::sheet::ScoringSheet;
use crate::model::Id;
use crate::store::{StorageError, keys};

impl Library {
    /// Every sheet kept here that still reads, by programme then member.
    pub fn sheets(&self) -> Vec<ScoringSheet> {
        let mut out: Vec<ScoringSheet> = self
            .storage
            .keys(keys::SHEET_PREFIX)
            .unwrap_or_default()
            .into_iter()
            .filter_map(|k| self.storage.get(&k).ok().flatten())
            .filter_map(|text| ScoringSheet::read(text.as_bytes()).ok())
            .collect();
        out.sort_by(|a, b| {
            (&a.programme_title, &a.member_name).cmp(&(&b.programme_title, &b.member_name))
        });
        out
    }

    /// Whether any sheet is kept here, read or not.
    pub fn holds_sheets(&self) -> bool {
        self.storage
            .keys(keys::SHEET_PREFIX)
            .is_ok_and(|k| !k.is_empty())
    }

    /// The sheet of member `id`, if kept here.
    pub fn sheet(&self, id: Id) -> Option<ScoringSheet> {
        let text = self.storage.get(&keys::sheet(id)).ok()??;
        ScoringSheet::read(text.as_bytes()).ok()
    }

    /// Keeps `sheet`, read back to be sure.
    pub fn save_sheet(&mut self, sheet: &ScoringSheet) -> Result<(), StorageError> {
        let text = sheet.to_text();
        match self
            .storage
            .set_verified(&keys::sheet(sheet.member_id), &text)
        {
            Err(StorageError::Full) if self.drop_oldest_base() => self.save_sheet(sheet),
            other => other.map(|_| ()),
        }
    }

    /// Takes in a sheet given to this member. A sheet already here keeps
    /// its scores: receiving the same sheet twice never blanks them.
    /// Returns whether the sheet was already here.
    pub fn receive_sheet(&mut self, sheet: ScoringSheet) -> Result<bool, StorageError> {
        match self.sheet(sheet.member_id) {
            Some(kept) if kept.programme_id == sheet.programme_id => Ok(true),
            _ => self.save_sheet(&sheet).map(|()| false),
        }
    }

    /// Forgets the sheet of member `id`.
    pub fn remove_sheet(&mut self, id: Id) -> Result<(), StorageError> {
        self.storage.remove(&keys::sheet(id))
    }
}
