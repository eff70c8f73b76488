//! The profile's context indicators: the latest value with its year, the country's rank that year,
//! and a sparkline of its values; "loading" until the series' file has arrived.

use leptos::prelude::*;
use readiness_core::figures::profile::{sparkline, SeriesLine};
use readiness_core::view::View;

use crate::ui::profile::MapLink;
use crate::ui::series::SeriesStore;

/// The sparkline's box, in SVG units (a tenth of a pixel at its drawn size of 96 × 24).
const SPARK_WIDTH: u32 = 960;
const SPARK_HEIGHT: u32 = 240;

#[component]
pub fn ProfileSeries(
    store: SeriesStore,
    view_state: RwSignal<View>,
    series: Memo<Vec<SeriesLine>>,
) -> impl IntoView {
    let dataset = store.dataset;
    let rows = move || {
        series
            .get()
            .into_iter()
            .map(|line| {
                let source = dataset.with_untracked(|d| {
                    d.source_of(line.indicator)
                        .map(|s| format!("{}, {}", s.publisher, s.title))
                        .unwrap_or_default()
                });
                let id = dataset.with_untracked(|d| d[line.indicator].id.clone());
                let ready = store.is_ready(line.indicator);
                let year = line.latest.as_ref().map(|l| l.year);
                let (value, when, rank) = match (&line.latest, ready) {
                    (Some(latest), _) => (
                        format!("{} {}", latest.value.readable(), line.unit),
                        latest.year.to_string(),
                        latest.rank.text.clone(),
                    ),
                    (None, true) => ("No value".to_string(), "–".to_string(), "–".to_string()),
                    (None, false) => ("Loading…".to_string(), String::new(), String::new()),
                };
                view! {
                    <tr data-indicator=id>
                        <th scope="row">
                            <MapLink view_state dataset indicator=line.indicator year label=line.label.clone() />
                            <span class="profile-source">{source}</span>
                        </th>
                        <td class="profile-value">{value}</td>
                        <td class="profile-year">{when}</td>
                        <td class="profile-rank">{rank}</td>
                        <td class="profile-trend"><Sparkline line /></td>
                    </tr>
                }
            })
            .collect_view()
    };
    view! {
        <table class="profile-table profile-series-table">
            <thead>
                <tr>
                    <th scope="col">"Indicator"</th>
                    <th scope="col">"Latest value"</th>
                    <th scope="col">"Year"</th>
                    <th scope="col">"Rank"</th>
                    <th scope="col">"Trend"</th>
                </tr>
            </thead>
            <tbody>{rows}</tbody>
        </table>
    }
}

/// Plain SVG: a handful of points need no chart library. Hidden from screen readers, whose table
/// row already gives the value, year and rank.
#[component]
fn Sparkline(line: SeriesLine) -> impl IntoView {
    let shape = sparkline(&line, SPARK_WIDTH, SPARK_HEIGHT);
    let dot = shape
        .last
        .map(|(x, y)| view! { <circle cx=x cy=y r="30" /> });
    // Room for the dot's radius and the stroke all round.
    let view_box = format!("-40 -40 {} {}", SPARK_WIDTH + 80, SPARK_HEIGHT + 80);
    view! {
        <svg class="sparkline" viewBox=view_box aria-hidden="true" focusable="false">
            <path d=shape.path />
            {dot}
        </svg>
    }
}
