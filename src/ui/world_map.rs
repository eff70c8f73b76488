//! The world choropleth: our own SVG from the pre-projected paths, drawing a [`MapLayer`] (a question,
//! a series or the index). The paths are created once; a view change only updates their fill and
//! class attributes, and a region filter only the viewBox.

use std::collections::HashMap;
use std::sync::Arc;

use leptos::prelude::*;
use readiness_core::figures::map::{
    is_dimmed, is_small, keyboard_order, region_box, shape_countries, step,
};
use readiness_core::figures::scale::Category;
use readiness_core::load::Loaded;
use readiness_core::model::CountryId;
use readiness_core::view::{Tab, View};
use wasm_bindgen::JsCast;

use crate::bridge::focus::focus;
use crate::ui::map_layer::{MapLayer, Press};

/// Radius of the dot that marks a small state, in map units (tenths of a pixel at natural size).
const DOT_RADIUS: i32 = 32;

#[derive(Clone, Copy, PartialEq)]
struct Pointer {
    country: CountryId,
    x: i32,
    y: i32,
}

/// The shape an event on the map is for: its index in the map, its country (if the shape is one of the
/// data's) and the element.
struct Target {
    shape: usize,
    country: Option<CountryId>,
    element: web_sys::Element,
}

/// What a country's path shows that changes with the view.
#[derive(Clone, PartialEq)]
struct PathLook {
    category: Category,
    dimmed: bool,
    pinned: bool,
    /// For a country the keyboard visits: whether it is the map's one Tab stop.
    tab_stop: Option<bool>,
    /// Its accessible name, for a country the keyboard visits.
    label: Option<String>,
}

impl PathLook {
    fn class(&self) -> Option<&'static str> {
        match (self.dimmed, self.pinned) {
            (false, false) => None,
            (true, false) => Some("dimmed"),
            (false, true) => Some("pinned"),
            (true, true) => Some("dimmed pinned"),
        }
    }

    /// A small state's dot: its colour and emphasis are its path's.
    fn dot_class(&self) -> &'static str {
        match (self.dimmed, self.pinned) {
            (false, false) => "dot",
            (true, false) => "dot dimmed",
            (false, true) => "dot pinned",
            (true, true) => "dot dimmed pinned",
        }
    }

    fn tab_index(&self) -> Option<&'static str> {
        self.tab_stop.map(|stop| if stop { "0" } else { "-1" })
    }

    fn role(&self) -> Option<&'static str> {
        self.label.is_some().then_some("button")
    }

    fn hidden(&self) -> Option<&'static str> {
        self.label.is_none().then_some("true")
    }

    /// The path's attributes that change with the view, with their values (`None`: absent).
    fn attributes(&self) -> [(&'static str, Option<&str>); 7] {
        [
            ("fill", Some(self.category.colour())),
            ("data-category", Some(self.category.slug())),
            ("class", self.class()),
            ("tabindex", self.tab_index()),
            ("role", self.role()),
            ("aria-label", self.label.as_deref()),
            ("aria-hidden", self.hidden()),
        ]
    }

    /// Writes to `element` the attributes in which this look differs from `was`.
    fn update(&self, element: &web_sys::Element, was: &PathLook) {
        for ((name, now), (_, before)) in self.attributes().into_iter().zip(was.attributes()) {
            if now != before {
                set_attribute(element, name, now);
            }
        }
    }

    /// Writes all of this look to `element`, whatever it showed before.
    fn write(&self, element: &web_sys::Element) {
        for (name, value) in self.attributes() {
            set_attribute(element, name, value);
        }
    }

    fn update_dot(&self, dot: &web_sys::Element, was: &PathLook) {
        if self.category != was.category {
            let _ = dot.set_attribute("fill", self.category.colour());
        }
        if self.dot_class() != was.dot_class() {
            let _ = dot.set_attribute("class", self.dot_class());
        }
    }
}

/// Moves `children` into `parent`, a map group as it is built, before it is on the page.
fn append_all(parent: web_sys::Element, children: Vec<web_sys::Element>) {
    for child in children {
        let _ = parent.append_child(&child);
    }
}

fn set_attribute(element: &web_sys::Element, name: &str, value: Option<&str>) {
    let _ = match value {
        Some(value) => element.set_attribute(name, value),
        None => element.remove_attribute(name),
    };
}

