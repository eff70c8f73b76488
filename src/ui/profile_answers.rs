//! The profile's survey answers: one table per building block, each answer beside the share of the
//! country's WHO region and of the world answering "Yes", with whom each share is out of.

use std::sync::Arc;

use leptos::prelude::*;
use readiness_core::figures::profile::BlockAnswers;
use readiness_core::model::Dataset;
use readiness_core::view::View;

use crate::ui::profile::MapLink;

#[component]
pub fn ProfileAnswers(
    dataset: RwSignal<Arc<Dataset>>,
    view_state: RwSignal<View>,
    blocks: Memo<Vec<BlockAnswers>>,
) -> impl IntoView {
    // The survey's citation, once under the blocks: every question has the same source.
    let source = move || {
        let first = blocks.with(|b| {
            b.first()
                .and_then(|b| b.answers.first())
                .map(|a| a.indicator)
        })?;
        dataset.with(|d| {
            d.source_of(first)
                .map(|s| format!("Source: {}", s.citation))
        })
    };
    let tables = move || {
        blocks
            .get()
            .into_iter()
            .map(|block| {
                let region_scope = block
                    .answers
                    .iter()
                    .find_map(|a| a.region.as_ref().map(|r| r.scope.clone()))
                    .unwrap_or_else(|| "Region".to_string());
                let rows = block
                    .answers
                    .into_iter()
                    .map(|answer| {
                        let adopted = answer.year_adopted.map(|y| format!(" (since {y})")).unwrap_or_default();
                        let region = answer.region.map_or_else(|| "–".to_string(), |r| r.text);
                        view! {
                            <tr data-indicator=dataset.with_untracked(|d| d[answer.indicator].id.clone())>
                                <th scope="row">
                                    <MapLink view_state dataset indicator=answer.indicator year=None label=answer.label />
                                </th>
                                <td class="profile-answer" data-category=answer.category.slug()>
                                    <i class="swatch" style:background=answer.category.colour()></i>
                                    {answer.category.label()}{adopted}
                                </td>
                                <td class="profile-share">{region}</td>
                                <td class="profile-share">{answer.world.text}</td>
                            </tr>
                        }
                    })
                    .collect_view();
                view! {
                    <section class="profile-block">
                        <h4>{block.title}</h4>
                        <table class="profile-table">
                            <thead>
                                <tr>
                                    <th scope="col">"Question"</th>
                                    <th scope="col">"Answer"</th>
                                    <th scope="col">"Yes in the " {region_scope}</th>
                                    <th scope="col">"Yes in the world"</th>
                                </tr>
                            </thead>
                            <tbody>{rows}</tbody>
                        </table>
                    </section>
                }
            })
            .collect_view()
    };
    view! {
        {tables}
        <p class="profile-source">{source}</p>
    }
}
