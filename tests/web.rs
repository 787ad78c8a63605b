//! Browser tests, run in headless Chromium by wasm-bindgen-test: the storage
//! backend against the real `localStorage`, and the app mounted in a real DOM.
#![cfg(target_arch = "wasm32")]

use std::time::Duration;

use trajectory_studio::format;
use trajectory_studio::model::{Draft, Id};
use trajectory_studio::store::{
    CopyCheck, LOCAL_STORAGE_LIMIT, Library, LocalStorage, Storage, StorageError, keys,
};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn raw_storage() -> web_sys::Storage {
    web_sys::window().unwrap().local_storage().unwrap().unwrap()
}

/// Removes everything the app or these tests wrote.
fn clear() {
    let s = raw_storage();
    let n = s.length().unwrap();
    let keys: Vec<String> = (0..n).filter_map(|i| s.key(i).unwrap()).collect();
    for k in keys {
        if k.starts_with(keys::PREFIX) || k.starts_with("test-filler/") {
            s.remove_item(&k).unwrap();
        }
    }
}

async fn sleep(d: Duration) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, d.as_millis() as i32)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

/// Waits until `cond` holds, up to two seconds.
async fn until(what: &str, cond: impl Fn() -> bool) {
    for _ in 0..100 {
        if cond() {
            return;
        }
        sleep(Duration::from_millis(20)).await;
    }
    panic!("timed out waiting for {what}");
}

/// Fills `localStorage` until the browser refuses; returns the filler keys.
fn fill_storage() -> Vec<String> {
    let s = raw_storage();
    let mut keys = Vec::new();
    let mut chunk = "x".repeat(512 * 1024);
    let mut i = 0;
    while chunk.len() >= 16 {
        let key = format!("test-filler/{i}");
        if s.set_item(&key, &chunk).is_ok() {
            keys.push(key);
            i += 1;
        } else {
            chunk.truncate(chunk.len() / 2);
        }
    }
    keys
}

#[wasm_bindgen_test]
fn local_storage_backend_reads_writes_lists_and_removes() {
    clear();
    let store = LocalStorage::open().unwrap();
    let key = format!("{}probe-test", keys::PREFIX);
    assert_eq!(store.get(&key).unwrap(), None);
    store.set(&key, "é \u{1F3AD} \"quoted\"").unwrap();
    // Stored as the text itself, not JSON-encoded twice.
    assert_eq!(
        raw_storage().get_item(&key).unwrap().unwrap(),
        "é \u{1F3AD} \"quoted\""
    );
    assert_eq!(store.get(&key).unwrap().unwrap(), "é \u{1F3AD} \"quoted\"");
    assert_eq!(store.keys(keys::PREFIX).unwrap(), vec![key.clone()]);
    store.remove(&key).unwrap();
    assert_eq!(store.get(&key).unwrap(), None);

    // A checked write compares in JavaScript what was written and what is read back.
    let long = format!("{}\u{1F3AD}", "é".repeat(100_000));
    // It gives the length as the browser counts it: é is one unit, 🎭 two.
    assert_eq!(store.set_verified(&key, &long).unwrap(), 100_002);
    assert_eq!(store.utf16_len(&key).unwrap(), Some(100_002));
    assert_eq!(store.get(&key).unwrap().unwrap(), long);
    store.remove(&key).unwrap();
}

#[wasm_bindgen_test]
fn a_library_on_local_storage_survives_a_reload() {
    let (lib, _, id) = fresh_library_with("Nordic circus lab");
    drop(lib);
    let lib = Library::load(Box::new(LocalStorage::open().unwrap())).unwrap();
    assert_eq!(lib.drafts()[0].title, "Nordic circus lab");
    assert_eq!(lib.open(id).unwrap().overview.title, "Nordic circus lab");
    clear();
}

#[wasm_bindgen_test]
fn a_write_to_full_storage_fails_as_full_and_keeps_the_last_good_copy() {
    let (mut lib, mut d, id) = fresh_library_with("Before");
    let fillers = fill_storage();
    assert!(!fillers.is_empty());

    d.overview.objectives = "y".repeat(200_000);
    d.overview.title = "After".into();
    assert_eq!(lib.save(&d, "t1"), Err(StorageError::Full));
    assert_eq!(lib.open(id).unwrap().overview.title, "Before");

    // Space freed: the same save now succeeds with nothing lost.
    for k in &fillers {
        raw_storage().remove_item(k).unwrap();
    }
    lib.save(&d, "t2").unwrap();
    let back = lib.open(id).unwrap();
    assert_eq!(back.overview.title, "After");
    assert_eq!(back.overview.objectives.len(), 200_000);
    clear();
}

fn titled(title: &str) -> Draft {
    let mut d = Draft::blank("2026-01-01T00:00:00Z");
    d.overview.title = title.into();
    d
}

