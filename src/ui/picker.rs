//! The question picker: a search box and a choice of grouping (survey section or WHO-ITU building
//! block) that narrow the list of questions in the select.

use std::sync::Arc;

use leptos::prelude::*;
use readiness_core::figures::questions::{
    by_building_block, by_section, matching, series_by_source,
};
use readiness_core::load::Loaded;
use readiness_core::view::View;

#[component]
pub fn QuestionPicker(loaded: Arc<Loaded>, view_state: RwSignal<View>) -> impl IntoView {
    let search = RwSignal::new(String::new());
    let by_block = RwSignal::new(false);
    let groups = {
        let loaded = loaded.clone();
        move || {
            let groups = if by_block.get() {
                by_building_block(&loaded.dataset)
            } else {
                let mut groups = by_section(&loaded.dataset);
                groups.extend(series_by_source(&loaded.dataset));
                groups
            };
            // The options are rebuilt only when the search or grouping changes; a new question only moves
            // the selection. While searching, the current question must stay listed, so it is tracked then.
            let search = search.get();
            let current = if search.is_empty() {
                view_state.with_untracked(|v| v.question.clone())
            } else {
                view_state.with(|v| v.question.clone())
            };
            matching(groups, &search, &current)
                .into_iter()
                .map(|group| {
                    let options = group
                        .questions
                        .into_iter()
                        .map(|(id, label)| {
                            // Selected as the options are drawn (the select's value, set before its
                            // options exist, would find none); from then on the select's value follows
                            // the view, so no option watches it.
                            let selected = view_state.with_untracked(|v| v.question == id);
                            view! { <option value=id selected=selected>{label}</option> }
                        })
                        .collect_view();
                    view! { <optgroup label=group.title>{options}</optgroup> }
                })
                .collect_view()
        }
    };
    view! {
        <div class="question-picker">
            <label class="picker">
                <span>"Find a question or indicator"</span>
                <input
                    type="search"
                    id="question-search"
                    placeholder="e.g. privacy, EHR, internet"
                    prop:value=move || search.get()
                    on:input=move |event| search.set(event_target_value(&event))
                />
            </label>
            <label class="picker picker-question">
                <span>"Question or indicator"</span>
                <select
                    id="question"
                    prop:value=move || view_state.with(|v| v.question.clone())
                    on:change={
                        let loaded = loaded.clone();
                        move |event| {
                            let id = event_target_value(&event);
                            // A series opens at its latest year, written in the link so that it keeps
                            // showing that year when newer data arrive.
                            let year = loaded
                                .dataset
                                .indicator(&id)
                                .filter(|&i| loaded.dataset[i].measure.number().is_some())
                                .and_then(|i| loaded.dataset[i].latest_year());
                            view_state.update(|v| {
                                v.question = id;
                                v.year = year;
                                v.highlight = None;
                            });
                        }
                    }
                >
                    {groups}
                </select>
            </label>
            <fieldset class="grouping">
                <legend>"Group questions by"</legend>
                <label>
                    <input type="radio" name="grouping" checked=move || !by_block.get() on:change=move |_| by_block.set(false) />
                    "Survey section and source"
                </label>
                <label>
                    <input type="radio" name="grouping" checked=move || by_block.get() on:change=move |_| by_block.set(true) />
                    "Building block"
                </label>
            </fieldset>
        </div>
    }
}
