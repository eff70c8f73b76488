//! The table view: the selected question's answers, or the selected series' values for the year shown,
//! as a sortable table, the map's accessible twin, with a download of the same rows as CSV.

use leptos::prelude::*;
use readiness_core::figures::scale::Category;
use readiness_core::figures::series_map;
use readiness_core::figures::table::{answer_table, series_table, to_csv, Column, Row, Sort};
use readiness_core::view::View;

use crate::bridge::download::download_text;
use crate::ui::choropleth::Choropleth;

/// Takes the map's [`Choropleth`] so that the table shows what the map shows: the same indicator and
/// year, redrawn when a series' values arrive or the year moves.
#[component]
pub fn AnswerTable(choropleth: Choropleth, view_state: RwSignal<View>) -> impl IntoView {
    // Local, not in the URL: a permalink names what is shown, not how the reader ordered it.
    let sort = RwSignal::new(Sort::default());
    let filter = Memo::new(move |_| view_state.with(|v| v.filter));
    let dataset = choropleth.dataset;
    let indicator = choropleth.indicator;
    // Apart from the table so that a new sort does not look every value up again.
    let readings = Memo::new(move |_| match choropleth.when.get() {
        Some(when) => dataset.with(|d| series_map::readings(d, indicator.get(), when)),
        None => Vec::new(),
    });
    let table = Memo::new(move |_| {
        dataset.with(|d| match choropleth.when.get() {
            Some(when) => series_table(
                d,
                indicator.get(),
                &readings.read(),
                when,
                filter.get(),
                sort.get(),
            ),
            None => answer_table(d, indicator.get(), filter.get(), sort.get()),
        })
    });
    let is_series = Memo::new(move |_| choropleth.when.get().is_some());
    let download_error = RwSignal::new(None::<String>);
    let download = move |_| {
        let (name, csv) = table.with_untracked(|t| (t.file_name.clone(), to_csv(t)));
        download_error.set(download_text(&name, "text/csv;charset=utf-8", &csv).err());
    };
    // Redrawn only when the columns change (another kind of indicator, another unit), not on each
    // sort, so that a header button keeps the keyboard focus that pressed it.
    let columns = Memo::new(move |_| table.read().columns.clone());
    let headers = move || {
        columns
            .get()
            .into_iter()
            .map(|header| {
                let column = header.column;
                view! {
                    <th scope="col" class:numeric=column.is_numeric() aria-sort=move || table.read().sort.aria(column)>
                        <button
                            type="button"
                            on:click=move |_| sort.set(table.read_untracked().sort.toggled(column))
                        >
                            {header.label}
                            <span class="sort-arrow" aria-hidden="true"></span>
                        </button>
                    </th>
                }
            })
            .collect_view()
    };
    let rows = move || {
        let table = table.read();
        table
            .rows
            .iter()
            .map(|row| {
                let cells = table
                    .columns
                    .iter()
                    .map(|header| cell(row, header.column))
                    .collect_view();
                view! { <tr data-iso3=row.iso3.clone()>{cells}</tr> }
            })
            .collect_view()
    };
    // Until a series' file arrives its table has no rows; saying so beats "0 countries".
    let caption = move || {
        if choropleth.ready.get() {
            table.read().caption.clone()
        } else {
            "Loading the values…".to_string()
        }
    };
    view! {
        <section
            class="table-panel"
            aria-label=move || if is_series.get() { "Values as a table" } else { "Answers as a table" }
        >
            <div class="table-toolbar">
                <p class="table-hint">"Sort by any column with its header button."</p>
                <button type="button" class="download-csv" on:click=download>"Download CSV"</button>
            </div>
            <p class="download-error" role="alert">{move || download_error.get()}</p>
            // Focusable so that keyboard users can scroll it sideways on a phone.
            <div class="table-scroll" role="region" aria-labelledby="answer-table-caption" tabindex="0">
                <table class="answer-table" class:series-table=move || is_series.get()>
                    <caption id="answer-table-caption">{caption}</caption>
                    <thead><tr>{headers}</tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        </section>
    }
}

/// One cell: the country heads its row; an answer carries its colour; numbers line up on the right.
fn cell(row: &Row, column: Column) -> AnyView {
    let text = row.cell(column);
    match column {
        Column::Country => view! { <th scope="row">{text}</th> }.into_any(),
        Column::Answer => {
            let swatch = row.answer().map(|answer| {
                view! { <i class="swatch" style:background=Category::Answer(answer).colour()></i> }
            });
            view! { <td class="answer">{swatch}{text}</td> }.into_any()
        }
        Column::Value => view! { <td class="numeric value">{text}</td> }.into_any(),
        Column::Year => view! { <td class="numeric year">{text}</td> }.into_any(),
        _ => view! { <td class:numeric=column.is_numeric()>{text}</td> }.into_any(),
    }
}
