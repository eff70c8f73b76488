//! What the map of the selected question or series shows, derived once for the page as memos that
//! the map, its legend, the tooltip and the fact panel share: so that they cannot disagree, and so
//! that a year or filter change recomputes only what depends on it.

use std::sync::Arc;

use leptos::prelude::*;
use readiness_core::figures::bins::{bins, Bins};
use readiness_core::figures::fact::{fact, Fact};
use readiness_core::figures::map::{self, Hover, LegendEntry};
use readiness_core::figures::scale::Category;
use readiness_core::figures::series_map::{self, Reading, When};
use readiness_core::model::{CountryId, Dataset, IndicatorId};
use readiness_core::view::View;

use crate::ui::map_layer::{MapLayer, Press};
use crate::ui::series::SeriesStore;

#[derive(Clone, Copy)]
pub struct Choropleth {
    pub indicator: Memo<IndicatorId>,
    /// The year and reach of a series; `None` for a survey question.
    pub when: Memo<Option<When>>,
    pub dataset: RwSignal<Arc<Dataset>>,
    bins: Memo<Option<Bins>>,
    readings: Memo<Vec<Reading>>,
    /// Each country's category, indexed like the dataset's countries.
    pub categories: Memo<Vec<Category>>,
    pub legend: Memo<Vec<LegendEntry>>,
    /// How a series is coloured and which values it shows, under the legend.
    pub legend_note: Memo<Option<String>>,
    pub fact: Memo<Fact>,
    /// Whether the values to draw have arrived.
    pub ready: Memo<bool>,
    /// Which countries responded or have values: the ones the map's keyboard visits.
    visits: Memo<Vec<bool>>,
}

impl Choropleth {
    pub fn new(store: SeriesStore, view_state: RwSignal<View>) -> Choropleth {
        let dataset = store.dataset;
        let indicator = Memo::new(move |_| {
            // decode() guarantees an indicator the dataset has; 0 is only reached with no data drawn.
            dataset.with(|d| {
                view_state
                    .with(|v| d.indicator(&v.question))
                    .unwrap_or(IndicatorId(0))
            })
        });
        Effect::new(move || store.ensure(indicator.get()));
        let ready = Memo::new(move |_| store.is_ready(indicator.get()));
        let when = Memo::new(move |_| {
            let indicator = indicator.get();
            dataset.with(|d| {
                let series = d.indicators.get(indicator.0)?;
                series.measure.number()?;
                let (year, within) = view_state.with(|v| (v.year, v.within));
                Some(When {
                    year: year.or(series.latest_year())?,
                    within,
                })
            })
        });
        let bins = Memo::new(move |_| {
            when.get()
                .map(|_| dataset.with(|d| bins(d, indicator.get())))
        });
        let readings = Memo::new(move |_| match when.get() {
            Some(when) => dataset.with(|d| series_map::readings(d, indicator.get(), when)),
            None => Vec::new(),
        });
        let categories = Memo::new(move |_| match &*bins.read() {
            Some(bins) => series_map::categories(&readings.read(), bins),
            None => dataset.with(|d| map::categories(d, indicator.get())),
        });
        let visits = Memo::new(move |_| dataset.with(|d| map::responding(d, indicator.get())));
        let filter = Memo::new(move |_| view_state.with(|v| v.filter));
        let legend = Memo::new(move |_| {
            dataset.with(|d| match &*bins.read() {
                Some(bins) => series_map::legend(d, &readings.read(), bins, filter.get()),
                None => map::legend(d, indicator.get(), &categories.read(), filter.get()),
            })
        });
        let legend_note = Memo::new(move |_| {
            let when = when.get()?;
            let bins = bins.read();
            let reach = match when.within {
                0 => format!("Values of {}.", when.year),
                _ => format!("Each country's {}.", when.describe()),
            };
            Some(format!("{reach} {}", bins.as_ref()?.describe()))
        });
        let fact = Memo::new(move |_| {
            dataset.with(|d| match when.get() {
                Some(when) => {
                    series_map::fact(d, indicator.get(), &readings.read(), when, filter.get())
                }
                None => fact(d, indicator.get(), filter.get()),
            })
        });
        Choropleth {
            indicator,
            when,
            dataset,
            bins,
            readings,
            categories,
            legend,
            legend_note,
            fact,
            ready,
            visits,
        }
    }

    /// What the world map draws of this question or series.
    pub fn layer(self) -> MapLayer {
        MapLayer {
            categories: self.categories,
            visits: self.visits,
            label: Callback::new(move |category| self.legend_label(category)),
            hover: Callback::new(move |country| self.hover(country)),
            description: "World map of the selected question or indicator. Countries that did not take part in the survey, or have no value for the year shown, are light grey. Tab reaches the map; the arrow keys move between the countries with an answer or value in alphabetical order and Enter shows a country's details; the table view lists the same figures.",
            press: Press::Pin,
        }
    }

    /// What a category is called on this map: the answer, or the bin's limits ("20–40").
    pub fn legend_label(self, category: Category) -> String {
        self.bins.with(|bins| match (bins, category) {
            (Some(bins), Category::Bin(bin)) => bins.label(bin),
            _ => category.label().to_string(),
        })
    }

    /// The tooltip of one country.
    pub fn hover(self, country: CountryId) -> Hover {
        let indicator = self.indicator.get();
        self.dataset
            .with(|d| match (self.when.get(), &*self.bins.read()) {
                (Some(when), Some(bins)) => {
                    series_map::hover(d, indicator, &self.readings.read(), bins, when, country)
                }
                _ => map::hover(d, indicator, country),
            })
    }
}
