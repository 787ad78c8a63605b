//! Thin wrappers over browser APIs the screens use. Each one fails softly:
//! a missing API is reported, never a panic.

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// Now, as an RFC 3339 timestamp in UTC.
pub fn now() -> String {
    String::from(js_sys::Date::new_0().to_iso_string())
}

/// A stored timestamp as the reader's local date and time ("28 Nov 2026, 17:54").
pub fn format_time(rfc3339: &str) -> String {
    if rfc3339.is_empty() {
        return rust_i18n::t!("app.unknown_time").into();
    }
    let date = js_sys::Date::new(&JsValue::from_str(rfc3339));
    if date.get_time().is_nan() {
        return rfc3339.to_string();
    }
    let lang = crate::text::lang();
    // One formatter per language, made once: `toLocaleString` with options
    // builds a new one at every call, about a millisecond each, and the home
    // list shows a time per programme.
    thread_local! {
        static FORMATTER: std::cell::RefCell<Option<(crate::model::Lang, js_sys::Function)>> =
            const { std::cell::RefCell::new(None) };
    }
    let format = FORMATTER.with_borrow_mut(|cached| {
        if let Some((l, f)) = cached.as_ref()
            && *l == lang
        {
            return f.clone();
        }
        let options = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&options, &"dateStyle".into(), &"medium".into());
        let _ = js_sys::Reflect::set(&options, &"timeStyle".into(), &"short".into());
        let tag = match lang {
            crate::model::Lang::En => "en-GB",
            crate::model::Lang::Fr => "fr-FR",
        };
        let locales = js_sys::Array::of1(&tag.into());
        let f = js_sys::Intl::DateTimeFormat::new(&locales, &options).format();
        *cached = Some((lang, f.clone()));
        f
    });
    format
        .call1(&JsValue::NULL, &date)
        .ok()
        .and_then(|s| s.as_string())
        .unwrap_or_else(|| rfc3339.to_string())
}

/// The reader's preferred languages, most wanted first (`navigator.languages`).
pub fn preferred_languages() -> Vec<String> {
    web_sys::window()
        .map(|w| {
            w.navigator()
                .languages()
                .iter()
                .filter_map(|v| v.as_string())
                .collect()
        })
        .unwrap_or_default()
}

/// Tells the page, screen readers and spelling which language it is in.
pub fn set_document_language(code: &str) {
    if let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = root.set_attribute("lang", code);
    }
}

/// Today in the reader's time zone.
pub fn today() -> crate::model::Date {
    let now = js_sys::Date::new_0();
    crate::model::Date::ymd(
        now.get_full_year() as i32,
        now.get_month() + 1,
        now.get_date(),
    )
    .unwrap_or(crate::model::Date(chrono::NaiveDate::MIN))
}

/// The first day of next month, where a new programme from a template starts.
pub fn first_of_next_month() -> crate::model::Date {
    let today = js_sys::Date::new_0();
    let (year, month) = (today.get_full_year() as i32, today.get_month() + 1);
    let (year, month) = if month == 12 {
        (year + 1, 1)
    } else {
        (year, month + 1)
    };
    crate::model::Date::ymd(year, month, 1).unwrap_or(crate::model::Date(chrono::NaiveDate::MIN))
}

/// The page's `location.hash`.
pub fn current_hash() -> String {
    web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default()
}

/// Goes to `href` (a `#/…` fragment), adding a history entry.
pub fn go(href: &str) {
    if let Some(w) = web_sys::window() {
        let _ = w.location().set_hash(href.trim_start_matches('#'));
    }
}

