//! Thin Leptos components. They ask `readiness_core` for every number and label and only draw.

pub mod answer_table;
pub mod breakdown;
pub mod choropleth;
pub mod cite;
pub mod compare;
pub mod country_panel;
pub mod country_search;
pub mod dashboard;
pub mod embed;
pub mod fact;
pub mod fact_grid;
pub mod filters;
pub mod index_view;
pub mod legend;
pub mod map_figure;
pub mod notices;
pub mod picker;
pub mod profile;
pub mod profile_answers;
pub mod profile_series;
pub mod series;
pub mod share;
pub mod tabs;
pub mod trend;
pub mod world_map;
pub mod year_control;
