//! The programme draft as plain data with pure methods: no browser, no
//! Leptos, and no language: what a person reads is made of these values by
//! `crate::text`.

mod budget;
mod draft;
mod editing;
mod fields;
mod history;
mod integrity;
mod items;
mod management;
mod money;
mod organisers;
mod plans;
mod progress;
mod rebase;
mod record;
mod running;
#[cfg(test)]
pub(crate) mod samples;
mod selection;
mod values;

pub use draft::*;
pub use editing::*;
pub use fields::{Field, Form};
pub use history::History;
pub use integrity::{Issue, MAX_AGE, Problem, Referent, check_integrity};
pub use items::Item;
pub use management::*;
pub use money::MoneyError;
pub use progress::*;
pub use record::Extra;
pub use running::*;
pub use selection::*;
pub use values::*;

impl Draft {
    /// A blank draft stamped with `now` (RFC 3339).
    pub fn blank(now: &str) -> Draft {
        Draft {
            created_at: now.to_string(),
            updated_at: now.to_string(),
            ..Draft::default()
        }
    }

    /// A copy that stands on its own: new id, revision 0, and a title
    /// numbered after the copies among `titles` (the library's): "X (copy)",
    /// "X (copy 2)"…; a blank title becomes `untitled` first.
    pub fn duplicate<'a>(
        &self,
        now: &str,
        titles: impl IntoIterator<Item = &'a str>,
        names: &CopyNames,
        untitled: &str,
    ) -> Draft {
        let mut copy = self.clone();
        copy.id = Id::new();
        copy.revision = 0;
        copy.created_at = now.to_string();
        copy.updated_at = now.to_string();
        let title = match self.overview.title.trim() {
            "" => untitled,
            shown => shown,
        };
        copy.overview.title = copy_title(title, titles, names);
        copy
    }

    /// Moves the phase at `index` by `delta` places, clamped to the list.
    /// Returns the new index, or `None` if `index` is out of range.
    pub fn move_phase(&mut self, index: usize, delta: isize) -> Option<usize> {
        move_item(&mut self.phases, index, delta)
    }

    /// Sum of all budget lines; `None` if it does not fit in 64 bits.
    pub fn budget_total(&self) -> Option<Money> {
        Money::sum(self.budget.iter().map(BudgetLine::total)).ok()
    }

    /// File name for an export: `<title-slug>.trajectory.json`, the slug of
    /// `untitled` when no title is typed.
    pub fn export_file_name(&self, untitled: &str) -> String {
        let title = match self.overview.title.trim() {
            "" => untitled,
            shown => shown,
        };
        format!("{}.trajectory.json", slug(title))
    }
}

impl BudgetLine {
    /// Unit cost × quantity, or [`TooLarge`] when that does not fit.
    pub fn total(&self) -> Total {
        self.unit_cost.times(self.quantity)
    }
}

/// Moves `items[index]` by `delta` places, clamped to the list.
pub fn move_item<T>(items: &mut [T], index: usize, delta: isize) -> Option<usize> {
    if index >= items.len() {
        return None;
    }
    let target = index
        .saturating_add_signed(delta)
        .min(items.len().saturating_sub(1));
    if target < index {
        items[target..=index].rotate_right(1);
    } else {
        items[index..=target].rotate_left(1);
    }
    Some(target)
}

