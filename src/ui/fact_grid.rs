//! The grid of headline facts ("fact buffet"). Each card is a button that puts its question on the map.

use std::sync::Arc;

use leptos::prelude::*;
use readiness_core::figures::headlines::{headline_facts, headlines_scope};
use readiness_core::load::Loaded;
use readiness_core::view::{Tab, View};

#[component]
pub fn FactGrid(loaded: Arc<Loaded>, view_state: RwSignal<View>) -> impl IntoView {
    let filter = Memo::new(move |_| view_state.with(|v| v.filter));
    // The first row is always shown; the rest on request, so the map stays in the first screen.
    let expanded = RwSignal::new(false);
    let scope = {
        let loaded = loaded.clone();
        move || headlines_scope(&loaded.dataset, filter.get())
    };
    let cards = move || {
        headline_facts(&loaded.dataset, filter.get())
            .into_iter()
            .enumerate()
            .map(|(position, (indicator, fact))| {
                let hidden = move || position >= FIRST_ROW && !expanded.get();
                let id = loaded.dataset[indicator].id.clone();
                let current = {
                    let id = id.clone();
                    move || view_state.with(|v| v.question == id)
                };
                let open = move |_| {
                    view_state.update(|v| {
                        v.question = id.clone();
                        v.tab = Tab::Map;
                        v.highlight = None;
                    });
                    scroll_to_explorer();
                };
                view! {
                    <li hidden=hidden>
                        <button
                            type="button"
                            class="fact-card"
                            class:current=current.clone()
                            aria-pressed=move || current().to_string()
                            data-indicator=loaded.dataset[indicator].id.clone()
                            on:click=open
                        >
                            <span class="fact-card-figure">{fact.figure}</span>
                            <span class="fact-card-sentence">{fact.sentence}</span>
                        </button>
                    </li>
                }
            })
            .collect_view()
    };
    view! {
        <section class="fact-grid" aria-labelledby="facts-heading">
            <div class="fact-grid-head">
                <h2 id="facts-heading">"Key facts"</h2>
                <p class="fact-grid-scope">{scope}". Press a fact to map its question."</p>
                <button
                    type="button"
                    class="more-facts"
                    aria-expanded=move || expanded.get().to_string()
                    on:click=move |_| expanded.update(|e| *e = !*e)
                >
                    {move || if expanded.get() { "Fewer facts" } else { "More facts" }}
                </button>
            </div>
            <ul>{cards}</ul>
        </section>
    }
}

/// Cards shown before "More facts": the survey report's five headline questions.
const FIRST_ROW: usize = 5;

fn scroll_to_explorer() {
    if let Some(explorer) = document().get_element_by_id("explorer") {
        explorer.scroll_into_view();
    }
}
