//! The first view: question and region pickers, the world map with its legend, and the headline fact.

use std::sync::Arc;

use leptos::prelude::*;
use readiness_core::figures::map::answers;
use readiness_core::load::Loaded;
use readiness_core::view::View;

use crate::ui::fact::FactPanel;
use crate::ui::legend::Legend;
use crate::ui::picker::{QuestionPicker, RegionPicker};
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
    let region = Memo::new(move |_| view_state.with(|v| v.region));
    let question = {
        let loaded = loaded.clone();
        move || loaded.dataset.indicators[indicator.get()].question.clone()
    };
    view! {
        <section class="controls" aria-label="What to show">
            <QuestionPicker loaded=loaded.clone() view_state />
            <RegionPicker view_state />
        </section>
        <div class="board">
            <section class="map-panel" aria-label="World map">
                <h2 class="map-title">{question}</h2>
                <WorldMap loaded=loaded.clone() indicator country_answers region />
                <Legend country_answers />
            </section>
            <FactPanel loaded indicator region />
        </div>
    }
}
