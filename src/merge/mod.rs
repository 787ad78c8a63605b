//! Comparing two versions of one programme, and merging them, with the
//! version both came from when it is known.
//!
//! Pure functions on drafts. A draft is read as its JSON tree: objects are
//! walked field by field, a list whose entries all carry an `id` is matched
//! by id (never by position or title), and anything else (a text, a number,
//! a list of lines, an applicant's scores) is one value. So every part of the
//! programme is compared the same way, and a field added to the format later
//! is compared without a line here.
//!
//! Against the common version (the base), a change made on one side only is
//! settled in advance; a change made on both sides to the same place is a
//! conflict for the user. Without a base every difference is a question.
//! The merged draft is read back through the model and checked for
//! integrity before it is returned: it never holds a dangling reference.

use std::collections::{HashMap, HashSet};

use serde_json::{Map, Value};

use crate::model::{Date, Draft, Id, Problem, check_integrity};

/// One step into the draft: a field, or an item of a list by its id.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Step {
    Field(String),
    Item(Id),
}

/// Where a difference is. A list's own order is at the list's path.
pub type Path = Vec<Step>;

/// One of the two versions being merged.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Side {
    Mine,
    Theirs,
}

/// Who changed a place since the base.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Who {
    /// This browser's version only.
    Here,
    /// The other version only.
    There,
    /// Both, differently: a conflict.
    Both,
    /// No base is known: the user says which.
    Unknown,
}

/// What differs at a place.
#[derive(Clone, Debug, PartialEq)]
pub enum Change {
    /// An item that one version has and the other has not.
    Item {
        base: Option<Value>,
        mine: Option<Value>,
        theirs: Option<Value>,
    },
    /// A field of an item (or of a part) that both versions hold.
    Field {
        base: Option<Value>,
        mine: Option<Value>,
        theirs: Option<Value>,
    },
    /// The order of the items both versions hold.
    Order {
        base: Option<Vec<Id>>,
        mine: Vec<Id>,
        theirs: Vec<Id>,
    },
}

/// How a difference reads in a list of changes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    AddedHere,
    AddedThere,
    RemovedHere,
    RemovedThere,
    /// One side has the item and the other not, with no base to tell which.
    OnlyHere,
    OnlyThere,
    Changed,
    Moved,
}

/// One place where the two versions differ.
#[derive(Clone, Debug, PartialEq)]
pub struct Difference {
    pub path: Path,
    pub change: Change,
    pub who: Who,
}

impl Difference {
    /// The side taken unless the user says otherwise: the side that changed
    /// when only one did. `None` for a conflict or an open question.
    pub fn settled(&self) -> Option<Side> {
        match self.who {
            Who::Here => Some(Side::Mine),
            Who::There => Some(Side::Theirs),
            Who::Both | Who::Unknown => None,
        }
    }

    /// The part of the programme: the first field of the path.
    pub fn part(&self) -> &str {
        match self.path.first() {
            Some(Step::Field(f)) => f,
            _ => "",
        }
    }

    pub fn kind(&self) -> Kind {
        match &self.change {
            Change::Field { .. } => Kind::Changed,
            Change::Order { .. } => Kind::Moved,
            Change::Item { base, mine, .. } => match (self.who, base.is_some(), mine.is_some()) {
                (Who::Unknown, _, true) => Kind::OnlyHere,
                (Who::Unknown, _, false) => Kind::OnlyThere,
                (_, false, true) => Kind::AddedHere,
                (_, false, false) => Kind::AddedThere,
                (_, true, true) => Kind::RemovedThere,
                (_, true, false) => Kind::RemovedHere,
            },
        }
    }

    /// Whether "keep both texts" can settle it: a free text on both sides,
    /// not a date, an id or a choice written as a code.
    pub fn both_texts(&self) -> bool {
        match &self.change {
            Change::Field {
                mine: Some(Value::String(m)),
                theirs: Some(Value::String(t)),
                ..
            } => !is_code(m) && !is_code(t),
            _ => false,
        }
    }
}

/// What the user decided for one difference.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Decision {
    Take(Side),
    /// Mine then theirs, for a text changed on both sides: on one line with
    /// " / " between when both are a short line, else as two paragraphs.
    BothTexts,
}

