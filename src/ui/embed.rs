//! The embedded figure (`?embed=1`): the map of one question with its legend and fact, or a trend
//! chart (`tab=trend`), and a link to the full dashboard, for an iframe in another page. The source and disclaimer stay (page footer).

use std::sync::Arc;

use leptos::prelude::*;
use readiness_core::load::Loaded;
use readiness_core::view::{permalink, Tab, View};

#[cfg(not(feature = "full"))]
use crate::takeover::FullBuildLoading;
use crate::ui::choropleth::Choropleth;
use crate::ui::fact::FactPanel;
use crate::ui::map_figure::MapFigure;
use crate::ui::series::SeriesStore;
use crate::ui::share::page_address;
#[cfg(feature = "full")]
use crate::ui::trend::TrendView;

#[component]
pub fn EmbedView(
    loaded: Arc<Loaded>,
    store: SeriesStore,
    view_state: RwSignal<View>,
) -> impl IntoView {
    let choropleth = Choropleth::new(store, view_state);
    let full_page = move || {
        view_state.with(|v| {
            permalink(
                &page_address(),
                &View {
                    embed: false,
                    ..v.clone()
                },
            )
        })
    };
    if view_state.with_untracked(|v| v.tab == Tab::Trend) {
        #[cfg(not(feature = "full"))]
        return view! { <FullBuildLoading /> }.into_any();
        #[cfg(feature = "full")]
        return view! {
            <div class="embed">
                <TrendView store view_state />
                <p class="embed-link">
                    <a href=full_page target="_blank" rel="noopener">"Open in eHealth Readiness"</a>
                </p>
            </div>
        }
        .into_any();
    }
    view! {
        <div class="embed board">
            <section class="map-panel" aria-label="World map">
                <MapFigure loaded view_state choropleth />
            </section>
            <div class="side">
                <FactPanel headline=choropleth.fact />
                <p class="embed-link">
                    <a href=full_page target="_blank" rel="noopener">"Open in eHealth Readiness"</a>
                </p>
            </div>
        </div>
    }
    .into_any()
}
