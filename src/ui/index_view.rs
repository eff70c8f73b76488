//! The the readiness index (being built).

use leptos::prelude::*;
use readiness_core::view::View;

use crate::ui::series::SeriesStore;

#[component]
pub fn IndexView(store: SeriesStore, view_state: RwSignal<View>) -> impl IntoView {
    let _ = (store, view_state);
    view! { <p class="status">"Coming in this release."</p> }
}
