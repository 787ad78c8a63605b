//! A call as one standalone HTML page, ready to print.

use html_escape::encode_safe_to_string;

use super::strings::phrases;
use super::{Block, CallDocument, Item};
use crate::text::fill;

/// Blocks every request and every script, even one a bug let through: the page
/// needs nothing but its own inline style.
const CONTENT_SECURITY_POLICY: &str =
    "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";

/// System fonts only: the page must not fetch anything. One line in the page.
const STYLE: &str = "\
body{margin:0 auto;max-width:44rem;padding:2rem 1.25rem;font:1rem/1.55 Georgia,\"Times New Roman\",serif;color:#1a1a1a;background:#fff}\
h1,h2{font-family:system-ui,\"Segoe UI\",Helvetica,Arial,sans-serif;line-height:1.25}\
h1{font-size:1.75rem;margin:0 0 .5rem}\
.subtitle{font-size:1.15rem;font-style:italic;margin:0 0 1.5rem}\
h2{font-size:1.2rem;margin:2rem 0 .5rem;padding-bottom:.2rem;border-bottom:1px solid #bbb}\
p{margin:.5rem 0}\
ul,ol{margin:.5rem 0;padding-left:1.5rem}\
li{margin:.3rem 0}\
ul.facts{list-style:none;padding-left:0}\
.closing{margin-top:2rem}\
@media print{body{max-width:none;padding:0;font-size:11pt}h2{break-after:avoid}p,li{break-inside:avoid}}\
@page{margin:2cm}
";

/// The call as a self-contained HTML document: no script, no external
/// resource, every text escaped.
pub fn to_html(doc: &CallDocument) -> String {
    let mut out = String::with_capacity(8192);
    out.push_str("<!doctype html>\n<html lang=\"");
    out.push_str(phrases(doc.language).lang_code);
    out.push_str("\">\n<head>\n<meta charset=\"utf-8\">\n");
    out.push_str("<meta http-equiv=\"Content-Security-Policy\" content=\"");
    out.push_str(CONTENT_SECURITY_POLICY);
    out.push_str(
        "\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>",
    );
    text(&mut out, &doc.title);
    out.push_str("</title>\n<style>\n");
    out.push_str(STYLE);
    out.push_str("</style>\n</head>\n<body>\n<main>\n<header>\n<h1>");
    text(&mut out, &doc.title);
    out.push_str("</h1>\n");
    if let Some(subtitle) = &doc.subtitle {
        out.push_str("<p class=\"subtitle\">");
        text(&mut out, subtitle);
        out.push_str("</p>\n");
    }
    out.push_str("</header>\n");
    for section in &doc.sections {
        out.push_str("<section id=\"");
        out.push_str(section.section.slug());
        out.push_str("\">\n<h2>");
        text(&mut out, &section.heading);
        out.push_str("</h2>\n");
        blocks(&mut out, &section.blocks, doc);
        out.push_str("</section>\n");
    }
    if !doc.closing.is_empty() {
        out.push_str("<div class=\"closing\">\n");
        blocks(&mut out, &doc.closing, doc);
        out.push_str("</div>\n");
    }
    out.push_str("</main>\n</body>\n</html>\n");
    out
}

fn blocks(out: &mut String, blocks: &[Block], doc: &CallDocument) {
    for block in blocks {
        match block {
            Block::Paragraph(t) => {
                out.push_str("<p>");
                for (n, line) in t.split('\n').enumerate() {
                    if n > 0 {
                        out.push_str("<br>\n");
                    }
                    text(out, line);
                }
                out.push_str("</p>\n");
            }
            Block::Bullets(items) => list(out, "ul", items),
            Block::Numbered(items) => list(out, "ol", items),
            Block::Facts(facts) => {
                out.push_str("<ul class=\"facts\">\n");
                for fact in facts {
                    let mut label = String::from("<strong>");
                    text(&mut label, &fact.label);
                    label.push_str("</strong>");
                    let mut value = String::new();
                    text(&mut value, &fact.value);
                    out.push_str("<li>");
                    out.push_str(&fill(
                        phrases(doc.language).label_value,
                        &[("label", &label), ("value", &value)],
                    ));
                    out.push_str("</li>\n");
                }
                out.push_str("</ul>\n");
            }
        }
    }
}

fn list(out: &mut String, tag: &str, items: &[Item]) {
    out.push('<');
    out.push_str(tag);
    out.push_str(">\n");
    for item in items {
        out.push_str("<li>");
        if let Some(lead) = &item.lead {
            out.push_str("<strong>");
            text(out, lead);
            out.push_str("</strong>");
            out.push_str(item.separator());
        }
        text(out, &item.text);
        out.push_str("</li>\n");
    }
    out.push_str("</");
    out.push_str(tag);
    out.push_str(">\n");
}

/// Text as character data: `&`, `<`, `>`, quotes and `/` become entities.
fn text(out: &mut String, t: &str) {
    encode_safe_to_string(t, out);
}
