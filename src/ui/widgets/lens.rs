//! Reading and writing one field of the open draft: of a section that is
//! one value (the overview, the selection, the call's settings), or of one item
//! of a list, found by id, so a row keeps its DOM (and its focus) while the
//! list around it changes. Every form binds its fields through these.

use std::collections::{HashMap, HashSet};

use leptos::prelude::*;

use crate::model::{CallSettings, Date, Draft, Id, Overview, Selection};
use crate::ui::context::EditorCtx;

/// A section of the draft that is one value, not a list.
pub trait Section: 'static {
    fn of(d: &Draft) -> &Self;
    fn of_mut(d: &mut Draft) -> &mut Self;
}

macro_rules! section_at {
    ($t:ty, $field:ident) => {
        impl Section for $t {
            fn of(d: &Draft) -> &Self {
                &d.$field
            }
            fn of_mut(d: &mut Draft) -> &mut Self {
                &mut d.$field
            }
        }
    };
}

section_at!(Overview, overview);
section_at!(Selection, selection);
section_at!(CallSettings, call);

/// A value of section `S` (a text, a list of lines…), and a way to set it.
pub fn in_section<S: Section, V: Clone + Send + Sync + 'static>(
    ctx: EditorCtx,
    get: fn(&S) -> &V,
    put: fn(&mut S) -> &mut V,
) -> (Signal<V>, Callback<V>) {
    (
        Signal::derive(move || ctx.draft().with(|d| get(S::of(d)).clone())),
        Callback::new(move |v| {
            ctx.edit(|d| *put(S::of_mut(d)) = v);
        }),
    )
}

/// A date of section `S`, as a date input reads and writes it.
pub fn section_date<S: Section>(
    ctx: EditorCtx,
    get: fn(&S) -> Option<Date>,
    put: fn(&mut S, Option<Date>),
) -> (Signal<String>, Callback<String>) {
    (
        Signal::derive(move || {
            ctx.draft()
                .with(|d| get(S::of(d)).map(|x| x.to_string()).unwrap_or_default())
        }),
        // A date input yields "" or a valid YYYY-MM-DD: nothing else to refuse.
        Callback::new(move |v: String| {
            ctx.edit(|d| put(S::of_mut(d), v.parse().ok()));
        }),
    )
}

pub use crate::model::Item;

/// A way to set a value of item `id`.
pub fn setter<T: Item, V: 'static>(ctx: EditorCtx, id: Id, put: fn(&mut T, V)) -> Callback<V> {
    Callback::new(move |v| {
        ctx.edit(|d| {
            if let Some(item) = T::find_mut(d, id) {
                put(item, v)
            }
        });
    })
}

/// A value of item `id`, and a way to set it.
pub fn field<T: Item, V: Clone + Default + Send + Sync + 'static>(
    ctx: EditorCtx,
    id: Id,
    get: fn(&T) -> V,
    put: fn(&mut T, V),
) -> (Signal<V>, Callback<V>) {
    (read(ctx, id, get), setter(ctx, id, put))
}

/// A text of item `id`.
pub fn text<T: Item>(
    ctx: EditorCtx,
    id: Id,
    get: fn(&T) -> &String,
    put: fn(&mut T) -> &mut String,
) -> (Signal<String>, Callback<String>) {
    (
        Signal::derive(move || {
            ctx.draft()
                .with(|d| T::find(d, id).map(|x| get(x).clone()).unwrap_or_default())
        }),
        Callback::new(move |v| {
            ctx.edit(|d| {
                if let Some(item) = T::find_mut(d, id) {
                    *put(item) = v
                }
            });
        }),
    )
}

/// A value computed from item `id` (its default once the item is gone).
pub fn read<T: Item, V: Default + Send + Sync + 'static>(
    ctx: EditorCtx,
    id: Id,
    get: fn(&T) -> V,
) -> Signal<V> {
    Signal::derive(move || {
        ctx.draft()
            .with(|d| T::find(d, id).map(get).unwrap_or_default())
    })
}

