//! The headline fact of the selected question (share, denominator, sentence, source) or series
//! (median, number of countries, range, source).

use leptos::prelude::*;
use readiness_core::figures::fact::Fact;

#[component]
pub fn FactPanel(headline: Memo<Fact>) -> impl IntoView {
    view! {
        <aside class="fact" aria-live="polite">
            <p class="fact-figure">{move || headline.read().figure.clone()}</p>
            <p class="fact-sentence">{move || headline.read().sentence.clone()}</p>
            <p class="fact-scope">{move || headline.read().scope.clone()}</p>
            {move || headline.read().published.clone().map(|text| view! { <p class="fact-published">{text}</p> })}
        </aside>
    }
}