/// An emptied localStorage holding one library with one programme.
fn fresh_library_with(title: &str) -> (Library, Draft, Id) {
    clear();
    let mut lib = Library::load(Box::new(LocalStorage::open().unwrap())).unwrap();
    let d = titled(title);
    let id = lib.create(&d, "t0").unwrap();
    (lib, d, id)
}

#[wasm_bindgen_test]
fn copies_damaged_in_local_storage_are_found_by_length_at_load_and_by_hash_after() {
    clear();
    let mut lib = Library::load(Box::new(LocalStorage::open().unwrap())).unwrap();
    // Characters beyond ASCII: the browser's string length and the one the
    // library recorded must agree.
    let fine = lib
        .create(&titled("Été 🎭 fine"), "2026-01-01T00:00:00Z")
        .unwrap();
    let cut = lib
        .create(&titled("Cut €"), "2026-01-02T00:00:00Z")
        .unwrap();
    let changed = lib
        .create(&titled("Changed é"), "2026-01-03T00:00:00Z")
        .unwrap();
    let s = raw_storage();
    let text = s.get_item(&keys::draft(cut)).unwrap().unwrap();
    s.set_item(&keys::draft(cut), &text[..100]).unwrap();
    let text = s.get_item(&keys::draft(changed)).unwrap().unwrap();
    let same_length = text.replacen('{', "[", 1);
    s.set_item(&keys::draft(changed), &same_length).unwrap();

    let mut lib = Library::load(Box::new(LocalStorage::open().unwrap())).unwrap();
    assert!(lib.entry(cut).unwrap().damaged);
    assert!(!lib.entry(changed).unwrap().damaged);
    assert!(!lib.entry(fine).unwrap().damaged);
    let found: Vec<_> = std::iter::from_fn(|| lib.check_next("2027-01-01T00:00:00Z")).collect();
    assert_eq!(
        found,
        vec![(changed, CopyCheck::Damaged), (fine, CopyCheck::Sound)]
    );
    assert_eq!(
        s.get_item(&keys::draft(changed)).unwrap().as_deref(),
        Some(same_length.as_str())
    );
    let lib = Library::load(Box::new(LocalStorage::open().unwrap())).unwrap();
    assert!(lib.entry(changed).unwrap().damaged);
    assert!(!lib.entry(fine).unwrap().damaged);
    clear();
}

#[wasm_bindgen_test]
fn a_local_storage_the_browser_calls_full_is_counted_at_the_limit_the_app_assumes() {
    clear();
    let mut lib = Library::load(Box::new(LocalStorage::open().unwrap())).unwrap();
    lib.create(&titled("Été 🎭"), "t").unwrap();
    assert!(!lib.storage_use().unwrap().nearly_full());
    // "€" (three bytes in UTF-8, one UTF-16 code unit) until the browser
    // refuses even a few more.
    let s = raw_storage();
    let mut n = 256 * 1024;
    let mut i = 0;
    while n >= 4 {
        if s.set_item(&format!("test-filler/{i}"), &"€".repeat(n))
            .is_ok()
        {
            i += 1;
        } else {
            n /= 2;
        }
    }
    let usage = lib.storage_use().unwrap();
    clear();
    assert!(
        usage.total() <= LOCAL_STORAGE_LIMIT && usage.total() + 64 > LOCAL_STORAGE_LIMIT,
        "{usage:?} against {LOCAL_STORAGE_LIMIT}"
    );
    assert!(usage.nearly_full());
}

fn mount() -> web_sys::HtmlElement {
    let document = web_sys::window().unwrap().document().unwrap();
    let host: web_sys::HtmlElement = document.create_element("div").unwrap().unchecked_into();
    document.body().unwrap().append_child(&host).unwrap();
    leptos::mount::mount_to(host.clone(), trajectory_studio::ui::App).forget();
    host
}

fn query(host: &web_sys::HtmlElement, selector: &str) -> Option<web_sys::HtmlElement> {
    host.query_selector(selector)
        .unwrap()
        .map(|e| e.unchecked_into())
}

fn button(host: &web_sys::HtmlElement, text: &str) -> web_sys::HtmlElement {
    let all = host.query_selector_all("button").unwrap();
    (0..all.length())
        .map(|i| {
            all.item(i)
                .unwrap()
                .unchecked_into::<web_sys::HtmlElement>()
        })
        .find(|b| b.text_content().unwrap_or_default().trim() == text)
        .unwrap_or_else(|| panic!("no button {text:?}"))
}