#[component]
pub fn WorldMap(loaded: Arc<Loaded>, view_state: RwSignal<View>, layer: MapLayer) -> impl IntoView {
    let pointer = RwSignal::new(None::<Pointer>);
    let filter = Memo::new(move |_| view_state.with(|v| v.filter));
    let highlight = Memo::new(move |_| view_state.with(|v| v.highlight));
    let pinned = Memo::new(move |_| view_state.with(|v| v.country.clone()));
    let countries = Arc::new(shape_countries(&loaded.dataset, &loaded.map));
    // One Tab stop for the whole map (roving tabindex): arrows move between the countries with an
    // answer, a value or a score, which change with the question or the index's settings.
    let order = {
        let loaded = loaded.clone();
        Memo::new(move |_| {
            layer
                .visits
                .with(|v| Arc::new(keyboard_order(&loaded.dataset, &loaded.map, v)))
        })
    };
    let focusable = {
        let shapes = loaded.map.shapes.len();
        Memo::new(move |_| {
            let mut focusable = vec![false; shapes];
            for &shape in order.read().iter() {
                focusable[shape] = true;
            }
            focusable
        })
    };
    let roving = RwSignal::new(None::<usize>);
    // The Tab stop: the country last moved to while it can still be visited, else the first. The
    // visited countries can arrive after the map is drawn (a series' values, the index's result) or
    // change under it, and the map must stay reachable by Tab throughout.
    let tab_stop = Memo::new(move |_| {
        roving
            .get()
            .filter(|&shape| focusable.with(|f| f[shape]))
            .or_else(|| order.with(|o| o.first().copied()))
    });
    // Each path's attributes that change with the view, worked out for every shape at once by one
    // effect, which writes only those that changed: a memo and eight attribute effects per shape made
    // the first draw 25% slower, and touch the DOM no less selectively.
    let look = {
        let (loaded, countries) = (loaded.clone(), countries.clone());
        move |index: usize| {
            let country = countries[index];
            let record = country.map(|c| &loaded.dataset[c]);
            let category = country
                .and_then(|c| layer.categories.with(|all| all.get(c.0).copied()))
                .unwrap_or(Category::NotSurveyed);
            let groups = record.map(|c| (c.who_region, c.income_group));
            let responding = focusable.with(|f| f[index]);
            PathLook {
                category,
                dimmed: is_dimmed(filter.get(), highlight.get(), groups, category),
                pinned: pinned
                    .with(|p| p.as_deref() == Some(loaded.map.shapes[index].iso3.as_str())),
                tab_stop: responding.then(|| tab_stop.get() == Some(index)),
                // A shape that cannot be pressed is grey decoration: the map's own label says what
                // grey means and the legend counts those countries, so it is hidden rather than named
                // (a name without a role is not allowed, and 116 "Not surveyed" images would bury the
                // rest).
                label: responding.then(|| {
                    let name = record.map_or(loaded.map.shapes[index].iso3.as_str(), |c| &c.name);
                    format!("{name}: {}", layer.label.run(category))
                }),
            }
        }
    };
    let shapes = loaded.map.shapes.len();
    let first: Vec<PathLook> = untrack(|| (0..shapes).map(&look).collect());
    // The built first view's paths, when they are this map's shapes: moved into place below rather than
    // drawn again, which would send every outline from wasm to the page and have the browser parse it
    // once more (the first draw was ~17 ms longer). Taken once: a map is drawn once (the tab's memo and
    // the other views' own types never rebuild it in place), so the directive never runs again with none.
    let built = crate::source::take_built_paths(&loaded.map.shapes);
    let draw_paths = built.is_none();
    let built = built.unwrap_or_default();
    for (path, look) in built.iter().zip(&first) {
        look.write(path);
    }
    let mut paths = Vec::new();
    let mut dots = Vec::new();
    // The place among the dots of each shape's dot, for a small state.
    let mut dot_of = vec![None; shapes];
    for (index, (shape, shown)) in loaded.map.shapes.iter().zip(&first).enumerate() {
        paths.extend(draw_paths.then(|| {
            view! {
                <path
                    d=shape.path.clone()
                    data-iso3=shape.iso3.clone()
                    fill=shown.category.colour()
                    data-category=shown.category.slug()
                    class=shown.class()
                    tabindex=shown.tab_index()
                    role=shown.role()
                    aria-label=shown.label.clone()
                    aria-hidden=shown.hidden()
                />
            }
        }));
        let findable = countries[index].is_some_and(|c| loaded.dataset[c].who_region.is_some())
            || shown.label.is_some();
        if is_small(shape) && findable {
            dot_of[index] = Some(dots.len() as u32);
            dots.push(view! {
                <circle
                    class=shown.dot_class()
                    cx=shape.label[0]
                    cy=shape.label[1]
                    r=DOT_RADIUS
                    fill=shown.category.colour()
                    data-iso3=shape.iso3.clone()
                    aria-hidden="true"
                />
            });
        }
    }
    let countries_group = NodeRef::<leptos::svg::G>::new();
    let dots_group = NodeRef::<leptos::svg::G>::new();
    let shown = std::cell::RefCell::new(first);
    Effect::new(move |_| {
        let looks: Vec<PathLook> = (0..shapes).map(&look).collect();
        let (Some(countries), Some(dots)) = (countries_group.get(), dots_group.get()) else {
            return;
        };
        let (paths, dots) = (countries.children(), dots.children());
        let mut shown = shown.borrow_mut();
        for (index, (was, now)) in shown.iter_mut().zip(looks).enumerate() {
            if *was != now {
                if let Some(path) = paths.item(index as u32) {
                    now.update(&path, was);
                }
                if let Some(dot) = dot_of[index].and_then(|at| dots.item(at)) {
                    now.update_dot(&dot, was);
                }
                *was = now;
            }
        }
    });
    // One listener of each kind for the whole map, not six per country: the shape an event is for is
    // found from its target's `data-iso3` (paths and dots alike), so drawing the map makes no closure
    // per country.
    let shape_of = {
        let index: Arc<HashMap<String, usize>> = Arc::new(
            loaded
                .map
                .shapes
                .iter()
                .enumerate()
                .map(|(i, shape)| (shape.iso3.clone(), i))
                .collect(),
        );
        let countries = countries.clone();
        move |event: &web_sys::Event| {
            let target = event.target()?.dyn_into::<web_sys::Element>().ok()?;
            let shape = *index.get(&target.get_attribute("data-iso3")?)?;
            Some(Target {
                shape,
                country: countries[shape],
                element: target,
            })
        }
    };
    let pin = {
        let loaded = loaded.clone();
        move |shape: usize| {
            view_state.update(|v| {
                v.country = Some(loaded.map.shapes[shape].iso3.clone());
                if layer.press == Press::OpenProfile {
                    v.tab = Tab::Profile;
                }
            })
        }
    };
    let track = {
        let shape_of = shape_of.clone();
        move |event: web_sys::PointerEvent| {
            let country = shape_of(&event).and_then(|target| target.country);
            pointer.set(country.map(|country| Pointer {
                country,
                x: event.client_x(),
                y: event.client_y(),
            }));
        }
    };
    // Keyboard users get the same tooltip, beside the focused country.
    let show_on_focus = {
        let shape_of = shape_of.clone();
        move |event: web_sys::FocusEvent| {
            if let Some(Target {
                shape,
                country: Some(country),
                element,
            }) = shape_of(&event)
            {
                roving.set(Some(shape));
                let rect = element.get_bounding_client_rect();
                pointer.set(Some(Pointer {
                    country,
                    x: rect.right() as i32,
                    y: rect.top() as i32,
                }));
            }
        }
    };
    let on_click = {
        let (shape_of, pin) = (shape_of.clone(), pin.clone());
        move |event: web_sys::MouseEvent| {
            if let Some(target) = shape_of(&event) {
                pin(target.shape);
            }
        }
    };
    let on_key = {
        let loaded = loaded.clone();
        move |event: web_sys::KeyboardEvent| {
            let Some(Target { shape: index, .. }) = shape_of(&event) else {
                return;
            };
            let key = event.key();
            if key == "Enter" || key == " " {
                event.prevent_default();
                pin(index);
                return;
            }
            let order = order.get_untracked();
            let position = order.iter().position(|&s| s == index).unwrap_or(0);
            if let Some(next) = step(&key, position, order.len()) {
                event.prevent_default();
                let shape = order[next];
                roving.set(Some(shape));
                focus(&format!(
                    "path[data-iso3=\"{}\"]",
                    loaded.map.shapes[shape].iso3
                ));
            }
        }
    };
    let view_box = {
        let loaded = loaded.clone();
        move || {
            let [x, y, w, h] = match filter.get().region {
                Some(region) => region_box(&loaded.dataset, &loaded.map, region),
                None => [0, 0, loaded.map.width as i32, loaded.map.height as i32],
            };
            format!("{x} {y} {w} {h}")
        }
    };
    let tooltip = move || {
        pointer.get().map(|p| {
            let hover = layer.hover.run(p.country);
            view! {
                <div class="tooltip" role="tooltip" style:left=format!("{}px", p.x + 14) style:top=format!("{}px", p.y + 14)>
                    <strong>{hover.name}</strong>
                    <span class="tooltip-answer">
                        <i class="swatch" style:background=hover.category.colour()></i>
                        {hover.value}
                    </span>
                    {hover.note.map(|text| view! { <span class="tooltip-year">{text}</span> })}
                </div>
            }
        })
    };
    view! {
        <div class="map-frame">
            <a class="skip-link" href="#map-legend">"Skip the map's countries"</a>
            <svg
                class="world-map"
                viewBox=view_box
                role="group"
                aria-label=layer.description
                on:pointerleave=move |_| pointer.set(None)
                on:pointermove=track
                on:focusin=show_on_focus
                on:focusout=move |_| pointer.set(None)
                on:click=on_click
                on:keydown=on_key
            >
                <g class="countries" node_ref=countries_group use:append_all=built>{paths}</g>
                <g class="dots" node_ref=dots_group>{dots}</g>
            </svg>
            {tooltip}
        </div>
    }
}
