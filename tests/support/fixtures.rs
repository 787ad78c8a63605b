//! Deterministic programmes of any size, for the benchmarks.
//!
//! Every draft grows from the reference template: its phases, contents,
//! people, budget lines and criteria are repeated with varied names, dates,
//! amounts and texts, and linked to each other the way a real programme is.
//! The same seed always gives the same bytes: ids come from the seed, not from
//! the random source the app uses.

use trajectory_studio::format;
use trajectory_studio::model::*;
use trajectory_studio::templates::Template;

/// How many of each part a generated draft has.
#[derive(Clone, Copy, Debug)]
pub struct Size {
    pub phases: usize,
    pub contents: usize,
    pub people: usize,
    pub budget_lines: usize,
    pub applicants: usize,
    /// Words in each long text (objectives, activities, descriptions…).
    pub words: usize,
}

impl Size {
    /// The benchmark's huge programme: about 1 MB of JSON.
    pub const HUGE: Size = Size {
        phases: 200,
        contents: 500,
        people: 300,
        budget_lines: 1000,
        applicants: 200,
        words: 24,
    };

    /// One of the 50 programmes of the benchmark's library: about 80 KB each.
    pub const LIBRARY_MEMBER: Size = Size {
        phases: 12,
        contents: 30,
        people: 18,
        budget_lines: 60,
        applicants: 16,
        words: 24,
    };
}

/// A fixed moment, so that files do not change from one run to the next.
pub const NOW: &str = "2026-01-05T09:00:00Z";

/// SplitMix64: a tiny, well-known generator; enough to vary the data.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }

    fn id(&mut self) -> Id {
        let bits = (u128::from(self.next()) << 64) | u128::from(self.next());
        Id(uuid::Builder::from_random_bytes(bits.to_le_bytes()).into_uuid())
    }

    fn text(&mut self, words: usize) -> String {
        const WORDS: &[&str] = &[
            "artists",
            "mentoring",
            "international",
            "residency",
            "network",
            "showcase",
            "audience",
            "curator",
            "festival",
            "partners",
            "co-creation",
            "market",
            "distribution",
            "portfolio",
            "pitch",
            "feedback",
            "visit",
            "programme",
            "session",
            "peer",
            "exchange",
            "touring",
            "producers",
            "strategy",
            "budget",
            "contract",
            "rights",
            "translation",
            "presentation",
            "venue",
        ];
        let mut out = String::new();
        for i in 0..words {
            if i > 0 {
                out.push(if i % 12 == 0 { '.' } else { ' ' });
                if i % 12 == 0 {
                    out.push(' ');
                }
            }
            out.push_str(WORDS[self.below(WORDS.len())]);
        }
        out.push('.');
        out
    }
}

/// A programme of the given size, the same for the same seed.
pub fn draft(size: Size, seed: u64) -> Draft {
    let mut rng = Rng(seed);
    let start = Date::ymd(2027, 1, 4).expect("a real date");
    let base = Template::Reference.build(NOW, start);
    let mut d = base.clone();
    d.id = rng.id();
    d.overview.title = format!("Programme {seed}: touring Europe");
    d.overview.objectives = rng.text(size.words * 3);

    d.phases = copies(&base.phases, size.phases, &mut rng, |i, p, rng| {
        p.title = format!("Phase {i}: {}", rng.text(3));
        let from = start.0 + chrono::Days::new((i as u64 * 3) % 700);
        p.start = Some(Date(from));
        p.end = Some(Date(from + chrono::Days::new(1 + rng.below(20) as u64)));
        p.objectives = rng.text(size.words);
        p.activities = rng.text(size.words);
        p.outputs = rng.text(size.words / 2);
        p.expert_ids.clear();
    });

    d.people = copies(&base.people, size.people, &mut rng, |i, p, rng| {
        p.name = format!("Person {i}");
        p.expertise = rng.text(size.words / 4);
        p.fee_per_day = Money(20_000 + rng.below(60) as i64 * 1_000);
        p.days = Some(Decimal2::whole(1 + rng.below(10) as u64));
        p.phase_ids = pick(rng, &d.phases, 2, |p| p.id);
    });
    let experts: Vec<Id> = d
        .people
        .iter()
        .filter(|p| p.role == PersonRole::Expert)
        .map(|p| p.id)
        .collect();
    for p in &mut d.phases {
        for _ in 0..2 {
            if let Some(e) = one_of(&mut rng, &experts)
                && !p.expert_ids.contains(&e)
            {
                p.expert_ids.push(e);
            }
        }
    }

    d.contents = copies(&base.contents, size.contents, &mut rng, |i, c, rng| {
        c.title = format!("Content {i}: {}", rng.text(3));
        c.description = rng.text(size.words);
        c.requirement = if i % 3 == 0 {
            Requirement::Optional
        } else {
            Requirement::Mandatory
        };
        c.hours = Some(Decimal2::whole(1 + rng.below(12) as u64));
        c.phase_ids = pick(rng, &d.phases, 2, |p| p.id);
        c.expert_ids = one_of(rng, &experts).into_iter().collect();
    });

    d.budget = copies(&base.budget, size.budget_lines, &mut rng, |i, l, rng| {
        l.label = format!("Line {i}: {}", rng.text(4));
        l.unit_cost = Money(1_000 + rng.below(2_000) as i64 * 100);
        l.quantity = Decimal2::whole(1 + rng.below(30) as u64);
        l.phase_id = pick(rng, &d.phases, 1, |p| p.id).pop();
    });

    let criteria: Vec<Id> = d.selection.criteria.iter().map(|c| c.id).collect();
    let score_max = d.selection.score_max.max(1);
    d.selection.applicants.clear();
    for i in 0..size.applicants {
        d.selection.applicants.push(Applicant {
            id: rng.id(),
            name: format!("Applicant {i}"),
            scores: criteria
                .iter()
                .map(|&criterion_id| Score {
                    criterion_id,
                    value: rng.below(score_max as usize + 1) as u32,
                    extra: Default::default(),
                })
                .collect(),
            selected: i % 7 == 0,
            ..Default::default()
        });
    }

    for a in &mut d.communication {
        a.phase_id = pick(&mut rng, &d.phases, 1, |p| p.id).pop();
    }
    // The template's own ids (criteria, milestones, organisers…) came from
    // the random source: draw every id again from the seed.
    reseed(d, &mut rng)
}

