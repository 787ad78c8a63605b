//! Native benchmarks of the pure core: the call generator, the file format and
//! the review, on the small (reference) and huge programmes of `fixtures`.
//! `scripts/bench` reads criterion's estimates from `target/criterion`.

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    native::benches();
    criterion::Criterion::default()
        .configure_from_args()
        .final_summary();
}

/// Nothing to measure natively in a wasm build of the benches.
#[cfg(target_arch = "wasm32")]
fn main() {}

// The generated programmes live with the tests: they are not part of the app.
#[cfg(not(target_arch = "wasm32"))]
#[path = "../tests/support/mod.rs"]
mod support;

#[cfg(not(target_arch = "wasm32"))]
mod native {
    use std::hint::black_box;

    use criterion::{Criterion, criterion_group};

    use crate::support::fixtures::{self, Size};
    use trajectory_studio::call::{CallOptions, generate, to_html, to_markdown, to_text};
    use trajectory_studio::model::{Draft, Lang};
    use trajectory_studio::{format, review};

    fn programmes() -> [(&'static str, Draft); 2] {
        [
            ("small", fixtures::small(1)),
            ("huge", fixtures::draft(Size::HUGE, 2)),
        ]
    }

    fn call_generation(c: &mut Criterion) {
        for (name, draft) in programmes() {
            let options = CallOptions {
                language: Lang::En,
                ..CallOptions::from_draft(&draft)
            };
            // Every section, in all three formats, as the Call screen's downloads do.
            c.bench_function(&format!("call_all_formats/{name}"), |b| {
                b.iter(|| {
                    let doc = generate(black_box(&draft), &options);
                    (to_markdown(&doc), to_html(&doc), to_text(&doc))
                })
            });
        }
    }

    fn file_format(c: &mut Criterion) {
        for (name, draft) in programmes() {
            let file = fixtures::file(std::slice::from_ref(&draft));
            c.bench_function(&format!("parse_file/{name}"), |b| {
                b.iter(|| format::parse_file(black_box(file.as_bytes())).expect("valid"))
            });
            c.bench_function(&format!("to_storage/{name}"), |b| {
                b.iter(|| format::to_storage(black_box(&draft), fixtures::NOW))
            });
        }
    }

    fn review_checks(c: &mut Criterion) {
        for (name, draft) in programmes() {
            c.bench_function(&format!("review/{name}"), |b| {
                b.iter(|| (review::review(black_box(&draft)), review::fair_call(&draft)))
            });
        }
    }

    criterion_group!(benches, call_generation, file_format, review_checks);
}
