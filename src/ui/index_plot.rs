//! The rank intervals as a plain HTML plot: one row per country in order of median rank, a bar from
//! the 5th to the 95th percentile rank and a dot at the median; the top 30 unless the reader asks for
//! all. Each row also says its figures in text, for screen readers and for the tests.

use std::sync::Arc;

use leptos::prelude::*;
use readiness_core::index::{RankInterval, Uncertainty};
use readiness_core::model::CountryId;

use crate::ui::index_draws::Draws;
use crate::ui::index_model::IndexModel;

/// Rows shown before "Show all".
const TOP: usize = 30;

#[component]
pub fn RankPlot(model: IndexModel, draws: Draws) -> impl IntoView {
    let show_all = RwSignal::new(false);
    let progress = move || {
        let done = draws.done.get();
        (done < draws.total).then(|| {
            format!(
                "Uncertainty analysis: {} of {} draws…",
                thousands(done),
                thousands(draws.total)
            )
        })
    };
    // The last completed run's intervals stay in the DOM, hidden, while a new run goes: its rows are
    // keyed by country, so a completed run reorders them and updates their figures instead of
    // recreating every row.
    let shown = Memo::new(move |previous: Option<&Option<Arc<Uncertainty>>>| {
        draws
            .uncertainty
            .get()
            .or_else(|| previous.cloned().flatten())
    });
    let running = move || draws.uncertainty.with(Option::is_none);
    let each = move || {
        let limit = if show_all.get() { usize::MAX } else { TOP };
        shown.with(|u| {
            u.as_ref().map_or_else(Vec::new, |u| {
                u.intervals.iter().take(limit).map(|i| i.country).collect()
            })
        })
    };
    let by_country = Memo::new(move |_| {
        shown.with(|u| {
            u.as_ref().map(|u| {
                let ranked = u.intervals.len() as u32;
                let mut all = vec![
                    None;
                    u.intervals
                        .iter()
                        .map(|i| i.country.0 + 1)
                        .max()
                        .unwrap_or(0)
                ];
                for &i in &u.intervals {
                    all[i.country.0] = Some((i, ranked));
                }
                Arc::new(all)
            })
        })
    });
    let row = move |country: CountryId| {
        let figures = Memo::new(move |_| {
            by_country.with(|all| {
                all.as_ref()
                    .and_then(|all| all.get(country.0).copied().flatten())
            })
        });
        let get = move |f: fn(RankInterval, u32) -> u32| {
            move || figures.get().map_or(0, |(i, ranked)| f(i, ranked))
        };
        let place = move |f: fn(RankInterval, u32) -> (u32, u32)| {
            move || {
                figures.get().map_or_else(String::new, |(i, ranked)| {
                    let (rank, of) = f(i, ranked);
                    position(rank, of)
                })
            }
        };
        let (name, iso3) = model
            .dataset
            .with_untracked(|d| (d[country].name.clone(), d[country].iso3.clone()));
        view! {
            <li data-iso3=iso3 data-median=get(|i, _| i.median) data-low=get(|i, _| i.low) data-high=get(|i, _| i.high)>
                <span class="plot-name">{name}</span>
                <span class="plot-track" aria-hidden="true">
                    <span
                        class="plot-bar"
                        style:left=place(|i, ranked| (i.low, ranked))
                        style:right=place(|i, ranked| (ranked + 1 - i.high, ranked))
                    ></span>
                    <span class="plot-dot" style:left=place(|i, ranked| (i.median, ranked))></span>
                </span>
                <span class="plot-text">
                    {move || figures.get().map(|(i, _)| format!("median rank {}, {}–{}", i.median, i.low, i.high))}
                </span>
            </li>
        }
    };
    let toggle = move || {
        draws.uncertainty.with(|u| {
            u.as_ref().filter(|u| u.intervals.len() > TOP).map(|u| {
                let count = u.intervals.len();
                view! {
                    <button type="button" class="show-all" aria-pressed=move || show_all.get().to_string()
                        on:click=move |_| show_all.update(|s| *s = !*s)>
                        {move || if show_all.get() { format!("Show the top {TOP}") } else { format!("Show all {count}") }}
                    </button>
                }
            })
        })
    };
    view! {
        <section class="rank-plot" aria-labelledby="rank-plot-title">
            <h3 id="rank-plot-title">"How sure is each rank?"</h3>
            <p class="plot-note">
                "Each bar runs from the 5th to the 95th percentile of the country's rank over the draws, which vary the domain weights, normalisation, aggregation and the rule for missing answers; the dot is the median rank. Rank 1 is on the left."
            </p>
            <p class="draw-progress" role="status">{progress}</p>
            <ol class="plot-rows" hidden=running>
                <For each=each key=|&c| c let:country>
                    {row(country)}
                </For>
            </ol>
            {toggle}
        </section>
    }
}

/// Where rank `rank` of `ranked` sits on the track, in percent from the left, to a tenth: integer
/// arithmetic, so no float formatting reaches the page.
fn position(rank: u32, ranked: u32) -> String {
    let span = ranked.max(2) - 1;
    let permille = (rank.saturating_sub(1) * 1000).div_ceil(span).min(1000);
    format!("{}.{}%", permille / 10, permille % 10)
}

/// "1,000".
fn thousands(n: u32) -> String {
    readiness_core::number::Decimal {
        units: i64::from(n),
        scale: 0,
    }
    .readable()
}
