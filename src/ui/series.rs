//! The dataset as it grows: the first view loads the survey and the series' catalogue; a series'
//! values are fetched the first time it is shown, and the dataset signal then holds them too.

use std::collections::HashSet;
use std::sync::Arc;

use leptos::prelude::*;
use leptos::task::spawn_local;
use readiness_core::load::load_series;
use readiness_core::model::{Dataset, IndicatorId};

use crate::source::read_series;

#[derive(Clone, Copy)]
pub struct SeriesStore {
    /// Everything loaded so far; survey figures read the same survey rows from it as before.
    pub dataset: RwSignal<Arc<Dataset>>,
    /// Series whose file was asked for, so that each is fetched once.
    requested: StoredValue<HashSet<IndicatorId>>,
    /// Series whose file has been read (or failed): their map can be drawn.
    arrived: RwSignal<HashSet<IndicatorId>>,
    /// What could not be used in the series files read so far, as notices.
    pub problems: RwSignal<Vec<String>>,
}

impl SeriesStore {
    pub fn new(dataset: Dataset) -> SeriesStore {
        SeriesStore {
            dataset: RwSignal::new(Arc::new(dataset)),
            requested: StoredValue::new(HashSet::new()),
            arrived: RwSignal::new(HashSet::new()),
            problems: RwSignal::new(Vec::new()),
        }
    }

    /// Fetches a series' values unless they were asked for already; survey questions need nothing.
    pub fn ensure(self, indicator: IndicatorId) {
        let id = self.dataset.with_untracked(|d| {
            d.indicators
                .get(indicator.0)
                .filter(|i| i.measure.number().is_some())
                .map(|i| i.id.clone())
        });
        let Some(id) = id else { return };
        if !self
            .requested
            .try_update_value(|r| r.insert(indicator))
            .unwrap_or(false)
        {
            return;
        }
        spawn_local(async move {
            let text = read_series(&id).await;
            // Added to the dataset as it is now, so that series arriving in any order all stay. The
            // store is gone if its page was unmounted meanwhile (the full build took over): no-op.
            let Some((dataset, report)) = self
                .dataset
                .try_with_untracked(|d| load_series(d, indicator, text))
            else {
                return;
            };
            self.dataset.try_set(Arc::new(dataset));
            self.arrived.try_update(|a| {
                a.insert(indicator);
            });
            if !report.is_clean() {
                self.problems
                    .try_update(|p| p.extend(report.problems.iter().map(|p| p.to_string())));
            }
        });
    }

    /// Whether a series' file has been read (or failed); survey questions are always ready.
    pub fn is_ready(self, indicator: IndicatorId) -> bool {
        let is_series = self.dataset.with_untracked(|d| {
            d.indicators
                .get(indicator.0)
                .is_some_and(|i| i.measure.number().is_some())
        });
        !is_series || self.arrived.with(|a| a.contains(&indicator))
    }
}
