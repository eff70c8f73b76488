//! The page below the masthead: filters, the grid of headline facts, then the explorer for one
//! question as a map, a table, or a side-by-side comparison of countries.

use std::sync::Arc;

use leptos::prelude::*;
use readiness_core::figures::map::answers;
use readiness_core::load::Loaded;
use readiness_core::view::{Tab, View};

use crate::ui::answer_table::AnswerTable;
use crate::ui::compare::CompareView;
use crate::ui::fact::FactPanel;
use crate::ui::filters::FilterBar;
use crate::ui::legend::Legend;
use crate::ui::picker::QuestionPicker;
use crate::ui::tabs::Tabs;
use crate::ui::world_map::WorldMap;

#[component]
pub fn Dashboard(loaded: Arc<Loaded>, view_state: RwSignal<View>) -> impl IntoView {
    let indicator = {
        let loaded = loaded.clone();
        Memo::new(move |_| {
            let dataset = &loaded.dataset;
            view_state
                .with(|v| dataset.indicator(&v.question))
                .unwrap_or(0)
        })
    };
    let country_answers = {
        let loaded = loaded.clone();
        Memo::new(move |_| answers(&loaded.dataset, indicator.get()))
    };
    let filter = Memo::new(move |_| view_state.with(|v| v.filter));
    let tab = Memo::new(move |_| view_state.with(|v| v.tab));
    let question = {
        let loaded = loaded.clone();
        move || loaded.dataset.indicators[indicator.get()].question.clone()
    };
    let panel = {
        let loaded = loaded.clone();
        move || {
            match tab.get() {
        Tab::Map => view! {
            <div class="board">
                <section class="map-panel" aria-label="World map">
                    <h2 class="map-title">{question.clone()}</h2>
                    <WorldMap loaded=loaded.clone() indicator country_answers filter />
                    <Legend country_answers />
                    <p class="map-alternative">
                        <a href="#table" on:click=move |_| view_state.update(|v| v.tab = Tab::Table)>
                            "The same answers as a table"
                        </a>
                    </p>
                </section>
                <div class="side">
                    <FactPanel loaded=loaded.clone() indicator filter />
                </div>
            </div>
        }
        .into_any(),
        Tab::Table => view! { <AnswerTable loaded=loaded.clone() view_state /> }.into_any(),
        Tab::Compare => view! { <CompareView loaded=loaded.clone() view_state /> }.into_any(),
        }
        }
    };
    view! {
        <FilterBar view_state />
        <section class="explorer" aria-label="Explore one question">
            <div class="controls">
                <QuestionPicker loaded=loaded.clone() view_state />
            </div>
            <Tabs view_state />
            <div id="explorer-panel" role="tabpanel">{panel}</div>
        </section>
    }
}
