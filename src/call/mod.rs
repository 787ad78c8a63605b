//! The call for participation: a draft turned into a document an applicant
//! reads, then written out as Markdown, standalone HTML or plain text.
//!
//! [`generate`] builds a [`CallDocument`]: a title, an optional subtitle, and
//! sections of plain-text blocks. The renderers ([`to_markdown`], [`to_html`],
//! [`to_text`]) decide all markup, and escape every text they are given, so no
//! text typed in a draft can become structure or script in any output.
//!
//! # Sections and what is missing
//! Sections come in the order of [`Section::ALL`]. Each is built from the draft
//! only; nothing is invented and there is no filler text. The rule for missing
//! data is:
//! - the essentials — application deadline, results date, contact, selection
//!   criteria — are always stated: when the draft lacks one, the call says in
//!   its language that it is to be announced (« à préciser »);
//! - every other section, and every part of a section, whose data is absent is
//!   left out, so the call never shows an empty heading;
//! - the application fee is always stated, as "no application fee" when it is
//!   zero (the model's default and the fair answer).
//!
//! A section the user excluded is left out whatever its data.
//!
//! # Money
//! Budget lines for travel, accommodation, subsistence and materials are what
//! the programme covers; lines funded by participant fees are what participants
//! pay. Each amount is per participant (line total ÷ places, rounded half away
//! from zero to the minor unit) when the number of places is known, else for
//! the whole group. Staff costs, overheads and experts' fees are never shown.
//!
//! # Languages
//! Fixed words come from `strings.rs` in the language of
//! [`CallOptions::language`]; text typed in the draft is shown as typed.

pub mod calendar;
mod generate;
mod html;
pub mod letters;
mod markdown;
pub mod strings;
mod text;

#[cfg(test)]
mod tests;

pub use calendar::{calendar, phase_event};
pub use generate::generate;
pub use html::to_html;
pub use markdown::to_markdown;
pub use text::to_text;

use crate::model::{Draft, Lang};

/// A part of the call, in reading order. Slugs are stable: they are stored in
/// [`CallSettings::excluded_sections`](crate::model::CallSettings::excluded_sections).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Section {
    /// What the programme is, who runs it, its goals and dates (`introduction`).
    Introduction,
    /// Target group and eligibility conditions (`who_can_apply`).
    WhoCanApply,
    /// Mentorship contents and the experts involved (`what_we_offer`).
    WhatWeOffer,
    /// Phases with their dates, modes and hours (`structure_and_dates`).
    StructureAndDates,
    /// What the budget covers for participants, what they pay, the application
    /// fee (`costs`).
    Costs,
    /// What participants commit to (`commitments`).
    Commitments,
    /// Criteria, committee, steps and feedback (`selection`).
    Selection,
    /// The application materials (`how_to_apply`).
    HowToApply,
    /// Application deadline and results date (`deadline`).
    Deadline,
    /// How access needs and care responsibilities are met (`accessibility`).
    Accessibility,
    /// How applications are handled and kept (`data_protection`).
    DataProtection,
    /// Whom to ask (`contact`).
    Contact,
}

impl Section {
    /// Every section, in reading order.
    pub const ALL: [Section; 12] = [
        Section::Introduction,
        Section::WhoCanApply,
        Section::WhatWeOffer,
        Section::StructureAndDates,
        Section::Costs,
        Section::Commitments,
        Section::Selection,
        Section::HowToApply,
        Section::Deadline,
        Section::Accessibility,
        Section::DataProtection,
        Section::Contact,
    ];

