//! The readiness index tab: reads the index's structure and external check, waits for the series it
//! needs, then lays out the controls, the map, the ranking, the rank intervals and the method.

use std::sync::Arc;

use leptos::prelude::*;
use readiness_core::index::{LeftOutReason, CHECKS_FILE, INDEX_FILE};
use readiness_core::load::Loaded;
use readiness_core::view::View;

use crate::source::read_file;
use crate::ui::index_controls::IndexControls;
use crate::ui::index_draws::Draws;
use crate::ui::index_map::IndexMap;
use crate::ui::index_method::Methodology;
use crate::ui::index_model::IndexModel;
use crate::ui::index_plot::RankPlot;
use crate::ui::index_table::IndexTable;
use crate::ui::series::SeriesStore;

#[component]
pub fn IndexView(
    loaded: Arc<Loaded>,
    store: SeriesStore,
    view_state: RwSignal<View>,
) -> impl IntoView {
    let files = LocalResource::new(|| async {
        futures::join!(read_file(INDEX_FILE), read_file(CHECKS_FILE))
    });
    move || match files.get() {
        None => view! { <p class="status" role="status">"Loading the index's structure…"</p> }
            .into_any(),
        Some((config, checks)) => {
            let model = IndexModel::new(store, view_state, config);
            model.read_checks(checks);
            view! { <IndexPage loaded=loaded.clone() model view_state /> }.into_any()
        }
    }
}

#[component]
fn IndexPage(loaded: Arc<Loaded>, model: IndexModel, view_state: RwSignal<View>) -> impl IntoView {
    let draws = Draws::new(model);
    let loading = move || {
        let arrived = model.arrived.get();
        (arrived < model.needed).then(|| {
            view! {
                <p class="status" role="status">
                    {format!("Loading the index's series: {arrived} of {} arrived…", model.needed)}
                </p>
            }
        })
    };
    view! {
        <div class="index-page">
            <IndexNotices model />
            <div class="index-controls">
                <IndexControls view_state />
            </div>
            {loading}
            <IndexMap loaded model view_state />
            <IndexTable model draws view_state />
            <RankPlot model draws />
            <Methodology model />
        </div>
    }
}

/// What the index's files could not give, and the indicators or domains that take no part this year.
#[component]
fn IndexNotices(model: IndexModel) -> impl IntoView {
    let problems = model.problems.get_value();
    // A memo, so that a change of weights that leaves these lines as they were redraws nothing.
    let lines = Memo::new(move |_| {
        let Some(result) = model.result.get() else {
            return Vec::new();
        };
        let mut lines: Vec<String> = model.dataset.with(|d| {
            result
                .left_out
                .iter()
                .map(|left| {
                    let why = match left.reason {
                        LeftOutReason::NoValues => "no country has a value within the window",
                        LeftOutReason::Constant => {
                            "every value is the same, so it cannot order countries"
                        }
                    };
                    format!(
                        "{} takes no part this year: {why}.",
                        d[left.indicator].label
                    )
                })
                .collect()
        });
        lines.extend(result.empty_domains.iter().map(|b| {
            format!(
                "{} has no usable indicator, so its weight is not used.",
                b.name()
            )
        }));
        lines
    });
    let absent = move || {
        let lines = lines.get();
        (!lines.is_empty()).then(|| {
            view! {
                <section class="notice" role="status">
                    <ul>{lines.into_iter().map(|l| view! { <li>{l}</li> }).collect_view()}</ul>
                </section>
            }
        })
    };
    view! {
        {(!problems.is_empty()).then(|| view! {
            <section class="notice notice-problem" role="alert">
                <h2>"Some of the index's data could not be used"</h2>
                <ul>{problems.into_iter().map(|p| view! { <li>{p}</li> }).collect_view()}</ul>
            </section>
        })}
        {absent}
    }
}
