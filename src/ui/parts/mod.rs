//! Parts of the app fetched on demand, and how a function becomes one: the
//! machinery only, which imports nothing else of `ui` (each part's
//! functions are declared where they belong, with [`part!`]). The web build
//! (`split` feature, scripts/build-wasm.mjs) cuts every function declared
//! with [`part!`] into the WebAssembly module of its part, fetched the first
//! time one of them is called and kept by the service worker for offline
//! use. Without the feature (the tests, or a build that drops it) every part
//! is in the one module and the same functions answer at once.

use std::future::Future;

use leptos::prelude::*;
use rust_i18n::t;

mod shown;

pub use shown::Part;

/// A part of the app could not be fetched: offline before it was kept, or a
/// deploy replaced the files while this page was open.
#[derive(Clone, Copy, Debug)]
pub struct NotLoaded;

#[cfg(feature = "split")]
impl From<leptos::wasm_split::SplitLoaderError> for NotLoaded {
    fn from(_: leptos::wasm_split::SplitLoaderError) -> Self {
        NotLoaded
    }
}

/// Declares a function of a part: in the web build it is split off the
/// main module into the module of `$part` (every function naming one part is
/// in that one module), fetched the first time one of them is called;
/// everywhere else it is called at once. Callers await it either way, and
/// get [`NotLoaded`] if the part cannot be fetched. With `ahead $ahead`, the
/// splitter's preload function of the part is there too, under that name:
/// it fetches the part without calling anything (nothing to fetch elsewhere).
macro_rules! part {
    ($part:ident $(, ahead $ahead:ident)?: $(#[$doc:meta])* $vis:vis fn $name:ident ( $($arg:ident : $ty:ty),* $(,)? ) -> $ret:ty $body:block) => {
        $(#[$doc])*
        #[cfg(feature = "split")]
        #[leptos::wasm_split::wasm_split($part, wasm_split_path = ::leptos::wasm_split, fallible $(, preload($ahead))?)]
        $vis fn $name($($arg: $ty),*) -> Result<$ret, $crate::ui::parts::NotLoaded> {
            fn body($($arg: $ty),*) -> $ret $body
            Ok(body($($arg),*))
        }

        $(#[$doc])*
        #[cfg(not(feature = "split"))]
        $vis async fn $name($($arg: $ty),*) -> Result<$ret, $crate::ui::parts::NotLoaded> {
            fn body($($arg: $ty),*) -> $ret $body
            Ok(body($($arg),*))
        }

        $(
            #[cfg(not(feature = "split"))]
            $vis async fn $ahead() -> Result<(), $crate::ui::parts::NotLoaded> {
                Ok(())
            }
        )?
    };
}
pub(crate) use part;

/// Does an action that is a function of a part (`action`, already called)
/// and hands what it gives to `then`. If the part cannot be fetched, nothing
/// was done and the page's `notice` says so.
pub fn act<T: 'static, E: Into<NotLoaded>>(
    notice: RwSignal<String>,
    action: impl Future<Output = Result<T, E>> + 'static,
    then: impl FnOnce(T) + 'static,
) {
    run(action, then, move || {
        notice.set(t!("app.action_missing").into_owned());
    });
}

/// [`act`] for work nobody asked for (reading stored copies after start):
/// if the part cannot be fetched, nothing is said, and a later visit does
/// the work.
pub fn quietly<T: 'static, E: Into<NotLoaded>>(
    action: impl Future<Output = Result<T, E>> + 'static,
    then: impl FnOnce(T) + 'static,
) {
    run(action, then, || {});
}

fn run<T: 'static, E: Into<NotLoaded>>(
    action: impl Future<Output = Result<T, E>> + 'static,
    then: impl FnOnce(T) + 'static,
    missing: impl FnOnce() + 'static,
) {
    leptos::task::spawn_local(async move {
        match action.await {
            Ok(value) => then(value),
            Err(_) => missing(),
        }
    });
}
