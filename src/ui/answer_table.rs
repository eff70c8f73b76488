//! The table view: the selected question's answers as a sortable table, the map's accessible twin,
//! with a download of the same rows as CSV.

use std::sync::Arc;

use leptos::prelude::*;
use readiness_core::figures::scale::Category;
use readiness_core::figures::table::{answer_table, csv_file_name, to_csv, Column, Sort};
use readiness_core::load::Loaded;
use readiness_core::model::IndicatorId;
use readiness_core::view::View;

use crate::bridge::download::download_text;

#[component]
pub fn AnswerTable(loaded: Arc<Loaded>, view_state: RwSignal<View>) -> impl IntoView {
    // Local, not in the URL: a permalink names what is shown, not how the reader ordered it.
    let sort = RwSignal::new(Sort::default());
    let filter = Memo::new(move |_| view_state.with(|v| v.filter));
    let indicator = {
        let loaded = loaded.clone();
        Memo::new(move |_| {
            view_state
                .with(|v| loaded.dataset.indicator(&v.question))
                .unwrap_or(IndicatorId(0))
        })
    };
    let table = {
        let loaded = loaded.clone();
        Memo::new(move |_| answer_table(&loaded.dataset, indicator.get(), filter.get(), sort.get()))
    };
    let download_error = RwSignal::new(None::<String>);
    let download = move |_| {
        let name = csv_file_name(
            &loaded.dataset,
            indicator.get_untracked(),
            filter.get_untracked(),
        );
        let csv = table.with_untracked(to_csv);
        download_error.set(download_text(&name, "text/csv;charset=utf-8", &csv).err());
    };
    let headers = Column::ALL
        .into_iter()
        .map(|column| {
            view! {
                <th scope="col" class:numeric=column.is_numeric() aria-sort=move || sort.get().aria(column)>
                    <button type="button" on:click=move |_| sort.update(|s| *s = s.toggled(column))>
                        {column.label()}
                        <span class="sort-arrow" aria-hidden="true"></span>
                    </button>
                </th>
            }
        })
        .collect_view();
    let rows = move || {
        table
            .read()
            .rows
            .iter()
            .map(|row| {
                let swatch = row.answer().map(|answer| {
                    view! { <i class="swatch" style:background=Category::Answer(answer).colour()></i> }
                });
                view! {
                    <tr data-iso3=row.iso3.clone()>
                        <th scope="row">{row.cell(Column::Country)}</th>
                        <td>{row.cell(Column::Region)}</td>
                        <td>{row.cell(Column::Income)}</td>
                        <td class="answer">{swatch}{row.cell(Column::Answer)}</td>
                        <td class="numeric">{row.cell(Column::YearAdopted)}</td>
                        <td>{row.cell(Column::Detail)}</td>
                    </tr>
                }
            })
            .collect_view()
    };
    view! {
        <section class="table-panel" aria-label="Answers as a table">
            <div class="table-toolbar">
                <p class="table-hint">"Sort by any column with its header button."</p>
                <button type="button" class="download-csv" on:click=download>"Download CSV"</button>
            </div>
            <p class="download-error" role="alert">{move || download_error.get()}</p>
            // Focusable so that keyboard users can scroll it sideways on a phone.
            <div class="table-scroll" role="region" aria-labelledby="answer-table-caption" tabindex="0">
                <table class="answer-table">
                    <caption id="answer-table-caption">{move || table.read().caption.clone()}</caption>
                    <thead><tr>{headers}</tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        </section>
    }
}
