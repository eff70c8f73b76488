//! The clipboard, for "Copy" buttons: the Clipboard API where the browser offers and allows it.

use wasm_bindgen::{JsCast, JsValue};

/// Writes `text` with `navigator.clipboard.writeText`; false when the API is missing or refuses.
/// Called by name through `Reflect`, as `focus.rs` does, to need no extra web-sys features.
pub async fn write(text: &str) -> bool {
    let clipboard = js_sys::Reflect::get(
        &web_sys::window().map_or(JsValue::UNDEFINED, JsValue::from),
        &"navigator".into(),
    )
    .and_then(|navigator| js_sys::Reflect::get(&navigator, &"clipboard".into()))
    .ok()
    .filter(|clipboard| !clipboard.is_undefined());
    let Some(clipboard) = clipboard else {
        return false;
    };
    let write = js_sys::Reflect::get(&clipboard, &"writeText".into())
        .ok()
        .and_then(|method| method.dyn_into::<js_sys::Function>().ok());
    let Some(write) = write else { return false };
    let Ok(promise) = write.call1(&clipboard, &JsValue::from_str(text)) else {
        return false;
    };
    match promise.dyn_into::<js_sys::Promise>() {
        Ok(promise) => wasm_bindgen_futures::JsFuture::from(promise).await.is_ok(),
        Err(_) => false,
    }
}
