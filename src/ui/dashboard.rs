//! The page below the masthead: filters, the grid of headline facts, then the explorer for one
//! question as a map, a table, or a side-by-side comparison of countries.

use std::sync::Arc;

use leptos::prelude::*;
use readiness_core::answer::Answer;
use readiness_core::figures::map::answers;
use readiness_core::filter::Filter;
use readiness_core::load::Loaded;
use readiness_core::view::{Tab, View};

use crate::bridge::focus::focus;
use crate::ui::answer_table::AnswerTable;
use crate::ui::breakdown::Breakdown;
use crate::ui::compare::CompareView;
use crate::ui::country_panel::CountryPanel;
use crate::ui::fact::FactPanel;
use crate::ui::fact_grid::FactGrid;
use crate::ui::filters::FilterBar;
use crate::ui::map_figure::MapFigure;
use crate::ui::picker::QuestionPicker;
use crate::ui::share::Share;
use crate::ui::tabs::Tabs;

/// The selected question's indicator and every country's answer to it, derived once for the page.
pub fn question_memos(
    loaded: &Arc<Loaded>,
    view_state: RwSignal<View>,
) -> (Memo<usize>, Memo<Vec<Option<Answer>>>) {
    let indicator = {
        let loaded = loaded.clone();
        Memo::new(move |_| {
            let dataset = &loaded.dataset;
            // decode() guarantees a question the dataset has; 0 is only reached with no data drawn.
            view_state
                .with(|v| dataset.indicator(&v.question))
                .unwrap_or(0)
        })
    };
    let country_answers = {
        let loaded = loaded.clone();
        Memo::new(move |_| answers(&loaded.dataset, indicator.get()))
    };
    (indicator, country_answers)
}

#[component]
pub fn Dashboard(loaded: Arc<Loaded>, view_state: RwSignal<View>) -> impl IntoView {
    let (indicator, country_answers) = question_memos(&loaded, view_state);
    let filter = Memo::new(move |_| view_state.with(|v| v.filter));
    let tab = Memo::new(move |_| view_state.with(|v| v.tab));
    let panel = {
        let loaded = loaded.clone();
        move || {
            match tab.get() {
            Tab::Map => view! { <MapTab loaded=loaded.clone() view_state indicator country_answers filter /> }.into_any(),
            Tab::Table => view! { <AnswerTable loaded=loaded.clone() view_state /> }.into_any(),
            Tab::Compare => view! { <CompareView loaded=loaded.clone() view_state /> }.into_any(),
        }
        }
    };
    view! {
        <FilterBar view_state />
        <FactGrid loaded=loaded.clone() view_state />
        <section class="explorer" id="explorer" aria-label="Explore one question">
            <div class="explorer-head">
                <Tabs view_state />
                <QuestionPicker loaded=loaded.clone() view_state />
            </div>
            <div
                id="explorer-panel"
                role="tabpanel"
                aria-labelledby=move || format!("tab-{}", tab.get().code())
            >
                {panel}
            </div>
        </section>
    }
}

#[component]
fn MapTab(
    loaded: Arc<Loaded>,
    view_state: RwSignal<View>,
    indicator: Memo<usize>,
    country_answers: Memo<Vec<Option<Answer>>>,
    filter: Memo<Filter>,
) -> impl IntoView {
    view! {
        <div class="board">
            <section class="map-panel" aria-label="World map">
                <MapFigure loaded=loaded.clone() view_state indicator country_answers />
                <p class="map-alternative">
                    // Not followed as a fragment link, which would add a history entry of its own
                    // beside the one the new tab adds; focusing the Table tab brings it into view.
                    <a href="#explorer" on:click=move |event| {
                        event.prevent_default();
                        view_state.update(|v| v.tab = Tab::Table);
                        focus("#tab-table");
                    }>
                        "The same answers as a table"
                    </a>
                </p>
                <Breakdown loaded=loaded.clone() indicator view_state />
                <Share view_state />
            </section>
            <div class="side">
                <FactPanel loaded=loaded.clone() indicator filter />
                <CountryPanel loaded indicator view_state />
            </div>
        </div>
    }
}
