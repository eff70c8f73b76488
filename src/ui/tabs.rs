//! The tab row that switches the explorer between map, table and compare views. It follows the WAI-ARIA
//! tabs pattern: one Tab stop (the selected tab), arrow keys move between tabs.

use leptos::prelude::*;
use readiness_core::view::{Tab, View};

use crate::bridge::focus::focus;

#[component]
pub fn Tabs(view_state: RwSignal<View>) -> impl IntoView {
    let select = move |tab: Tab| {
        view_state.update(|v| v.tab = tab);
        focus(&format!("#tab-{}", tab.code()));
    };
    let on_key = move |event: web_sys::KeyboardEvent| {
        let current = view_state.with_untracked(|v| v.tab);
        let index = Tab::ALL.iter().position(|t| *t == current).unwrap_or(0);
        let count = Tab::ALL.len();
        let next = match event.key().as_str() {
            "ArrowRight" => (index + 1) % count,
            "ArrowLeft" => (index + count - 1) % count,
            "Home" => 0,
            "End" => count - 1,
            _ => return,
        };
        event.prevent_default();
        select(Tab::ALL[next]);
    };
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
                    tabindex=move || if selected() { "0" } else { "-1" }
                    class:selected=selected
                    on:click=move |_| select(tab)
                >
                    {tab.label()}
                </button>
            }
        })
        .collect_view();
    view! { <div class="tabs" role="tablist" aria-label="View" on:keydown=on_key>{tabs}</div> }
}
