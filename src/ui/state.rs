//! What every screen shares: the drafts library, the lists it shows, where the
//! user is, and how the last save went.

use leptos::prelude::*;

use super::route::Route;
use crate::i18n::Lang;
use crate::model::Id;
pub use crate::store::session::{NotSaved, SaveStatus};
use crate::store::{
    CopyCheck, DraftEntry, Library, LocalStorage as BrowserStorage, MemoryStorage, StorageError,
};

/// Preference key of the interface language.
const LANG_PREF: &str = "lang";

/// App-wide state, provided as context at the root.
#[derive(Clone, Copy)]
pub struct AppState {
    pub library: StoredValue<Library, LocalStorage>,
    pub drafts: RwSignal<Vec<DraftEntry>>,
    pub trash: RwSignal<Vec<DraftEntry>>,
    /// Why drafts are kept in memory only, when the browser refuses storage.
    pub memory_only: RwSignal<Option<StorageError>>,
    pub route: RwSignal<Route>,
    pub save: RwSignal<SaveStatus>,
    /// A short message about the last action, read out politely.
    pub notice: RwSignal<String>,
    /// The interface language; every screen is drawn again when it changes.
    pub lang: RwSignal<Lang>,
}

impl AppState {
    /// Opens the browser's storage, or memory when the browser refuses it.
    pub fn start(route: Route) -> AppState {
        let (library, memory_only) =
            match BrowserStorage::open().and_then(|s| Library::load(Box::new(s))) {
                Ok(lib) => (lib, None),
                Err(e) => {
                    let lib = Library::load(Box::new(MemoryStorage::new()))
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
        // The language chosen here before, else the browser's.
        let lang = library
            .pref(LANG_PREF)
            .and_then(|code| Lang::from_code(&code))
            .unwrap_or_else(|| {
                let preferred = super::browser::preferred_languages();
                Lang::negotiate(preferred.iter().map(String::as_str))
            });
        lang.activate();
        super::browser::set_document_language(lang.code());
        let state = AppState {
            drafts: RwSignal::new(library.drafts()),
            trash: RwSignal::new(library.trash()),
            library: StoredValue::new_local(library),
            memory_only: RwSignal::new(memory_only),
            route: RwSignal::new(route),
            save: RwSignal::new(SaveStatus::Idle),
            notice: RwSignal::new(String::new()),
            lang: RwSignal::new(lang),
        };
        if state.library.with_value(|l| l.rebuilt_index) {
            state.notice.set(rust_i18n::t!("app.index_rebuilt").into());
        }
        state
    }

    /// Switches the interface language and remembers it in this browser.
    pub fn set_lang(&self, lang: Lang) {
        lang.activate();
        super::browser::set_document_language(lang.code());
        // A preference that cannot be stored still applies to this visit.
        let _ = self
            .library
            .with_value(|l| l.set_pref(LANG_PREF, lang.code()));
        self.lang.set(lang);
    }

    /// Checks each stored copy against what the index recorded of it, one
    /// copy per idle moment so that no start waits, and shows in the lists
    /// what is found (a damaged copy is listed as damaged at once).
    pub fn check_copies_when_idle(self) {
        super::browser::when_idle(move || {
            if let Some(Some((_, found))) = self.library.try_update_value(|l| l.check_next()) {
                if found != CopyCheck::Sound {
                    self.refresh();
                }
                self.check_copies_when_idle();
            }
        });
    }

    /// Offers the stored text of a damaged draft, as it is, as a file.
    pub fn download_damaged(&self, id: Id) {
        let result = match self.library.with_value(|l| l.raw(id)) {
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

    /// Reads the lists again after the library changed.
    pub fn refresh(&self) {
        self.library.with_value(|l| {
            self.drafts.set(l.drafts());
            self.trash.set(l.trash());
        });
    }
}

pub fn use_state() -> AppState {
    expect_context::<AppState>()
}
