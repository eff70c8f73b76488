//! The world choropleth: our own SVG from the pre-projected paths. The paths are created once; a
//! question or region change only updates their fill and class attributes.

use std::sync::Arc;

use leptos::prelude::*;
use readiness_core::answer::Answer;
use readiness_core::figures::map::{category, hover, is_small, shape_countries};
use readiness_core::filter::Filter;
use readiness_core::load::Loaded;

/// Radius of the dot that marks a small state, in map units (tenths of a pixel at natural size).
const DOT_RADIUS: i32 = 32;

#[derive(Clone, Copy, PartialEq)]
struct Pointer {
    country: usize,
    x: i32,
    y: i32,
}

#[component]
pub fn WorldMap(
    loaded: Arc<Loaded>,
    indicator: Memo<usize>,
    country_answers: Memo<Vec<Option<Answer>>>,
    filter: Memo<Filter>,
) -> impl IntoView {
    let pointer = RwSignal::new(None::<Pointer>);
    let countries = shape_countries(&loaded.dataset, &loaded.map);
    let mut paths = Vec::new();
    let mut dots = Vec::new();
    for (index, shape) in loaded.map.shapes.iter().enumerate() {
        let country = countries[index];
        let member = country.is_some_and(|c| loaded.dataset.countries[c].who_region.is_some());
        let groups = country.map_or((None, None), |c| {
            let country = &loaded.dataset.countries[c];
            (country.who_region, country.income_group)
        });
        let category = move || category(&country_answers.read(), country);
        let outside = move || {
            let filter = filter.get();
            !filter.is_empty() && !(country.is_some() && filter.admits_groups(groups.0, groups.1))
        };
        let name = country.map_or_else(
            || shape.iso3.clone(),
            |c| loaded.dataset.countries[c].name.clone(),
        );
        let track = move |event: web_sys::PointerEvent| {
            if let Some(country) = country {
                pointer.set(Some(Pointer {
                    country,
                    x: event.client_x(),
                    y: event.client_y(),
                }));
            }
        };
        paths.push(view! {
            <path
                d=shape.path.clone()
                fill=move || category().colour()
                data-iso3=shape.iso3.clone()
                data-category=move || category().slug()
                class:outside=outside
                aria-label=name.clone()
                on:pointermove=track
            />
        });
        // Dots mark small states that matter here: WHO Member States and any country with answers,
        // not every tiny territory (which would scatter grey dots over the oceans).
        let findable = member || country.is_some_and(|c| loaded.dataset.is_responding(c));
        if is_small(shape) && findable {
            dots.push(view! {
                <circle
                    class="dot"
                    cx=shape.label[0]
                    cy=shape.label[1]
                    r=DOT_RADIUS
                    fill=move || category().colour()
                    data-iso3=shape.iso3.clone()
                    class:outside=outside
                    aria-label=name
                    on:pointermove=track
                />
            });
        }
    }
    let view_box = format!("0 0 {} {}", loaded.map.width, loaded.map.height);
    let tooltip = move || {
        pointer.get().map(|p| {
            let hover = hover(&loaded.dataset, indicator.get(), p.country);
            let adopted = hover.year_adopted.map(|year| format!("Adopted {year}"));
            view! {
                <div class="tooltip" role="tooltip" style:left=format!("{}px", p.x + 14) style:top=format!("{}px", p.y + 14)>
                    <strong>{hover.name}</strong>
                    <span class="tooltip-answer">
                        <i class="swatch" style:background=hover.category.colour()></i>
                        {hover.category.label()}
                    </span>
                    {adopted.map(|text| view! { <span class="tooltip-year">{text}</span> })}
                </div>
            }
        })
    };
    view! {
        <div class="map-frame">
            <svg
                class="world-map"
                viewBox=view_box
                role="img"
                aria-label="World map of the answers to the selected question; countries that did not take part in the survey are light grey"
                on:pointerleave=move |_| pointer.set(None)
            >
                <g class="countries">{paths}</g>
                <g class="dots">{dots}</g>
            </svg>
            {tooltip}
        </div>
    }
}
