//! "Share or embed this view": the permalink and the iframe code, for policy briefs and for academics
//! who cite or embed one exact view.

use leptos::prelude::*;
use readiness_core::view::{embed_snippet, permalink, View};

#[component]
pub fn Share(view_state: RwSignal<View>) -> impl IntoView {
    let base = page_address();
    let link = {
        let base = base.clone();
        move || view_state.with(|v| permalink(&base, v))
    };
    let snippet = move || view_state.with(|v| embed_snippet(&base, v));
    view! {
        <details class="share">
            <summary>"Share or embed this view"</summary>
            <label>
                <span>"Link to this exact view"</span>
                <input type="text" readonly id="permalink" prop:value=link />
            </label>
            <label>
                <span>"Code to embed the map in a web page"</span>
                <textarea readonly id="embed-code" rows="3" prop:value=snippet></textarea>
            </label>
        </details>
    }
}

/// The page's own address without its query or fragment, whether served or opened from disk.
pub fn page_address() -> String {
    let href = window().location().href().unwrap_or_default();
    href.split(['?', '#'])
        .next()
        .unwrap_or_default()
        .to_string()
}
