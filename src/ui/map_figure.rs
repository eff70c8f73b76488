//! The map figure shared by the dashboard and the embedded view: the question or series as title, the
//! year control of a series, the world map and its legend.

use std::sync::Arc;

use leptos::prelude::*;
use readiness_core::load::Loaded;
use readiness_core::view::View;

use crate::ui::choropleth::Choropleth;
use crate::ui::legend::Legend;
use crate::ui::world_map::WorldMap;
use crate::ui::year_control::YearControl;

#[component]
pub fn MapFigure(
    loaded: Arc<Loaded>,
    view_state: RwSignal<View>,
    choropleth: Choropleth,
) -> impl IntoView {
    let title = move || {
        let indicator = choropleth.indicator.get();
        choropleth.dataset.with(|d| {
            let ind = &d[indicator];
            match (choropleth.when.get(), ind.measure.number()) {
                (Some(when), Some(number)) => {
                    format!("{} ({}), {}", ind.label, number.unit, when.year)
                }
                _ => ind.title().to_string(),
            }
        })
    };
    let loading = move || {
        (!choropleth.ready.get())
            .then(|| view! { <p class="map-loading" role="status">"Loading this indicator's values…"</p> })
    };
    view! {
        <h2 class="map-title">{title}</h2>
        <YearControl choropleth view_state />
        {loading}
        <WorldMap loaded view_state layer=choropleth.layer() />
        <Legend legend=choropleth.legend note=choropleth.legend_note view_state />
    }
}
