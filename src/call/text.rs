//! A call as plain text: underlined headings and "- " bullets, for e-mail
//! and anywhere markup is not wanted.

use super::strings::label_value;
use super::{Block, CallDocument, Item, one_final_newline};

/// The call as plain text. Nothing is escaped: plain text has no markup.
pub fn to_text(doc: &CallDocument) -> String {
    let mut out = String::with_capacity(4096);
    heading(&mut out, &doc.title, '=');
    if let Some(subtitle) = &doc.subtitle {
        out.push_str(subtitle);
        out.push_str("\n\n");
    }
    for section in &doc.sections {
        heading(&mut out, &section.heading, '-');
        blocks(&mut out, &section.blocks, doc);
    }
    blocks(&mut out, &doc.closing, doc);
    one_final_newline(out)
}

fn heading(out: &mut String, text: &str, underline: char) {
    out.push_str(text);
    out.push('\n');
    out.extend(std::iter::repeat_n(underline, text.chars().count()));
    out.push_str("\n\n");
}

fn blocks(out: &mut String, blocks: &[Block], doc: &CallDocument) {
    for block in blocks {
        match block {
            Block::Paragraph(text) => {
                out.push_str(text);
                out.push('\n');
            }
            Block::Bullets(items) => {
                for item in items {
                    entry(out, "- ", item);
                }
            }
            Block::Numbered(items) => {
                for (i, item) in items.iter().enumerate() {
                    entry(out, &format!("{}. ", i + 1), item);
                }
            }
            Block::Facts(facts) => {
                for fact in facts {
                    out.push_str(&label_value(&fact.label, &fact.value, doc.language));
                    out.push('\n');
                }
            }
        }
        out.push('\n');
    }
}

fn entry(out: &mut String, marker: &str, item: &Item) {
    let text = match &item.lead {
        Some(lead) => format!("{lead}{}{}", item.separator(), item.text),
        None => item.text.clone(),
    };
    let indent = " ".repeat(marker.len());
    out.push_str(marker);
    for (n, line) in text.split('\n').enumerate() {
        if n > 0 {
            out.push('\n');
            out.push_str(&indent);
        }
        out.push_str(line);
    }
    out.push('\n');
}
