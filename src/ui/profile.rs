//! The one country on one page (being built).

use leptos::prelude::*;
use readiness_core::view::View;

use crate::ui::series::SeriesStore;

#[component]
pub fn ProfileView(store: SeriesStore, view_state: RwSignal<View>) -> impl IntoView {
    let _ = (store, view_state);
    view! { <p class="status">"Coming in this release."</p> }
}