/// Why two versions could not be merged as decided.
#[derive(Clone, Debug, PartialEq)]
pub enum MergeError {
    /// Two versions of different programmes.
    NotTheSameProgramme,
    /// Places with no decision yet.
    Undecided(Vec<Path>),
    /// The result would break a reference (a content whose phase was not
    /// taken…) or another rule of the model.
    Unsound(Vec<Problem>),
    /// The result does not read as a draft (a decision against the format).
    Unreadable(String),
}

/// Fields of the draft that belong to this copy, not to its content: the
/// result keeps mine.
const OWN_FIELDS: [&str; 4] = ["id", "revision", "created_at", "updated_at"];

/// Every place where `mine` and `theirs` differ, in the order of the draft,
/// each with who changed it since `base` when a base is given.
pub fn compare(base: Option<&Draft>, mine: &Draft, theirs: &Draft) -> Vec<Difference> {
    let (b, m, t) = trees(base, mine, theirs);
    let mut out = Vec::new();
    let mut path = Vec::new();
    let known = base.is_some();
    object(&mut out, &mut path, known, b.as_ref(), &m, &t, true);
    removals_still_referred_to(&mut out);
    out
}

/// A removal settled in advance becomes a conflict when the side that kept
/// the item refers to it in something it changed: a content added there in
/// a phase deleted here. Taken unasked, either change would leave the other
/// pointing at nothing.
fn removals_still_referred_to(out: &mut [Difference]) {
    let changed_by = |side: Side, d: &Difference| -> Option<Value> {
        let changed = d.who == Who::Both || d.settled() == Some(side);
        let value = match (&d.change, side) {
            (Change::Item { mine, .. } | Change::Field { mine, .. }, Side::Mine) => mine,
            (Change::Item { theirs, .. } | Change::Field { theirs, .. }, Side::Theirs) => theirs,
            (Change::Order { .. }, _) => &None,
        };
        value.clone().filter(|_| changed)
    };
    let mut conflicts = Vec::new();
    for (i, d) in out.iter().enumerate() {
        let (
            Change::Item {
                base: Some(_),
                mine,
                ..
            },
            Some(Step::Item(id)),
        ) = (&d.change, d.path.last())
        else {
            continue;
        };
        if d.settled().is_none() {
            continue;
        }
        // The side that removed it, and the side that may still refer to it.
        let keeper = if mine.is_some() {
            Side::Mine
        } else {
            Side::Theirs
        };
        let id = id.to_string();
        if out
            .iter()
            .filter_map(|x| changed_by(keeper, x))
            .any(|v| mentions(&v, &id))
        {
            conflicts.push(i);
        }
    }
    for i in conflicts {
        out[i].who = Who::Both;
    }
}

/// Whether a text is a value of the format written as text: a date, an
/// id, a choice (`face_to_face`), a currency (`EUR`).
fn is_code(s: &str) -> bool {
    s.parse::<Date>().is_ok()
        || s.parse::<Id>().is_ok()
        || (!s.is_empty()
            && s.bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_'))
        || (s.len() == 3 && s.bytes().all(|b| b.is_ascii_uppercase()))
}

/// Whether `id` appears as a value anywhere in `v` (an item's own id
/// aside).
fn mentions(v: &Value, id: &str) -> bool {
    match v {
        Value::String(s) => s == id,
        Value::Array(items) => items.iter().any(|x| mentions(x, id)),
        Value::Object(fields) => fields.iter().any(|(k, x)| k != "id" && mentions(x, id)),
        _ => false,
    }
}

/// The programme as merged: mine, with every difference settled as decided
/// (or as settled in advance when there is no decision for it).
pub fn merge(
    base: Option<&Draft>,
    mine: &Draft,
    theirs: &Draft,
    decisions: &HashMap<Path, Decision>,
) -> Result<Draft, MergeError> {
    if mine.id != theirs.id || base.is_some_and(|b| b.id != mine.id) {
        return Err(MergeError::NotTheSameProgramme);
    }
    let differences = compare(base, mine, theirs);
    let mut chosen = HashMap::new();
    let mut undecided = Vec::new();
    for d in &differences {
        match decisions
            .get(&d.path)
            .copied()
            .or(d.settled().map(Decision::Take))
        {
            Some(Decision::BothTexts) if !d.both_texts() => undecided.push(d.path.clone()),
            Some(decision) => {
                chosen.insert(d.path.clone(), (decision, d));
            }
            None => undecided.push(d.path.clone()),
        }
    }
    if !undecided.is_empty() {
        return Err(MergeError::Undecided(undecided));
    }
    let (_, m, t) = trees(None, mine, theirs);
    let mut path = Vec::new();
    let merged = build(&mut path, &m, &t, &chosen);
    let draft: Draft =
        serde_json::from_value(merged).map_err(|e| MergeError::Unreadable(e.to_string()))?;
    // Only what the merge broke: a problem either version had is theirs to keep.
    let had: Vec<Problem> = [mine, theirs]
        .into_iter()
        .flat_map(check_integrity)
        .collect();
    let problems: Vec<Problem> = check_integrity(&draft)
        .into_iter()
        .filter(|p| !had.contains(p))
        .collect();
    if problems.is_empty() {
        Ok(draft)
    } else {
        Err(MergeError::Unsound(problems))
    }
}

/// A draft as the JSON tree the comparison reads.
pub fn tree(d: &Draft) -> Value {
    serde_json::to_value(d).unwrap_or(Value::Null)
}

/// The three drafts as JSON trees.
fn trees(base: Option<&Draft>, mine: &Draft, theirs: &Draft) -> (Option<Value>, Value, Value) {
    (base.map(tree), tree(mine), tree(theirs))
}

fn field<'a>(v: Option<&'a Value>, key: &str) -> Option<&'a Value> {
    v.and_then(|v| v.get(key))
}

