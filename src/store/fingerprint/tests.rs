//! The FNV-1a fingerprint of stored copies.

use super::*;

#[test]
fn fnv1a_matches_the_published_test_vectors() {
    // From the FNV reference test suite (Landon Curt Noll).
    assert_eq!(hash(""), "cbf29ce484222325");
    assert_eq!(hash("a"), "af63dc4c8601ec8c");
    assert_eq!(hash("foobar"), "85944171f73967e8");
}

#[test]
fn one_changed_character_changes_the_hash_and_length_counts_utf16() {
    assert_ne!(hash("{\"title\":\"A\"}"), hash("{\"title\":\"B\"}"));
    assert_eq!(chars("abc"), 3);
    assert_eq!(chars("é€"), 2);
    assert_eq!(chars("🎭"), 2);
}
