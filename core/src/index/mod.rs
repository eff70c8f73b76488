//! A composite eHealth readiness index built as the OECD/JRC Handbook on Constructing Composite
//! Indicators prescribes, every choice visible and changeable:
//! - `config`: the structure, read from `data/index.csv` (domains, directions, transforms, reasons);
//! - `settings`: the reader's choices and their URL form;
//! - `score`: reference-year values, scoring, normalisation, aggregation, coverage, ranks, areas;
//! - `uncertainty`: the Monte Carlo over the method's choices, in slices, giving rank intervals;
//! - `spearman`: the external check against published composites;
//! - `checks`: that check's figures as the pipeline wrote them, for the page;
//! - `methodology`: the text of the method, written from the structure and settings.
//!
//! A page calls [`parse_config`] once, loads [`IndexConfig::series_needed`], makes a [`Prepared`] for
//! the reference year and window, then [`compute`] on every change of settings.

mod checks;
mod config;
mod methodology;
mod score;
mod settings;
mod spearman;
mod uncertainty;

pub use checks::{parse_checks, Check, CHECKS_FILE, CHECK_COLUMNS};
pub use config::{
    parse_config, Direction, Entry, IndexConfig, Transform, INDEX_COLUMNS, INDEX_FILE,
};
pub use methodology::{methodology, IndicatorRow, Methodology, Section};
pub use score::{
    area_scores, average_ranks, competition_ranks, compute, index, median, score_answer, sorted,
    Area, AreaScores, CountryScore, IndexResult, LeftOut, LeftOutReason, Prepared, SortKey,
    DOMAINS, EPSILON,
};
pub use settings::{
    decode, domain_index, encode, Aggregation, MissingRule, Normalisation, Settings,
    DEFAULT_COVERAGE, DEFAULT_WINDOW, DEFAULT_YEAR, MAX_WEIGHT, MAX_WINDOW,
};
pub use spearman::{spearman, Correlation};
pub use uncertainty::{
    uncertainty, MonteCarlo, RankInterval, SplitMix64, Uncertainty, DEFAULT_DRAWS, DEFAULT_SEED,
    HIGH_PERCENTILE, LOW_PERCENTILE, WEIGHT_HIGH, WEIGHT_LOW,
};

#[cfg(test)]
pub(crate) mod tests;
