//! The map legend, drawn from the same categories and colours as the map fills.

use leptos::prelude::*;
use readiness_core::answer::Answer;
use readiness_core::figures::map::legend;

#[component]
pub fn Legend(country_answers: Memo<Vec<Option<Answer>>>) -> impl IntoView {
    let entries = move || {
        legend(&country_answers.read())
            .into_iter()
            .map(|entry| {
                view! {
                    <li data-category=entry.category.slug()>
                        <i class="swatch" style:background=entry.category.colour()></i>
                        <span class="legend-label">{entry.category.label()}</span>
                        <span class="legend-count">{entry.count}</span>
                    </li>
                }
            })
            .collect_view()
    };
    view! { <ul class="legend" aria-label="Legend: answer, number of countries">{entries}</ul> }
}
