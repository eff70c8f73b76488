//! The ranking as a sortable table (the survey table's header-button pattern): rank, the Monte Carlo's
//! rank interval, score, the seven domain scores and coverage. Pressing a country's name selects it and
//! marks the countries whose interval overlaps its own as not distinguishable from it.

use std::sync::Arc;

use leptos::prelude::*;
use readiness_core::figures::score_bands::{percent_text, score_bands, score_decimal, score_text};
use readiness_core::index::{sorted, RankInterval, SortKey, Uncertainty, DOMAINS};
use readiness_core::model::{BuildingBlock, CountryId};
use readiness_core::view::View;

use crate::ui::index_draws::Draws;
use crate::ui::index_model::IndexModel;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Column {
    Country,
    Rank,
    Interval,
    Score,
    Domain(usize),
    Coverage,
}

impl Column {
    fn all() -> Vec<Column> {
        let mut columns = vec![
            Column::Country,
            Column::Rank,
            Column::Interval,
            Column::Score,
        ];
        columns.extend((0..DOMAINS).map(Column::Domain));
        columns.push(Column::Coverage);
        columns
    }

    fn label(self) -> &'static str {
        match self {
            Column::Country => "Country",
            Column::Rank => "Rank",
            Column::Interval => "Rank interval (5th–95th)",
            Column::Score => "Score",
            Column::Domain(d) => BuildingBlock::ALL[d].name(),
            Column::Coverage => "Coverage",
        }
    }

    /// The `aria-sort` of this column's first press, which lists the best first: ranks ascend, scores
    /// descend, names ascend.
    fn best_first(self) -> &'static str {
        match self {
            Column::Country | Column::Rank | Column::Interval => "ascending",
            _ => "descending",
        }
    }
}

/// The column sorted by, and whether its order is reversed from best first.
#[derive(Clone, Copy, PartialEq, Eq)]
struct Sort {
    column: Column,
    reversed: bool,
}

#[component]
pub fn IndexTable(model: IndexModel, draws: Draws, view_state: RwSignal<View>) -> impl IntoView {
    // Local, not in the URL: a permalink names what is shown, not how the reader ordered it.
    let sort = RwSignal::new(Sort {
        column: Column::Rank,
        reversed: false,
    });
    let selected = Memo::new(move |_| {
        view_state.with(|v| {
            v.country
                .as_deref()
                .and_then(|iso3| model.dataset.with(|d| d.country(iso3)))
        })
    });
    let intervals = Memo::new(move |_| {
        draws
            .uncertainty
            .with(|u| u.as_deref().map(|u| Arc::new(by_country(u))))
    });
    let order = Memo::new(move |_| {
        let result = model.result.get()?;
        let Sort { column, reversed } = sort.get();
        let mut ids = model.dataset.with(|d| sorted(&result, d, key(column)));
        ids.retain(|&c| result.countries[c.0].coverage > 0.0);
        if column == Column::Interval {
            // Stable: equal intervals keep the rank order; countries not ranked go last.
            intervals.with(|all| {
                if let Some(all) = all {
                    ids.sort_by_key(|&c| {
                        all.get(c.0)
                            .copied()
                            .flatten()
                            .map_or((u32::MAX, 0), |i| (i.median, i.low))
                    });
                }
            });
        }
        if reversed {
            ids.reverse();
        }
        Some(Arc::new(ids))
    });
    let headers = Column::all()
        .into_iter()
        .map(|column| {
            let aria = move || {
                let s = sort.get();
                match (s.column == column, s.reversed) {
                    (false, _) => "none",
                    (true, false) => column.best_first(),
                    (true, true) if column.best_first() == "ascending" => "descending",
                    (true, true) => "ascending",
                }
            };
            let toggle = move |_| {
                sort.update(|s| {
                    *s = Sort {
                        column,
                        reversed: s.column == column && !s.reversed,
                    }
                })
            };
            view! {
                <th scope="col" class:numeric=column != Column::Country aria-sort=aria>
                    <button type="button" on:click=toggle>
                        {column.label()}
                        <span class="sort-arrow" aria-hidden="true"></span>
                    </button>
                </th>
            }
        })
        .collect_view();
    // One row per place in the order, made once and kept where it is: a change of weights, method or
    // sorting gives a row the figures of the country now in its place (its cells' text changes), where
    // moving each country's row to its new place had the browser lay every moved row out anew (traced,
    // a weight change's layout: 51 -> 31 ms).
    let count = Memo::new(move |_| order.with(|o| o.as_ref().map_or(0, |o| o.len())));
    let each = move || 0..count.get();
    let caption = move || caption(model, draws);
    view! {
        <section class="table-panel index-table" aria-label="Ranking">
            <p class="table-hint">
                "Sort by any column with its header button. Press a country's name to mark the countries whose rank interval overlaps its own: the method's choices can swap them, so their ranks are not distinguishable."
            </p>
            <div class="table-scroll" role="region" aria-labelledby="index-table-caption" tabindex="0">
                <table class="answer-table">
                    <caption id="index-table-caption">{caption}</caption>
                    <thead><tr>{headers}</tr></thead>
                    <tbody>
                        <For each=each key=|&place| place let:place>
                            {row(model, draws, intervals, order, place, selected, view_state)}
                        </For>
                    </tbody>
                </table>
            </div>
        </section>
    }
}

fn key(column: Column) -> SortKey {
    match column {
        Column::Country => SortKey::Name,
        Column::Rank | Column::Interval | Column::Score => SortKey::Rank,
        Column::Domain(d) => SortKey::Domain(BuildingBlock::ALL[d]),
        Column::Coverage => SortKey::Coverage,
    }
}

