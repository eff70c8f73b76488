//! The index in colour bands, in place of a map: the world map draws the survey and series views, and
//! taking a second kind of choropleth is left to a later change. Five fixed bands of 20 points in the
//! map's number colours, highest first, each with its count and its countries in rank order.

use leptos::prelude::*;
use readiness_core::figures::scale::Category;
use readiness_core::index::{sorted, SortKey};

use crate::ui::index_model::{bands, score_decimal, IndexModel};

#[component]
pub fn ScoreBands(model: IndexModel) -> impl IntoView {
    let groups = Memo::new(move |_| {
        let Some(result) = model.result.get() else {
            return Vec::new();
        };
        let bins = bands();
        model.dataset.with(|d| {
            let order = sorted(&result, d, SortKey::Rank);
            let lowest_first: Vec<Category> = bins.categories().collect();
            lowest_first
                .into_iter()
                .rev()
                .map(|category| {
                    let names: Vec<String> = order
                        .iter()
                        .filter(|&&c| {
                            result.countries[c.0]
                                .score
                                .is_some_and(|s| bins.category(score_decimal(s)) == category)
                        })
                        .map(|&c| d[c].name.clone())
                        .collect();
                    (category, names)
                })
                .collect()
        })
    });
    // The five bands are made once, when the first result arrives; a change of settings only updates
    // each band's count and names.
    let ready = Memo::new(move |_| model.result.with(Option::is_some));
    let entries = move || {
        ready.get().then(|| {
            let bins = bands();
            bins.categories()
                .collect::<Vec<Category>>()
                .into_iter()
                .rev()
                .map(|category| {
                    let label = match category {
                        Category::Bin(bin) => bins.label(bin),
                        other => other.label().to_string(),
                    };
                    let names = Memo::new(move |_| {
                        groups.with(|g| {
                            g.iter()
                                .find(|(c, _)| *c == category)
                                .map_or_else(Vec::new, |(_, names)| names.clone())
                        })
                    });
                    view! {
                        <li data-category=category.slug()>
                            <span class="band-key">
                                <i class="swatch" style:background=category.colour()></i>
                                <span class="legend-label">{label}</span>
                                <span class="legend-count">{move || names.with(Vec::len)}</span>
                            </span>
                            <span class="band-countries">{move || names.with(|n| n.join(", "))}</span>
                        </li>
                    }
                })
                .collect_view()
        })
    };
    view! {
        <section class="score-bands" aria-labelledby="score-bands-title">
            <h3 id="score-bands-title">"Scores in bands"</h3>
            <p class="legend-note">"Colours: five equal bands of the 0–100 score, the same whatever the settings; countries in each band by rank."</p>
            <ul class="bands">{entries}</ul>
        </section>
    }
}
