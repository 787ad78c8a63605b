//! A table of the screens (scores, results, an import's columns, progress):
//! scrolling sideways on a narrow screen, with its caption and headings.

use leptos::prelude::*;

/// A table: its caption, a header row (`head`), and its rows (the children).
#[component]
pub fn Table(
    /// Classes after `grid`, for the table's own layout.
    #[prop(optional)]
    class: &'static str,
    /// What the table holds.
    #[prop(into)]
    caption: String,
    /// For screen readers only, when a heading above names the table.
    #[prop(optional)]
    quiet_caption: bool,
    /// The cells of the header row.
    #[prop(into)]
    head: ViewFn,
    children: Children,
) -> impl IntoView {
    let class = if class.is_empty() {
        "grid".to_string()
    } else {
        format!("grid {class}")
    };
    view! {
        <div class="table-scroll">
            <table class=class>
                <caption class=quiet_caption.then_some("visually-hidden")>{caption}</caption>
                <thead>
                    <tr>{head.run()}</tr>
                </thead>
                <tbody>{children()}</tbody>
            </table>
        </div>
    }
}

/// Header cells, one a column, for a table whose columns are known.
pub fn headings<L: Into<String>>(labels: impl IntoIterator<Item = L>) -> impl IntoView {
    labels
        .into_iter()
        .map(|l| view! { <th scope="col">{l.into()}</th> })
        .collect_view()
}
