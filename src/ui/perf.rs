//! User Timing entries around the app's heavy steps (`ts:autosave`,
//! `ts:import-parse`, `ts:import-commit`, `ts:home-ready`, `ts:editor-ready`),
//! so the benchmark reads the app's own durations from
//! `performance.getEntriesByName`. Each
//! costs a clock read and a small entry, and makes no request.

/// Runs `f` and records its duration as a `performance.measure` named `name`.
pub fn span<T>(name: &str, f: impl FnOnce() -> T) -> T {
    let performance = web_sys::window().and_then(|w| w.performance());
    let start = format!("{name}:start");
    if let Some(p) = &performance {
        let _ = p.mark(&start);
    }
    let out = f();
    if let Some(p) = &performance {
        let _ = p.measure_with_start_mark(name, &start);
        p.clear_marks_with_mark_name(&start);
    }
    out
}

/// Records that the moment named `name` has come (time since navigation).
pub fn mark(name: &str) {
    if let Some(p) = web_sys::window().and_then(|w| w.performance()) {
        let _ = p.mark(name);
    }
}
