//! The method as text: the sections `methodology` writes from the structure and settings, every
//! indicator used with its domain, direction, transform and reason, those left out with theirs, and
//! the external check as the pipeline wrote it in `index_checks.csv`.

use leptos::prelude::*;
use readiness_core::index::{methodology, IndicatorRow};

use crate::ui::index_model::IndexModel;

#[component]
pub fn Methodology(model: IndexModel) -> impl IntoView {
    let text = Memo::new(move |_| {
        let config = model.config.get_value();
        model
            .settings
            .with(|s| model.dataset.with(|d| methodology(d, &config, s)))
    });
    // Only the sections mention the settings; the indicator tables follow their own memos, which do not
    // notify when the lists are unchanged, so a change of weights does not rebuild them.
    let headed = Memo::new(move |_| text.with(|t| t.sections.clone()));
    let indicators = Memo::new(move |_| text.with(|t| t.indicators.clone()));
    let left_out = Memo::new(move |_| text.with(|t| t.left_out.clone()));
    let sections = move || {
        headed
            .read()
            .iter()
            .map(|section| {
                view! {
                    <h4>{section.heading.clone()}</h4>
                    {section.paragraphs.iter().map(|p| view! { <p>{p.clone()}</p> }).collect_view()}
                }
            })
            .collect_view()
    };
    let checks = model.dataset.with_untracked(|d| {
        model
            .checks
            .get_value()
            .into_iter()
            .map(|c| {
                view! {
                    <tr data-benchmark=d[c.benchmark].id.clone()>
                        <th scope="row">{d[c.benchmark].label.clone()}</th>
                        <td class="numeric">{c.year}</td>
                        <td class="numeric">{c.n}</td>
                        <td class="numeric rho">{c.spearman.readable()}</td>
                    </tr>
                }
            })
            .collect_view()
    });
    view! {
        <section class="methodology" aria-labelledby="methodology-title">
            <h3 id="methodology-title">"Methodology"</h3>
            {sections}
            <h4>"Indicators used"</h4>
            {move || indicator_table("index-indicators", "The indicators scored, by domain.", &indicators.read())}
            <h4>"Indicators left out"</h4>
            {move || indicator_table("index-left-out", "Indicators of the survey or catalogue deliberately not scored, and why.", &left_out.read())}
            <h4>"External check"</h4>
            <p>
                "Spearman's rank correlation of the index with default settings against published composites, over the countries that have both, computed by the data pipeline from the same files."
            </p>
            <div class="table-scroll">
                <table class="answer-table index-checks">
                    <thead>
                        <tr>
                            <th scope="col">"Composite"</th>
                            <th scope="col" class="numeric">"Edition"</th>
                            <th scope="col" class="numeric">"Countries (n)"</th>
                            <th scope="col" class="numeric">"Spearman's ρ"</th>
                        </tr>
                    </thead>
                    <tbody>{checks}</tbody>
                </table>
            </div>
        </section>
    }
}

fn indicator_table(
    id: &'static str,
    caption: &'static str,
    rows: &[IndicatorRow],
) -> impl IntoView {
    let rows = rows
        .iter()
        .map(|r| {
            view! {
                <tr data-indicator=r.id.clone()>
                    <th scope="row">{r.label.clone()}</th>
                    <td class="domain">{r.domain}</td>
                    <td class="direction">{r.direction}</td>
                    <td>{r.transform}</td>
                    <td class="rationale">{r.rationale.clone()}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <div class="table-scroll" role="region" aria-label=caption tabindex="0">
            <table class="answer-table" id=id>
                <caption>{caption}</caption>
                <thead>
                    <tr>
                        <th scope="col">"Indicator"</th>
                        <th scope="col">"Domain"</th>
                        <th scope="col">"Direction"</th>
                        <th scope="col">"Transform"</th>
                        <th scope="col">"Why"</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
}
