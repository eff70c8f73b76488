//! The compare view: 2 to 5 countries' answers side by side, differences highlighted, with a few
//! context indicators (internet users, health spending, ...) above them. The chosen countries live in
//! the view state (`compare=`), so a comparison has a permalink.

use std::sync::Arc;

use leptos::prelude::*;
use readiness_core::figures::compare::{
    candidates, comparison, context, context_series, Comparison, ComparisonRow, Context, ContextRow,
};
use readiness_core::figures::scale::Category;
use readiness_core::load::Loaded;
use readiness_core::model::{CountryId, IndicatorId};
use readiness_core::view::{survey_question, View, MAX_COMPARE};
use wasm_bindgen::JsCast;

use crate::ui::series::SeriesStore;

/// The select that adds a country; focus returns to it when the last chip is removed.
const PICKER_ID: &str = "compare-country";

/// `store` holds the context indicators' values once they arrive; the answers come from `loaded`.
#[component]
pub fn CompareView(
    loaded: Arc<Loaded>,
    store: SeriesStore,
    view_state: RwSignal<View>,
) -> impl IntoView {
    let survey = survey_question(&loaded.dataset).unwrap_or(IndicatorId(0));
    let candidates = candidates(&loaded.dataset, survey);
    let chosen = {
        let loaded = loaded.clone();
        Memo::new(move |_| {
            view_state.with(|v| {
                v.compare
                    .iter()
                    .filter_map(|iso3| loaded.dataset.country(iso3))
                    .collect::<Vec<CountryId>>()
            })
        })
    };
    let table = Memo::new(move |_| comparison(&loaded.dataset, &chosen.read()));
    // Apart from the answers, so that each series arriving redraws only these few rows.
    let context = Memo::new(move |_| store.dataset.with(|d| context(d, &chosen.read(), survey)));
    // 0, 1, or 2 for "enough to compare": the table is built once and kept (with its toggle) while
    // countries are added and removed, not rebuilt on every change.
    let shown = Memo::new(move |_| table.read().countries.len().min(2));
    view! {
        <section class="compare" aria-label="Compare countries">
            <CountryChooser candidates table view_state />
            {move || match shown.get() {
                0 => view! {
                    <p class="compare-hint">
                        "Choose two to " {MAX_COMPARE}
                        " countries above, then press Add, to see their answers side by side, question by question."
                    </p>
                }
                .into_any(),
                1 => view! {
                    <p class="compare-hint">"Add one more country to start the comparison."</p>
                }
                .into_any(),
                _ => view! { <CompareTable table context store /> }.into_any(),
            }}
        </section>
    }
}

