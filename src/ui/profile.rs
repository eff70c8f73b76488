//! The country profile (`?tab=profile&country=KEN`): one country on one page, a scorecard that
//! prints. The search box picks the country; `readiness_core::figures::profile` builds every line.

use std::sync::Arc;

use leptos::prelude::*;
use readiness_core::figures::profile::{profile, Profile};
use readiness_core::model::{CountryId, Dataset, IndicatorId};
use readiness_core::view::{permalink, Tab, View};

use crate::bridge::print;
use crate::ui::cite::{today, CiteThis};
use crate::ui::country_search::CountrySearch;
use crate::ui::profile_answers::ProfileAnswers;
use crate::ui::profile_index::ProfileIndex;
use crate::ui::profile_series::ProfileSeries;
use crate::ui::series::SeriesStore;
use crate::ui::share::page_address;

#[component]
pub fn ProfileView(store: SeriesStore, view_state: RwSignal<View>) -> impl IntoView {
    let dataset = store.dataset;
    // A profile shows every series: ask for each file now (the store fetches each once).
    let numeric: Vec<IndicatorId> = dataset.with_untracked(|d| {
        d.indicator_ids()
            .filter(|&i| d[i].measure.number().is_some())
            .collect()
    });
    for indicator in numeric {
        store.ensure(indicator);
    }
    let country = Memo::new(move |_| {
        view_state
            .with(|v| v.country.clone())
            .and_then(|iso3| dataset.with(|d| d.country(&iso3)))
    });
    // Rebuilt as each series file arrives; the parts below re-render only if their part changed.
    let shown = Memo::new(move |_| {
        let up_to = view_state.with(|v| v.year);
        country
            .get()
            .map(|c| dataset.with(|d| profile(d, c, up_to)))
    });
    let sheet = move || {
        match country.get() {
        None => view! {
            <p class="profile-hint">
                "Type a country's name or ISO code to see its survey answers by building block and its context indicators on one printable page. You can also open a country's profile from the map."
            </p>
        }
        .into_any(),
        Some(_) => view! { <ProfileSheet store view_state country shown /> }.into_any(),
    }
    };
    view! {
        <div class="profile">
            <div class="profile-tools">
                <CountrySearch dataset view_state />
                <button type="button" class="print" on:click=move |_| {
                    print::print_page();
                }>"Print this profile"</button>
            </div>
            {sheet}
        </div>
    }
}

/// The page a printer gets: header with the date, the readiness index, answers by building block,
/// context indicators, and how to cite it.
#[component]
fn ProfileSheet(
    store: SeriesStore,
    view_state: RwSignal<View>,
    country: Memo<Option<CountryId>>,
    shown: Memo<Option<Profile>>,
) -> impl IntoView {
    let part = move |f: fn(&Profile) -> String| {
        Memo::new(move |_| shown.with(|p| p.as_ref().map(f).unwrap_or_default()))
    };
    let name = part(|p| p.name.clone());
    let groups = part(|p| p.groups.clone());
    let survey_note = part(|p| p.survey_note.clone());
    let series_note = part(|p| p.series_note.clone());
    let blocks = Memo::new(move |_| {
        shown.with(|p| p.as_ref().map(|p| p.blocks.clone()).unwrap_or_default())
    });
    let series = Memo::new(move |_| {
        shown.with(|p| p.as_ref().map(|p| p.series.clone()).unwrap_or_default())
    });
    let cited = Signal::derive(move || {
        let answers = blocks.with(|b| {
            b.iter()
                .flat_map(|b| b.answers.iter().map(|a| a.indicator))
                .collect::<Vec<_>>()
        });
        answers
            .into_iter()
            .chain(series.with(|s| s.iter().map(|s| s.indicator).collect::<Vec<_>>()))
            .collect()
    });
    let date = today();
    view! {
        <article class="profile-sheet" aria-labelledby="profile-title">
            <header class="profile-header">
                <h2 id="profile-title">{name}</h2>
                <p class="profile-groups">{groups}</p>
                <p class="profile-date">
                    "eHealth Readiness country profile, " <time datetime=date.iso()>{date.written()}</time>
                </p>
            </header>
            <ProfileIndex store view_state country />
            <section class="profile-answers" aria-labelledby="profile-answers-title">
                <h3 id="profile-answers-title">{survey_note}</h3>
                <ProfileAnswers dataset=store.dataset view_state blocks />
            </section>
            <section class="profile-series" aria-labelledby="profile-series-title">
                <h3 id="profile-series-title">"Context indicators"</h3>
                <p class="profile-note">{series_note}</p>
                <ProfileSeries store view_state series />
            </section>
            <CiteThis dataset=store.dataset view_state indicators=cited subject=Signal::derive(move || Some(name.get())) />
        </article>
    }
}

/// A link to the map of one indicator (and year, for a series) with the profile's country pinned:
/// a real address, so it opens in a new tab too; a plain click changes the view in place.
#[component]
pub fn MapLink(
    view_state: RwSignal<View>,
    dataset: RwSignal<Arc<Dataset>>,
    indicator: IndicatorId,
    year: Option<u16>,
    label: String,
) -> impl IntoView {
    let target = move || {
        let question = dataset.with_untracked(|d| d[indicator].id.clone());
        view_state.with(|v| View {
            question,
            year,
            tab: Tab::Map,
            ..v.clone()
        })
    };
    let base = page_address();
    view! {
        <a
            href=move || permalink(&base, &target())
            on:click=move |event| {
                event.prevent_default();
                view_state.set(target());
            }
        >
            {label}
        </a>
    }
}
