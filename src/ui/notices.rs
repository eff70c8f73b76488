//! Problems met while loading data or reading the URL, shown to the reader instead of hidden.

use leptos::prelude::*;

use crate::ui::series::SeriesStore;

#[component]
pub fn Notices(problems: Vec<String>, url_notices: Vec<String>) -> impl IntoView {
    let has_problems = !problems.is_empty();
    let has_url_notices = !url_notices.is_empty();
    view! {
        {has_problems.then(|| view! {
            <section class="notice notice-problem" role="alert">
                <h2>"Some data could not be used"</h2>
                <p>"What is listed below was left out; everything else is shown."</p>
                <ul>{problems.into_iter().map(|p| view! { <li>{p}</li> }).collect_view()}</ul>
            </section>
        })}
        {has_url_notices.then(|| view! {
            <section class="notice" role="status">
                <ul>{url_notices.into_iter().map(|n| view! { <li>{n}</li> }).collect_view()}</ul>
            </section>
        })}
    }
}

/// Problems in the series files read after the first view, as they arrive.
#[component]
pub fn SeriesNotices(store: SeriesStore) -> impl IntoView {
    move || {
        let problems = store.problems.get();
        (!problems.is_empty()).then(|| {
            view! {
                <section class="notice notice-problem" role="alert">
                    <h2>"Some values of this indicator could not be used"</h2>
                    <ul>{problems.into_iter().map(|p| view! { <li>{p}</li> }).collect_view()}</ul>
                </section>
            }
        })
    }
}
