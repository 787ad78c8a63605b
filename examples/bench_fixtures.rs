//! Writes the benchmark's programmes as importable files:
//! `small.trajectory.json` (the reference template), `huge.trajectory.json`
//! (one programme of about 1 MB) and `library.trajectory.json` (50 programmes,
//! about 4 MB) and `running.trajectory.json` (a programme under way: 20
//! participants, 8 mentors, 600 sessions). Same seed, same bytes.
//!
//! Usage: `cargo run --example bench-fixtures -- <out-dir>`

// The generator lives with the tests: it is not part of the app.
#[cfg(not(target_arch = "wasm32"))]
#[path = "../tests/support/mod.rs"]
mod support;

#[cfg(not(target_arch = "wasm32"))]
use support::fixtures::{self, Size};

/// The generator runs natively only.
#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    let dir = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "target/bench/fixtures".into());
    std::fs::create_dir_all(&dir).expect("the output folder can be made");
    let library: Vec<_> = (0..50)
        .map(|i| fixtures::draft(Size::LIBRARY_MEMBER, 1000 + i))
        .collect();
    let files = [
        ("small", fixtures::file(&[fixtures::small(1)])),
        ("huge", fixtures::file(&[fixtures::draft(Size::HUGE, 2)])),
        ("library", fixtures::file(&library)),
        ("running", fixtures::file(&[fixtures::running(3)])),
    ];
    for (name, text) in files {
        let path = format!("{dir}/{name}.trajectory.json");
        std::fs::write(&path, &text).expect("the fixture can be written");
        println!("{path}: {} bytes", text.len());
    }
}
