//! The question picker (grouped by survey section) and the WHO region filter.

use std::sync::Arc;

use leptos::prelude::*;
use readiness_core::figures::questions::by_section;
use readiness_core::load::Loaded;
use readiness_core::view::View;

#[component]
pub fn QuestionPicker(loaded: Arc<Loaded>, view_state: RwSignal<View>) -> impl IntoView {
    let groups = by_section(&loaded.dataset)
        .into_iter()
        .map(|group| {
            let options = group
                .questions
                .into_iter()
                .map(|(id, label)| {
                    let selected = {
                        let id = id.clone();
                        move || view_state.with(|v| v.question == id)
                    };
                    view! { <option value=id selected=selected>{label}</option> }
                })
                .collect_view();
            view! { <optgroup label=group.title>{options}</optgroup> }
        })
        .collect_view();
    view! {
        <label class="picker">
            <span>"Question"</span>
            <select
                id="question"
                on:change=move |event| {
                    let id = event_target_value(&event);
                    view_state.update(|v| v.question = id);
                }
            >
                {groups}
            </select>
        </label>
    }
}
