//! The ranking as a sortable table (the survey table's header-button pattern): rank, the Monte Carlo's
//! rank interval, score, the seven domain scores and coverage. Pressing a country's name selects it and
//! marks the countries whose interval overlaps its own as not distinguishable from it.

use std::sync::Arc;

use leptos::prelude::*;
use readiness_core::index::{sorted, IndexResult, SortKey, Uncertainty, DOMAINS};
use readiness_core::model::{BuildingBlock, CountryId};
use readiness_core::view::View;

use crate::ui::index_draws::Draws;
use crate::ui::index_model::{bands, percent_text, score_decimal, score_text, IndexModel};

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
    let order = Memo::new(move |_| {
        let result = model.result.get()?;
        let Sort { column, reversed } = sort.get();
        let mut ids = model.dataset.with(|d| sorted(&result, d, key(column)));
        ids.retain(|&c| result.countries[c.0].coverage > 0.0);
        if column == Column::Interval {
            // Stable: equal intervals keep the rank order; countries not ranked go last.
            draws.uncertainty.with(|u| {
                if let Some(u) = u {
                    ids.sort_by_key(|&c| {
                        u.interval(c).map_or((u32::MAX, 0), |i| (i.median, i.low))
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
    let rows = move || {
        let (Some(result), Some(order)) = (model.result.get(), order.get()) else {
            return Vec::new();
        };
        order
            .iter()
            .map(|&c| row(model, draws, &result, c, selected, view_state))
            .collect::<Vec<_>>()
    };
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
                    <tbody>{rows}</tbody>
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

fn row(
    model: IndexModel,
    draws: Draws,
    result: &IndexResult,
    country: CountryId,
    selected: Memo<Option<CountryId>>,
    view_state: RwSignal<View>,
) -> impl IntoView {
    let score = &result.countries[country.0];
    let (name, iso3) = model
        .dataset
        .with_untracked(|d| (d[country].name.clone(), d[country].iso3.clone()));
    // Only these cells follow the draws, so that their arrival does not rebuild the table.
    let interval = move || {
        draws
            .uncertainty
            .with(|u| interval_text(u.as_deref(), country))
    };
    let is_selected = move || selected.get() == Some(country);
    let alike = move || {
        let other = selected.get().filter(|&s| s != country);
        draws.uncertainty.with(|u| match (u, other) {
            (Some(u), Some(other)) => u.indistinguishable(country, other),
            _ => false,
        })
    };
    let swatch = score
        .score
        .map(|s| view! { <i class="swatch" style:background=bands().category(score_decimal(s)).colour()></i> });
    let domains = score
        .domains
        .iter()
        .map(|&d| view! { <td class="numeric">{score_text(d)}</td> })
        .collect_view();
    let select = {
        let iso3 = iso3.clone();
        move |_| {
            view_state.update(|v| {
                v.country = if v.country.as_deref() == Some(iso3.as_str()) {
                    None
                } else {
                    Some(iso3.clone())
                }
            })
        }
    };
    view! {
        <tr data-iso3=iso3 class:selected=is_selected class:indistinct=alike>
            <th scope="row">
                <button type="button" class="select-country" aria-pressed=move || is_selected().to_string() on:click=select>
                    {name}
                </button>
                {move || alike().then(|| view! { <span class="not-distinct">"not distinguishable"</span> })}
            </th>
            <td class="numeric rank">{score.rank.map(|r| r.to_string())}</td>
            <td class="numeric interval">{interval}</td>
            <td class="numeric score">{swatch}{score_text(score.score)}</td>
            {domains}
            <td class="numeric">{percent_text(score.coverage)}</td>
        </tr>
    }
}

/// "3–9"; "3" when both ends agree; empty before the draws are done or for a country not ranked.
fn interval_text(uncertainty: Option<&Uncertainty>, country: CountryId) -> String {
    match uncertainty.and_then(|u| u.interval(country)) {
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