/// Offers `text` as a file download named `name`.
pub fn download(name: &str, text: &str, mime: &str) -> Result<(), String> {
    let fail =
        |e: JsValue| rust_i18n::t!("app.download_refused", error = format!("{e:?}")).into_owned();
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).map_err(fail)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(fail)?;
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or_else(|| rust_i18n::t!("app.no_document").into_owned())?;
    let a: web_sys::HtmlAnchorElement =
        document.create_element("a").map_err(fail)?.unchecked_into();
    a.set_href(&url);
    a.set_download(name);
    a.set_hidden(true);
    let body = document
        .body()
        .ok_or_else(|| rust_i18n::t!("app.no_page_body").into_owned())?;
    body.append_child(&a).map_err(fail)?;
    a.click();
    a.remove();
    // Revoking at once can cancel the download in some browsers; wait a moment.
    let revoke = wasm_bindgen::closure::Closure::once_into_js(move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    });
    if let Some(w) = web_sys::window() {
        let _ =
            w.set_timeout_with_callback_and_timeout_and_arguments_0(revoke.unchecked_ref(), 10_000);
    }
    Ok(())
}

/// Puts `text` on the clipboard.
pub async fn copy_text(text: &str) -> Result<(), String> {
    let window = web_sys::window().ok_or_else(|| rust_i18n::t!("app.no_window").into_owned())?;
    let promise = window.navigator().clipboard().write_text(text);
    JsFuture::from(promise)
        .await
        .map(|_| ())
        .map_err(|e| format!("{e:?}"))
}

/// Runs `f` when the browser has nothing else to do (`requestIdleCallback`,
/// at the latest after a second), or after a short pause where there is no
/// such call (Safari).
pub fn when_idle(f: impl FnOnce() + 'static) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let callback = wasm_bindgen::closure::Closure::once_into_js(f);
    let idle = js_sys::Reflect::get(&window, &JsValue::from_str("requestIdleCallback"))
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
    match idle {
        Some(request) => {
            let options = js_sys::Object::new();
            let _ = js_sys::Reflect::set(&options, &"timeout".into(), &1000.into());
            let _ = request.call2(&window, &callback, &options);
        }
        None => {
            let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(
                callback.unchecked_ref(),
                50,
            );
        }
    }
}

fn storage_manager() -> Option<web_sys::StorageManager> {
    let navigator = web_sys::window()?.navigator();
    // Missing in some browsers and in insecure contexts.
    let present = js_sys::Reflect::has(&navigator, &JsValue::from_str("storage")).unwrap_or(false);
    present.then(|| navigator.storage())
}

/// Whether the browser promised to keep this site's data.
pub async fn storage_persisted() -> Option<bool> {
    let promise = storage_manager()?.persisted().ok()?;
    JsFuture::from(promise).await.ok()?.as_bool()
}

/// Asks the browser to keep this site's data; whether it agreed.
pub async fn storage_persist() -> Option<bool> {
    let promise = storage_manager()?.persist().ok()?;
    JsFuture::from(promise).await.ok()?.as_bool()
}

/// The texts at `urls` (relative to the page), fetched side by side from
/// the page's own host or its service worker, each revalidated so that a
/// new deploy's file is taken. The requests go out when this is called; the
/// first failure is the error. Only the web build fetches data (`split`
/// feature).
#[cfg(feature = "split")]
pub fn fetch_texts(
    urls: &[String],
) -> impl std::future::Future<Output = Result<Vec<String>, String>> + use<> {
    use wasm_bindgen::JsCast;
    let init = web_sys::RequestInit::new();
    init.set_cache(web_sys::RequestCache::NoCache);
    let pending: Option<Vec<(String, JsFuture)>> = web_sys::window().map(|window| {
        urls.iter()
            .map(|url| {
                (
                    url.clone(),
                    JsFuture::from(window.fetch_with_str_and_init(url, &init)),
                )
            })
            .collect()
    });
    async move {
        let mut texts = Vec::new();
        for (url, answer) in pending.ok_or("no window")? {
            let response: web_sys::Response = answer
                .await
                .map_err(|e| format!("{url}: {e:?}"))?
                .dyn_into()
                .map_err(|_| format!("{url}: not a response"))?;
            if !response.ok() {
                return Err(format!("{url}: HTTP {}", response.status()));
            }
            let text = response.text().map_err(|e| format!("{url}: {e:?}"))?;
            let text = JsFuture::from(text)
                .await
                .map_err(|e| format!("{url}: {e:?}"))?;
            texts.push(text.as_string().unwrap_or_default());
        }
        Ok(texts)
    }
}