/// Who changed a value, given the three.
fn who(known: bool, base: Option<&Value>, mine: Option<&Value>, theirs: Option<&Value>) -> Who {
    if !known {
        Who::Unknown
    } else if base == mine {
        Who::There
    } else if base == theirs {
        Who::Here
    } else {
        Who::Both
    }
}

fn object(
    out: &mut Vec<Difference>,
    path: &mut Path,
    known: bool,
    base: Option<&Value>,
    mine: &Value,
    theirs: &Value,
    top: bool,
) {
    let (Some(m), Some(t)) = (mine.as_object(), theirs.as_object()) else {
        return;
    };
    for key in keys(m, t) {
        if top && OWN_FIELDS.contains(&key.as_str()) {
            continue;
        }
        path.push(Step::Field(key.clone()));
        value(
            out,
            path,
            known,
            field(base, &key),
            m.get(&key),
            t.get(&key),
        );
        path.pop();
    }
}

/// Mine's keys in order, then theirs' others.
fn keys(m: &Map<String, Value>, t: &Map<String, Value>) -> Vec<String> {
    let mut keys: Vec<String> = m.keys().cloned().collect();
    keys.extend(t.keys().filter(|k| !m.contains_key(*k)).cloned());
    keys
}

fn value(
    out: &mut Vec<Difference>,
    path: &mut Path,
    known: bool,
    base: Option<&Value>,
    mine: Option<&Value>,
    theirs: Option<&Value>,
) {
    if mine == theirs {
        return;
    }
    match (mine, theirs) {
        (Some(m @ Value::Object(_)), Some(t @ Value::Object(_))) => {
            let base = base.filter(|b| b.is_object());
            object(out, path, known, base, m, t, false)
        }
        (Some(Value::Array(m)), Some(Value::Array(t))) if listed(m) && listed(t) => {
            let base = base.and_then(Value::as_array).filter(|b| listed(b));
            list(out, path, known, base.map(Vec::as_slice), m, t)
        }
        _ => out.push(Difference {
            path: path.clone(),
            who: who(known, base, mine, theirs),
            change: Change::Field {
                base: base.cloned(),
                mine: mine.cloned(),
                theirs: theirs.cloned(),
            },
        }),
    }
}

/// The id of a list entry, if it is an item with one.
fn id_of(v: &Value) -> Option<Id> {
    v.get("id")?.as_str()?.parse().ok()
}

/// Whether every entry of a list is an item with an id, each id once.
fn listed(items: &[Value]) -> bool {
    let mut seen = HashSet::new();
    items
        .iter()
        .all(|v| id_of(v).is_some_and(|id| seen.insert(id)))
}

fn ids(items: &[Value]) -> Vec<Id> {
    items.iter().filter_map(id_of).collect()
}

fn find(items: &[Value], id: Id) -> Option<&Value> {
    items.iter().find(|v| id_of(v) == Some(id))
}

