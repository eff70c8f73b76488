//! The tab row that switches the explorer between map, table and compare views.

use leptos::prelude::*;
use readiness_core::view::{Tab, View};

#[component]
pub fn Tabs(view_state: RwSignal<View>) -> impl IntoView {
    let tabs = Tab::ALL
        .into_iter()
        .map(|tab| {
            let selected = move || view_state.with(|v| v.tab == tab);
            view! {
                <button
                    type="button"
                    role="tab"
                    id=format!("tab-{}", tab.code())
                    aria-controls="explorer-panel"
                    aria-selected=move || selected().to_string()
                    class:selected=selected
                    on:click=move |_| view_state.update(|v| v.tab = tab)
                >
                    {tab.label()}
                </button>
            }
        })
        .collect_view();
    view! { <div class="tabs" role="tablist" aria-label="View">{tabs}</div> }
}
