//! Writing: drafts to a file of the current schema, pretty or compact.

use serde::Serialize;

use super::{APP_VERSION, FORMAT, SCHEMA_VERSION};
use crate::model::Draft;

/// Writes drafts as a file of the current schema, pretty-printed for people
/// who open it in an editor.
pub fn to_file(drafts: &[Draft], exported_at: &str) -> String {
    write(drafts, exported_at, true)
}

/// Compact form of [`to_file`] for storage, where nobody reads the text.
pub fn to_storage(draft: &Draft, saved_at: &str) -> String {
    write(std::slice::from_ref(draft), saved_at, false)
}

fn write(drafts: &[Draft], exported_at: &str, pretty: bool) -> String {
    let envelope = EnvelopeRef {
        format: FORMAT,
        schema_version: SCHEMA_VERSION,
        exported_at,
        app_version: APP_VERSION,
        drafts,
    };
    let mut out = Vec::with_capacity(if pretty { 64 * 1024 } else { 32 * 1024 });
    let mut serializer = serde_json::Serializer::with_formatter(&mut out, Layout::new(pretty));
    // Plain data with string keys into memory: writing cannot fail, and
    // serde_json writes only UTF-8.
    if envelope.serialize(&mut serializer).is_err() {
        return String::new();
    }
    String::from_utf8(out).unwrap_or_default()
}

/// serde_json's pretty layout, or its compact one, chosen when writing.
///
/// One formatter type for both means one copy of every model type's
/// serialisation code in the app, not one per layout.
struct Layout {
    pretty: Option<serde_json::ser::PrettyFormatter<'static>>,
}

impl Layout {
    fn new(pretty: bool) -> Self {
        Layout {
            pretty: pretty.then(serde_json::ser::PrettyFormatter::new),
        }
    }
}

/// Each step: the pretty formatter's when pretty, else the compact default.
macro_rules! layout_steps {
    ($($name:ident($($arg:ident: $t:ty),*);)*) => {
        $(
            fn $name<W: ?Sized + std::io::Write>(&mut self, w: &mut W $(, $arg: $t)*) -> std::io::Result<()> {
                match &mut self.pretty {
                    Some(p) => p.$name(w $(, $arg)*),
                    None => serde_json::ser::CompactFormatter.$name(w $(, $arg)*),
                }
            }
        )*
    };
}

impl serde_json::ser::Formatter for Layout {
    layout_steps! {
        begin_array();
        end_array();
        begin_array_value(first: bool);
        end_array_value();
        begin_object();
        end_object();
        begin_object_key(first: bool);
        begin_object_value();
        end_object_value();
    }
}

#[derive(Serialize)]
struct EnvelopeRef<'a> {
    format: &'a str,
    schema_version: u64,
    exported_at: &'a str,
    app_version: &'a str,
    drafts: &'a [Draft],
}