fn list(
    out: &mut Vec<Difference>,
    path: &mut Path,
    known: bool,
    base: Option<&[Value]>,
    mine: &[Value],
    theirs: &[Value],
) {
    let (mine_ids, theirs_ids) = (ids(mine), ids(theirs));
    let in_theirs: HashSet<Id> = theirs_ids.iter().copied().collect();
    let in_mine: HashSet<Id> = mine_ids.iter().copied().collect();

    // The order of the items both hold, before the items themselves, so a
    // move reads as one move.
    let common = |order: &[Id]| -> Vec<Id> {
        order
            .iter()
            .copied()
            .filter(|id| in_mine.contains(id) && in_theirs.contains(id))
            .collect()
    };
    let (m_order, t_order) = (common(&mine_ids), common(&theirs_ids));
    if m_order != t_order {
        let b_order = base.map(|b| common(&ids(b)));
        let who = match &b_order {
            None => Who::Unknown,
            Some(b) if *b == m_order => Who::There,
            Some(b) if *b == t_order => Who::Here,
            Some(_) => Who::Both,
        };
        out.push(Difference {
            path: path.clone(),
            who,
            change: Change::Order {
                base: b_order,
                mine: m_order,
                theirs: t_order,
            },
        });
    }

    let mut all = mine_ids.clone();
    all.extend(theirs_ids.iter().filter(|id| !in_mine.contains(id)));
    for id in all {
        let (m, t) = (find(mine, id), find(theirs, id));
        let b = base.and_then(|b| find(b, id));
        path.push(Step::Item(id));
        match (m, t) {
            (Some(m), Some(t)) => value(out, path, known, b, Some(m), Some(t)),
            _ => {
                // Added on one side (no base entry), or removed on the other:
                // settled when the side that still has it left it as it was.
                let who = match (known, b, m.or(t)) {
                    (false, _, _) => Who::Unknown,
                    (true, None, _) if m.is_some() => Who::Here,
                    (true, None, _) => Who::There,
                    (true, Some(b), Some(kept)) if b == kept => {
                        if m.is_some() {
                            Who::There
                        } else {
                            Who::Here
                        }
                    }
                    (true, Some(_), _) => Who::Both,
                };
                out.push(Difference {
                    path: path.clone(),
                    who,
                    change: Change::Item {
                        base: b.cloned(),
                        mine: m.cloned(),
                        theirs: t.cloned(),
                    },
                });
            }
        }
        path.pop();
    }
}

type Chosen<'a> = HashMap<Path, (Decision, &'a Difference)>;

/// Mine's tree with the decisions at and below `path` applied.
fn build(path: &mut Path, mine: &Value, theirs: &Value, chosen: &Chosen) -> Value {
    if let Some((decision, d)) = chosen.get(path)
        && let Change::Field {
            mine: m, theirs: t, ..
        } = &d.change
    {
        return match decision {
            Decision::Take(Side::Mine) => m.clone().unwrap_or(Value::Null),
            Decision::Take(Side::Theirs) => t.clone().unwrap_or(Value::Null),
            Decision::BothTexts => {
                let text = |v: &Option<Value>| {
                    v.as_ref()
                        .and_then(Value::as_str)
                        .unwrap_or_default()
                        .to_string()
                };
                let (m, t) = (text(m), text(t));
                // A line each (a title, a tagline) stays one line; longer
                // texts are kept as two paragraphs.
                let short = |s: &str| !s.contains('\n') && s.chars().count() <= 120;
                let joint = if short(&m) && short(&t) {
                    " / "
                } else {
                    "\n\n"
                };
                Value::String(format!("{m}{joint}{t}"))
            }
        };
    }
    match (mine, theirs) {
        (Value::Object(m), Value::Object(t)) => {
            let mut out = Map::new();
            for key in keys(m, t) {
                path.push(Step::Field(key.clone()));
                let taken = match (m.get(&key), t.get(&key)) {
                    (Some(mv), Some(tv)) => Some(build(path, mv, tv, chosen)),
                    (Some(mv), None) => keep_field(path, chosen, Side::Mine).then(|| mv.clone()),
                    (None, Some(tv)) => keep_field(path, chosen, Side::Theirs).then(|| tv.clone()),
                    (None, None) => None,
                };
                path.pop();
                if let Some(v) = taken {
                    out.insert(key, v);
                }
            }
            Value::Object(out)
        }
        (Value::Array(m), Value::Array(t)) if listed(m) && listed(t) => {
            Value::Array(build_list(path, m, t, chosen))
        }
        _ => mine.clone(),
    }
}

