//! The breakdown chart: the "Yes" share of the selected question in each WHO region, beside the
//! world's, with the number of responding countries behind each bar. Plain HTML bars: seven bars need
//! no chart library, stay text for screen readers, and keep the first view free of JavaScript.

use std::sync::Arc;

use leptos::prelude::*;
use readiness_core::figures::breakdown::{by_region, caption};
use readiness_core::load::Loaded;
use readiness_core::model::IndicatorId;
use readiness_core::view::View;

#[component]
pub fn Breakdown(
    loaded: Arc<Loaded>,
    indicator: Memo<IndicatorId>,
    view_state: RwSignal<View>,
) -> impl IntoView {
    let filter = Memo::new(move |_| view_state.with(|v| v.filter));
    let bars = move || {
        let filter = filter.get();
        by_region(&loaded.dataset, indicator.get(), filter)
            .into_iter()
            .map(|bar| {
                let width = bar.share.css_width();
                let selected = bar.region.is_some() && bar.region == filter.region;
                view! {
                    <li class:world=bar.region.is_none() class:selected=selected>
                        <span class="bar-label">{bar.label}</span>
                        <span class="bar-track" aria-hidden="true">
                            <span class="bar-fill" style:width=width></span>
                        </span>
                        <span class="bar-value">
                            <strong>{bar.percent}</strong>
                            {format!(" {} of {}", bar.share.yes, bar.share.responding)}
                        </span>
                    </li>
                }
            })
            .collect_view()
    };
    let title = move || caption(filter.get());
    view! {
        <section class="breakdown" aria-label="Yes share by WHO region">
            <h3>{title}</h3>
            <ul>{bars}</ul>
        </section>
    }
}
