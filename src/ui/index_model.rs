//! What the index page shows, derived once as memos that its table, plot, bands and methodology share:
//! the structure read from `index.csv`, the values prepared for the reference year once every series it
//! needs has arrived, and the index for the view's settings. A change of weights or method recomputes
//! only the last step.

use std::sync::Arc;

use leptos::prelude::*;
use readiness_core::figures::bins::Bins;
use readiness_core::index::{
    compute, parse_checks, parse_config, Check, IndexConfig, IndexResult, Prepared, Settings,
};
use readiness_core::load::LoadReport;
use readiness_core::model::{Dataset, IndicatorId};
use readiness_core::number::Decimal;
use readiness_core::view::View;

use crate::ui::series::SeriesStore;

/// Lower limits of the score bands after the first, on 0–100: five equal bands, so that a colour
/// means the same score whatever the settings (quintiles would move with every weight).
const BAND_LIMITS: [i64; 4] = [20, 40, 60, 80];

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
    /// From the two files' texts (or why they could not be read); asks for the series needed.
    pub fn new(
        store: SeriesStore,
        view_state: RwSignal<View>,
        config_text: Result<String, String>,
        checks_text: Result<String, String>,
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
        let checks = match checks_text {
            Ok(text) => parse_checks(&text, &catalogue, &mut report),
            Err(reason) => {
                problems.push(format!("index_checks.csv could not be read: {reason}"));
                Vec::new()
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
            checks: StoredValue::new(checks),
            problems: StoredValue::new(problems),
            needed,
            arrived,
            settings,
            prepared,
            result,
        }
    }
}

/// A score on 0–100 to one decimal, exact, for printing without float formatting.
pub fn score_decimal(score: f64) -> Decimal {
    Decimal {
        units: (score * 10.0).round() as i64,
        scale: 1,
    }
}

/// "63.5"; "—" without a score.
pub fn score_text(score: Option<f64>) -> String {
    score.map_or_else(
        || "—".to_string(),
        |s| score_decimal(s).trimmed().readable(),
    )
}

/// "85%": coverage (0–1) as a whole percent.
pub fn percent_text(share: f64) -> String {
    format!("{}%", (share * 100.0).round() as i64)
}

/// The score bands shared by table swatches, the band list and its legend.
pub fn bands() -> Bins {
    let whole = |units| Decimal { units, scale: 0 };
    Bins {
        limits: BAND_LIMITS.map(whole).to_vec(),
        range: Some((whole(0), whole(100))),
        values: 0,
        years: None,
    }
}
