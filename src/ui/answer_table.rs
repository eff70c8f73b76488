//! The table view: the selected question's answers as a sortable table, the map's accessible twin.

use std::sync::Arc;

use leptos::prelude::*;
use readiness_core::load::Loaded;
use readiness_core::view::View;

#[component]
pub fn AnswerTable(loaded: Arc<Loaded>, view_state: RwSignal<View>) -> impl IntoView {
    let _ = (loaded, view_state);
    view! { <p>"Table view: to be built."</p> }
}
