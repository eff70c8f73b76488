//! The profile's readiness index for the settings of the link: the country's score, rank and coverage,
//! and its index and seven domain scores beside the medians of its WHO region and of the world, with a
//! link to the index tab and its method. `index.csv` is read only when this section is shown, and a
//! status line counts the index's series while they arrive.

use leptos::prelude::*;
use readiness_core::figures::index_profile::{index_profile, Comparison};
use readiness_core::figures::score_bands::{score_decimal, score_text};
use readiness_core::index::INDEX_FILE;
use readiness_core::model::CountryId;
use readiness_core::view::{permalink, Tab, View};

use crate::source::read_file;
use crate::ui::index_model::IndexModel;
use crate::ui::series::SeriesStore;
use crate::ui::share::page_address;

#[component]
pub fn ProfileIndex(
    store: SeriesStore,
    view_state: RwSignal<View>,
    country: Memo<Option<CountryId>>,
) -> impl IntoView {
    let file = LocalResource::new(|| read_file(INDEX_FILE));
    let body = move || match file.get() {
        None => view! { <p class="status" role="status">"Loading the index's structure…"</p> }
            .into_any(),
        Some(config) => {
            let model = IndexModel::new(store, view_state, config);
            view! { <IndexFigures model country /> }.into_any()
        }
    };
    view! {
        <section class="profile-index" aria-labelledby="profile-index-title">
            <h3 id="profile-index-title">"Readiness index"</h3>
            {body}
            <IndexLink view_state />
        </section>
    }
}

#[component]
fn IndexFigures(model: IndexModel, country: Memo<Option<CountryId>>) -> impl IntoView {
    let figures = Memo::new(move |_| {
        let country = country.get()?;
        let result = model.result.get()?;
        Some(model.dataset.with(|d| {
            model.settings.with(|s| {
                (
                    d[country].name.clone(),
                    index_profile(d, &result, s, country),
                )
            })
        }))
    });
    let problems = model.problems.get_value();
    let window = move || {
        model.settings.with(|s| {
            format!(
                "Scores on 0–100 for the settings of this link: values of {} or within {} years, coverage at least {}%. Medians are of the countries scored; the index score is each area's median score, not the score of its median domains.",
                s.year, s.window, s.coverage
            )
        })
    };
    let table = move || {
        let Some((name, shown)) = figures.get() else {
            let arrived = model.arrived.get();
            return view! {
                <p class="status" role="status">
                    {format!("Loading the index's series: {arrived} of {} arrived…", model.needed)}
                </p>
            }
            .into_any();
        };
        let rows = std::iter::once(("index", "Index score", shown.score))
            .chain(shown.domains.iter().map(|&(b, c)| (b.code(), b.name(), c)))
            .map(|(code, label, comparison)| row(code, label, comparison))
            .collect_view();
        view! {
            <p class="profile-index-summary">{shown.summary}</p>
            <table class="profile-table profile-index-table">
                <thead>
                    <tr>
                        <th scope="col">"Building block"</th>
                        <th scope="col">{name}</th>
                        <th scope="col">{shown.region_heading}</th>
                        <th scope="col">{shown.world_heading}</th>
                        <th scope="col" class="index-track-head">
                            <span class="key own"></span>" country "
                            <span class="key region"></span>" region "
                            <span class="key world"></span>" world"
                        </th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        }
        .into_any()
    };
    view! {
        {(!problems.is_empty()).then(|| view! {
            <ul class="notice notice-problem" role="alert">
                {problems.into_iter().map(|p| view! { <li>{p}</li> }).collect_view()}
            </ul>
        })}
        {table}
        <p class="profile-note">{window}</p>
    }
}

/// One line: the figures as text, then the three on a 0–100 track (hidden from screen readers, which
/// have the text).
fn row(code: &'static str, label: &'static str, comparison: Comparison) -> impl IntoView {
    let marker = |class: &'static str, value: Option<f64>| {
        value.map(|v| view! { <span class=format!("mark {class}") style:left=format!("{}%", score_decimal(v).readable())></span> })
    };
    view! {
        <tr data-domain=code>
            <th scope="row">{label}</th>
            <td class="own">{score_text(comparison.country)}</td>
            <td class="region">{score_text(comparison.region)}</td>
            <td class="world">{score_text(comparison.world)}</td>
            <td class="index-track" aria-hidden="true">
                <span class="track">
                    {marker("world", comparison.world)}
                    {marker("region", comparison.region)}
                    {marker("own", comparison.country)}
                </span>
            </td>
        </tr>
    }
}

/// The index tab with this link's settings and country, where the ranking marks it and the method
/// says how every figure above is made.
#[component]
fn IndexLink(view_state: RwSignal<View>) -> impl IntoView {
    let target = move || {
        view_state.with(|v| View {
            tab: Tab::Index,
            ..v.clone()
        })
    };
    let base = page_address();
    view! {
        <p class="profile-link-line">
            <a
                class="profile-link"
                href=move || permalink(&base, &target())
                on:click=move |event| {
                    event.prevent_default();
                    view_state.set(target());
                }
            >
                "The full ranking, its weights and how the index is made"
            </a>
        </p>
    }
}