/// The country select with its Add button, and the chosen countries as removable chips.
#[component]
fn CountryChooser(
    candidates: Vec<(String, String)>,
    table: Memo<Comparison>,
    view_state: RwSignal<View>,
) -> impl IntoView {
    // The picked but not yet added country; "" while the placeholder is shown.
    let choice = RwSignal::new(String::new());
    let full = move || view_state.with(|v| v.compare.len() >= MAX_COMPARE);
    let add = move |_| {
        let iso3 = choice.get_untracked();
        if iso3.is_empty() {
            return;
        }
        view_state.update(|v| {
            if v.compare.len() < MAX_COMPARE && !v.compare.contains(&iso3) {
                v.compare.push(iso3);
            }
        });
        choice.set(String::new());
    };
    let options = move || {
        let chosen = view_state.with(|v| v.compare.clone());
        candidates
            .iter()
            .filter(|(iso3, _)| !chosen.contains(iso3))
            .map(|(iso3, name)| view! { <option value=iso3.clone()>{name.clone()}</option> })
            .collect_view()
    };
    let chips = move || {
        let countries = table.read().countries.clone();
        let codes: Vec<String> = countries.iter().map(|c| c.iso3.clone()).collect();
        countries
            .into_iter()
            .enumerate()
            .map(|(position, country)| {
                let codes = codes.clone();
                let iso3 = country.iso3.clone();
                let remove_label = format!("Remove {}", country.name);
                let remove = move |_| {
                    view_state.update(|v| v.compare.retain(|c| *c != iso3));
                    // The pressed chip is gone: keep the keyboard user nearby, on the chip that took
                    // its place, else the one before it, else the country select.
                    let next = codes
                        .get(position + 1)
                        .or_else(|| position.checked_sub(1).and_then(|p| codes.get(p)))
                        .map_or(PICKER_ID.to_string(), |c| chip_id(c));
                    request_animation_frame(move || focus(&next));
                };
                view! {
                    <li>
                        <button
                            type="button"
                            class="compare-chip"
                            id=chip_id(&country.iso3)
                            aria-label=remove_label
                            on:click=remove
                        >
                            {country.name}
                            <span class="chip-x" aria-hidden="true">"×"</span>
                        </button>
                    </li>
                }
            })
            .collect_view()
    };
    view! {
        <div class="compare-chooser">
            <div class="compare-add">
                <label class="picker">
                    <span>"Add a country"</span>
                    <select
                        id=PICKER_ID
                        prop:value=move || choice.get()
                        on:change=move |event| choice.set(event_target_value(&event))
                    >
                        <option value="">"Choose a country…"</option>
                        {options}
                    </select>
                </label>
                <button
                    type="button"
                    class="compare-add-button"
                    disabled=move || full() || choice.read().is_empty()
                    on:click=add
                >
                    "Add"
                </button>
            </div>
            <ul class="compare-chips" aria-label="Countries compared">{chips}</ul>
            <p class="compare-limit" aria-live="polite">
                {move || full().then(|| format!("At most {MAX_COMPARE} countries: remove one to add another."))}
            </p>
        </div>
    }
}

/// The side-by-side table, with a toggle that keeps only the questions the countries answer differently.
/// The context indicators stay in view with the toggle on: it is about answers, and numbers of two
/// countries almost always differ.
#[component]
fn CompareTable(
    table: Memo<Comparison>,
    context: Memo<Context>,
    store: SeriesStore,
) -> impl IntoView {
    // Fetched once two countries are compared, not when the tab merely opens.
    for indicator in store.dataset.with_untracked(|d| context_series(d)) {
        store.ensure(indicator);
    }
    let only_differences = RwSignal::new(false);
    let summary = move || {
        let table = table.read();
        format!(
            "{} of {} questions answered differently.",
            table.differing(),
            table.questions
        )
    };
    let head = move || {
        let table = table.read();
        let questions = table.questions;
        table
            .countries
            .iter()
            .map(|country| {
                view! {
                    <th scope="col" data-iso3=country.iso3.clone()>
                        <span class="compare-country">{country.name.clone()}</span>
                        <span class="compare-yes">{format!("answered Yes to {} of {questions} questions", country.yes)}</span>
                    </th>
                }
            })
            .collect_view()
    };
    let sections = move || {
        let table = table.read();
        let columns = table.countries.len() + 1;
        table
            .sections
            .iter()
            .map(|section| {
                let any_differs = section.rows.iter().any(|r| r.differs);
                let rows = section
                    .rows
                    .iter()
                    .map(|row| view! { <AnswerRow row=row.clone() only_differences /> });
                view! {
                    <tbody hidden=move || only_differences.get() && !any_differs>
                        <tr class="section-row">
                            <th scope="rowgroup" colspan=columns>
                                <span class="section-title">{section.title.clone()}</span>
                            </th>
                        </tr>
                        {rows.collect_view()}
                    </tbody>
                }
            })
            .collect_view()
    };
    view! {
        <div class="compare-tools">
            <p class="compare-summary" aria-live="polite">{summary}</p>
            <label class="compare-toggle">
                <input
                    type="checkbox"
                    id="compare-only-differences"
                    prop:checked=move || only_differences.get()
                    on:change=move |event| only_differences.set(event_target_checked(&event))
                />
                "Show only differences"
            </label>
        </div>
        <div class="compare-scroll" role="region" aria-label="Answers side by side" tabindex="0">
            <table class="compare-table">
                <caption class="visually-hidden">
                    "Context indicators of the compared countries, then their answers to each yes/no question of the 2015 survey. Questions they answer differently are marked “Differs”."
                </caption>
                <thead>
                    <tr>
                        <th scope="col" class="compare-question">"Question"</th>
                        {head}
                    </tr>
                </thead>
                <ContextRows context store />
                {sections}
            </table>
        </div>
    }
}

