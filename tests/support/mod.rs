//! Code shared by the tests, benches and examples, never by the app: it is
//! included with `#[path]` where it is needed, so nothing here is compiled
//! into the library or the wasm.
//!
//! Each includer uses a part of it; the rest is not dead, only elsewhere.
#![allow(dead_code)]

pub mod fixtures;
