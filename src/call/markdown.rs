//! A call as Markdown (CommonMark, and safe under the common extensions).

use super::strings::phrases;
use super::{Block, CallDocument, Fact, Item, one_final_newline};
use crate::text::fill;

/// The call as Markdown. Every text is escaped, so nothing typed in the draft
/// becomes a heading, link, image, HTML, emphasis, list or table.
pub fn to_markdown(doc: &CallDocument) -> String {
    let mut out = String::with_capacity(4096);
    out.push_str("# ");
    out.push_str(&escape(&doc.title));
    out.push_str("\n\n");
    if let Some(subtitle) = &doc.subtitle {
        out.push('*');
        out.push_str(&escape(subtitle));
        out.push_str("*\n\n");
    }
    for section in &doc.sections {
        out.push_str("## ");
        out.push_str(&escape(&section.heading));
        out.push_str("\n\n");
        blocks(&mut out, &section.blocks, doc);
    }
    blocks(&mut out, &doc.closing, doc);
    one_final_newline(out)
}

fn blocks(out: &mut String, blocks: &[Block], doc: &CallDocument) {
    for block in blocks {
        match block {
            Block::Paragraph(text) => lines(out, &escape(text), ""),
            Block::Bullets(items) => {
                for item in items {
                    out.push_str("- ");
                    lines(out, &item_text(item), "  ");
                }
            }
            Block::Numbered(items) => {
                for (i, item) in items.iter().enumerate() {
                    let marker = format!("{}. ", i + 1);
                    let indent = " ".repeat(marker.len());
                    out.push_str(&marker);
                    lines(out, &item_text(item), &indent);
                }
            }
            Block::Facts(facts) => {
                for Fact { label, value } in facts {
                    out.push_str("- ");
                    out.push_str(&fill(
                        phrases(doc.language).label_value,
                        &[
                            ("label", &format!("**{}**", escape(label))),
                            ("value", &escape(value)),
                        ],
                    ));
                    out.push('\n');
                }
            }
        }
        out.push('\n');
    }
}

/// An item's text, already escaped.
fn item_text(item: &Item) -> String {
    match &item.lead {
        Some(lead) => format!(
            "**{}**{}{}",
            escape(lead),
            item.separator(),
            escape(&item.text)
        ),
        None => escape(&item.text),
    }
}

/// Escaped text whose `\n` become hard line breaks, continuation lines
/// indented so they stay inside their list item.
fn lines(out: &mut String, escaped: &str, indent: &str) {
    let mut first = true;
    for line in escaped.split('\n').filter(|l| !l.trim().is_empty()) {
        if !first {
            out.push_str("\\\n");
            out.push_str(indent);
        }
        out.push_str(line);
        first = false;
    }
    out.push('\n');
}

/// Escapes `text` so that Markdown shows it as it is.
///
/// Hand-written on purpose: no maintained crate escapes plain text for
/// Markdown without also bringing a whole Markdown engine into the WebAssembly
/// bundle (comrak, pulldown-cmark-to-cmark), and the rules are short. CommonMark
/// allows a backslash before any ASCII punctuation and shows the character
/// itself, so escaping more than strictly needed never changes what a reader
/// sees. Escaped:
/// - everywhere: the characters that open emphasis, code, links, images,
///   footnotes, HTML and autolinks, entities, tables, strikethrough, math,
///   superscript and heading attributes: `` \ ` * _ [ ] < > & | ~ $ ^ { } # ``;
/// - at the start of a line (leading spaces dropped, so no indented code):
///   `-`, `+`, `=`, `:` (list items, thematic breaks, setext underlines,
///   definition lists) and the `.` or `)` after the digits of `1.` / `1)`.
///
/// Bare `http://` text stays as typed: CommonMark does not link it, though
/// some renderers (GitHub's) show such text as a link to what it says.
pub(super) fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 8 + 4);
    for (n, line) in text.split('\n').enumerate() {
        if n > 0 {
            out.push('\n');
        }
        escape_line(line.trim_start(), &mut out);
    }
    out
}

fn escape_line(line: &str, out: &mut String) {
    let mut chars = line.char_indices().peekable();
    if let Some(&(_, first)) = chars.peek()
        && matches!(first, '-' | '+' | '=' | ':')
    {
        out.push('\\');
    }
    let digits = line.bytes().take_while(u8::is_ascii_digit).count();
    for (i, c) in chars {
        let list_number_end = digits > 0 && i == digits && matches!(c, '.' | ')');
        if list_number_end
            || matches!(
                c,
                '\\' | '`'
                    | '*'
                    | '_'
                    | '['
                    | ']'
                    | '<'
                    | '>'
                    | '&'
                    | '|'
                    | '~'
                    | '$'
                    | '^'
                    | '{'
                    | '}'
                    | '#'
            )
        {
            out.push('\\');
        }
        out.push(c);
    }
}

#[cfg(test)]
mod tests {
    use super::escape;
    use pulldown_cmark::{Event, Parser, Tag};

    /// What a Markdown reader shows for `markdown`: its text, and whether
    /// anything but paragraphs, text and line breaks came out of it.
    fn read(markdown: &str) -> (String, Vec<String>) {
        let mut text = String::new();
        let mut structure = Vec::new();
        for event in Parser::new_ext(markdown, super::super::tests::markdown_options()) {
            match event {
                Event::Text(t) => text.push_str(&t),
                Event::HardBreak | Event::SoftBreak => text.push('\n'),
                Event::Start(Tag::Paragraph) | Event::End(_) => {}
                other => structure.push(format!("{other:?}")),
            }
        }
        (text, structure)
    }

    #[test]
    fn escaped_text_reads_back_as_typed() {
        for typed in [
            "<script>alert(1)</script>",
            "\"><img src=x onerror=alert(1)>",
            "# x",
            "## x ##",
            "[a](javascript:alert(1))",
            "![i](http://evil.example/x.png)",
            "<b>bold</b>",
            "*em* _em_ **strong** __strong__",
            "| a | b |",
            "1. list",
            "1) list",
            "12345. list",
            "- item",
            "+ item",
            "* item",
            "> quote",
            "---",
            "===",
            "***",
            "___",
            "```rust",
            "~~~",
            "~~strike~~",
            "`code`",
            "$x^2$",
            "$$math$$",
            "[^note]",
            "[ref]: http://evil.example",
            "<http://evil.example>",
            "&lt;script&gt; &#60; &amp;",
            "trailing backslash\\",
            "\\*still literal\\*",
            ": definition",
            "Title {#id .class}",
            "[[wiki]]",
            "[!NOTE]",
            "a_b_c and 2*3*4",
            "Café, 30% — « ok » ?",
        ] {
            let md = escape(typed);
            let (text, structure) = read(&md);
            assert_eq!(text, typed, "{md}");
            assert!(structure.is_empty(), "{typed:?} -> {md:?}: {structure:?}");
        }
    }

    #[test]
    fn every_line_start_is_guarded() {
        let typed = "first\n# heading\n- item\n1. one\n    code\n===\n> quote";
        let (text, structure) = read(&escape(typed));
        assert!(structure.is_empty(), "{structure:?}");
        assert_eq!(text, "first\n# heading\n- item\n1. one\ncode\n===\n> quote");
    }

    #[test]
    fn plain_text_stays_readable() {
        assert_eq!(
            escape("Emerging to mid-career (30%), e.g. 2.5 hours: fine!"),
            "Emerging to mid-career (30%), e.g. 2.5 hours: fine!"
        );
    }
}
