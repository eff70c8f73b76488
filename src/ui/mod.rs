//! Thin Leptos components. They ask `readiness_core` for every number and label and only draw. The
//! views other than the map's are in the full build only (`full` feature; see `crate::takeover`).

pub mod breakdown;
pub mod choropleth;
pub mod cite;
pub mod country_panel;
pub mod dashboard;
pub mod embed;
pub mod fact;
pub mod fact_grid;
pub mod filters;
pub mod legend;
pub mod map_figure;
pub mod map_layer;
pub mod notices;
pub mod picker;
pub mod series;
pub mod share;
pub mod tabs;
pub mod world_map;
pub mod year_control;

/// Declares the modules of the views beyond the map's, which only the full build has.
macro_rules! full_build_only {
    ($($module:ident),* $(,)?) => { $( #[cfg(feature = "full")] pub mod $module; )* };
}

full_build_only!(
    answer_table,
    compare,
    country_search,
    index_controls,
    index_draws,
    index_map,
    index_method,
    index_model,
    index_plot,
    index_table,
    index_view,
    profile,
    profile_answers,
    profile_index,
    profile_series,
    trend,
);
