//! What the editing screens are made of: a titled screen with its guide,
//! and a list of item cards with the row of buttons that add to it.

use leptos::prelude::*;

use super::guide::Guide;
use crate::model::Id;

/// An editing screen: its title, which names the section, the guiding
/// questions, then the screen's content.
#[component]
pub fn Screen<Q>(
    /// The screen's heading.
    #[prop(into)]
    title: String,
    /// Names the screen's guide, to remember whether it is folded.
    guide: &'static str,
    /// The guiding questions.
    questions: Q,
    /// The section's classes, for a screen laid out its own way.
    #[prop(default = "screen")]
    class: &'static str,
    children: Children,
) -> impl IntoView
where
    Q: IntoIterator + 'static,
    Q::Item: AsRef<str>,
{
    view! {
        <section class=class aria-labelledby="screen-title">
            <h2 id="screen-title">{title}</h2>
            <Guide id=guide questions=questions />
            {children()}
        </section>
    }
}

/// A screen's figures at a glance: each a name and its value, kept up to
/// date, in a description list named `label`.
#[component]
pub fn Totals(
    /// The list's accessible name.
    #[prop(into)]
    label: String,
    /// Each figure's name and its value as shown.
    figures: Vec<(String, Signal<String>)>,
) -> impl IntoView {
    view! {
        <dl class="totals" aria-label=label>
            {figures.into_iter().map(|(name, value)| view! {
                <div><dt>{name}</dt><dd>{move || value.get()}</dd></div>
            }).collect_view()}
        </dl>
    }
}

/// A figure of [`Totals`]: its name, and its value worked out as shown.
pub fn figure(
    name: impl Into<String>,
    value: impl Fn() -> String + Send + Sync + 'static,
) -> (String, Signal<String>) {
    (name.into(), Signal::derive(value))
}

/// A list of item cards, keyed by id so a card keeps its DOM while the list
/// changes, and after it the row of buttons that add to it (the children):
/// [`ItemCard`](super::ItemCard) sends the keyboard there when the last card
/// is deleted.
#[component]
pub fn ItemList<E, C, V>(
    /// The list's accessible name.
    #[prop(into)]
    label: String,
    /// The ids of the items shown, in order.
    each: E,
    /// The card of one item.
    card: C,
    /// Whether the order means something (phases): an `<ol>`.
    #[prop(optional)]
    ordered: bool,
    children: Children,
) -> impl IntoView
where
    E: Fn() -> Vec<Id> + Send + Sync + 'static,
    C: Fn(Id) -> V + Send + Sync + Clone + 'static,
    V: IntoView + 'static,
{
    let cards = view! { <For each=each key=|id| *id children=card /> };
    let list = if ordered {
        view! { <ol class="item-list" aria-label=label>{cards}</ol> }.into_any()
    } else {
        view! { <ul class="item-list" aria-label=label>{cards}</ul> }.into_any()
    };
    view! {
        {list}
        <div class="add-row">{children()}</div>
    }
}

/// The sheet kept here for `holder`, drawn by `page` and kept as it is
/// typed; or, when this browser does not keep it, the page that says so
/// (the keys of its heading and of how to bring the sheet here).
pub fn kept_sheet<S>(
    holder: Id,
    missing: [&'static str; 2],
    page: fn(RwSignal<S>) -> AnyView,
) -> AnyView
where
    S: crate::store::KeptSheet + Send + Sync + 'static,
{
    // Drawn where it is shown, with the page's state at hand.
    let drawn = move || {
        let state = crate::ui::state::use_state();
        match state.read(|l| l.kept_one::<S>(holder)) {
            Some(sheet) => {
                let sheet = RwSignal::new(sheet);
                state.keep_as_typed(sheet);
                page(sheet)
            }
            None => {
                let [title, text] = missing.map(|key| rust_i18n::t!(key).into_owned());
                view! { <NotHere title text /> }.into_any()
            }
        }
    };
    view! { {drawn} }.into_any()
}

/// The page of a sheet given to this browser's person: the way home, its
/// heading and who it is for, what to do, then the sheet.
#[component]
pub fn SheetPage(
    /// The heading's element id.
    heading_id: &'static str,
    #[prop(into)] title: Signal<String>,
    /// Whose sheet it is.
    #[prop(into)]
    lede: Signal<String>,
    /// What to do with it.
    #[prop(into)]
    intro: String,
    children: Children,
) -> impl IntoView {
    view! {
        <section class="screen sheet" aria-labelledby=heading_id>
            <p class="breadcrumb"><a href="#/">{rust_i18n::t!("editor.all_programmes")}</a></p>
            <h1 id=heading_id>{title}</h1>
            <p class="lede">{lede}</p>
            <p class="hint">{intro}</p>
            {children()}
        </section>
    }
}

/// A sheet's programme title, as shown, and its holder's name, read again
/// as the sheet changes.
pub fn sheet_names<S>(sheet: RwSignal<S>) -> impl Fn() -> (String, String) + Copy
where
    S: crate::store::KeptSheet + Send + Sync + 'static,
{
    move || {
        sheet.with(|s| {
            let title = crate::text::display_title(s.programme_title()).into_owned();
            (title, s.holder_name().to_string())
        })
    }
}

/// The page of a sheet that is not kept in this browser: what it is, how to
/// get it here, and the way home.
#[component]
pub fn NotHere(
    /// The page's heading.
    #[prop(into)]
    title: String,
    /// How to bring the sheet here.
    #[prop(into)]
    text: String,
) -> impl IntoView {
    view! {
        <section class="screen narrow" aria-labelledby="not-here-title">
            <h1 id="not-here-title">{title}</h1>
            <p>{text}</p>
            <p><a href="#/">{rust_i18n::t!("editor.all_programmes")}</a></p>
        </section>
    }
}
