//! The Call screen: options beside a live preview of the call for
//! participation, the fair-call check, and the ways out (copy, download, print).

use leptos::prelude::*;

use super::browser;
use super::editor::EditorCtx;
use super::fields::{Guide, SelectField, TextArea, TextField};
use super::review::FindingList;
use crate::call::{self, Block, CallDocument, CallOptions, Section};
use crate::model::{CallLanguage, CallSettings, Draft, slug};
use crate::review::fair_call;

const QUESTIONS: &[&str] = &[
    "Would someone who has never heard of us understand who can apply, what they get and what it costs them?",
    "Does the call answer the questions people are shy to ask: money, access needs, care, what happens to their data?",
];

fn call_text(
    draft: RwSignal<Draft>,
    get: fn(&CallSettings) -> &String,
    put: fn(&mut CallSettings) -> &mut String,
) -> (Signal<String>, Callback<String>) {
    (
        Signal::derive(move || draft.with(|d| get(&d.call).clone())),
        Callback::new(move |v| draft.update(|d| *put(&mut d.call) = v)),
    )
}

#[component]
pub fn CallScreen() -> impl IntoView {
    let ctx = expect_context::<EditorCtx>();
    let state = super::state::use_state();
    let draft = ctx.draft;
    let document =
        Memo::new(move |_| draft.with(|d| call::generate(d, &CallOptions::from_draft(d))));
    let findings = Memo::new(move |_| draft.with(fair_call));
    let language = Signal::derive(move || {
        draft.with(|d| match d.call.language {
            CallLanguage::En => "en".to_string(),
            CallLanguage::Fr => "fr".to_string(),
        })
    });
    let set_language = Callback::new(move |v: String| {
        draft.update(|d| {
            d.call.language = if v == "fr" {
                CallLanguage::Fr
            } else {
                CallLanguage::En
            }
        })
    });
    let (intro, set_intro) = call_text(draft, |c| &c.introduction, |c| &mut c.introduction);
    let (closing, set_closing) = call_text(draft, |c| &c.closing, |c| &mut c.closing);
    let (commitments, set_commitments) =
        call_text(draft, |c| &c.commitments, |c| &mut c.commitments);
    let (access, set_access) = call_text(draft, |c| &c.accessibility, |c| &mut c.accessibility);
    let (data, set_data) = call_text(draft, |c| &c.data_protection, |c| &mut c.data_protection);
    let (contact, set_contact) = call_text(draft, |c| &c.contact, |c| &mut c.contact);

    let base_name = move || {
        draft.with_untracked(|d| {
            let lang = if d.call.language == CallLanguage::Fr {
                "fr"
            } else {
                "en"
            };
            format!("{}-call-{lang}", slug(d.display_title()))
        })
    };
    let download = move |ext: &'static str| {
        let doc = document.get_untracked();
        let (text, mime) = match ext {
            "md" => (call::to_markdown(&doc), "text/markdown"),
            "html" => (call::to_html(&doc), "text/html"),
            _ => (call::to_text(&doc), "text/plain"),
        };
        let name = format!("{}.{ext}", base_name());
        match browser::download(&name, &text, mime) {
            Ok(()) => state.notice.set(format!("Downloaded {name}.")),
            Err(e) => state.notice.set(e),
        }
    };
    let copy = move |markdown: bool| {
        let doc = document.get_untracked();
        let text = if markdown {
            call::to_markdown(&doc)
        } else {
            call::to_text(&doc)
        };
        let what = if markdown { "Markdown" } else { "plain text" };
        leptos::task::spawn_local(async move {
            match browser::copy_text(&text).await {
                Ok(()) => state.notice.set(format!("The call is copied as {what}.")),
                Err(e) => state
                    .notice
                    .set(format!("Could not copy: {e}. Use a download instead.")),
            }
        });
    };
    let print = move |_| {
        if let Some(w) = web_sys::window() {
            let _ = w.print();
        }
    };

    view! {
        <section class="screen call-screen" aria-labelledby="screen-title">
            <h2 id="screen-title">"Call for participation"</h2>
            <Guide id="call" questions=QUESTIONS />
            <div class="call-layout">
                <div class="call-options">
                    <SelectField label="Language of the call" id="call-language" value=language set=set_language
                        options=vec![("en".into(), "English".into()), ("fr".into(), "Français".into())]
                        hint="Independent of the language of the app." />
                    <fieldset class="choices checklist">
                        <legend>"Sections"</legend>
                        {Section::ALL.into_iter().map(|s| view! {
                            <label class="choice">
                                <input type="checkbox"
                                    prop:checked=move || draft.with(|d| !d.call.excluded_sections.iter().any(|x| x == s.slug()))
                                    on:change=move |ev| {
                                        let on = event_target_checked(&ev);
                                        draft.update(|d| {
                                            d.call.excluded_sections.retain(|x| x != s.slug());
                                            if !on {
                                                d.call.excluded_sections.push(s.slug().to_string());
                                            }
                                        })
                                    } />
                                {move || draft.with(|d| s.label(d.call.language))}
                            </label>
                        }).collect_view()}
                    </fieldset>
                    <TextArea label="Introduction" id="call-introduction" value=intro set=set_intro rows=4
                        hint="Leave empty to build it from the overview." />
                    <TextArea label="Commitments expected" id="call-commitments" value=commitments set=set_commitments rows=3 />
                    <TextArea label="Accessibility and care" id="call-accessibility" value=access set=set_access rows=3
                        hint="How access needs and care responsibilities are met, and who pays for them." />
                    <TextArea label="Data protection" id="call-data_protection" value=data set=set_data rows=3 />
                    <TextField label="Contact for questions" id="call-contact" value=contact set=set_contact
                        hint="Who answers questions: an e-mail address, a phone number." />
                    <TextArea label="Closing" id="call-closing" value=closing set=set_closing rows=3 />
                </div>
                <div class="call-side">
                    <section class="fair-call" aria-labelledby="fair-title">
                        <h3 id="fair-title">
                            {move || match findings.with(Vec::len) {
                                0 => "Fair-call check: nothing missing".to_string(),
                                n => format!("Fair-call check: {n} to fix"),
                            }}
                        </h3>
                        <FindingList findings=findings />
                    </section>
                    <div class="actions call-actions">
                        <button type="button" class="secondary" on:click=move |_| copy(true)>"Copy as Markdown"</button>
                        <button type="button" class="secondary" on:click=move |_| copy(false)>"Copy as text"</button>
                        <button type="button" class="secondary" on:click=move |_| download("md")>"Download .md"</button>
                        <button type="button" class="secondary" on:click=move |_| download("html")>"Download .html"</button>
                        <button type="button" class="secondary" on:click=move |_| download("txt")>"Download .txt"</button>
                        <button type="button" class="secondary" on:click=print>"Print"</button>
                    </div>
                    <Preview document=document />
                </div>
            </div>
        </section>
    }
}