/// The ids item `id` links to, set through the draft (`put`) so that the
/// items on the other side of the link follow.
pub fn linked<T: Item>(
    ctx: EditorCtx,
    id: Id,
    get: fn(&T) -> &Vec<Id>,
    put: fn(&mut Draft, Id, Vec<Id>),
) -> (Signal<Vec<Id>>, Callback<Vec<Id>>) {
    (
        Signal::derive(move || {
            ctx.draft()
                .with(|d| T::find(d, id).map(|x| get(x).clone()).unwrap_or_default())
        }),
        Callback::new(move |v| {
            ctx.edit(|d| put(d, id, v));
        }),
    )
}

/// An enum held in a signal (such as the kind of the next item to add), as
/// a `<select>` reads and writes it.
pub fn keyed<E: Choice>(signal: RwSignal<E>) -> (Signal<String>, Callback<String>) {
    by_key((signal.into(), Callback::new(move |v| signal.set(v))))
}

/// A value a `<select>` holds by its stable key: an enum, or an optional one.
pub trait Choice:
    serde::Serialize + serde::de::DeserializeOwned + Clone + Default + Send + Sync + 'static
{
}

impl<E> Choice for E where
    E: serde::Serialize + serde::de::DeserializeOwned + Clone + Default + Send + Sync + 'static
{
}

/// A value and its setter as a `<select>` reads and writes them: by the
/// value's stable key, and the default for a key it does not know.
pub fn by_key<E: Choice>(
    (value, set): (Signal<E>, Callback<E>),
) -> (Signal<String>, Callback<String>) {
    (
        Signal::derive(move || crate::ui::labels::key(value.get())),
        Callback::new(move |k: String| {
            set.run(crate::ui::labels::from_key(&k).unwrap_or_default())
        }),
    )
}

/// A choice of item `id` (an enum, or an optional one), as a `<select>`
/// reads and writes it: by its stable key, "" for none.
pub fn choice<T: Item, E: Choice>(
    ctx: EditorCtx,
    id: Id,
    get: fn(&T) -> E,
    put: fn(&mut T, E),
) -> (Signal<String>, Callback<String>) {
    by_key(field(ctx, id, get, put))
}

/// An optional value of item `id` that an input shows as text (a date, the
/// id of a phase): "" for none, and none for what does not read as one.
pub fn shown<T: Item, V>(
    ctx: EditorCtx,
    id: Id,
    get: fn(&T) -> Option<V>,
    put: fn(&mut T, Option<V>),
) -> (Signal<String>, Callback<String>)
where
    V: std::fmt::Display + std::str::FromStr + Clone + Send + Sync + 'static,
{
    let (value, set) = field(ctx, id, get, put);
    (
        Signal::derive(move || value.with(|v| v.as_ref().map(V::to_string).unwrap_or_default())),
        Callback::new(move |s: String| set.run(s.parse().ok())),
    )
}

/// `(id, name)` of each item of the list of `T` that `keep` lets through,
/// in the list's order, as a checklist offers them.
pub fn choices<T: Item>(
    ctx: EditorCtx,
    name: fn(&T) -> &String,
    keep: impl Fn(&Draft, &T) -> bool + Send + Sync + 'static,
) -> Signal<Vec<(Id, String)>> {
    Signal::derive(move || {
        ctx.draft().with(|d| {
            T::all(d)
                .iter()
                .filter(|x| keep(d, x))
                .map(|x| (x.id(), crate::text::display_name(name(x)).into_owned()))
                .collect()
        })
    })
}

/// The ids of the list of `T`, in order, for a list that does not need
/// [`Cards`].
pub fn ids<T: Item>(ctx: EditorCtx) -> impl Fn() -> Vec<Id> + Copy + 'static {
    move || {
        ctx.draft()
            .with(|d| T::all(d).iter().map(Item::id).collect())
    }
}

/// A value computed from the draft, set only when it changes.
///
/// Unlike a memo, a change to the draft does not mark its readers for
/// checking: one effect recomputes it, and its readers hear of it only when
/// the value is different. Lists of hundreds of cards read these.
pub fn pushed<V: PartialEq + Send + Sync + 'static>(
    ctx: EditorCtx,
    compute: fn(&Draft) -> V,
) -> ReadSignal<V> {
    let (value, set) = signal(ctx.draft().with_untracked(compute));
    Effect::new(move |_| {
        let now = ctx.draft().with(compute);
        if value.with_untracked(|old| *old != now) {
            set.set(now);
        }
    });
    value
}

