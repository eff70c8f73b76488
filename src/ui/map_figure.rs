//! The map figure shared by the dashboard and the embedded view: the question as title, the world
//! map and its legend.

use std::sync::Arc;

use leptos::prelude::*;
use readiness_core::answer::Answer;
use readiness_core::load::Loaded;
use readiness_core::model::IndicatorId;
use readiness_core::view::View;

use crate::ui::legend::Legend;
use crate::ui::world_map::WorldMap;

#[component]
pub fn MapFigure(
    loaded: Arc<Loaded>,
    view_state: RwSignal<View>,
    indicator: Memo<IndicatorId>,
    country_answers: Memo<Vec<Option<Answer>>>,
) -> impl IntoView {
    let question = {
        let loaded = loaded.clone();
        move || loaded.dataset[indicator.get()].title().to_string()
    };
    view! {
        <h2 class="map-title">{question}</h2>
        <WorldMap loaded=loaded.clone() view_state indicator country_answers />
        <Legend loaded indicator country_answers view_state />
    }
}
