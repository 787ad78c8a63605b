//! The Call screen: options beside a live preview of the call for
//! participation, the fair-call check, and the ways out (copy, download, print).

use leptos::prelude::*;
use rust_i18n::t;

use super::review::FindingList;
use crate::call::{self, Block, CallDocument, CallOptions, Section};
use crate::model::{CallSettings, Field, Form, Lang, slug};
use crate::review::fair_call;
use crate::ui::browser;
use crate::ui::context::EditorCtx;
use crate::ui::widgets::lens;
use crate::ui::widgets::{Screen, SelectField, TextField};

#[component]
pub fn CallScreen() -> impl IntoView {
    let ctx = expect_context::<EditorCtx>();
    let state = crate::ui::state::use_state();
    let draft = ctx.draft();
    let call_text = lens::in_section::<CallSettings, String>;
    let document =
        Memo::new(move |_| draft.with(|d| call::generate(d, &CallOptions::from_draft(d))));
    let findings = Memo::new(move |_| draft.with(fair_call));
    let language = Signal::derive(move || {
        draft.with(|d| match d.call.language {
            Lang::En => "en".to_string(),
            Lang::Fr => "fr".to_string(),
        })
    });
    let set_language = Callback::new(move |v: String| {
        ctx.change(|d| d.call.language = if v == "fr" { Lang::Fr } else { Lang::En });
    });
    let (intro, set_intro) = call_text(ctx, |c| &c.introduction, |c| &mut c.introduction);
    let (closing, set_closing) = call_text(ctx, |c| &c.closing, |c| &mut c.closing);
    let (commitments, set_commitments) = call_text(ctx, |c| &c.commitments, |c| &mut c.commitments);
    let (access, set_access) = call_text(ctx, |c| &c.accessibility, |c| &mut c.accessibility);
    let (data, set_data) = call_text(ctx, |c| &c.data_protection, |c| &mut c.data_protection);
    let (contact, set_contact) = call_text(ctx, |c| &c.contact, |c| &mut c.contact);

    let base_name = move || {
        draft.with_untracked(|d| {
            let lang = if d.call.language == Lang::Fr {
                "fr"
            } else {
                "en"
            };
            format!(
                "{}-call-{lang}",
                slug(crate::text::display_title(&d.overview.title))
            )
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
            Ok(()) => state
                .notice
                .set(t!("call_ui.downloaded", name = name).into_owned()),
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
        let copied = if markdown {
            t!("call_ui.copied_markdown")
        } else {
            t!("call_ui.copied_text")
        };
        leptos::task::spawn_local(async move {
            match browser::copy_text(&text).await {
                Ok(()) => state.notice.set(copied.into_owned()),
                Err(e) => state
                    .notice
                    .set(t!("call_ui.copy_failed", error = e).into_owned()),
            }
        });
    };
    let print = move |_| {
        if let Some(w) = web_sys::window() {
            let _ = w.print();
        }
    };

    view! {
        <Screen title=t!("call_ui.title") guide="call" questions=[t!("call_ui.q1"), t!("call_ui.q2")] class="screen call-screen">
            <div class="call-layout">
                <div class="call-options">
                    <SelectField label=t!("call_ui.language") id=Field::of(Form::Call, "language").element_id() value=language set=set_language
                        options=vec![("en".into(), "English".into()), ("fr".into(), "Français".into())]
                        hint=t!("call_ui.language_hint") />
                    <fieldset class="choices checklist">
                        <legend>{t!("call_ui.sections")}</legend>
                        {Section::ALL.into_iter().map(|s| view! {
                            <label class="choice">
                                <input type="checkbox"
                                    prop:checked=move || draft.with(|d| !d.call.excluded_sections.iter().any(|x| x == s.slug()))
                                    on:change=move |ev| {
                                        let on = event_target_checked(&ev);
                                        ctx.change(|d| d.call.include_section(s.slug(), on));
                                    } />
                                {move || draft.with(|d| s.label(d.call.language))}
                            </label>
                        }).collect_view()}
                    </fieldset>
                    <TextField label=t!("call_ui.introduction") id=Field::of(Form::Call, "introduction").element_id() value=intro set=set_intro rows=4
                        hint=t!("call_ui.introduction_hint") />
                    <TextField label=t!("call_ui.commitments") id=Field::of(Form::Call, "commitments").element_id() value=commitments set=set_commitments rows=3 />
                    <TextField label=t!("call_ui.accessibility") id=Field::of(Form::Call, "accessibility").element_id() value=access set=set_access rows=3
                        hint=t!("call_ui.accessibility_hint") />
                    <TextField label=t!("call_ui.data_protection") id=Field::of(Form::Call, "data_protection").element_id() value=data set=set_data rows=3 />
                    <TextField label=t!("call_ui.contact") id=Field::of(Form::Call, "contact").element_id() value=contact set=set_contact
                        hint=t!("call_ui.contact_hint") />
                    <TextField label=t!("call_ui.closing") id=Field::of(Form::Call, "closing").element_id() value=closing set=set_closing rows=3 />
                </div>
                <div class="call-side">
                    <section class="fair-call" aria-labelledby="fair-title">
                        <h3 id="fair-title">
                            {move || match findings.with(Vec::len) {
                                0 => t!("call_ui.fair_ok"),
                                n => t!("call_ui.fair_to_fix", n = n),
                            }}
                        </h3>
                        <FindingList findings=findings />
                    </section>
                    <div class="actions call-actions">
                        <button type="button" class="secondary" on:click=move |_| copy(true)>{t!("call_ui.copy_markdown")}</button>
                        <button type="button" class="secondary" on:click=move |_| copy(false)>{t!("call_ui.copy_text")}</button>
                        <button type="button" class="secondary" on:click=move |_| download("md")>{t!("call_ui.download_md")}</button>
                        <button type="button" class="secondary" on:click=move |_| download("html")>{t!("call_ui.download_html")}</button>
                        <button type="button" class="secondary" on:click=move |_| download("txt")>{t!("call_ui.download_txt")}</button>
                        <button type="button" class="secondary" on:click=print>{t!("call_ui.print")}</button>
                    </div>
                    <Preview document=document />
                </div>
            </div>
        </Screen>
    }
}

/// The call drawn from its document as text nodes: no generated markup is
/// ever parsed by the page.
#[component]
fn Preview(document: Memo<CallDocument>) -> impl IntoView {
    let lang = move || document.with(|d| if d.language == Lang::Fr { "fr" } else { "en" });
    view! {
        <article class="call-preview" aria-label=t!("call_ui.preview") lang=lang>
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
    let separator = i.separator();
    view! { <li>{i.lead.map(|l| view! { <strong>{l}</strong>{separator} })}{i.text}</li> }
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
