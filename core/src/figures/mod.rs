//! Pure figure builders: (dataset, view) in, what to draw out. No IO, no signals, no web types.

pub mod bins;
pub mod breakdown;
pub mod compare;
pub mod country;
pub mod fact;
pub mod headlines;
pub mod index_map;
pub mod index_profile;
pub mod map;
pub mod profile;
pub mod questions;
pub mod scale;
pub mod score_bands;
pub mod series_map;
pub mod table;
pub mod trend;
pub mod trend_chart;
