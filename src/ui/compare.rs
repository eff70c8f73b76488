//! The compare view: 2 to 5 countries' answers side by side, differences highlighted.

use std::sync::Arc;

use leptos::prelude::*;
use readiness_core::load::Loaded;
use readiness_core::view::View;

#[component]
pub fn CompareView(loaded: Arc<Loaded>, view_state: RwSignal<View>) -> impl IntoView {
    let _ = (loaded, view_state);
    view! { <p>"Compare view: to be built."</p> }
}