/// The call drawn from its document as text nodes: no generated markup is
/// ever parsed by the page.
#[component]
fn Preview(document: Memo<CallDocument>) -> impl IntoView {
    let lang = move || {
        document.with(|d| {
            if d.language == CallLanguage::Fr {
                "fr"
            } else {
                "en"
            }
        })
    };
    view! {
        <article class="call-preview" aria-label="Preview of the call" lang=lang>
            {move || {
                let doc = document.get();
                view! {
                    <h3 class="call-title">{doc.title.clone()}</h3>
                    {doc.subtitle.clone().map(|s| view! { <p class="call-subtitle">{s}</p> })}
                    {doc.sections.into_iter().map(|s| view! {
                        <section>
                            <h4>{s.heading}</h4>
                            {s.blocks.into_iter().map(block).collect_view()}
                        </section>
                    }).collect_view()}
                    {doc.closing.into_iter().map(block).collect_view()}
                }
            }}
        </article>
    }
}

fn item_view(i: call::Item) -> impl IntoView {
    view! { <li>{i.lead.map(|l| view! { <strong>{l}</strong>" — " })}{i.text}</li> }
}

fn block(b: Block) -> AnyView {
    match b {
        Block::Paragraph(text) => {
            let lines: Vec<String> = text.split('\n').map(str::to_string).collect();
            let n = lines.len();
            view! {
                <p>{lines.into_iter().enumerate().map(|(i, l)| view! { {l}{(i + 1 < n).then(|| view! { <br /> })} }).collect_view()}</p>
            }
            .into_any()
        }
        Block::Bullets(items) => view! { <ul>{items.into_iter().map(item_view).collect_view()}</ul> }.into_any(),
        Block::Numbered(items) => view! { <ol>{items.into_iter().map(item_view).collect_view()}</ol> }.into_any(),
        Block::Facts(facts) => view! {
            <dl class="facts">
                {facts.into_iter().map(|f| view! { <div><dt>{f.label}</dt><dd>{f.value}</dd></div> }).collect_view()}
            </dl>
        }
        .into_any(),
    }
}
