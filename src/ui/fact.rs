//! The headline fact of the selected question: big figure, denominator, sentence and source.

use std::sync::Arc;

use leptos::prelude::*;
use readiness_core::figures::fact::fact;
use readiness_core::filter::Filter;
use readiness_core::load::Loaded;
use readiness_core::model::IndicatorId;

#[component]
pub fn FactPanel(
    loaded: Arc<Loaded>,
    indicator: Memo<IndicatorId>,
    filter: Memo<Filter>,
) -> impl IntoView {
    let headline = Memo::new(move |_| fact(&loaded.dataset, indicator.get(), filter.get()));
    view! {
        <aside class="fact" aria-live="polite">
            <p class="fact-figure">{move || headline.read().figure.clone()}</p>
            <p class="fact-sentence">{move || headline.read().sentence.clone()}</p>
            <p class="fact-scope">{move || headline.read().scope.clone()}</p>
            {move || headline.read().published.clone().map(|text| view! { <p class="fact-published">{text}</p> })}
        </aside>
    }
}