/// The bytes of a file the user picked or dropped.
pub async fn read_file(file: &web_sys::File) -> Result<Vec<u8>, String> {
    let buffer = JsFuture::from(file.array_buffer())
        .await
        .map_err(|e| rust_i18n::t!("app.file_unreadable", error = format!("{e:?}")).into_owned())?;
    Ok(js_sys::Uint8Array::new(&buffer).to_vec())
}

#[wasm_bindgen::prelude::wasm_bindgen(module = "/js/compression.js")]
extern "C" {
    #[wasm_bindgen(catch, js_name = deflateRaw)]
    async fn deflate_raw(bytes: &[u8]) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(catch, js_name = inflateRaw)]
    async fn inflate_raw(bytes: &[u8], cap: f64) -> Result<JsValue, JsValue>;
}

/// `bytes` compressed as deflate-raw by the browser.
pub async fn deflate(bytes: &[u8]) -> Result<Vec<u8>, String> {
    deflate_raw(bytes)
        .await
        .map(|v| js_sys::Uint8Array::new(&v).to_vec())
        .map_err(|e| format!("{e:?}"))
}

/// Deflate-raw `bytes` expanded by the browser; `None` when they do not
/// expand, or expand to more than `cap` bytes (told apart by the error).
pub async fn inflate(bytes: &[u8], cap: usize) -> Result<Vec<u8>, bool> {
    inflate_raw(bytes, cap as f64)
        .await
        .map(|v| js_sys::Uint8Array::new(&v).to_vec())
        .map_err(|e| e.is_instance_of::<js_sys::RangeError>())
}

/// A link to this page that carries the file `text`: deflated, in base64url
/// after `#/shared/`. `Err` says why there is none (too long for a link,
/// or the browser failed).
pub async fn link_to_file(text: &str) -> Result<String, String> {
    use crate::format::link;
    let deflated = deflate(text.as_bytes()).await?;
    let payload = link::to_payload(&deflated);
    if payload.len() > link::MAX_LINK_CHARS {
        return Err(rust_i18n::t!(
            "link.too_long_to_share",
            length = payload.len(),
            max = link::MAX_LINK_CHARS
        )
        .into_owned());
    }
    Ok(format!(
        "{}{}{payload}",
        page_address(),
        link::SHARED_PREFIX
    ))
}

/// Puts a link just made on the clipboard: gives the link (`None` when it
/// could not be made) and what to say of it (copied, shown to copy by
/// hand, or why there is none).
pub async fn copy_link(made: Result<String, String>) -> (Option<String>, String) {
    match made {
        Ok(address) => {
            let said = if copy_text(&address).await.is_ok() {
                rust_i18n::t!("link.copied", length = address.len())
            } else {
                rust_i18n::t!("link.made", length = address.len())
            };
            (Some(address), said.into_owned())
        }
        Err(why) => (None, why),
    }
}

/// The page's address without its fragment: where a link points.
pub fn page_address() -> String {
    let href = web_sys::window()
        .and_then(|w| w.location().href().ok())
        .unwrap_or_default();
    match href.split_once('#') {
        Some((page, _)) => page.to_string(),
        None => href,
    }
}

/// Moves keyboard focus to element `id` once the DOM has caught up. A
/// screen fetched the first time it is shown draws its fields once it is
/// here: look again at each frame until then, for ten seconds at most.
pub fn focus_soon(id: &str) {
    fn attempt(id: String, frames_left: u32) {
        leptos::prelude::request_animation_frame(move || {
            match leptos::prelude::document().get_element_by_id(&id) {
                Some(el) => {
                    let _ = el.unchecked_into::<web_sys::HtmlElement>().focus();
                }
                None if frames_left > 0 => attempt(id, frames_left - 1),
                None => {}
            }
        });
    }
    attempt(id.to_string(), 600);
}
