//! The filter bar: WHO region and income group, the active filter said in words, and one button that
//! clears it. Every fact, the map highlight and the tables follow this filter.

use leptos::prelude::*;
use readiness_core::filter::Filter;
use readiness_core::income::IncomeGroup;
use readiness_core::region::Region;
use readiness_core::view::View;

#[component]
pub fn FilterBar(view_state: RwSignal<View>) -> impl IntoView {
    let filter = Memo::new(move |_| view_state.with(|v| v.filter));
    let regions = Region::ALL
        .into_iter()
        .map(|region| {
            let selected = move || filter.get().region == Some(region);
            view! { <option value=region.code() selected=selected>{region.name()}</option> }
        })
        .collect_view();
    let incomes = IncomeGroup::ALL
        .into_iter()
        .map(|group| {
            let selected = move || filter.get().income == Some(group);
            view! { <option value=group.code() selected=selected>{group.name()}</option> }
        })
        .collect_view();
    view! {
        <section class="filters" aria-label="Filter countries">
            <label class="picker">
                <span>"WHO region"</span>
                // `selected` on the options sets the first choice; once the reader has chosen, only the
                // select's value property moves the choice (Back and Forward restore other filters).
                <select
                    id="region"
                    prop:value=move || filter.get().region.map_or("", |r| r.code())
                    on:change=move |event| {
                        let code = event_target_value(&event);
                        view_state.update(|v| v.filter.region = Region::from_code(&code));
                    }
                >
                    <option value="" selected=move || filter.get().region.is_none()>"All WHO regions"</option>
                    {regions}
                </select>
            </label>
            <label class="picker">
                <span>"Income group (World Bank, 2026)"</span>
                <select
                    id="income"
                    prop:value=move || filter.get().income.map_or("", |g| g.code())
                    on:change=move |event| {
                        let code = event_target_value(&event);
                        view_state.update(|v| v.filter.income = IncomeGroup::from_code(&code));
                    }
                >
                    <option value="" selected=move || filter.get().income.is_none()>"All income groups"</option>
                    {incomes}
                </select>
            </label>
            <p class="active-filter" aria-live="polite">
                {move || {
                    let filter = filter.get();
                    if filter.is_empty() {
                        view! { <span>"Showing all responding countries."</span> }.into_any()
                    } else {
                        view! {
                            <span>"Showing: " <strong>{filter.describe()}</strong></span>
                            <button
                                type="button"
                                class="clear-filter"
                                on:click=move |_| view_state.update(|v| v.filter = Filter::default())
                            >
                                "Clear filter"
                            </button>
                        }
                        .into_any()
                    }
                }}
            </p>
        </section>
    }
}