/// `n` items made from the template's `items` in turn (from the first again
/// when they run out), each with an id from the seed, then made its own by
/// `vary` with its place in the list.
fn copies<T: Item + Clone>(
    items: &[T],
    n: usize,
    rng: &mut Rng,
    mut vary: impl FnMut(usize, &mut T, &mut Rng),
) -> Vec<T> {
    (0..n)
        .map(|i| {
            let mut item = items[i % items.len()].clone();
            *item.id_mut() = rng.id();
            vary(i, &mut item, rng);
            item
        })
        .collect()
}

/// One of `ids` at random; none, and nothing drawn, when there are none.
fn one_of(rng: &mut Rng, ids: &[Id]) -> Option<Id> {
    (!ids.is_empty()).then(|| ids[rng.below(ids.len())])
}

fn pick<T>(rng: &mut Rng, items: &[T], n: usize, id: impl Fn(&T) -> Id) -> Vec<Id> {
    let mut out = Vec::new();
    for _ in 0..n.min(items.len()) {
        let candidate = id(&items[rng.below(items.len())]);
        if !out.contains(&candidate) {
            out.push(candidate);
        }
    }
    out
}

/// The reference template with seeded ids: the benchmark's small programme.
pub fn small(seed: u64) -> Draft {
    let start = Date::ymd(2027, 1, 4).expect("a real date");
    reseed(Template::Reference.build(NOW, start), &mut Rng(seed))
}

/// Replaces every id, and every reference to it, with one drawn from `rng`.
fn reseed(d: Draft, rng: &mut Rng) -> Draft {
    let text = serde_json::to_string(&d).expect("a draft serialises");
    let mut map = std::collections::HashMap::new();
    let mut out = String::with_capacity(text.len());
    let mut rest = text.as_str();
    while let Some(at) = rest.find('"') {
        out.push_str(&rest[..=at]);
        rest = &rest[at + 1..];
        if rest.len() > 36
            && rest.as_bytes()[36] == b'"'
            && let Ok(old) = uuid::Uuid::parse_str(&rest[..36])
        {
            let new = *map.entry(old).or_insert_with(|| rng.id().0);
            out.push_str(&new.to_string());
            rest = &rest[36..];
        }
    }
    out.push_str(rest);
    serde_json::from_str(&out).expect("only ids changed")
}

/// A file of drafts, as the app exports it.
pub fn file(drafts: &[Draft]) -> String {
    format::to_file(drafts, NOW)
}

/// A programme under way: the reference template with 20 participants, 8
/// mentors (each with room for 3 mentees) and 600 sessions over its six
/// months, one in twenty of them collective. The same for the same seed.
pub fn running(seed: u64) -> Draft {
    let mut rng = Rng(seed);
    let start = Date::ymd(2027, 1, 4).expect("a real date");
    let base = Template::Reference.build(NOW, start);
    let mut d = base.clone();
    d.overview.title = format!("Programme {seed}: under way");
    d.overview.end = Some(Date(start.0 + chrono::Days::new(177)));
    d.people = copies(&base.people, 8, &mut rng, |i, p, _| {
        p.name = format!("Mentor {i}");
        p.role = PersonRole::Expert;
        p.capacity = Some(3);
    });
    // The template's links to its own people went with them.
    d.phases.iter_mut().for_each(|p| p.expert_ids.clear());
    d.contents.iter_mut().for_each(|c| c.expert_ids.clear());
    let contents: Vec<Id> = d.contents.iter().map(|c| c.id).collect();
    for i in 0..20 {
        let id = rng.id();
        d.running.participants.push(Participant {
            id,
            name: format!("Participant {i}"),
            organisation: format!("Company {i}"),
            statement: rng.text(20),
            ..Participant::default()
        });
        d.running.assignments.push(Assignment {
            id: rng.id(),
            person_id: d.people[i % 8].id,
            participant_id: id,
            ..Assignment::default()
        });
    }
    let everyone: Vec<Id> = d.running.participants.iter().map(|p| p.id).collect();
    for i in 0..600 {
        let date = Date(start.0 + chrono::Days::new((i * 178 / 600) as u64));
        let phase = d
            .phases
            .iter()
            .find(|p| p.start.is_some_and(|s| s <= date) && p.end.is_some_and(|e| date <= e))
            .map(|p| p.id);
        let collective = i % 20 == 0;
        let who = rng.below(20);
        d.running.sessions.push(Session {
            id: rng.id(),
            date: Some(date),
            phase_id: phase,
            kind: if collective {
                SessionKind::Collective
            } else {
                SessionKind::Individual
            },
            hours: Some(Decimal2(50 + 25 * rng.below(10) as u64)),
            participant_ids: if collective {
                everyone.clone()
            } else {
                vec![everyone[who]]
            },
            mentor_ids: vec![d.people[who % 8].id],
            content_ids: pick(&mut rng, &contents, 2, |c| *c),
            notes: rng.text(30),
            next_steps: rng.text(10),
            ..Session::default()
        });
    }
    reseed(d, &mut rng)
}
