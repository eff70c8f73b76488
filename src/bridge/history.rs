//! The browser's session history: the address bar's query string, new entries for new views, and the
//! Back and Forward buttons. Only the query is written; the page's path stays as it was loaded.

use leptos::ev;
use leptos::prelude::*;

/// The query string in the address bar, with its `?`; empty when there is none.
pub fn current_query() -> String {
    window().location().search().unwrap_or_default()
}

/// Adds an entry for `query` after the current one, as following a link would.
pub fn push(query: &str) {
    if let Ok(history) = window().history() {
        let _ =
            history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&address(query)));
    }
}

/// Rewrites the current entry's address to `query`, adding no entry.
pub fn replace(query: &str) {
    if let Ok(history) = window().history() {
        let _ =
            history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&address(query)));
    }
}

/// Calls `restore` with the query of the entry that Back or Forward (or a fragment link) led to, for as
/// long as the calling owner lives.
pub fn on_back_forward(restore: impl Fn(String) + 'static) {
    let listener = window_event_listener(ev::popstate, move |_| restore(current_query()));
    on_cleanup(move || listener.remove());
}

fn address(query: &str) -> String {
    let path = window().location().pathname().unwrap_or_default();
    format!("{path}{query}")
}