/// Whether a field only `side` has stays in the result.
fn keep_field(path: &Path, chosen: &Chosen, side: Side) -> bool {
    match chosen.get(path) {
        Some((Decision::Take(taken), _)) => *taken == side,
        _ => side == Side::Mine,
    }
}

fn build_list(path: &mut Path, mine: &[Value], theirs: &[Value], chosen: &Chosen) -> Vec<Value> {
    let (mine_ids, theirs_ids) = (ids(mine), ids(theirs));
    // Which items stay: those both hold, and those one holds if taken.
    let mut keep = HashSet::new();
    for id in mine_ids.iter().chain(&theirs_ids) {
        path.push(Step::Item(*id));
        let both = find(mine, *id).is_some() && find(theirs, *id).is_some();
        let side = if find(mine, *id).is_some() {
            Side::Mine
        } else {
            Side::Theirs
        };
        if both || keep_field(path, chosen, side) {
            keep.insert(*id);
        }
        path.pop();
    }
    // The order: the side taken for the order (mine when the order did not
    // change), then the other side's kept items each after the item it
    // follows there.
    let order_side = match chosen.get(path) {
        Some((Decision::Take(side), _)) => *side,
        _ => Side::Mine,
    };
    let (first, second) = match order_side {
        Side::Mine => (&mine_ids, &theirs_ids),
        Side::Theirs => (&theirs_ids, &mine_ids),
    };
    let mut order: Vec<Id> = first
        .iter()
        .copied()
        .filter(|id| keep.contains(id))
        .collect();
    for (i, id) in second.iter().enumerate() {
        if !keep.contains(id) || order.contains(id) {
            continue;
        }
        let after = second[..i]
            .iter()
            .rev()
            .find_map(|p| order.iter().position(|o| o == p));
        order.insert(after.map_or(0, |at| at + 1), *id);
    }
    order
        .into_iter()
        .map(|id| {
            path.push(Step::Item(id));
            let item = match (find(mine, id), find(theirs, id)) {
                (Some(m), Some(t)) => build(path, m, t, chosen),
                (Some(one), None) | (None, Some(one)) => one.clone(),
                (None, None) => unreachable!("every kept id is in a list"),
            };
            path.pop();
            item
        })
        .collect()
}

/// One run of words in a comparison of two texts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Piece {
    Same,
    Removed,
    Added,
}

/// The words of `old` and `new` as runs kept, removed and added (a longest
/// common subsequence of words, each word with the space after it). Texts
/// too long to compare word by word (over four million pairs) read as all
/// removed, then all added.
pub fn word_diff(old: &str, new: &str) -> Vec<(Piece, String)> {
    let words = |s: &str| -> Vec<String> {
        s.split_inclusive(char::is_whitespace)
            .map(str::to_string)
            .collect()
    };
    let (a, b) = (words(old), words(new));
    let mut out: Vec<(Piece, String)> = Vec::new();
    let mut push = |piece: Piece, word: &str| match out.last_mut() {
        Some((last, text)) if *last == piece => text.push_str(word),
        _ => out.push((piece, word.to_string())),
    };
    if a.len().saturating_mul(b.len()) > 4_000_000 {
        push(Piece::Removed, old);
        push(Piece::Added, new);
        return out.into_iter().filter(|(_, t)| !t.is_empty()).collect();
    }
    // lengths[i][j]: the longest common run of a[i..] and b[j..].
    let mut lengths = vec![vec![0u32; b.len() + 1]; a.len() + 1];
    for i in (0..a.len()).rev() {
        for j in (0..b.len()).rev() {
            lengths[i][j] = if a[i].trim_end() == b[j].trim_end() {
                lengths[i + 1][j + 1] + 1
            } else {
                lengths[i + 1][j].max(lengths[i][j + 1])
            };
        }
    }
    let (mut i, mut j) = (0, 0);
    while i < a.len() || j < b.len() {
        if i < a.len() && j < b.len() && a[i].trim_end() == b[j].trim_end() {
            push(Piece::Same, &b[j]);
            (i, j) = (i + 1, j + 1);
        } else if j < b.len() && (i == a.len() || lengths[i][j + 1] >= lengths[i + 1][j]) {
            push(Piece::Added, &b[j]);
            j += 1;
        } else {
            push(Piece::Removed, &a[i]);
            i += 1;
        }
    }
    out
}

// Property tests use proptest, whose random source does not build for wasm32.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests;