#[wasm_bindgen_test]
async fn the_app_starts_empty_creates_a_programme_and_autosaves_typing() {
    clear();
    web_sys::window().unwrap().location().set_hash("").unwrap();
    let host = mount();
    let text = || host.text_content().unwrap_or_default();
    assert!(text().contains("Trajectory Studio"));
    assert!(text().contains("No programmes yet"));

    button(&host, "New programme").click();
    until("the templates", || {
        host.text_content()
            .unwrap_or_default()
            .contains("Start from")
    })
    .await;
    let blank = host
        .query_selector_all("button.template")
        .unwrap()
        .item(0)
        .unwrap()
        .unchecked_into::<web_sys::HtmlElement>();
    assert!(
        blank
            .text_content()
            .unwrap_or_default()
            .contains("Blank programme")
    );
    blank.click();
    until("the editor", || query(&host, "#ov-title").is_some()).await;
    let hash = web_sys::window().unwrap().location().hash().unwrap();
    assert!(hash.starts_with("#/draft/"), "{hash}");

    let title: web_sys::HtmlInputElement = query(&host, "#ov-title").unwrap().unchecked_into();
    title.set_value("Go Global 2027");
    title
        .dispatch_event(&web_sys::Event::new("input").unwrap())
        .unwrap();
    until("the heading to follow the title", || {
        query(&host, ".draft-title")
            .and_then(|h| h.text_content())
            .as_deref()
            == Some("Go Global 2027")
    })
    .await;
    // After the debounce the draft is in localStorage, readable by the file format.
    until("the autosave", || {
        let s = raw_storage();
        let n = s.length().unwrap();
        (0..n).filter_map(|i| s.key(i).unwrap()).any(|k| {
            k.starts_with(keys::DRAFT_PREFIX)
                && format::parse_file(s.get_item(&k).unwrap().unwrap().as_bytes())
                    .map(|e| e.drafts[0].overview.title == "Go Global 2027")
                    .unwrap_or(false)
        })
    })
    .await;
    until("the saved status", || text().contains("Saved")).await;
    host.remove();
    web_sys::window().unwrap().location().set_hash("").unwrap();
    clear();
}

/// `localStorage` that hands back something else than what was written for
/// drafts, like a browser extension or a failing disk might.
struct Tampering(LocalStorage);

impl Storage for Tampering {
    fn get(&self, key: &str) -> Result<Option<String>, StorageError> {
        let value = self.0.get(key)?;
        Ok(if key.starts_with(keys::DRAFT_PREFIX) {
            value.map(|v| v.replacen("Kept", "Lost", 1))
        } else {
            value
        })
    }
    fn set(&self, key: &str, value: &str) -> Result<(), StorageError> {
        self.0.set(key, value)
    }
    fn remove(&self, key: &str) -> Result<(), StorageError> {
        self.0.remove(key)
    }
    fn keys(&self, prefix: &str) -> Result<Vec<String>, StorageError> {
        self.0.keys(prefix)
    }
}

#[wasm_bindgen_test]
fn a_save_that_does_not_read_back_the_same_is_reported() {
    clear();
    let mut lib = Library::load(Box::new(Tampering(LocalStorage::open().unwrap()))).unwrap();
    let mut d = Draft::blank("t0");
    d.overview.title = "Kept".into();
    assert_eq!(lib.create(&d, "t0"), Err(StorageError::Mismatch));
    assert_eq!(lib.save(&d, "t1"), Err(StorageError::Mismatch));
    clear();
}

#[wasm_bindgen_test]
fn a_members_scoring_sheet_survives_a_reload_apart_from_the_programmes() {
    use trajectory_studio::format::sheet::ScoringSheet;
    use trajectory_studio::model::{Applicant, Item, Lang, SelectionCriterion};
    clear();
    let mut d = titled("Crossings");
    let a = Applicant {
        name: "Ana".into(),
        email: "ana@example.org".into(),
        ..Default::default()
    };
    let app = a.id;
    d.selection.applicants.push(a);
    d.selection.criteria.push(SelectionCriterion {
        weight: 100,
        ..Default::default()
    });
    let crit = d.selection.criteria[0].id;
    let m = d.add_member("Dana");
    let sheet = ScoringSheet::issue(
        &d,
        trajectory_studio::model::CommitteeMember::find(&d, m).unwrap(),
        Lang::En,
        "t0",
    );
    {
        let mut lib = Library::load(Box::new(LocalStorage::open().unwrap())).unwrap();
        assert_eq!(lib.receive_kept(sheet), Ok(false));
        let mut filled = lib.sheet(m).unwrap();
        filled.set_score(app, crit, Some(3));
        filled.set_comment(app, crit, "Strong «work»".into());
        lib.keep(&filled).unwrap();
    }
    let lib = Library::load(Box::new(LocalStorage::open().unwrap())).unwrap();
    let kept = lib.sheet(m).unwrap();
    assert_eq!(kept.score(app, crit).unwrap().value, Some(3));
    assert_eq!(kept.score(app, crit).unwrap().comment, "Strong «work»");
    assert!(lib.drafts().is_empty());
    let raw = raw_storage().get_item(&keys::sheet(m)).unwrap().unwrap();
    assert!(!raw.contains("ana@example.org"));
    clear();
}
