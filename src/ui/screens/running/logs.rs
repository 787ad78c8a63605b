//! Mentors' log sheets, on the owner's side: a sheet given to each mentor
//! with mentees, and the sheets sent back, taken in by session id.

use leptos::prelude::*;
use leptos::task::spawn_local;
use rust_i18n::t;

use crate::format::log_sheet::{
    LogReceived, LogSheet, log_error_words, log_refusal_words, receive_log,
};
use crate::model::{Draft, Id, Item, Lang, Person};
use crate::text::display_name;
use crate::ui::browser;
use crate::ui::context::use_editor;
use crate::ui::widgets::{ReturnedFile, ReturnedFiles};

/// A mentor as the list of sheets shows them.
#[derive(Clone, PartialEq)]
struct Mentor {
    id: Id,
    name: String,
    mentees: usize,
    /// Where their sheet stands: given and awaited, or last taken in.
    standing: Option<String>,
}

/// Where a mentor's log sheet stands, in words.
fn standing(p: &Person) -> Option<String> {
    if p.log_out() {
        let given = p.log_given.as_deref().unwrap_or_default();
        Some(t!("running.log_awaited", time = browser::format_time(given)).into_owned())
    } else {
        let taken = p.log_taken.as_deref()?;
        Some(t!("running.log_back", time = browser::format_time(taken)).into_owned())
    }
}

/// The people who mentor someone still in the programme, with where their
/// log sheet stands.
fn mentors_of(d: &Draft) -> Vec<Mentor> {
    let mentor = |p: &Person| {
        let mentees = d.mentees(p.id).len();
        let name = display_name(&p.name).into_owned();
        let standing = standing(p);
        (mentees > 0).then_some(Mentor {
            id: p.id,
            name,
            mentees,
            standing,
        })
    };
    d.people.iter().filter_map(mentor).collect()
}

#[component]
pub fn MentorLogs() -> impl IntoView {
    let (ctx, draft) = use_editor();
    let state = crate::ui::state::use_state();
    let mentors = Memo::new(move |_| draft.with(mentors_of));
    // A sheet made for `mentor`, recorded as given: the log sent back is
    // then awaited.
    let issue = move |mentor: Id| {
        let lang = state.lang.get_untracked();
        let sheet = draft.with_untracked(|d| {
            Person::find(d, mentor).map(|p| LogSheet::issue(d, p, lang, &browser::now()))
        })?;
        ctx.change(|d| d.log_sheet_given(mentor, &sheet.issued_at));
        Some(sheet)
    };
    let give = move |mentor: Id| {
        let Some(s) = issue(mentor) else { return };
        let name = s.file_name();
        ctx.announce(
            match browser::download(&name, &s.to_text(), "application/json") {
                Ok(()) => {
                    t!("running.log_given", name = name, count = s.mentees.len()).into_owned()
                }
                Err(e) => e,
            },
        );
    };
    // The link last made, and whose sheet it carries.
    let link = RwSignal::new(None::<(Id, String)>);
    let give_link = move |mentor: Id| {
        let Some(s) = issue(mentor) else { return };
        spawn_local(async move {
            let (address, said) =
                browser::copy_link(browser::link_to_file(&s.to_text()).await).await;
            state.notice.set(said);
            link.set(address.map(|a| (mentor, a)));
        });
    };
    // Each file is checked against the programme as the files before it
    // left it, and taken as its own step.
    let take_each = move |files: Vec<ReturnedFile>| {
        let lang = state.lang.get_untracked();
        files
            .iter()
            .map(
                |f| match draft.with_untracked(|d| take(d, &f.bytes, lang)) {
                    Ok((received, words)) => {
                        let now = browser::now();
                        ctx.change(|d| received.apply(d, &now));
                        (true, words)
                    }
                    Err(why) => (false, why),
                },
            )
            .collect()
    };
    view! {
        <h3>{t!("running.logs_title")}</h3>
        <p class="hint">{t!("running.logs_hint")}</p>
        <Show when=move || !mentors.with(Vec::is_empty)
            fallback=|| view! { <p class="hint">{t!("running.logs_none")}</p> }>
            <ul class="rows">
                {move || mentors.get().into_iter().map(|m| {
                    let id = m.id;
                    let field = format!("log-link-{id}");
                    let field_for = field.clone();
                    view! {
                    <li class="mentor">
                        <span>
                            {t!("running.log_mentees", name = m.name.clone(), n = m.mentees)}
                            {m.standing.map(|s| view! { <span class="hint">" · "{s}</span> })}
                        </span>
                        <span class="actions">
                            <button type="button" class="secondary" on:click=move |_| give(id)>
                                {t!("running.give_log", name = m.name.clone())}
                            </button>
                            <button type="button" class="secondary" on:click=move |_| give_link(id)>
                                {t!("running.give_log_link", name = m.name)}
                            </button>
                        </span>
                        {move || link.get().filter(|(who, _)| *who == id).map(|(_, address)| view! {
                            <div class="field share-link">
                                <label for=field_for.clone()>{t!("running.log_link")}</label>
                                <input id=field_for.clone() type="text" readonly prop:value=address
                                    on:focus=|ev| { let input: web_sys::HtmlInputElement = event_target(&ev); input.select(); } />
                                <p class="hint">{t!("running.log_link_hint")}</p>
                            </div>
                        })}
                    </li>
                    }
                }).collect_view()}
            </ul>
        </Show>
        <ReturnedFiles id="logs-returned" label=t!("running.logs_returned").into_owned()
            hint=t!("running.logs_returned_hint").into_owned() take=take_each />
    }
}

/// Checks one returned file against the programme: what to take and what
/// to say of it, or why nothing is taken.
fn take(
    d: &Draft,
    bytes: &Result<Vec<u8>, String>,
    lang: Lang,
) -> Result<(LogReceived, String), String> {
    let bytes = bytes.as_ref().map_err(String::clone)?;
    let sheet = LogSheet::read(bytes).map_err(|e| log_error_words(&e, lang))?;
    let received = receive_log(d, &sheet).map_err(|r| log_refusal_words(&r, lang))?;
    let words = t!(
        "running.log_taken",
        name = received.mentor_name.clone(),
        added = received.added,
        removed = received.removed.len(),
        updated = received.updated,
        unchanged = received.unchanged
    )
    .into_owned();
    Ok((received, words))
}
