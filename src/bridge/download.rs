//! Saves text as a file the reader downloads: a Blob, an object URL and a temporary `<a download>`.
//! Nothing leaves the page, so this works offline and under a strict Content-Security-Policy.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Blob, BlobPropertyBag, HtmlAnchorElement, Url};

/// How long the object URL stays valid after the click. Some browsers start reading the Blob only
/// after the click handler returns, so revoking at once can cancel the download; FileSaver.js waits
/// 40 s for the same reason. Until then the Blob (a copy of the table) stays in memory.
const REVOKE_AFTER_MS: i32 = 40_000;

/// Offers `text` as a file named `file_name` with MIME type `mime` (add `;charset=utf-8` for text).
/// Returns a sentence for the reader when the browser refuses a step.
pub fn download_text(file_name: &str, mime: &str, text: &str) -> Result<(), String> {
    let window = web_sys::window().ok_or("no browser window to download from")?;
    let document = window.document().ok_or("no document to download from")?;

    let options = BlobPropertyBag::new();
    options.set_type(mime);
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let blob = Blob::new_with_str_sequence_and_options(&parts, &options)
        .map_err(|e| failure("could not hold the file in memory", &e))?;
    let url = Url::create_object_url_with_blob(&blob)
        .map_err(|e| failure("could not make a link to the file", &e))?;

    let clicked = click_link(&document, &url, file_name);
    // Revoke later even if the click failed, so the URL never outlives its use for long.
    let revoke_url = url.clone();
    let revoke = Closure::once_into_js(move || {
        let _ = Url::revoke_object_url(&revoke_url);
    });
    let scheduled = window.set_timeout_with_callback_and_timeout_and_arguments_0(
        revoke.unchecked_ref(),
        REVOKE_AFTER_MS,
    );
    if scheduled.is_err() {
        let _ = Url::revoke_object_url(&url);
    }
    clicked
}

/// Offers a `data:` URL (a PNG made in the page) as a file named `file_name`.
pub fn download_url(file_name: &str, url: &str) -> Result<(), String> {
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or("no document to download from")?;
    click_link(&document, url, file_name)
}

/// Clicks a temporary anchor. It is put into the document first because Firefox ignores clicks on
/// detached anchors, and taken out again at once.
fn click_link(document: &web_sys::Document, url: &str, file_name: &str) -> Result<(), String> {
    let anchor: HtmlAnchorElement = document
        .create_element("a")
        .map_err(|e| failure("could not create the download link", &e))?
        .dyn_into()
        .map_err(|_| "the download link is not an anchor".to_string())?;
    anchor.set_href(url);
    anchor.set_download(file_name);
    anchor.set_hidden(true);
    let body = document
        .body()
        .ok_or("the page has no body to hold the link")?;
    body.append_child(&anchor)
        .map_err(|e| failure("could not add the download link", &e))?;
    anchor.click();
    anchor.remove();
    Ok(())
}

/// "could not make a link to the file: SecurityError ...": what failed, then the browser's reason.
fn failure(what: &str, error: &JsValue) -> String {
    match error.as_string().or_else(|| {
        error
            .dyn_ref::<js_sys::Error>()
            .map(|e| String::from(e.message()))
    }) {
        Some(reason) => format!("{what}: {reason}"),
        None => what.to_string(),
    }
}
