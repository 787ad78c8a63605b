//! The sheets a person fills in this browser for someone else's programme,
//! one per sheet they were given, kept apart from the programmes: a
//! committee member's scoring sheet, a mentor's log sheet. They see the
//! sheet, not the programme it comes from.

use super::Library;
use crate::format::log_sheet::LogSheet;
use crate::format::sheet::{ScoringSheet, SheetFile, read_sheet, sheet_text};
use crate::model::Id;
use crate::store::{StorageError, keys};

/// A kind of sheet kept in this browser, under its own prefix, by the id
/// of the person it was given to.
pub trait KeptSheet: SheetFile {
    /// The prefix of its storage keys, before the holder's id.
    const PREFIX: &'static str;
    /// How a list of them is ordered: programme, then person.
    fn order_key(&self) -> (String, String) {
        (
            self.programme_title().to_string(),
            self.holder_name().to_string(),
        )
    }
}

impl KeptSheet for ScoringSheet {
    const PREFIX: &'static str = keys::SHEET_PREFIX;
}

impl KeptSheet for LogSheet {
    const PREFIX: &'static str = keys::LOG_PREFIX;
}

fn key<S: KeptSheet>(holder: Id) -> String {
    format!("{}{holder}", S::PREFIX)
}

impl Library {
    /// Every sheet of kind `S` kept here that still reads, by programme
    /// then person.
    pub fn kept<S: KeptSheet>(&self) -> Vec<S> {
        let mut out: Vec<S> = self
            .storage
            .keys(S::PREFIX)
            .unwrap_or_default()
            .into_iter()
            .filter_map(|k| self.storage.get(&k).ok().flatten())
            .filter_map(|text| read_sheet::<S>(text.as_bytes()).ok())
            .collect();
        out.sort_by_key(S::order_key);
        out
    }

    /// Whether any sheet of kind `S` is kept here, read or not.
    pub fn holds<S: KeptSheet>(&self) -> bool {
        self.storage.keys(S::PREFIX).is_ok_and(|k| !k.is_empty())
    }

    /// The sheet of kind `S` given to `holder`, if kept here.
    pub fn kept_one<S: KeptSheet>(&self, holder: Id) -> Option<S> {
        let text = self.storage.get(&key::<S>(holder)).ok()??;
        read_sheet(text.as_bytes()).ok()
    }

    /// Keeps `sheet`, read back to be sure.
    pub fn keep<S: KeptSheet>(&mut self, sheet: &S) -> Result<(), StorageError> {
        let text = sheet_text(sheet);
        match self.storage.set_verified(&key::<S>(sheet.holder()), &text) {
            Err(StorageError::Full) if self.drop_oldest_base() => self.keep(sheet),
            other => other.map(|_| ()),
        }
    }

    /// Takes in a sheet given to this person. A sheet already here keeps
    /// what was typed into it: receiving the same sheet twice never blanks
    /// it. Returns whether the sheet was already here.
    pub fn receive_kept<S: KeptSheet>(&mut self, sheet: S) -> Result<bool, StorageError> {
        match self.kept_one::<S>(sheet.holder()) {
            Some(kept) if kept.programme() == sheet.programme() => Ok(true),
            _ => self.keep(&sheet).map(|()| false),
        }
    }

    /// Forgets the sheet of kind `S` given to `holder`.
    pub fn remove_kept<S: KeptSheet>(&mut self, holder: Id) -> Result<(), StorageError> {
        self.storage.remove(&key::<S>(holder))
    }

    /// Every scoring sheet kept here.
    pub fn sheets(&self) -> Vec<ScoringSheet> {
        self.kept()
    }

    pub fn holds_sheets(&self) -> bool {
        self.holds::<ScoringSheet>()
    }

    /// The scoring sheet of member `id`, if kept here.
    pub fn sheet(&self, id: Id) -> Option<ScoringSheet> {
        self.kept_one(id)
    }

    pub fn remove_sheet(&mut self, id: Id) -> Result<(), StorageError> {
        self.remove_kept::<ScoringSheet>(id)
    }
}

#[cfg(test)]
mod tests;
