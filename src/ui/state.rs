//! What every screen shares: the drafts library, the lists it shows, where the
//! user is, and how the last save went.

use leptos::prelude::*;

use super::route::Route;
use crate::model::Lang;
use crate::model::{Draft, Id};
pub use crate::store::session::{NotSaved, SaveStatus};
use crate::store::{
    DraftEntry, Hashed, ImportPlan, Library, LocalStorage as BrowserStorage, MemoryStorage,
    StorageError,
};

/// Preference key of the interface language.
const LANG_PREF: &str = "lang";

/// App-wide state, provided as context at the root.
#[derive(Clone, Copy)]
pub struct AppState {
    /// Read through [`AppState::read`] and changed through
    /// [`AppState::write`] or [`AppState::apply`] only, so the lists below
    /// never fall behind it.
    library: StoredValue<Library, LocalStorage>,
    /// Notified by every write to the library.
    library_changed: Trigger,
    /// The programmes not in the trash, as the library lists them now.
    pub drafts: Memo<Vec<DraftEntry>>,
    /// The programmes in the trash.
    pub trash: Memo<Vec<DraftEntry>>,
    /// Why drafts are kept in memory only, when the browser refuses storage.
    pub memory_only: RwSignal<Option<StorageError>>,
    pub route: RwSignal<Route>,
    pub save: RwSignal<SaveStatus>,
    /// A short message about the last action, read out politely.
    pub notice: RwSignal<String>,
    /// The interface language; every screen is drawn again when it changes.
    pub lang: RwSignal<Lang>,
    /// Another version of a programme here (from a file), waiting to be
    /// compared and merged in the editor. Held in memory only.
    pub incoming: RwSignal<Option<Draft>>,
    /// A checked file (or a link's programme being saved) with a programme
    /// already here, waiting on home for keep both, replace or merge.
    pub pending_import: RwSignal<Option<ImportPlan>>,
}

/// The language to start in: the one chosen here before (`chosen`, the
/// stored code), else the browser's.
fn starting_lang(chosen: Option<String>) -> Lang {
    chosen
        .and_then(|code| Lang::from_code(&code))
        .unwrap_or_else(|| {
            let preferred = super::browser::preferred_languages();
            Lang::negotiate(preferred.iter().map(String::as_str))
        })
}

/// The language the app will start in, read before it starts: the same
/// choice [`AppState::start`] makes.
pub fn language_at_start() -> Lang {
    let chosen = BrowserStorage::open()
        .ok()
        .and_then(|s| crate::store::read_pref(&s, LANG_PREF));
    starting_lang(chosen)
}

impl AppState {
    /// Keeps a sheet given to this browser's person as it is typed: each
    /// change to `sheet` after the first reading is written at once (a
    /// sheet is small); a refusal is said on the page.
    pub fn keep_as_typed<S>(self, sheet: RwSignal<S>)
    where
        S: crate::store::KeptSheet + Send + Sync + 'static,
    {
        Effect::new(move |first: Option<()>| {
            sheet.track();
            if first.is_some() {
                let failed = |e: crate::store::StorageError| {
                    rust_i18n::t!("sheet.not_kept", reason = e.to_string()).into_owned()
                };
                sheet.with_untracked(|s| self.apply(|l| l.keep(s), failed));
            }
        });
    }

    /// Opens the browser's storage, or memory when the browser refuses it.
    /// Only the index is read at start; stored copies it does not describe
    /// are read next (`super::copies`).
    pub fn start(route: Route) -> AppState {
        let (library, memory_only) =
            match BrowserStorage::open().and_then(|s| Library::load_index(Box::new(s))) {
                Ok(lib) => (lib, None),
                Err(e) => {
                    let lib = Library::load_index(Box::new(MemoryStorage::new()))
                        .expect("memory storage cannot fail");
                    (lib, Some(e))
                }
            };
        Self::with_library(library, memory_only, route)
    }

    pub fn with_library(
        library: Library,
        memory_only: Option<StorageError>,
        route: Route,
    ) -> AppState {
        let lang = starting_lang(library.pref(LANG_PREF));
        crate::text::set_lang(lang);
        super::browser::set_document_language(lang.code());
        let library = StoredValue::new_local(library);
        let library_changed = Trigger::new();
        let list = move |f: fn(&Library) -> Vec<DraftEntry>| {
            Memo::new(move |_| {
                library_changed.track();
                library.with_value(f)
            })
        };
        let state = AppState {
            drafts: list(Library::drafts),
            trash: list(Library::trash),
            library,
            library_changed,
            memory_only: RwSignal::new(memory_only),
            route: RwSignal::new(route),
            save: RwSignal::new(SaveStatus::Idle),
            notice: RwSignal::new(String::new()),
            lang: RwSignal::new(lang),
            incoming: RwSignal::new(None),
            pending_import: RwSignal::new(None),
        };
        if state.read(|l| l.rebuilt_index) {
            state.notice.set(rust_i18n::t!("app.index_rebuilt").into());
        }
        state
    }

    /// Switches the interface language and remembers it in this browser.
    pub fn set_lang(&self, lang: Lang) {
        crate::text::set_lang(lang);
        super::browser::set_document_language(lang.code());
        // A preference that cannot be stored still applies to this visit.
        let _ = self
            .library
            .with_value(|l| l.set_pref(LANG_PREF, lang.code()));
        self.lang.set(lang);
    }

    /// Hashes the next stored copy not checked yet in this visit
    /// ([`Library::hash_next`]). A sound copy changes nothing the lists show,
    /// so the lists are not told; `None` once every copy is checked, or once
    /// the app is gone.
    pub fn hash_next(&self) -> Option<Hashed> {
        self.library.try_update_value(Library::hash_next).flatten()
    }

    /// Offers the stored text of a damaged draft, as it is, as a file.
    pub fn download_damaged(&self, id: Id) {
        let result = match self.read(|l| l.raw(id)) {
            Ok(Some(raw)) => {
                super::browser::download(&format!("damaged-{id}.json"), &raw, "application/json")
            }
            Ok(None) => Err(crate::store::OpenError::NotFound.to_string()),
            Err(e) => Err(e.to_string()),
        };
        if let Err(e) = result {
            self.notice.set(e);
        }
    }

    /// Reads the library.
    pub fn read<R>(&self, f: impl FnOnce(&Library) -> R) -> R {
        self.library.with_value(f)
    }

    /// Reads the library, and reads it again after every change to it.
    pub fn read_tracked<R>(&self, f: impl FnOnce(&Library) -> R) -> R {
        self.library_changed.track();
        self.read(f)
    }

    /// Changes the library; the lists follow. `None` once the app is gone.
    pub fn write<R>(&self, f: impl FnOnce(&mut Library) -> R) -> Option<R> {
        let result = self.library.try_update_value(f)?;
        self.library_changed.notify();
        Some(result)
    }

    /// Runs an operation on the library and returns what it gives; when it
    /// fails, says why in the page's notice (`failed` words the error).
    pub fn apply<T, E>(
        &self,
        op: impl FnOnce(&mut Library) -> Result<T, E>,
        failed: impl FnOnce(E) -> String,
    ) -> Option<T> {
        match self.write(op)? {
            Ok(value) => Some(value),
            Err(e) => {
                self.notice.set(failed(e));
                None
            }
        }
    }
}

pub fn use_state() -> AppState {
    expect_context::<AppState>()
}
