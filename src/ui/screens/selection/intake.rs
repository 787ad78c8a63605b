//! Applicants from a form's CSV export: pick the file, check what each
//! column holds and what importing would add, then confirm as one undo
//! step. Nothing changes before Confirm. Below it, each applicant's details
//! and eligibility (see `details`).

mod details;

use leptos::ev;
use leptos::prelude::*;
use leptos::task::spawn_local;
use rust_i18n::t;

use crate::format::applicants::{
    FormTable, Preview, add_applicants, guess_columns, preview, read_form, words,
};
use crate::model::ApplicantField;
use crate::text::lang;
use crate::ui::browser;
use crate::ui::context::use_editor;
use crate::ui::widgets::{Table, headings, quoted};

/// A file read and waiting for the owner's Confirm.
#[derive(Clone, Debug, PartialEq)]
struct Pending {
    /// The file's name, quoted, as the heading says it.
    name: String,
    table: FormTable,
}

/// The import button, the check before importing, and the details of
/// every applicant.
#[component]
pub fn Intake() -> impl IntoView {
    let (ctx, draft) = use_editor();
    let pending = RwSignal::new(None::<Pending>);
    let fields = RwSignal::new(Vec::<ApplicantField>::new());
    let error = RwSignal::new(None::<String>);
    let on_file = move |ev: ev::Event| {
        let input: web_sys::HtmlInputElement = event_target(&ev);
        let Some(file) = input.files().and_then(|f| f.get(0)) else {
            return;
        };
        // Let the same file be picked again, after a fix or to check it.
        input.set_value("");
        let name = quoted(&file.name());
        spawn_local(async move {
            let bytes = match browser::read_file(&file).await {
                Ok(bytes) => bytes,
                Err(e) => {
                    pending.set(None);
                    error.set(Some(
                        t!("intake.unreadable_file", name = name, error = e).into_owned(),
                    ));
                    return;
                }
            };
            match read_form(&bytes) {
                Err(e) => {
                    pending.set(None);
                    let e = words::error(&e, lang());
                    error.set(Some(
                        t!("intake.refused", name = name, error = e).into_owned(),
                    ));
                }
                Ok(table) => {
                    error.set(None);
                    let guessed = draft
                        .with_untracked(|d| guess_columns(&table.headers, &d.selection.columns));
                    fields.set(guessed);
                    pending.set(Some(Pending { name, table }));
                    ctx.focus_later("intake-title".to_string());
                }
            }
        });
    };
    view! {
        // Not a region of its own: the label names the file input, and only it.
        <div class="group intake">
            <div class="field">
                <label for="intake-file">{t!("intake.import")}</label>
                <input id="intake-file" type="file" accept=".csv,text/csv" aria-describedby="intake-file-hint"
                    on:change=on_file />
                <p class="hint" id="intake-file-hint">{t!("intake.import_hint")}</p>
            </div>
            {move || error.get().map(|e| view! { <p class="error" role="alert">{e}</p> })}
            <Show when=move || pending.with(Option::is_some)>
                <Check pending fields />
            </Show>
        </div>
        <details::ApplicantDetails />
    }
}