    /// The stable name stored in a draft's list of excluded sections.
    pub fn slug(self) -> &'static str {
        match self {
            Section::Introduction => "introduction",
            Section::WhoCanApply => "who_can_apply",
            Section::WhatWeOffer => "what_we_offer",
            Section::StructureAndDates => "structure_and_dates",
            Section::Costs => "costs",
            Section::Commitments => "commitments",
            Section::Selection => "selection",
            Section::HowToApply => "how_to_apply",
            Section::Deadline => "deadline",
            Section::Accessibility => "accessibility",
            Section::DataProtection => "data_protection",
            Section::Contact => "contact",
        }
    }

    /// The section with this slug, if there is one.
    pub fn from_slug(slug: &str) -> Option<Section> {
        Section::ALL.into_iter().find(|s| s.slug() == slug)
    }

    /// The heading of the section in the call's language.
    pub fn label(self, lang: Lang) -> &'static str {
        let p = strings::phrases(lang);
        match self {
            Section::Introduction => p.section_introduction,
            Section::WhoCanApply => p.section_who_can_apply,
            Section::WhatWeOffer => p.section_what_we_offer,
            Section::StructureAndDates => p.section_structure_and_dates,
            Section::Costs => p.section_costs,
            Section::Commitments => p.section_commitments,
            Section::Selection => p.section_selection,
            Section::HowToApply => p.section_how_to_apply,
            Section::Deadline => p.section_deadline,
            Section::Accessibility => p.section_accessibility,
            Section::DataProtection => p.section_data_protection,
            Section::Contact => p.section_contact,
        }
    }
}

/// What the user chose for the call, apart from the draft's own data.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct CallOptions {
    /// Language of every fixed word of the call, whatever the app's language.
    pub language: Lang,
    /// Sections left out of the call.
    pub excluded: Vec<Section>,
    /// Replaces the introduction built from the draft.
    pub introduction: Option<String>,
    /// Ends the call, after the last section.
    pub closing: Option<String>,
}

impl CallOptions {
    /// The options saved in the draft's call settings. Unknown section slugs
    /// (from a newer app, say) are ignored; a blank introduction or closing
    /// counts as none.
    pub fn from_draft(draft: &Draft) -> CallOptions {
        let call = &draft.call;
        let mut excluded: Vec<Section> = call
            .excluded_sections
            .iter()
            .filter_map(|slug| Section::from_slug(slug.trim()))
            .collect();
        excluded.sort_unstable();
        excluded.dedup();
        let text = |t: &str| (!t.trim().is_empty()).then(|| t.to_string());
        CallOptions {
            language: call.language,
            excluded,
            introduction: text(&call.introduction),
            closing: text(&call.closing),
        }
    }

    /// Whether `section` goes into the call.
    pub fn includes(&self, section: Section) -> bool {
        !self.excluded.contains(&section)
    }
}

/// A call ready to render: plain text only, never markup.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CallDocument {
    /// The language of every fixed word, and of the HTML page.
    pub language: Lang,
    /// "Call for participation: <programme title>".
    pub title: String,
    /// The programme's tagline, when it has one.
    pub subtitle: Option<String>,
    /// The included sections that have something to say, in reading order.
    pub sections: Vec<CallSection>,
    /// The closing text, shown after the last section without a heading.
    pub closing: Vec<Block>,
}

/// One section of a call.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CallSection {
    pub section: Section,
    /// The section's label in the call's language.
    pub heading: String,
    /// Never empty.
    pub blocks: Vec<Block>,
}

/// A piece of a section. Texts are single lines, except a paragraph's, where
/// `\n` marks a line break the writer typed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Block {
    /// Running text.
    Paragraph(String),
    /// A list read in any order.
    Bullets(Vec<Item>),
    /// A list whose order matters (phases, selection steps).
    Numbered(Vec<Item>),
    /// Label and value pairs, such as "Application deadline: 15 February 2027".
    Facts(Vec<Fact>),
}

/// A list entry: an optional lead in bold, then its text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Item {
    pub lead: Option<String>,
    pub text: String,
}

impl Item {
    /// What goes between the lead and the text: a dash when there are both,
    /// nothing after a lead that stands alone (a criterion with no description).
    pub fn separator(&self) -> &'static str {
        if self.lead.is_some() && !self.text.is_empty() {
            " — "
        } else {
            ""
        }
    }
}

/// A labelled value.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Fact {
    pub label: String,
    pub value: String,
}

/// The text without trailing blank space, ending in exactly one newline.
fn one_final_newline(mut out: String) -> String {
    let trimmed = out.trim_end().len();
    out.truncate(trimmed);
    out.push('\n');
    out
}
