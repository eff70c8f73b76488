//! "Cite this view": the APA text and the BibTeX entry of what is on screen, from
//! `readiness_core::cite`, each with a Copy button, for researchers who quote one exact view.

use std::sync::Arc;

use leptos::prelude::*;
use leptos::task::spawn_local;
use readiness_core::cite::{cite, data_version, Date, ViewKind};
use readiness_core::model::{Dataset, IndicatorId};
use readiness_core::view::{permalink, View};

use crate::bridge::clipboard;
use crate::ui::share::page_address;

/// The citation block of any view: `indicators` are the ones it shows (their sources are cited);
/// `subject` names the view instead of their labels when there are too many (a profile's country).
#[component]
pub fn CiteThis(
    dataset: RwSignal<Arc<Dataset>>,
    view_state: RwSignal<View>,
    #[prop(into)] indicators: Signal<Vec<IndicatorId>>,
    #[prop(into)] subject: Signal<Option<String>>,
) -> impl IntoView {
    let base = page_address();
    // Fixed for the page's life: a citation is of the day the reader opened it.
    let accessed = today();
    let citation = Memo::new(move |_| {
        let (kind, link) = view_state.with(|v| (ViewKind::from(v.tab), permalink(&base, v)));
        let indicators = indicators.get();
        let subject = subject.get();
        dataset.with(|d| {
            cite(
                d,
                &readiness_core::cite::CitedView {
                    permalink: &link,
                    kind,
                    indicators: &indicators,
                    subject: subject.as_deref(),
                    accessed,
                    data_version: &data_version(d),
                },
            )
        })
    });
    view! {
        <details class="cite">
            <summary>"Cite this view"</summary>
            <CopyableText id="cite-apa" label="APA" text=Signal::derive(move || citation.get().text) />
            <CopyableText id="cite-bibtex" label="BibTeX" text=Signal::derive(move || citation.get().bibtex) />
        </details>
    }
}

/// Today's date by the reader's clock, for "Retrieved …" and the printed profile's date.
pub fn today() -> Date {
    let now = js_sys::Date::new_0();
    Date {
        year: now.get_full_year() as u16,
        // JavaScript counts months from 0.
        month: now.get_month() as u8 + 1,
        day: now.get_date() as u8,
    }
}

/// A read-only text with a Copy button that reports what happened.
#[component]
fn CopyableText(id: &'static str, label: &'static str, text: Signal<String>) -> impl IntoView {
    let area = NodeRef::<leptos::html::Textarea>::new();
    let status = RwSignal::new("");
    let copy = move |_| {
        let Some(area) = area.get_untracked() else {
            return;
        };
        let value = text.get_untracked();
        spawn_local(async move {
            let copied = clipboard::write(&value).await;
            if !copied {
                // Without the Clipboard API (an offline file, an old browser, a denied permission)
                // the text is selected, so that one key press copies it.
                area.select();
            }
            status.set(if copied {
                "Copied."
            } else {
                "Selected: press Ctrl+C (⌘C) to copy."
            });
        });
    };
    view! {
        <div class="cite-format">
            <label for=id>{label}</label>
            <textarea readonly id=id rows="4" node_ref=area prop:value=move || text.get()></textarea>
            <button type="button" class="copy" aria-describedby=format!("{id}-status") on:click=copy>
                "Copy " {label}
            </button>
            <span class="copy-status" id=format!("{id}-status") role="status">{move || status.get()}</span>
        </div>
    }
}