/// Each country's interval (`[id.0]`), so that a row finds its own without a search.
fn by_country(uncertainty: &Uncertainty) -> Vec<Option<RankInterval>> {
    let len = uncertainty
        .intervals
        .iter()
        .map(|i| i.country.0 + 1)
        .max()
        .unwrap_or(0);
    let mut all = vec![None; len];
    for &i in &uncertainty.intervals {
        all[i.country.0] = Some(i);
    }
    all
}

/// Intervals by country, `None` until a run of draws completes.
type Intervals = Memo<Option<Arc<Vec<Option<RankInterval>>>>>;

/// The countries in the table's order, `None` until the index is computed.
type Order = Memo<Option<Arc<Vec<CountryId>>>>;

/// The row at `place` in the order: it shows whichever country is there.
fn row(
    model: IndexModel,
    draws: Draws,
    intervals: Intervals,
    order: Order,
    place: usize,
    selected: Memo<Option<CountryId>>,
    view_state: RwSignal<View>,
) -> impl IntoView {
    let country = Memo::new(move |_| order.with(|o| o.as_ref()?.get(place).copied()));
    // The row's part of the result: its cells follow this memo, which notifies them only when the
    // figures in this place change.
    let figures = Memo::new(move |_| {
        let country = country.get()?;
        model
            .result
            .with(|r| r.as_ref().map(|r| r.countries[country.0].clone()))
    });
    // The country's name and code.
    let names = Memo::new(move |_| {
        country
            .get()
            .map(|c| model.dataset.with(|d| (d[c].name.clone(), d[c].iso3.clone())))
            .unwrap_or_default()
    });
    let interval = Memo::new(move |_| {
        let country = country.get()?;
        intervals.with(|all| {
            all.as_ref()
                .and_then(|all| all.get(country.0).copied().flatten())
        })
    });
    let interval_cell = move || interval_text(interval.get());
    let is_selected = move || country.get().is_some() && selected.get() == country.get();
    // A memo, so that selecting a country updates only the rows whose marking changes.
    let alike = Memo::new(move |_| {
        let Some(country) = country.get() else {
            return false;
        };
        let Some(other) = selected.get().filter(|&s| s != country) else {
            return false;
        };
        draws.uncertainty.with(|u| {
            u.as_ref()
                .is_some_and(|u| u.indistinguishable(country, other))
        })
    });
    let rank = move || figures.with(|f| f.as_ref().and_then(|f| f.rank).map(|r| r.to_string()));
    let score = move || figures.with(|f| score_text(f.as_ref().and_then(|f| f.score)));
    let band = Memo::new(move |_| {
        figures.with(|f| {
            f.as_ref()
                .and_then(|f| f.score)
                .map(|s| score_bands().category(score_decimal(s)))
        })
    });
    let swatch = move || {
        band.get()
            .map(|band| view! { <i class="swatch" style:background=band.colour()></i> })
    };
    // Domain scores do not depend on the weights: their own memo keeps a change of weights from
    // touching these seven cells.
    let domain_scores = Memo::new(move |_| figures.with(|f| f.as_ref().map(|f| f.domains)));
    let domains = (0..DOMAINS)
        .map(|d| {
            let text = move || domain_scores.with(|f| score_text(f.and_then(|f| f[d])));
            view! { <td class="numeric">{text}</td> }
        })
        .collect_view();
    let coverage = move || figures.with(|f| f.as_ref().map(|f| percent_text(f.coverage)));
    let select = move |_| {
        let iso3 = names.with_untracked(|(_, iso3)| iso3.clone());
        view_state.update(|v| {
            v.country = if v.country.as_deref() == Some(iso3.as_str()) {
                None
            } else {
                Some(iso3)
            }
        })
    };
    view! {
        <tr data-iso3=move || names.with(|(_, iso3)| iso3.clone()) class:selected=is_selected class:indistinct=move || alike.get()>
            <th scope="row">
                <button type="button" class="select-country" aria-pressed=move || is_selected().to_string() on:click=select>
                    {move || names.with(|(name, _)| name.clone())}
                </button>
                {move || alike.get().then(|| view! { <span class="not-distinct">"not distinguishable"</span> })}
            </th>
            <td class="numeric rank">{rank}</td>
            <td class="numeric interval">{interval_cell}</td>
            <td class="numeric score">{swatch}{score}</td>
            {domains}
            <td class="numeric">{coverage}</td>
        </tr>
    }
}

/// "3–9"; "3" when both ends agree; empty before the draws are done or for a country not ranked.
fn interval_text(interval: Option<RankInterval>) -> String {
    match interval {
        Some(i) if i.low == i.high => i.low.to_string(),
        Some(i) => format!("{}–{}", i.low, i.high),
        None => String::new(),
    }
}

fn caption(model: IndexModel, draws: Draws) -> String {
    let Some(result) = model.result.get() else {
        return String::new();
    };
    let scored = result
        .countries
        .iter()
        .filter(|c| c.score.is_some())
        .count();
    let weights: Vec<String> = model.settings.with(|s| {
        BuildingBlock::ALL
            .iter()
            .map(|&b| format!("{} {}", b.name(), s.weight(b).trimmed().readable()))
            .collect()
    });
    let method = model.settings.with(|s| {
        format!(
            "{} across domains, {} within; series by {}; {}; values of {} or within {} years; coverage at least {}%",
            s.across.label(),
            s.within.label(),
            s.normalisation.label(),
            s.missing.label(),
            s.year,
            s.window,
            s.coverage
        )
    });
    let intervals = match draws.uncertainty.with(|u| u.as_ref().map(|u| u.draws)) {
        Some(n) => format!("; rank intervals from {n} draws"),
        None => String::new(),
    };
    format!(
        "Readiness index, {scored} countries scored (n = {scored}). Weights: {}. Method: {method}{intervals}.",
        weights.join(", ")
    )
}
