//! The pinned-country panel: the country clicked on the map, with its answers to every question of the
//! selected question's survey section, or its values of the selected series year by year.

use std::sync::Arc;

use leptos::prelude::*;
use readiness_core::figures::country::{panel_header, section_answers, series_history};
use readiness_core::model::{Dataset, IndicatorId};
use readiness_core::view::{permalink, Tab, View};

use crate::bridge::focus::focus;
use crate::ui::share::page_address;

#[component]
pub fn CountryPanel(
    dataset: RwSignal<Arc<Dataset>>,
    indicator: Memo<IndicatorId>,
    view_state: RwSignal<View>,
) -> impl IntoView {
    let pinned = Memo::new(move |_| {
        view_state.with(|v| {
            v.country
                .as_deref()
                .and_then(|iso3| dataset.with(|d| d.country(iso3)))
        })
    });
    move || {
        pinned.get().map(|country| {
            let dataset = dataset.get();
            let record = &dataset[country];
            let header = panel_header(&dataset, country, indicator.get());
            let section = dataset[indicator.get()].survey.as_ref().map_or(0, |s| s.section);
            let history = series_history(&dataset, country, indicator.get())
                .into_iter()
                .map(|(year, value)| {
                    view! {
                        <li>
                            <span class="answer-question">{year}</span>
                            <span class="answer-value">{value}</span>
                        </li>
                    }
                })
                .collect_view();
            let rows = section_answers(&dataset, country, section)
                .into_iter()
                .map(|row| {
                    let current = row.indicator == indicator.get();
                    let when = row.year_adopted.map(|y| format!(" ({y})")).unwrap_or_default();
                    view! {
                        <li class:current=current>
                            <i class="swatch" style:background=row.category.colour()></i>
                            <span class="answer-question">{row.label}</span>
                            <span class="answer-value">{row.category.label()}{when}</span>
                        </li>
                    }
                })
                .collect_view();
            view! {
                <section class="country-panel" aria-label=format!("Answers of {}", record.name)>
                    <header>
                        <h3>{record.name.clone()}</h3>
                        <button type="button" class="close" aria-label="Close the country panel" on:click=move |_| {
                                // The close button disappears: give focus back to the country on the map.
                                let iso3 = view_state.with_untracked(|v| v.country.clone()).unwrap_or_default();
                                view_state.update(|v| v.country = None);
                                focus(&format!("path[data-iso3=\"{iso3}\"]"));
                            }>
                            "×"
                        </button>
                    </header>
                    <p class="country-groups">{header.groups}</p>
                    <p class="country-status">{header.status}</p>
                    // A link, not a button: Enter follows it, and it opens in a new tab too.
                    <a
                        class="profile-link"
                        href=move || view_state.with(|v| permalink(&page_address(), &View { tab: Tab::Profile, ..v.clone() }))
                        on:click=move |event| {
                            event.prevent_default();
                            view_state.update(|v| v.tab = Tab::Profile);
                        }
                    >
                        "Country profile of " {record.name.clone()}
                    </a>
                    <ul class="answers">{rows}{history}</ul>
                </section>
            }
        })
    }
}
