//! The reader's choices for the index: a weight per domain (sliders, 0–5 in halves) with a reset, and
//! the method. Each change goes into the view, so the address bar and history follow.

use leptos::prelude::*;
use readiness_core::index::{Aggregation, MissingRule, Normalisation, Settings};
use readiness_core::model::BuildingBlock;
use readiness_core::number::Decimal;
use readiness_core::view::View;

/// Slider range: weights are relative, and 0 to 5 in halves covers "leave out" to "five times as much".
const SLIDER_MAX: &str = "5";
const SLIDER_STEP: &str = "0.5";

#[component]
pub fn IndexControls(view_state: RwSignal<View>) -> impl IntoView {
    let sliders = BuildingBlock::ALL
        .into_iter()
        .enumerate()
        .map(|(d, block)| {
            let id = format!("weight-{}", block.code());
            let weight = Memo::new(move |_| view_state.with(|v| v.index.weights[d]));
            let set = move |event| {
                let Ok(w) = Decimal::parse(&event_target_value(&event), 2) else {
                    return;
                };
                view_state.update(|v| {
                    let mut weights = v.index.weights;
                    weights[d] = w.trimmed();
                    // All zero would weigh nothing: the link could not be read back, so it is refused.
                    if weights.iter().any(|w| w.units > 0) {
                        v.index.weights = weights;
                    }
                });
            };
            view! {
                <div class="weight">
                    <label for=id.clone()>{block.name()}</label>
                    <input
                        type="range"
                        id=id
                        min="0"
                        max=SLIDER_MAX
                        step=SLIDER_STEP
                        prop:value=move || weight.get().plain()
                        on:change=set
                    />
                    <output>{move || weight.get().readable()}</output>
                </div>
            }
        })
        .collect_view();
    let equal = move || view_state.with(|v| v.index.weights == Settings::default().weights);
    view! {
        <fieldset class="index-weights">
            <legend>"Domain weights"</legend>
            {sliders}
            <button
                type="button"
                class="reset-weights"
                disabled=equal
                on:click=move |_| view_state.update(|v| v.index.weights = Settings::default().weights)
            >
                "Reset to equal"
            </button>
        </fieldset>
        <fieldset class="index-method">
            <legend>"Method"</legend>
            {choice(view_state, "index-agg", "Across domains", &Aggregation::ALL.map(|a| (a.code(), a.label())),
                |s| s.across.code(),
                |s, code| if let Some(a) = Aggregation::from_code(code) { s.across = a })}
            {choice(view_state, "index-norm", "Normalisation of series", &Normalisation::ALL.map(|n| (n.code(), n.label())),
                |s| s.normalisation.code(),
                |s, code| if let Some(n) = Normalisation::from_code(code) { s.normalisation = n })}
            {choice(view_state, "index-missing", "Don't know, Not applicable, Unanswered", &MissingRule::ALL.map(|m| (m.code(), m.label())),
                |s| s.missing.code(),
                |s, code| if let Some(m) = MissingRule::from_code(code) { s.missing = m })}
        </fieldset>
    }
}

/// One labelled select over a setting's codes.
fn choice(
    view_state: RwSignal<View>,
    id: &'static str,
    label: &'static str,
    options: &[(&'static str, &'static str)],
    current: fn(&Settings) -> &'static str,
    set: fn(&mut Settings, &str),
) -> impl IntoView {
    let selected = Memo::new(move |_| view_state.with(|v| current(&v.index)));
    let options = options
        .iter()
        .map(|&(code, text)| {
            view! { <option value=code selected=move || selected.get() == code>{text}</option> }
        })
        .collect_view();
    view! {
        <div class="choice">
            <label for=id>{label}</label>
            <select
                id=id
                prop:value=move || selected.get()
                on:change=move |event| {
                    let code = event_target_value(&event);
                    view_state.update(|v| set(&mut v.index, &code));
                }
            >
                {options}
            </select>
        </div>
    }
}
