//! Moves keyboard focus to an element, HTML or SVG alike, when the one that had it goes away or a
//! keyboard pattern (tabs) asks for it.

use wasm_bindgen::JsCast;

/// Focuses the first element matching `selector`; does nothing when there is none.
pub fn focus(selector: &str) {
    let element = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.query_selector(selector).ok().flatten());
    if let Some(element) = element {
        // `focus` lives on HTMLElement and SVGElement alike, not on Element: call it by name.
        let method = js_sys::Reflect::get(&element, &"focus".into()).ok();
        if let Some(method) = method.and_then(|m| m.dyn_into::<js_sys::Function>().ok()) {
            let _ = method.call0(&element);
        }
    }
}