/// A list of the draft as its cards see it: the ids in order, and each item
/// as its card last saw it.
///
/// One effect reads the draft, compares each item with that copy, and wakes
/// the card of an item that differs. A keystroke in one item wakes its card
/// and nothing else. Memos would be correct too, but a change to the draft
/// marks every memo below it for checking, and with it every card's effects:
/// hundreds of wake-ups per key in a large programme. The cards are woken by
/// a plain trigger, which keeps the reactive code the same for every list.
pub struct Cards<T: Item + Send + Sync> {
    order: ReadSignal<Vec<Id>>,
    seen: StoredValue<HashMap<Id, (Option<T>, ArcTrigger)>>,
    draft: ReadSignal<Draft>,
}

impl<T: Item + Send + Sync> Clone for Cards<T> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<T: Item + Send + Sync> Copy for Cards<T> {}

impl<T: Item + Clone + PartialEq + Send + Sync> Cards<T> {
    /// Watches the list of `T` in `draft`.
    pub fn new(ctx: EditorCtx) -> Self {
        let draft = ctx.draft();
        let ids = |d: &Draft| T::all(d).iter().map(Item::id).collect::<Vec<_>>();
        let (order, set_order) = signal(draft.with_untracked(ids));
        let seen = StoredValue::new(HashMap::<Id, (Option<T>, ArcTrigger)>::new());
        Effect::new(move |_| {
            let mut changed = Vec::new();
            draft.with(|d| {
                let items = T::all(d);
                let same = order.with_untracked(|o| {
                    o.len() == items.len() && o.iter().zip(items).all(|(a, b)| *a == b.id())
                });
                if !same {
                    set_order.set(ids(d));
                }
                seen.update_value(|seen| {
                    for item in items {
                        if let Some((copy, trigger)) = seen.get_mut(&item.id())
                            && copy.as_ref() != Some(item)
                        {
                            *copy = Some(item.clone());
                            changed.push(trigger.clone());
                        }
                    }
                    if !same {
                        let live: HashSet<Id> = items.iter().map(Item::id).collect();
                        seen.retain(|id, (copy, trigger)| {
                            let keep = live.contains(id);
                            if !keep && copy.take().is_some() {
                                changed.push(trigger.clone());
                            }
                            keep
                        });
                    }
                });
            });
            for trigger in changed {
                trigger.notify();
            }
        });
        Cards { order, seen, draft }
    }

    /// Watches the list of `T` in `draft` for the cards below, which find it
    /// with `expect_context::<Cards<T>>()`.
    pub fn provide(ctx: EditorCtx) -> Self {
        let cards = Self::new(ctx);
        provide_context(cards);
        cards
    }

    /// The ids in order; unchanged by edits inside an item.
    pub fn order(&self) -> ReadSignal<Vec<Id>> {
        self.order
    }

    /// The title and summary of item `id`'s card, which `head` makes from
    /// the item as its card last saw it; both empty once the item is gone.
    pub fn head(
        &self,
        id: Id,
        head: impl Fn(&T) -> (String, String) + Send + Sync + 'static,
    ) -> (Signal<String>, Signal<String>) {
        let cards = *self;
        let both = Memo::new(move |_| cards.with(id, |item| item.map(&head).unwrap_or_default()));
        (
            Signal::derive(move || both.with(|b| b.0.clone())),
            Signal::derive(move || both.with(|b| b.1.clone())),
        )
    }

    /// Reads the item `id` (`None` once it is gone, while its card leaves)
    /// and subscribes the caller to its changes.
    pub fn with<R>(&self, id: Id, f: impl FnOnce(Option<&T>) -> R) -> R {
        let draft = self.draft;
        let trigger = self.seen.try_update_value(|seen| {
            seen.entry(id)
                .or_insert_with(|| {
                    let copy = draft.with_untracked(|d| T::find(d, id).cloned());
                    (copy, ArcTrigger::new())
                })
                .1
                .clone()
        });
        if let Some(trigger) = trigger {
            trigger.track();
        }
        let mut f = Some(f);
        self.seen
            .try_with_value(|seen| {
                let item = seen.get(&id).and_then(|(copy, _)| copy.as_ref());
                f.take().map(|f| f(item))
            })
            .flatten()
            .or_else(|| f.take().map(|f| f(None)))
            .expect("the reader runs once")
    }
}
