//! Finding a country by typing its name, code or another common name, then opening its profile: a
//! text box with a list of suggestions from `readiness_core::search`, following the WAI-ARIA
//! combobox pattern (list autocomplete; arrows move, Enter opens, Escape closes, then clears).

use std::sync::Arc;

use leptos::prelude::*;
use readiness_core::model::Dataset;
use readiness_core::search::{search, MAX_RESULTS};
use readiness_core::view::{Tab, View};

#[component]
pub fn CountrySearch(dataset: RwSignal<Arc<Dataset>>, view_state: RwSignal<View>) -> impl IntoView {
    let query = RwSignal::new(String::new());
    let open = RwSignal::new(false);
    // The suggestion the arrows point at; the text box keeps DOM focus (aria-activedescendant).
    let active = RwSignal::new(None::<usize>);
    // (ISO3, name) of each suggestion: only a country's names, never a figure.
    let suggestions = Memo::new(move |_| {
        dataset.with(|d| {
            query
                .with(|q| search(d, q, MAX_RESULTS))
                .into_iter()
                .map(|c| (d[c].iso3.clone(), d[c].name.clone()))
                .collect::<Vec<_>>()
        })
    });
    let expanded = move || open.get() && !suggestions.with(Vec::is_empty);
    let choose = move |iso3: String| {
        query.set(String::new());
        open.set(false);
        active.set(None);
        view_state.update(|v| {
            v.country = Some(iso3);
            v.tab = Tab::Profile;
        });
    };
    let on_key = move |event: leptos::ev::KeyboardEvent| {
        let count = suggestions.with(Vec::len);
        match event.key().as_str() {
            "ArrowDown" | "ArrowUp" if count > 0 => {
                event.prevent_default();
                open.set(true);
                let down = event.key() == "ArrowDown";
                active.update(|a| {
                    *a = Some(match (*a, down) {
                        (None, true) => 0,
                        (None, false) => count - 1,
                        (Some(i), true) => (i + 1) % count,
                        (Some(i), false) => (i + count - 1) % count,
                    })
                });
            }
            // With no suggestion pointed at, Enter takes the best match: what typing "cote" meant.
            "Enter" if count > 0 => {
                event.prevent_default();
                let index = active.get_untracked().unwrap_or(0).min(count - 1);
                choose(suggestions.with_untracked(|s| s[index].0.clone()));
            }
            "Escape" => {
                if expanded() {
                    open.set(false);
                    active.set(None);
                } else {
                    query.set(String::new());
                }
            }
            _ => {}
        }
    };
    let options = move || {
        suggestions
            .get()
            .into_iter()
            .enumerate()
            .map(|(index, (iso3, name))| {
                let chosen = iso3.clone();
                let option_id = format!("country-option-{iso3}");
                view! {
                    <li
                        role="option"
                        id=option_id
                        aria-selected=move || (active.get() == Some(index)).to_string()
                        // mousedown, not click: it comes before the text box's blur closes the list.
                        on:mousedown=move |event| {
                            event.prevent_default();
                            choose(chosen.clone());
                        }
                    >
                        {name}
                        <span class="country-option-code">{iso3}</span>
                    </li>
                }
            })
            .collect_view()
    };
    view! {
        <div class="country-search">
            <label for="country-search-input">"Find a country"</label>
            <input
                type="text"
                id="country-search-input"
                role="combobox"
                autocomplete="off"
                aria-autocomplete="list"
                aria-controls="country-search-list"
                aria-expanded=move || expanded().to_string()
                aria-activedescendant=move || {
                    active
                        .get()
                        .and_then(|i| suggestions.with(|s| s.get(i).map(|(iso3, _)| format!("country-option-{iso3}"))))
                }
                placeholder="Name or code, e.g. Kenya, UK, CIV"
                prop:value=move || query.get()
                on:input=move |event| {
                    query.set(event_target_value(&event));
                    open.set(true);
                    active.set(None);
                }
                on:keydown=on_key
                on:blur=move |_| open.set(false)
            />
            <ul id="country-search-list" role="listbox" aria-label="Countries" hidden=move || !expanded()>
                {options}
            </ul>
        </div>
    }
}
