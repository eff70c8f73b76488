//! Yielding the main thread between two long pieces of work, so that the browser can handle input
//! and paint in between.

use wasm_bindgen_futures::JsFuture;

/// Resolves in a later task (a zero-delay timeout).
pub async fn next_task() {
    let later = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(window) = web_sys::window() {
            let _ = window.set_timeout_with_callback(&resolve);
        }
    });
    let _ = JsFuture::from(later).await;
}
