//! The trend view (`?tab=trend&q=internet_users&countries=KEN,GHA`): a yearly series for chosen
//! countries, with a group's median, drawn by the chart module (loaded the first time this view
//! opens), with its source under it, the same data as a table, and downloads (PNG, SVG, CSV).

use std::sync::Arc;

use leptos::html::Div;
use leptos::prelude::*;
use leptos::task::spawn_local;
use readiness_core::figures::trend::{
    accessible_table, attribution, candidates, to_csv, trend, Group, Trend,
};
use readiness_core::figures::trend_chart::{encode, from_trend};
use readiness_core::income::IncomeGroup;
use readiness_core::model::{Dataset, IndicatorId};
use readiness_core::region::Region;
use readiness_core::view::{View, MAX_TREND};

use crate::bridge::{chart, download};
use crate::ui::series::SeriesStore;

#[component]
pub fn TrendView(store: SeriesStore, view_state: RwSignal<View>) -> impl IntoView {
    let dataset = store.dataset;
    // The view's question when it is a series: a survey question has one year and no trend.
    let indicator = Memo::new(move |_| {
        let id = view_state.with(|v| v.question.clone());
        dataset.with(|d| {
            d.indicator(&id)
                .filter(|&i| d[i].measure.number().is_some())
        })
    });
    Effect::new(move || {
        if let Some(indicator) = indicator.get() {
            store.ensure(indicator);
        }
    });
    move || {
        match indicator.get() {
        Some(indicator) => view! { <TrendChart store indicator view_state /> }.into_any(),
        None => view! {
            <p class="trend-hint">
                "A trend needs a yearly indicator: choose one under “Question or indicator” (for example Internet users), then add countries."
            </p>
        }
        .into_any(),
    }
    }
}

#[component]
fn TrendChart(
    store: SeriesStore,
    indicator: IndicatorId,
    view_state: RwSignal<View>,
) -> impl IntoView {
    let dataset = store.dataset;
    let data = Memo::new(move |_| {
        let (codes, group) = view_state.with(|v| (v.countries.clone(), v.group));
        dataset.with(|d| {
            let countries: Vec<_> = codes.iter().filter_map(|c| d.country(c)).collect();
            trend(d, indicator, &countries, group)
        })
    });
    let unit = dataset.with_untracked(|d| {
        d[indicator]
            .measure
            .number()
            .map_or_else(String::new, |n| n.unit.clone())
    });
    let spec = {
        let unit = unit.clone();
        Memo::new(move |_| {
            let log = view_state.with(|v| v.log);
            data.with(|t| encode(&from_trend(t, &unit, log)))
        })
    };
    let ready = Memo::new(move |_| store.is_ready(indicator));
    let frame = NodeRef::<Div>::new();
    let status = RwSignal::new(None::<String>);
    // Draws whenever what is drawn changes; the chart module is loaded the first time.
    Effect::new(move || {
        let spec = spec.get();
        let (Some(element), true) = (frame.get(), ready.get()) else {
            return;
        };
        spawn_local(async move {
            let drawn = match chart::load().await {
                Ok(()) => chart::draw(&element, &spec),
                Err(reason) => Err(reason),
            };
            status.set(
                drawn
                    .err()
                    .map(|reason| format!("The chart cannot be drawn: {reason}.")),
            );
        });
    });
    on_cleanup(move || {
        if let Some(element) = frame.get_untracked() {
            chart::dispose(&element);
        }
    });
    let source = dataset.with_untracked(|d| source_lines(d, indicator));
    let label = dataset.with_untracked(|d| d[indicator].label.clone());
    view! {
        <div class="trend">
            <h2 class="map-title">{format!("{label} ({unit})")}</h2>
            <TrendControls store indicator view_state />
            {move || (!ready.get()).then(|| view! { <p class="map-loading" role="status">"Loading this indicator's values…"</p> })}
            <div
                class="trend-chart"
                node_ref=frame
                role="img"
                aria-label=move || data.with(|t| format!("Line chart: {}. The table below gives the same values.", t.title))
            ></div>
            {move || status.get().map(|text| view! { <p class="notice notice-problem" role="alert">{text}</p> })}
            <p class="trend-source">{source}</p>
            <TrendDownloads dataset data frame />
            <TrendTable data />
        </div>
    }
}

/// "Source: World Bank, World Development Indicators (CC BY 4.0). Definition: …"
fn source_lines(dataset: &Dataset, indicator: IndicatorId) -> String {
    let ind = &dataset[indicator];
    let source = dataset.source_of(indicator).map_or_else(
        || ind.source.clone(),
        |s| format!("{}, {} ({})", s.publisher, s.title, s.licence),
    );
    format!("Source: {source}. Definition: {}", ind.definition)
}