/// The mapping, the preview and the two ways out.
#[component]
fn Check(
    pending: RwSignal<Option<Pending>>,
    fields: RwSignal<Vec<ApplicantField>>,
) -> impl IntoView {
    let (ctx, draft) = use_editor();
    let shown: Memo<Option<Preview>> = Memo::new(move |_| {
        pending.with(|p| {
            p.as_ref()
                .map(|p| fields.with(|f| draft.with(|d| preview(d, &p.table, f))))
        })
    });
    let count = move |f: fn(&Preview) -> usize| shown.with(|p| p.as_ref().map_or(0, f));
    let cancel = move || {
        pending.set(None);
        ctx.announce(t!("intake.cancelled").into_owned());
        ctx.focus_later("intake-file".to_string());
    };
    let confirm = move |_| {
        let Some(p) = pending.get_untracked() else {
            return;
        };
        let f = fields.get_untracked();
        let adding = draft.with_untracked(|d| preview(d, &p.table, &f));
        if adding.add.is_empty() {
            return;
        }
        let n = ctx
            .change(|d| add_applicants(d, adding, &p.table.headers, &f))
            .unwrap_or(0);
        pending.set(None);
        ctx.announce(if n == 1 {
            t!("intake.added_one").into_owned()
        } else {
            t!("intake.added_many", n = n).into_owned()
        });
        ctx.focus_later("intake-file".to_string());
    };
    let on_key = move |ev: ev::KeyboardEvent| {
        if ev.key() == "Escape" {
            ev.prevent_default();
            cancel();
        }
    };
    let name = move || pending.with(|p| p.as_ref().map(|p| p.name.clone()).unwrap_or_default());
    let will_add = move || match count(|p| p.add.len()) {
        0 => t!("intake.will_add_none").into_owned(),
        1 => t!("intake.will_add_one").into_owned(),
        n => t!("intake.will_add_many", n = n).into_owned(),
    };
    // The preview's lines of one kind, in words.
    let lines = move |said: fn(&Preview) -> Vec<String>| {
        Signal::derive(move || shown.with(|p| p.as_ref().map(said).unwrap_or_default()))
    };
    let unreadable = lines(|p| {
        p.unreadable
            .iter()
            .map(|u| words::unreadable(u, lang()))
            .collect()
    });
    let duplicates = lines(|p| {
        p.duplicates
            .iter()
            .map(|d| words::duplicate(d, lang()))
            .collect()
    });
    view! {
        <section class="intake-check" aria-labelledby="intake-title" on:keydown=on_key>
            <h4 id="intake-title" tabindex="-1">{move || t!("intake.heading", name = name())}</h4>
            <Mapping pending fields />
            <p role="status" class="intake-count"><strong>{will_add}</strong></p>
            <Show when=move || shown.with(|p| p.as_ref().is_some_and(|p| p.no_name_column))>
                <p class="warn">{t!("intake.no_name_column")}</p>
            </Show>
            <Listed id="intake-unreadable" lines=unreadable
                title=|n| t!("intake.unreadable_title", n = n).into_owned() />
            <Listed id="intake-duplicates" lines=duplicates
                title=|n| t!("intake.duplicates_title", n = n).into_owned() />
            <div class="add-row">
                <button type="button" on:click=confirm disabled=move || count(|p| p.add.len()) == 0>
                    {t!("intake.confirm")}
                </button>
                <button type="button" class="secondary" on:click=move |_| cancel()>{t!("intake.cancel")}</button>
            </div>
        </section>
    }
}

/// One choice per column of what it holds, labelled by the column's header.
#[component]
fn Mapping(
    pending: RwSignal<Option<Pending>>,
    fields: RwSignal<Vec<ApplicantField>>,
) -> impl IntoView {
    // (header as shown, first answer) per column.
    let columns = move || {
        pending.with(|p| {
            p.as_ref()
                .map(|p| {
                    p.table
                        .headers
                        .iter()
                        .enumerate()
                        .map(|(i, h)| {
                            let header = if h.is_empty() {
                                t!("intake.untitled_column", n = i + 1).into_owned()
                            } else {
                                h.clone()
                            };
                            let first = p
                                .table
                                .rows
                                .first()
                                .and_then(|r| r.fields.get(i))
                                .map(|f| first_line(f))
                                .unwrap_or_default();
                            (header, first)
                        })
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
        })
    };
    view! {
        <Table class="intake-mapping" caption=t!("intake.mapping")
            head=|| headings([t!("intake.column"), t!("intake.holds"), t!("intake.first_answer")])>
            {move || columns().into_iter().enumerate().map(|(i, (header, first))| {
                let id = format!("intake-col-{i}");
                let chosen = move |f: ApplicantField| fields.with(|v| v.get(i) == Some(&f));
                let choose = move |ev: ev::Event| {
                    let at: usize = event_target_value(&ev).parse().unwrap_or(usize::MAX);
                    if let Some(f) = words::FIELDS.get(at) {
                        fields.update(|v| if let Some(x) = v.get_mut(i) { *x = *f });
                    }
                };
                view! {
                    <tr>
                        <th scope="row"><label for=id.clone()>{header}</label></th>
                        <td>
                            <select id=id on:change=choose>
                                {words::FIELDS.iter().enumerate().map(|(k, f)| {
                                    let f = *f;
                                    view! {
                                        <option value=k.to_string() prop:selected=move || chosen(f)>
                                            {words::field(f, lang())}
                                        </option>
                                    }
                                }).collect_view()}
                            </select>
                        </td>
                        <td class="hint">{first}</td>
                    </tr>
                }
            }).collect_view()}
        </Table>
    }
}

/// The first line of an answer, cut short, as an example of the column.
fn first_line(answer: &str) -> String {
    let line = answer.trim().lines().next().unwrap_or_default();
    let mut out: String = line.chars().take(60).collect();
    if out.len() < line.len() || answer.trim().lines().nth(1).is_some() {
        out.push('…');
    }
    out
}

/// Lines of the preview under a heading that counts them; nothing at all
/// when there are none.
#[component]
fn Listed(
    id: &'static str,
    lines: Signal<Vec<String>>,
    title: fn(usize) -> String,
) -> impl IntoView {
    view! {
        <Show when=move || !lines.with(Vec::is_empty)>
            <h5 id=id>{move || title(lines.with(Vec::len))}</h5>
            <ul aria-labelledby=id>
                {move || lines.get().into_iter().map(|l| view! { <li>{l}</li> }).collect_view()}
            </ul>
        </Show>
    }
}
