//! The page below the masthead: filters, the grid of headline facts, then the explorer for one
//! question as a map, a table, or a side-by-side comparison of countries.

use std::sync::Arc;

use leptos::prelude::*;
use readiness_core::load::Loaded;
use readiness_core::view::{Tab, View};

use crate::bridge::focus::focus;
#[cfg(not(feature = "full"))]
use crate::takeover::FullBuildLoading;
#[cfg(feature = "full")]
use crate::ui::answer_table::AnswerTable;
use crate::ui::breakdown::Breakdown;
use crate::ui::choropleth::Choropleth;
use crate::ui::cite::CiteThis;
#[cfg(feature = "full")]
use crate::ui::compare::CompareView;
use crate::ui::country_panel::CountryPanel;
use crate::ui::fact::FactPanel;
use crate::ui::fact_grid::FactGrid;
use crate::ui::filters::FilterBar;
#[cfg(feature = "full")]
use crate::ui::index_view::IndexView;
use crate::ui::map_figure::MapFigure;
use crate::ui::picker::QuestionPicker;
#[cfg(feature = "full")]
use crate::ui::profile::ProfileView;
use crate::ui::series::SeriesStore;
use crate::ui::share::Share;
use crate::ui::tabs::Tabs;
#[cfg(feature = "full")]
use crate::ui::trend::TrendView;

#[component]
pub fn Dashboard(
    loaded: Arc<Loaded>,
    store: SeriesStore,
    view_state: RwSignal<View>,
) -> impl IntoView {
    let choropleth = Choropleth::new(store, view_state);
    let tab = Memo::new(move |_| view_state.with(|v| v.tab));
    let panel = {
        let loaded = loaded.clone();
        move || match tab.get() {
            Tab::Map => view! { <MapTab loaded=loaded.clone() view_state choropleth /> }.into_any(),
            #[cfg(feature = "full")]
            Tab::Table => view! { <AnswerTable choropleth view_state /> }.into_any(),
            #[cfg(feature = "full")]
            Tab::Compare => {
                view! { <CompareView loaded=loaded.clone() store view_state /> }.into_any()
            }
            #[cfg(feature = "full")]
            Tab::Trend => view! { <TrendView store view_state /> }.into_any(),
            #[cfg(feature = "full")]
            Tab::Profile => view! { <ProfileView store view_state /> }.into_any(),
            #[cfg(feature = "full")]
            Tab::Index => view! { <IndexView loaded=loaded.clone() store view_state /> }.into_any(),
            #[cfg(not(feature = "full"))]
            _ => view! { <FullBuildLoading /> }.into_any(),
        }
    };
    // The profile cites itself (its subject is the country); every other view cites its question.
    let cited = Signal::derive(move || {
        store
            .dataset
            .with(|d| view_state.with(|v| d.indicator(&v.question)))
            .into_iter()
            .collect::<Vec<_>>()
    });
    let cite = move || {
        (tab.get() != Tab::Profile).then(|| {
            let subject = Signal::derive(|| None::<String>);
            view! { <CiteThis dataset=store.dataset view_state indicators=cited subject /> }
        })
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
            {cite}
        </section>
    }
}

#[component]
fn MapTab(
    loaded: Arc<Loaded>,
    view_state: RwSignal<View>,
    choropleth: Choropleth,
) -> impl IntoView {
    let indicator = choropleth.indicator;
    // The breakdown is of survey shares; a series has its median and range in the fact instead.
    let is_question = Memo::new(move |_| choropleth.when.get().is_none());
    let breakdown = {
        let loaded = loaded.clone();
        move || {
            is_question
                .get()
                .then(|| view! { <Breakdown loaded=loaded.clone() indicator view_state /> })
        }
    };
    view! {
        <div class="board">
            <section class="map-panel" aria-label="World map">
                <MapFigure loaded=loaded.clone() view_state choropleth />
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
                {breakdown}
                <Share view_state />
            </section>
            <div class="side">
                <FactPanel headline=choropleth.fact />
                <CountryPanel dataset=choropleth.dataset indicator view_state />
            </div>
        </div>
    }
}
