//! Pure figure builders: (dataset, view) in, what to draw out. No IO, no signals, no web types.

pub mod fact;
pub mod map;
pub mod questions;
pub mod scale;
