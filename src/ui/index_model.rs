//! What the index page shows, derived once as memos that its map, table, plot and methodology share:
//! the structure read from `index.csv`, the values prepared for the reference year once every series it
//! needs has arrived, and the index for the view's settings. A change of weights or method recomputes
//! only the last step.

use std::sync::Arc;

use leptos::prelude::*;
use readiness_core::index::{
    compute, parse_checks, parse_config, Check, IndexConfig, IndexResult, Prepared, Settings,
};
use readiness_core::load::LoadReport;
use readiness_core::model::{Dataset, IndicatorId};
use readiness_core::view::View;

use crate::ui::series::SeriesStore;

#[derive(Clone, Copy)]
pub struct IndexModel {
    pub dataset: RwSignal<Arc<Dataset>>,
    pub config: StoredValue<Arc<IndexConfig>>,
    pub checks: StoredValue<Vec<Check>>,
    /// What `index.csv` and `index_checks.csv` could not give, as notices.
    pub problems: StoredValue<Vec<String>>,
    /// The series files the index needs, and how many have arrived.
    pub needed: usize,
    pub arrived: Memo<usize>,
    pub settings: Memo<Settings>,
    /// `None` until every series needed has arrived.
    pub prepared: Memo<Option<Arc<Prepared>>>,
    pub result: Memo<Option<Arc<IndexResult>>>,
}

impl IndexModel {
    /// From the text of `index.csv` (or why it could not be read); asks for the series needed. The
    /// external check is read apart ([`IndexModel::read_checks`]): only the index tab shows it.
    pub fn new(
        store: SeriesStore,
        view_state: RwSignal<View>,
        config_text: Result<String, String>,
    ) -> IndexModel {
        let dataset = store.dataset;
        // The catalogue does not change as series arrive, so the structure is read once.
        let catalogue = dataset.get_untracked();
        let mut report = LoadReport::default();
        let mut problems = Vec::new();
        let config = match config_text {
            Ok(text) => parse_config(&text, &catalogue, &mut report),
            Err(reason) => {
                problems.push(format!("index.csv could not be read: {reason}"));
                IndexConfig::default()
            }
        };
        problems.extend(report.problems.iter().map(|p| p.to_string()));
        let series: Vec<IndicatorId> = config.series_needed(&catalogue);
        for &indicator in &series {
            store.ensure(indicator);
        }
        let needed = series.len();
        let arrived = Memo::new(move |_| series.iter().filter(|&&i| store.is_ready(i)).count());
        let config = Arc::new(config);
        let settings = Memo::new(move |_| view_state.with(|v| v.index.clone()));
        let place = Memo::new(move |_| settings.with(|s| (s.year, s.window)));
        let prepared = {
            let config = config.clone();
            Memo::new(move |_| {
                if arrived.get() < needed {
                    return None;
                }
                let (year, window) = place.get();
                Some(Arc::new(
                    dataset.with(|d| Prepared::new(d, &config, year, window)),
                ))
            })
        };
        let result = Memo::new(move |_| {
            let prepared = prepared.get()?;
            Some(Arc::new(settings.with(|s| compute(&prepared, s))))
        });
        IndexModel {
            dataset,
            config: StoredValue::new(config),
            checks: StoredValue::new(Vec::new()),
            problems: StoredValue::new(problems),
            needed,
            arrived,
            settings,
            prepared,
            result,
        }
    }

    /// Reads `index_checks.csv` (or says why it could not be read) into `checks` and `problems`.
    pub fn read_checks(self, checks_text: Result<String, String>) {
        let mut report = LoadReport::default();
        let checks = match checks_text {
            Ok(text) => self
                .dataset
                .with_untracked(|catalogue| parse_checks(&text, catalogue, &mut report)),
            Err(reason) => {
                self.problems.update_value(|p| {
                    p.push(format!("index_checks.csv could not be read: {reason}"))
                });
                Vec::new()
            }
        };
        self.problems
            .update_value(|p| p.extend(report.problems.iter().map(|p| p.to_string())));
        self.checks.set_value(checks);
    }
}
