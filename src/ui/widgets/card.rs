//! A list item's card (title, summary, Edit/Duplicate/Delete, its form
//! while open), the checklist that picks items by id, and where the keyboard
//! goes after a delete.

use leptos::prelude::*;
use rust_i18n::t;

use super::guide::{Hidden, quoted};
use crate::model::{CopyNames, Draft, Field, Form, Id};
use crate::ui::context::EditorCtx;

/// Checkboxes to pick items by id (phases of a content, experts of a phase…).
#[component]
pub fn IdChecklist(
    /// The group's legend.
    #[prop(into)]
    legend: String,
    /// Said when there is nothing to pick yet.
    #[prop(into)]
    empty: String,
    /// `(id, label)` of every item that can be picked.
    #[prop(into)]
    options: Signal<Vec<(Id, String)>>,
    /// The ids picked.
    #[prop(into)]
    selected: Signal<Vec<Id>>,
    /// Called with the new list of ids.
    #[prop(into)]
    set: Callback<Vec<Id>>,
    /// Element id of the first box, where a link to the list lands.
    #[prop(optional, into)]
    id: Option<String>,
) -> impl IntoView {
    let first_id = StoredValue::new(id);
    // Typing elsewhere in the draft leaves both lists equal: memos stop the
    // change there, instead of re-checking every box at each keystroke.
    let options = Memo::new(move |_| options.get());
    let selected = Memo::new(move |_| selected.get());
    view! {
        <fieldset class="choices checklist">
            <legend>{legend}</legend>
            <Show when=move || !options.with(Vec::is_empty) fallback=move || view! { <p class="hint">{empty.clone()}</p> }>
                <For each=move || options.get() key=|(id, label)| (*id, label.clone()) let:opt>
                    {
                        let (id, label) = opt;
                        let is_first = options.with_untracked(|o| o.first().map(|f| f.0)) == Some(id);
                        view! {
                            <label class="choice">
                                <input
                                    type="checkbox"
                                    id=is_first.then(|| first_id.get_value()).flatten()
                                    prop:checked=move || selected.with(|s| s.contains(&id))
                                    on:change=move |ev| {
                                        let on = event_target_checked(&ev);
                                        let mut ids = selected.get_untracked();
                                        ids.retain(|x| *x != id);
                                        if on {
                                            ids.push(id);
                                        }
                                        set.run(ids);
                                    }
                                />
                                {label}
                            </label>
                        }
                    }
                </For>
            </Show>
        </fieldset>
    }
}

/// Moves the keyboard, once `item` has left the page, to the first control
/// of the item after it, else of the one before it, else to `fallback`
/// (the list's add button): never to the page's body. Call it just before
/// deleting, while the neighbours are still where they were.
pub fn focus_after_removal(item: Option<&web_sys::Element>, fallback: Option<web_sys::Element>) {
    use wasm_bindgen::JsCast;
    const CONTROLS: &str = "button, input, select, textarea, a[href]";
    let first_control =
        |e: Option<web_sys::Element>| e.and_then(|e| e.query_selector(CONTROLS).ok().flatten());
    let target = item
        .and_then(|item| {
            first_control(item.next_element_sibling())
                .or_else(|| first_control(item.previous_element_sibling()))
        })
        .or(fallback);
    let Some(target) = target.and_then(|t| t.dyn_into::<web_sys::HtmlElement>().ok()) else {
        return;
    };
    // After the list has redrawn, so the deleted item no longer holds focus.
    request_animation_frame(move || {
        if target.is_connected() {
            let _ = target.focus();
        }
    });
}

/// A row of a short list edited in place (organisers, criteria): its fields
/// (the children) and a Remove button. Once the row is removed, the keyboard
/// goes to the next row, the previous one, or the list's add button.
#[component]
pub fn RowCard(
    /// The Remove button's text.
    #[prop(into)]
    remove_label: String,
    /// Said after it to screen readers: which row it removes.
    #[prop(into)]
    named: Signal<String>,
    /// Element id of the list's add button.
    add_id: String,
    /// Takes the row's item out of the draft.
    on_remove: Callback<()>,
    children: Children,
) -> impl IntoView {
    let row = NodeRef::<leptos::html::Li>::new();
    let remove = move |_| {
        focus_after_removal(
            row.get_untracked().map(web_sys::Element::from).as_ref(),
            document().get_element_by_id(&add_id),
        );
        on_remove.run(());
    };
    view! {
        <li class="row-card" node_ref=row>
            <div class="form-grid">{children()}</div>
            <button type="button" class="link danger" on:click=remove>
                {remove_label}<Hidden text=named />
            </button>
        </li>
    }
}

/// Adds an item, or a copy of one, as one undo step: `insert` puts it in the
/// draft and gives its id; then its `form` opens with the keyboard on its
/// field `name`.
pub fn insert_and_open(
    ctx: EditorCtx,
    insert: impl FnOnce(&mut Draft) -> Option<Id>,
    form: Form,
    name: &'static str,
) {
    if let Some(id) = ctx.change(insert).flatten() {
        ctx.open_item.set(Some(id));
        ctx.focus_field(Field::item(form, id, name));
    }
}

/// Adds a new item as one undo step (`add` puts it in the draft and gives
/// its id), and opens its `form` with the keyboard on its field `name`.
pub fn add_and_open(
    ctx: EditorCtx,
    add: impl FnOnce(&mut Draft) -> Id,
    form: Form,
    name: &'static str,
) {
    insert_and_open(ctx, |d| Some(add(d)), form, name)
}

