//! Unpacks the offline copy's gzip-compressed blocks (base64 text) with the browser's own
//! DecompressionStream: the series files and the chart code would otherwise make the one-file copy
//! too large for its 3 MB budget. Reached through `Reflect` because web-sys lists the API as unstable.

use js_sys::{Array, Function, Reflect, Uint8Array};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{Blob, ReadableStream, Response};

/// The bytes that `base64` encodes, gunzipped.
pub async fn gunzip(base64: &str) -> Result<Uint8Array, String> {
    let buffer = JsFuture::from(unpacked(base64)?.array_buffer().map_err(|_| BROKEN)?)
        .await
        .map_err(|_| BROKEN)?;
    Ok(Uint8Array::new(&buffer))
}

/// The UTF-8 text that `base64` encodes, gunzipped.
pub async fn gunzip_text(base64: &str) -> Result<String, String> {
    let text = JsFuture::from(unpacked(base64)?.text().map_err(|_| BROKEN)?)
        .await
        .map_err(|_| BROKEN)?;
    text.as_string().ok_or_else(|| BROKEN.to_string())
}

const BROKEN: &str = "the offline copy's packed block could not be unpacked";

fn unpacked(base64: &str) -> Result<Response, String> {
    let window = web_sys::window().ok_or("no browser window")?;
    let binary = window.atob(base64).map_err(|_| BROKEN)?;
    // atob gives one character per byte; as a Rust string those above 127 take two bytes each.
    let raw: Vec<u8> = binary.chars().map(|c| c as u8).collect();
    let bytes = Uint8Array::from(raw.as_slice());
    let blob = Blob::new_with_u8_array_sequence(&Array::of1(&bytes)).map_err(|_| BROKEN)?;
    let decompress: Function = Reflect::get(&window, &"DecompressionStream".into())
        .ok()
        .and_then(|f| f.dyn_into().ok())
        .ok_or("this browser cannot unpack the offline copy (it needs DecompressionStream)")?;
    let stream = blob.stream();
    let decompressor =
        Reflect::construct(&decompress, &Array::of1(&"gzip".into())).map_err(|_| BROKEN)?;
    let pipe: Function = Reflect::get(&stream, &"pipeThrough".into())
        .ok()
        .and_then(|f| f.dyn_into().ok())
        .ok_or(BROKEN)?;
    let output: ReadableStream = pipe
        .call1(&stream, &decompressor)
        .map_err(|_: JsValue| BROKEN)?
        .unchecked_into();
    Response::new_with_opt_readable_stream(Some(&output)).map_err(|_| BROKEN.to_string())
}
