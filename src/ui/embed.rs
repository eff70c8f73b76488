//! The embedded figure (`?embed=1`): the map of one question with its legend and fact, and a link to
//! the full dashboard, for an iframe in another page. The source and disclaimer stay (page footer).

use std::sync::Arc;

use leptos::prelude::*;
use readiness_core::load::Loaded;
use readiness_core::view::{permalink, View};

use crate::ui::dashboard::question_memos;
use crate::ui::fact::FactPanel;
use crate::ui::map_figure::MapFigure;
use crate::ui::share::page_address;

#[component]
pub fn EmbedView(loaded: Arc<Loaded>, view_state: RwSignal<View>) -> impl IntoView {
    let (indicator, country_answers) = question_memos(&loaded, view_state);
    let filter = Memo::new(move |_| view_state.with(|v| v.filter));
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
    view! {
        <div class="embed board">
            <section class="map-panel" aria-label="World map">
                <MapFigure loaded=loaded.clone() view_state indicator country_answers />
            </section>
            <div class="side">
                <FactPanel loaded indicator filter />
                <p class="embed-link">
                    <a href=full_page target="_blank" rel="noopener">"Open in eHealth Readiness"</a>
                </p>
            </div>
        </div>
    }
}