/// Duplicates item `id` as one undo step (`duplicate` names the copy in
/// the interface's language) and opens the copy on its field `name`.
pub fn duplicate_and_open(
    ctx: EditorCtx,
    id: Id,
    duplicate: fn(&mut Draft, Id, &CopyNames) -> Option<Id>,
    form: Form,
    name: &'static str,
) -> Callback<()> {
    Callback::new(move |_| {
        let names = crate::text::copy_names(crate::text::lang());
        insert_and_open(ctx, |d| duplicate(d, id, &names), form, name)
    })
}

/// Adds the usual items a list of the draft lacks, as one undo step
/// (`add` gives how many), and says how many it added.
pub fn add_missing(
    ctx: EditorCtx,
    add: impl FnOnce(&mut Draft) -> usize,
    said: fn(usize) -> std::borrow::Cow<'static, str>,
) {
    let added = ctx.change(add);
    ctx.announce(said(added.unwrap_or(0)).into_owned());
}

/// A card's title and summary line as [`ItemCard`] takes them, from one memo
/// of both (`None` once the item is gone, and then both are empty).
pub fn title_and_summary(
    facts: Memo<Option<(String, String)>>,
) -> (Signal<String>, Signal<String>) {
    (
        Signal::derive(move || facts.get().map(|f| f.0).unwrap_or_default()),
        Signal::derive(move || facts.get().map(|f| f.1).unwrap_or_default()),
    )
}

/// One item of a list screen: its title and summary, Edit/Duplicate/Delete,
/// and its form (the children) while it is the open item. When something
/// refers to the item, Delete first says what and asks. A delete is one undo
/// step, and a toast names what went.
#[component]
pub fn ItemCard(
    /// The item's id; also names its form.
    id: Id,
    /// Title shown and used in the buttons' accessible names.
    #[prop(into)]
    title: Signal<String>,
    /// One line under the title.
    #[prop(into)]
    summary: Signal<String>,
    /// Takes the item out of the draft.
    delete: fn(&mut Draft, Id),
    /// What the toast says once it is gone, given its title.
    deleted: fn(String) -> String,
    /// Duplicates the item, when that makes sense.
    #[prop(optional)]
    on_duplicate: Option<Callback<()>>,
    /// What refers to the item, in words; deleting a linked item asks first.
    #[prop(optional)]
    links: Option<Callback<(), Vec<String>>>,
    /// Shown before the title, such as the phase's position.
    #[prop(optional, into)]
    number: MaybeProp<String>,
    /// More buttons after Edit, such as Move up and Move down.
    #[prop(optional)]
    tools: Option<AnyView>,
    /// The form.
    children: ChildrenFn,
) -> impl IntoView {
    let ctx = expect_context::<EditorCtx>();
    let open = move || ctx.open_item.get() == Some(id);
    let named = move || Signal::derive(move || format!(" {}", quoted(&title.get())));
    let form_id = format!("item-{id}-form");
    let confirm = RwSignal::new(None::<Vec<String>>);
    let card = NodeRef::<leptos::html::Li>::new();
    // The keyboard stays in the list: on the next item, the previous one, or
    // the list's add button (the first button of the `.add-row` after it).
    let remove = move || {
        let item = card.get_untracked().map(web_sys::Element::from);
        let add_button = item
            .as_ref()
            .and_then(|li| li.parent_element())
            .and_then(|list| list.next_element_sibling())
            .filter(|row| row.class_list().contains("add-row"))
            .and_then(|row| row.query_selector("button").ok().flatten());
        focus_after_removal(item.as_ref(), add_button);
        let name = title.get_untracked();
        ctx.change(|d| delete(d, id));
        ctx.deleted(deleted(name));
    };
    let ask_delete = move |_| {
        let found = links.map(|l| l.run(())).unwrap_or_default();
        if found.is_empty() {
            remove();
        } else {
            confirm.set(Some(found));
        }
    };
    view! {
        <li class="item-card" node_ref=card>
            <div class="item-head">
                <h3 class="item-title">
                    <span class="item-number">{move || number.get()}</span>
                    {move || title.get()}
                </h3>
                <p class="meta">{move || summary.get()}</p>
                <div class="actions">
                    <button type="button" class="link" aria-expanded=move || open().to_string()
                        aria-controls=form_id.clone()
                        on:click=move |_| ctx.open_item.update(|o| *o = if *o == Some(id) { None } else { Some(id) })>
                        {move || if open() { t!("fields.close") } else { t!("fields.edit") }}<Hidden text=named() />
                    </button>
                    {tools}
                    {on_duplicate.map(|dup| view! {
                        <button type="button" class="link" on:click=move |_| dup.run(())>
                            {t!("fields.duplicate")}<Hidden text=named() />
                        </button>
                    })}
                    <button type="button" class="link danger" on:click=ask_delete>
                        {t!("fields.delete")}<Hidden text=named() />
                    </button>
                </div>
            </div>
            {move || confirm.get().map(|found| view! {
                <div class="banner warning" role="alert">
                    <p>{t!("fields.linked", title = quoted(&title.get_untracked()), links = found.join(", "))}</p>
                    <p class="actions">
                        <button type="button" class="danger" on:click=move |_| { confirm.set(None); remove(); }>
                            {t!("fields.delete_anyway")}
                        </button>
                        <button type="button" class="secondary" on:click=move |_| confirm.set(None)>{t!("fields.keep_it")}</button>
                    </p>
                </div>
            })}
            <Show when=open>
                <div class="item-form" id=form_id.clone()>{children()}</div>
            </Show>
        </li>
    }
}
