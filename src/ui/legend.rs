//! The map legend, drawn from the same categories and colours as the map fills. Each entry is also a
//! toggle: pressing "No" highlights the countries that answered No and dims the rest.

use leptos::prelude::*;
use readiness_core::figures::map::LegendEntry;
use readiness_core::figures::scale::Category;
use readiness_core::view::View;

#[component]
pub fn Legend(
    legend: Memo<Vec<LegendEntry>>,
    note: Memo<Option<String>>,
    view_state: RwSignal<View>,
) -> impl IntoView {
    let highlight = Memo::new(move |_| view_state.with(|v| v.highlight));
    let entries = move || {
        legend
            .get()
            .into_iter()
            .map(|entry| {
                let category = entry.category;
                let pressed = move || highlight.get() == Some(category);
                view! {
                    <li data-category=category.slug()>
                        <button
                            type="button"
                            aria-pressed=move || pressed().to_string()
                            class:pressed=pressed
                            on:click=move |_| {
                                view_state.update(|v| {
                                    v.highlight = if v.highlight == Some(category) { None } else { Some(category) };
                                })
                            }
                        >
                            <i class="swatch" style:background=category.colour()></i>
                            <span class="legend-label">{entry.label}</span>
                            <span class="legend-count">{entry.count}</span>
                        </button>
                    </li>
                }
            })
            .collect_view()
    };
    view! {
        // A series' legend has its size reserved (main.css) before its values arrive.
        <div class="legend-wrap" class:series=move || note.with(Option::is_some)>
            <ul class="legend" id="map-legend" tabindex="-1" aria-label="Legend: colour, what it stands for and number of countries. Press an entry to highlight those countries.">
                {entries}
            </ul>
            {move || note.get().map(|text| view! { <p class="legend-note">{text}</p> })}
            {move || highlight.get().map(|category| view! {
                <button type="button" class="clear-highlight" on:click=move |_| view_state.update(|v| v.highlight = None)>
                    {match category {
                        Category::Bin(_) | Category::NoData | Category::NotScored => "Show all values",
                        _ => "Show all answers",
                    }}
                </button>
            })}
        </div>
    }
}
