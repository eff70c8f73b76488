//! The index on the world map, for the settings of the link: each country in its score band, the
//! countries the coverage rule leaves out and those with no data in their own greys, a legend that
//! counts each, and a tooltip with score, rank and coverage. Pressing a country opens its profile.

use std::sync::Arc;

use leptos::prelude::*;
use readiness_core::figures::index_map::{categories, hover, legend, legend_note, takes_part};
use readiness_core::figures::map::Hover;
use readiness_core::figures::scale::Category;
use readiness_core::figures::score_bands::score_bands;
use readiness_core::load::Loaded;
use readiness_core::view::View;

use crate::ui::index_model::IndexModel;
use crate::ui::legend::Legend;
use crate::ui::map_layer::{MapLayer, Press};
use crate::ui::world_map::WorldMap;

#[component]
pub fn IndexMap(
    loaded: Arc<Loaded>,
    model: IndexModel,
    view_state: RwSignal<View>,
) -> impl IntoView {
    let result = model.result;
    let shown =
        Memo::new(move |_| result.with(|r| r.as_deref().map(categories).unwrap_or_default()));
    let visits =
        Memo::new(move |_| result.with(|r| r.as_deref().map(takes_part).unwrap_or_default()));
    let filter = Memo::new(move |_| view_state.with(|v| v.filter));
    // Empty until the index is computed, so that the legend never counts zeros it has not counted.
    let entries = Memo::new(move |_| {
        if shown.with(Vec::is_empty) {
            return Vec::new();
        }
        model.dataset.with(|d| {
            model
                .settings
                .with(|s| shown.with(|c| legend(d, c, filter.get(), s)))
        })
    });
    let note = Memo::new(move |_| Some(model.settings.with(legend_note)));
    let label = Callback::new(|category: Category| match category {
        Category::Bin(bin) => score_bands().label(bin),
        other => other.label().to_string(),
    });
    let tooltip = Callback::new(move |country| {
        model.dataset.with(|d| {
            result.with(|r| match r {
                Some(r) => model.settings.with(|s| hover(d, r, s, country)),
                None => Hover {
                    name: d[country].name.clone(),
                    category: Category::NoData,
                    value: "The index is still being computed".to_string(),
                    note: None,
                },
            })
        })
    });
    let layer = MapLayer {
        categories: shown,
        visits,
        label,
        hover: tooltip,
        description: "World map of the readiness index for the settings above: five bands of the 0–100 score, darker is higher. Countries not scored for lack of coverage are mid grey, countries without any of the index's indicators light grey. Tab reaches the map; the arrow keys move between the countries in the ranking in alphabetical order and Enter opens a country's profile; the ranking table lists the same scores.",
        press: Press::OpenProfile,
    };
    let title = move || {
        model
            .settings
            .with(|s| format!("The index on the map, reference year {}", s.year))
    };
    view! {
        <section class="index-map" aria-labelledby="index-map-title">
            <h3 id="index-map-title">{title}</h3>
            <WorldMap loaded view_state layer />
            <Legend legend=entries note view_state />
            <p class="map-alternative">"Press a country to open its profile. The ranking table lists the same scores."</p>
        </section>
    }
}
