//! How a record of the draft is read and written: every field may be
//! missing from a file, and fields this version does not know are kept.

use std::fmt;

use serde::{Deserialize, Deserializer, de};
use serde_json::{Map, Value};

/// Fields this version does not know, kept as they were.
pub type Extra = Map<String, Value>;

/// A record of the draft: a struct whose every field may be missing from a
/// file (it then takes its type's default) and whose unknown fields are kept
/// in `extra`, in their order, and written back. Fields listed after
/// `required` must be in the file: a default would be wrong there, such as a
/// fresh id for a reference to another part.
///
/// Reading is written out rather than derived: serde's derive builds the
/// whole default record first, which for a record with an id means a
/// random id drawn and thrown away, and routes unknown fields through its
/// buffering for `flatten`. Here each field is read once, straight from the
/// file, and a default is made only for a field that is missing.
macro_rules! open_record {
    (
        $(#[$meta:meta])*
        pub struct $name:ident {
            $( $(#[$field_meta:meta])* pub $field:ident: $ty:ty, )*
        }
        $( required $($required:ident),+ )?
    ) => {
        $(#[$meta])*
        #[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize)]
        pub struct $name {
            $( $(#[$field_meta])* pub $field: $ty, )*
            #[serde(flatten, skip_serializing_if = "::serde_json::Map::is_empty")]
            pub extra: $crate::model::Extra,
        }

        impl<'de> ::serde::Deserialize<'de> for $name {
            fn deserialize<D: ::serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                struct Fields;
                impl<'de> ::serde::de::Visitor<'de> for Fields {
                    type Value = $name;
                    fn expecting(&self, f: &mut ::std::fmt::Formatter) -> ::std::fmt::Result {
                        f.write_str(concat!("struct ", stringify!($name)))
                    }
                    fn visit_map<A: ::serde::de::MapAccess<'de>>(self, mut map: A) -> Result<$name, A::Error> {
                        $( let mut $field: Option<$ty> = None; )*
                        let mut extra = $crate::model::Extra::new();
                        while let Some(key) = map.next_key::<$crate::model::record::Key<'de>>()? {
                            match key.as_str() {
                                $(
                                    stringify!($field) => {
                                        if $field.is_some() {
                                            return Err(::serde::de::Error::duplicate_field(stringify!($field)));
                                        }
                                        $field = Some(map.next_value()?);
                                    }
                                )*
                                _ => {
                                    let value: ::serde_json::Value = map.next_value()?;
                                    extra.insert(key.into_string(), value);
                                }
                            }
                        }
                        $($(
                            if $required.is_none() {
                                return Err(::serde::de::Error::missing_field(stringify!($required)));
                            }
                        )+)?
                        Ok($name {
                            $( $field: $field.unwrap_or_default(), )*
                            extra,
                        })
                    }
                }
                d.deserialize_map(Fields)
            }
        }
    };
}

pub(crate) use open_record;

/// A field name as read: borrowed from the file's text when it can be.
pub(crate) enum Key<'de> {
    Borrowed(&'de str),
    Owned(String),
}

impl Key<'_> {
    pub(crate) fn as_str(&self) -> &str {
        match self {
            Key::Borrowed(s) => s,
            Key::Owned(s) => s,
        }
    }

    pub(crate) fn into_string(self) -> String {
        match self {
            Key::Borrowed(s) => s.to_string(),
            Key::Owned(s) => s,
        }
    }
}

impl<'de> Deserialize<'de> for Key<'de> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Name;
        impl<'de> de::Visitor<'de> for Name {
            type Value = Key<'de>;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a field name")
            }
            fn visit_borrowed_str<E: de::Error>(self, v: &'de str) -> Result<Key<'de>, E> {
                Ok(Key::Borrowed(v))
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Key<'de>, E> {
                Ok(Key::Owned(v.to_string()))
            }
            fn visit_string<E: de::Error>(self, v: String) -> Result<Key<'de>, E> {
                Ok(Key::Owned(v))
            }
        }
        d.deserialize_str(Name)
    }
}
