//! The year of a series: a slider over the years that have values (arrow keys, Home and End work as on
//! any slider), a play button that steps through them, and how far back a country's latest value may
//! reach when the year has none. Survey questions have one year and no control.

use std::time::Duration;

use leptos::prelude::*;
use readiness_core::view::{View, MAX_WITHIN};

use crate::ui::choropleth::Choropleth;

/// Time each year stays on screen while playing: long enough to read the legend's counts.
const STEP: Duration = Duration::from_millis(800);

/// The reaches offered; the URL accepts any from 0 to [`MAX_WITHIN`].
const REACHES: [u16; 5] = [0, 1, 2, 3, 5];

#[component]
pub fn YearControl(choropleth: Choropleth, view_state: RwSignal<View>) -> impl IntoView {
    let years = Memo::new(move |_| {
        let indicator = choropleth.indicator.get();
        choropleth.dataset.with(|d| d.years(indicator).to_vec())
    });
    let position = Memo::new(move |_| {
        let year = choropleth.when.get().map(|w| w.year);
        years.with(|ys| {
            ys.iter()
                .position(|&y| Some(y) == year)
                .unwrap_or(ys.len().saturating_sub(1))
        })
    });
    let show = move |position: usize| {
        if let Some(year) = years.with_untracked(|ys| ys.get(position).copied()) {
            view_state.update(|v| v.year = Some(year));
        }
    };
    let timer = StoredValue::new(None::<IntervalHandle>);
    let playing = RwSignal::new(false);
    let stop = move || {
        if let Some(handle) = timer.try_update_value(Option::take).flatten() {
            handle.clear();
        }
        playing.try_set(false);
    };
    let play = move || {
        stop();
        // From the last year, play starts again at the first.
        if position.get_untracked() + 1 >= years.with_untracked(Vec::len) {
            show(0);
        }
        let handle = set_interval_with_handle(
            move || {
                let next = position.get_untracked() + 1;
                if next < years.with_untracked(Vec::len) {
                    show(next);
                } else {
                    stop();
                }
            },
            STEP,
        );
        playing.set(handle.is_ok());
        timer.set_value(handle.ok());
    };
    // The control is built once per series, not per year, so the slider keeps keyboard focus.
    let is_series = Memo::new(move |_| choropleth.when.get().is_some());
    let year = move || choropleth.when.get().map(|w| w.year);
    // Another question stops the play.
    Effect::new(move || {
        choropleth.indicator.track();
        stop();
    });
    on_cleanup(stop);
    move || {
        is_series.get().then(|| {
            let last = move || years.with(|ys| ys.len().saturating_sub(1)).to_string();
            view! {
                <div class="year-control">
                    <button
                        type="button"
                        class="play"
                        aria-pressed=move || playing.get().to_string()
                        on:click=move |_| if playing.get_untracked() { stop() } else { play() }
                    >
                        {move || if playing.get() { "Pause" } else { "Play" }}
                    </button>
                    <label class="year-slider">
                        <span>"Year"</span>
                        <input
                            type="range"
                            id="year"
                            min="0"
                            max=last
                            step="1"
                            prop:value=move || position.get().to_string()
                            aria-valuetext=move || year().map(|y| y.to_string())
                            on:input=move |event| {
                                if let Ok(position) = event_target_value(&event).parse() {
                                    show(position);
                                }
                            }
                        />
                        <output for="year">{year}</output>
                    </label>
                    <label class="within">
                        <span>"Where a year has no value, use the latest from up to"</span>
                        <select
                            id="within"
                            on:change=move |event| {
                                if let Ok(within) = event_target_value(&event).parse::<u16>() {
                                    view_state.update(|v| v.within = within.min(MAX_WITHIN));
                                }
                            }
                        >
                            {REACHES
                                .into_iter()
                                .map(|reach| view! {
                                    <option value=reach.to_string() selected=move || view_state.with(|v| v.within == reach)>
                                        {match reach { 0 => "0 years before (that year only)".to_string(), 1 => "1 year before".to_string(), n => format!("{n} years before") }}
                                    </option>
                                })
                                .collect_view()}
                        </select>
                    </label>
                </div>
            }
        })
    }
}