/// One question: its label (marked when the answers differ) and each country's answer with its colour.
#[component]
fn AnswerRow(row: ComparisonRow, only_differences: RwSignal<bool>) -> impl IntoView {
    let differs = row.differs;
    let cells = row
        .cells
        .into_iter()
        .map(|cell| {
            let category = cell.answer.map_or(Category::NotSurveyed, Category::Answer);
            let label = if cell.answer.is_some() { category.label() } else { "No data" };
            view! {
                <td data-category=category.slug()>
                    <span class="compare-answer">
                        <i class="swatch" style:background=category.colour()></i>
                        {label}
                    </span>
                    {cell.year_adopted.map(|year| view! { <span class="compare-year">{format!("Adopted {year}")}</span> })}
                </td>
            }
        })
        .collect_view();
    view! {
        <tr
            class="answer-row"
            class:differs=differs
            data-question=row.id
            hidden=move || only_differences.get() && !differs
        >
            <th scope="row" class="compare-question">
                {row.label}
                {differs.then(|| view! { <span class="differs-marker"><span aria-hidden="true">"≠ "</span>"Differs"</span> })}
            </th>
            {cells}
        </tr>
    }
}

/// The context indicators as the table's first row group: each country's latest value and its year.
#[component]
fn ContextRows(context: Memo<Context>, store: SeriesStore) -> impl IntoView {
    move || {
        let context = context.read();
        // No series in the data: no section, rather than an empty one.
        let columns = context.rows.first()?.cells.len() + 1;
        let rows = context
            .rows
            .iter()
            .map(|row| view! { <ContextLine row=row.clone() store /> })
            .collect_view();
        Some(view! {
            <tbody class="context-rows">
                <tr class="section-row">
                    <th scope="rowgroup" colspan=columns>
                        <span class="section-title">{context.title.clone()}</span>
                    </th>
                </tr>
                {rows}
            </tbody>
        })
    }
}

/// One context indicator: its label with the unit, then "16.0 (2015)" per country.
#[component]
fn ContextLine(row: ContextRow, store: SeriesStore) -> impl IntoView {
    let indicator = row.indicator;
    let cells = row
        .cells
        .into_iter()
        .map(|reading| {
            let text = move || match reading {
                _ if !store.is_ready(indicator) => {
                    view! { <span class="context-none">"Loading…"</span> }.into_any()
                }
                Some((year, value)) => view! {
                    <span class="context-value">{value.readable()}</span>
                    " "
                    <span class="context-year">{format!("({year})")}</span>
                }
                .into_any(),
                None => view! { <span class="context-none">"No data"</span> }.into_any(),
            };
            view! { <td class="context-cell">{text}</td> }
        })
        .collect_view();
    view! {
        <tr class="context-row" data-indicator=row.id>
            <th scope="row" class="compare-question">{row.label}</th>
            {cells}
        </tr>
    }
}

fn chip_id(iso3: &str) -> String {
    format!("compare-chip-{iso3}")
}

/// Moves keyboard focus to the element with this id, if it is (still) on the page.
fn focus(id: &str) {
    let element = document()
        .get_element_by_id(id)
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(element) = element {
        let _ = element.focus();
    }
}
