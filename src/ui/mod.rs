//! Thin Leptos components. They ask `readiness_core` for every number and label and only draw.

pub mod dashboard;
pub mod fact;
pub mod legend;
pub mod notices;
pub mod picker;
pub mod world_map;
