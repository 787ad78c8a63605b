use serde::de::{self, Deserialize, Visitor};

use super::*;

/// Stops at the first question serde asks of an enum and keeps the names
/// of its variants (as written in files).
struct Variants<'a>(&'a mut &'static [&'static str]);

impl<'de> de::Deserializer<'de> for Variants<'_> {
    type Error = de::value::Error;

    fn deserialize_any<V: Visitor<'de>>(self, _: V) -> Result<V::Value, Self::Error> {
        Err(de::Error::custom("not an enum"))
    }

    fn deserialize_enum<V: Visitor<'de>>(
        self,
        _: &'static str,
        variants: &'static [&'static str],
        _: V,
    ) -> Result<V::Value, Self::Error> {
        *self.0 = variants;
        Err(de::Error::custom("variants read"))
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string
        bytes byte_buf option unit unit_struct newtype_struct seq tuple
        tuple_struct map struct identifier ignored_any
    }
}

/// Every choice of `T`, read back from its name in files.
fn every<T: for<'de> Deserialize<'de>>() -> Vec<T> {
    let mut names: &'static [&'static str] = &[];
    let _ = T::deserialize(Variants(&mut names));
    assert!(!names.is_empty());
    names
        .iter()
        .map(|n| serde_json::from_value(serde_json::Value::from(*n)).expect("a choice"))
        .collect()
}

/// Fails unless every choice of `T` has words of its own. The tests speak
/// English; the locale files' own test holds every key to every language.
fn all_worded<T: Copy + for<'de> Deserialize<'de>>(words: fn(T) -> Cow<'static, str>) {
    let said: Vec<String> = every::<T>()
        .into_iter()
        .map(|c| words(c).into_owned())
        .collect();
    for w in &said {
        // A key with no words reads as the key itself.
        assert!(!w.starts_with("labels."), "no words for {w}");
    }
    let mut distinct = said.clone();
    distinct.sort();
    distinct.dedup();
    assert_eq!(distinct.len(), said.len(), "{said:?}");
}

#[test]
fn every_choice_has_words_of_its_own() {
    all_worded(goal);
    all_worded(profiles);
    all_worded(who_applies);
    all_worded(organisation_kind);
    all_worded(organiser_role);
    all_worded(phase_kind);
    all_worded(mode);
    all_worded(requirement);
    all_worded(scope);
    all_worded(delivery);
    all_worded(content_format);
    all_worded(session_kind);
    all_worded(person_role);
    all_worded(budget_category);
    all_worded(funding);
    all_worded(milestone_kind);
    all_worded(evaluation_method);
    all_worded(evaluation_time);
}

#[test]
fn a_choice_reads_in_the_language_asked_for() {
    assert_eq!(
        session_kind_in(SessionKind::Collective, Lang::En),
        "Collective"
    );
    assert_ne!(
        milestone_kind_in(MilestoneKind::Deadline, Lang::En),
        milestone_kind_in(MilestoneKind::Deadline, Lang::Fr)
    );
}