/// Lower-case ASCII words joined by `-`; accents folded, everything else dropped.
pub fn slug(text: impl AsRef<str>) -> String {
    let mut out = String::new();
    for c in text.as_ref().chars().flat_map(fold_accent) {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    let trimmed = out.trim_end_matches('-');
    let capped: String = trimmed.chars().take(60).collect();
    let capped = capped.trim_end_matches('-');
    if capped.is_empty() {
        "programme".to_string()
    } else {
        capped.to_string()
    }
}

fn fold_accent(c: char) -> Vec<char> {
    let plain = match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'À' | 'Á' | 'Â' | 'Ã' | 'Ä' | 'Å' => 'a',
        'ç' | 'Ç' => 'c',
        'è' | 'é' | 'ê' | 'ë' | 'È' | 'É' | 'Ê' | 'Ë' => 'e',
        'ì' | 'í' | 'î' | 'ï' | 'Ì' | 'Í' | 'Î' | 'Ï' => 'i',
        'ñ' | 'Ñ' => 'n',
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'Ò' | 'Ó' | 'Ô' | 'Õ' | 'Ö' | 'Ø' => 'o',
        'ù' | 'ú' | 'û' | 'ü' | 'Ù' | 'Ú' | 'Û' | 'Ü' => 'u',
        'ý' | 'ÿ' | 'Ý' => 'y',
        'æ' | 'Æ' => return vec!['a', 'e'],
        'œ' | 'Œ' => return vec!['o', 'e'],
        'ß' => return vec!['s', 's'],
        other => other,
    };
    vec![plain]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn phase(title: &str) -> Phase {
        Phase {
            title: title.into(),
            ..Phase::default()
        }
    }

    fn titles(d: &Draft) -> Vec<&str> {
        d.phases.iter().map(|p| p.title.as_str()).collect()
    }

    #[test]
    fn move_phase_up_down_and_clamped() {
        let mut d = Draft::blank("2026-01-01T00:00:00Z");
        d.phases = vec![phase("a"), phase("b"), phase("c"), phase("d")];
        assert_eq!(d.move_phase(3, -2), Some(1));
        assert_eq!(titles(&d), ["a", "d", "b", "c"]);
        assert_eq!(d.move_phase(0, 1), Some(1));
        assert_eq!(titles(&d), ["d", "a", "b", "c"]);
        assert_eq!(d.move_phase(1, 99), Some(3));
        assert_eq!(titles(&d), ["d", "b", "c", "a"]);
        assert_eq!(d.move_phase(2, -99), Some(0));
        assert_eq!(titles(&d), ["c", "d", "b", "a"]);
        assert_eq!(d.move_phase(4, 1), None);
        assert_eq!(d.move_phase(0, 0), Some(0));
    }

    #[test]
    fn budget_total_uses_exact_minor_units() {
        let mut d = Draft::blank("t");
        d.budget = vec![
            BudgetLine {
                unit_cost: Money(33_333),
                quantity: Decimal2(150),
                ..BudgetLine::default()
            },
            BudgetLine {
                unit_cost: Money(10),
                quantity: Decimal2(1),
                ..BudgetLine::default()
            },
        ];
        // 333.33 × 1.5 = 499.995 -> 500.00; 0.10 × 0.01 = 0.001 -> 0.00
        assert_eq!(d.budget_total(), Some(Money(50_000)));
        d.budget[1].unit_cost = Money(i64::MAX);
        d.budget[1].quantity = Decimal2::whole(1);
        assert_eq!(d.budget_total(), None);
    }

    #[test]
    fn duplicate_is_independent() {
        let mut d = Draft::blank("t0");
        d.overview.title = "Nordic Showcase".into();
        d.revision = 7;
        let copy = d.duplicate(
            "t1",
            ["Nordic Showcase"],
            &crate::text::copy_names(Lang::En),
            "Untitled programme",
        );
        assert_ne!(copy.id, d.id);
        assert_eq!(copy.revision, 0);
        assert_eq!(copy.overview.title, "Nordic Showcase (copy)");
        assert_eq!(copy.created_at, "t1");
    }

    #[test]
    fn slugs_and_file_names() {
        assert_eq!(
            slug("Résidences & Co-création 2027!"),
            "residences-co-creation-2027"
        );
        assert_eq!(slug("   "), "programme");
        assert_eq!(slug("<script>"), "script");
        assert_eq!(slug("Œuvre straße"), "oeuvre-strasse");
        let mut d = Draft::blank("t");
        assert_eq!(
            d.export_file_name("Untitled programme"),
            "untitled-programme.trajectory.json"
        );
        d.overview.title = "Go Global: Music".into();
        assert_eq!(
            d.export_file_name("Untitled programme"),
            "go-global-music.trajectory.json"
        );
        assert!(slug("x".repeat(500)).len() <= 60);
    }
}
