//! Counting what the site stores against the browser's limit.

use super::*;

#[test]
fn the_warning_starts_at_eighty_percent_of_the_limit_whoever_fills_it() {
    let at = LOCAL_STORAGE_LIMIT * WARN_FROM_PERCENT / 100;
    assert!(
        !StorageUse {
            app: at - 1,
            other: 0
        }
        .nearly_full()
    );
    assert!(StorageUse { app: at, other: 0 }.nearly_full());
    assert!(
        StorageUse {
            app: 10,
            other: at - 10
        }
        .nearly_full()
    );
    assert!(!StorageUse::default().nearly_full());
    assert_eq!(
        StorageUse {
            app: LOCAL_STORAGE_LIMIT / 4,
            other: 0
        }
        .percent(),
        25.0
    );
}