#[component]
fn TrendControls(
    store: SeriesStore,
    indicator: IndicatorId,
    view_state: RwSignal<View>,
) -> impl IntoView {
    let dataset = store.dataset;
    let choices = Memo::new(move |_| dataset.with(|d| candidates(d, indicator)));
    let chosen = move || view_state.with(|v| v.countries.clone());
    let name_of = move |iso3: &str| {
        dataset.with(|d| {
            d.country(iso3)
                .map_or_else(|| iso3.to_string(), |c| d[c].name.clone())
        })
    };
    let chips = move || {
        chosen()
            .into_iter()
            .map(|iso3| {
                let name = name_of(&iso3);
                let remove = iso3.clone();
                view! {
                    <li class="chip">
                        {name.clone()}
                        <button
                            type="button"
                            aria-label=format!("Remove {name}")
                            on:click=move |_| view_state.update(|v| v.countries.retain(|c| *c != remove))
                        >"×"</button>
                    </li>
                }
            })
            .collect_view()
    };
    let full = move || view_state.with(|v| v.countries.len() >= MAX_TREND);
    view! {
        <div class="trend-controls">
            <label class="picker">
                <span>"Add a country"</span>
                <select
                    id="trend-country"
                    disabled=full
                    on:change=move |event| {
                        let iso3 = event_target_value(&event);
                        if !iso3.is_empty() {
                            view_state.update(|v| {
                                if !v.countries.contains(&iso3) && v.countries.len() < MAX_TREND {
                                    v.countries.push(iso3);
                                }
                            });
                        }
                    }
                >
                    <option value="" selected=true>{move || if full() { format!("At most {MAX_TREND} countries") } else { "Choose…".to_string() }}</option>
                    {move || choices.get().into_iter().map(|(iso3, name)| view! { <option value=iso3>{name}</option> }).collect_view()}
                </select>
            </label>
            <label class="picker">
                <span>"Median of a group"</span>
                <select
                    id="trend-group"
                    prop:value=move || view_state.with(|v| v.group.map_or("", Group::code).to_string())
                    on:change=move |event| {
                        let code = event_target_value(&event);
                        view_state.update(|v| v.group = Group::from_code(&code));
                    }
                >
                    <option value="">"None"</option>
                    <optgroup label="WHO region">
                        {Region::ALL.into_iter().map(|r| view! { <option value=r.code()>{r.name()}</option> }).collect_view()}
                    </optgroup>
                    <optgroup label="Income group">
                        {IncomeGroup::ALL.into_iter().map(|g| view! { <option value=g.code()>{g.name()}</option> }).collect_view()}
                    </optgroup>
                </select>
            </label>
            <label class="log-axis">
                <input
                    type="checkbox"
                    id="trend-log"
                    prop:checked=move || view_state.with(|v| v.log)
                    on:change=move |event| {
                        let log = event_target_checked(&event);
                        view_state.update(|v| v.log = log);
                    }
                />
                "Logarithmic scale"
            </label>
            <ul class="chips" aria-label="Countries on the chart">{chips}</ul>
        </div>
    }
}

#[component]
fn TrendTable(data: Memo<Trend>) -> impl IntoView {
    move || {
        let table = data.with(accessible_table);
        view! {
            <details class="trend-table" open=true>
                <summary>"The same values as a table"</summary>
                // Focusable, so that keyboard users can scroll a table wider than the screen.
                <div class="table-scroll" tabindex="0" role="region" aria-label="Values by year, scrollable">
                    <table>
                        <caption>{table.caption}</caption>
                        <thead>
                            <tr>{table.header.into_iter().map(|h| view! { <th scope="col">{h}</th> }).collect_view()}</tr>
                        </thead>
                        <tbody>
                            {table
                                .rows
                                .into_iter()
                                .map(|row| {
                                    let mut cells = row.into_iter();
                                    let year = cells.next().unwrap_or_default();
                                    view! {
                                        <tr>
                                            <th scope="row">{year}</th>
                                            {cells.map(|c| view! { <td>{c}</td> }).collect_view()}
                                        </tr>
                                    }
                                })
                                .collect_view()}
                        </tbody>
                    </table>
                </div>
            </details>
        }
    }
}

#[component]
fn TrendDownloads(
    dataset: RwSignal<Arc<Dataset>>,
    data: Memo<Trend>,
    frame: NodeRef<Div>,
) -> impl IntoView {
    let status = RwSignal::new(None::<String>);
    let file_stem =
        move || data.with(|t| format!("{}-trend", dataset.with(|d| d[t.indicator].id.clone())));
    let csv = move |_| {
        let text = data.with(|t| {
            let notes: String = dataset
                .with(|d| attribution(d, t))
                .into_iter()
                .map(|line| format!("# {line}\n"))
                .collect();
            notes + &to_csv(t)
        });
        let saved = download::download_text(
            &format!("{}.csv", file_stem()),
            "text/csv;charset=utf-8",
            &text,
        );
        status.set(saved.err());
    };
    let svg = move |_| {
        let saved = frame
            .get()
            .and_then(|element| chart::svg(&element))
            .ok_or_else(|| "the chart is not drawn yet".to_string())
            .and_then(|text| {
                download::download_text(&format!("{}.svg", file_stem()), "image/svg+xml", &text)
            });
        status.set(saved.err());
    };
    let png = move |_| {
        let Some(element) = frame.get() else { return };
        let Some(text) = chart::svg(&element) else {
            status.set(Some("the chart is not drawn yet".to_string()));
            return;
        };
        let (width, height) = (element.client_width(), element.client_height());
        let name = format!("{}.png", file_stem());
        spawn_local(async move {
            let saved = match chart::png(&text, width, height).await {
                Ok(url) => download::download_url(&name, &url),
                Err(reason) => Err(reason),
            };
            status.set(saved.err());
        });
    };
    view! {
        <div class="downloads">
            <button type="button" on:click=png>"Download PNG"</button>
            <button type="button" on:click=svg>"Download SVG"</button>
            <button type="button" on:click=csv>"Download CSV"</button>
            {move || status.get().map(|text| view! { <span role="alert">{format!("The file could not be saved: {text}")}</span> })}
        </div>
    }
}
