//! Loads a second wasm module into the page: its wasm-bindgen glue (built with `--target no-modules`,
//! which defines a global) as a script, then its wasm; and a stylesheet that comes with one. The chart module and the app's full build are
//! loaded this way. In the offline copy a script and a wasm may be inline blocks instead, packed with
//! gzip and base64 (`<script type="application/json" id="code:PATH">`), allowed there by their hashes.

use js_sys::{Function, Object, Promise, Reflect};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::HtmlScriptElement;

#[cfg(feature = "full")]
use crate::bridge::gunzip::{gunzip, gunzip_text};
#[cfg(feature = "full")]
use crate::source::inline_block;

/// Runs the glue at `glue`, then starts the module with the wasm at `wasm` through the function the
/// glue defines as `global`. The reason of a failure is for the reader.
pub async fn start_module(glue: &str, global: &str, wasm: &str) -> Result<(), String> {
    let window = web_sys::window().ok_or("no browser window")?;
    let defined = |window: &web_sys::Window| {
        Reflect::get(window, &global.into()).is_ok_and(|f| f.is_function())
    };
    // After a failed start the glue is there already; running it again would declare its global twice.
    if !defined(&window) {
        add_script(glue).await?;
    }
    let init: Function = Reflect::get(&window, &global.into())
        .ok()
        .and_then(|f| f.dyn_into().ok())
        .ok_or_else(|| format!("{glue} did not start"))?;
    let argument = Object::new();
    #[cfg(feature = "full")]
    let module_or_path: JsValue = match inline(wasm) {
        Some(packed) => gunzip(&packed).await?.into(),
        None => wasm.into(),
    };
    #[cfg(not(feature = "full"))]
    let module_or_path: JsValue = wasm.into();
    let _ = Reflect::set(&argument, &"module_or_path".into(), &module_or_path);
    let started: Promise = init
        .call1(&JsValue::NULL, &argument)
        .ok()
        .and_then(|p| p.dyn_into().ok())
        .ok_or_else(|| format!("{glue} did not start"))?;
    JsFuture::from(started)
        .await
        .map(|_| ())
        .map_err(|_| format!("{wasm} could not be compiled"))
}

/// Where a file of a separately built module is: in the folder index.html names in its
/// `<meta name=META>` (scripts/build.sh puts each module's files under a hash of their content, so
/// that a browser never pairs cached files of two builds), else in `fallback` (a build without that
/// step, and the offline copy, which finds the files inline by these names).
pub fn built_file(meta: &str, fallback: &str, name: &str) -> String {
    let folder = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| {
            d.query_selector(&format!("meta[name=\"{meta}\"]"))
                .ok()
                .flatten()
        })
        .and_then(|meta| meta.get_attribute("content"))
        .unwrap_or_else(|| fallback.to_string());
    format!("{folder}{name}")
}

/// Adds a script: from the offline copy's inline block if there is one, otherwise from the site,
/// waiting until it has run.
pub async fn add_script(path: &str) -> Result<(), String> {
    let failed = || format!("could not add {path}");
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or("no document")?;
    let script: HtmlScriptElement = document
        .create_element("script")
        .map_err(|_| failed())?
        .unchecked_into();
    let head = document.head().ok_or("the page has no head")?;
    #[cfg(feature = "full")]
    if let Some(packed) = inline(path) {
        let code = gunzip_text(&packed).await?;
        script.set_text(&code).map_err(|_| failed())?;
        head.append_child(&script).map_err(|_| failed())?;
        return Ok(());
    }
    let loaded = load_event(&script);
    script.set_src(path);
    head.append_child(&script).map_err(|_| failed())?;
    loaded
        .await
        .map(|_| ())
        .map_err(|_| format!("{path} could not be loaded"))
}

/// Adds the stylesheet at `path` to the page, waiting until it applies.
#[cfg(feature = "full")]
pub async fn add_stylesheet(path: &str) -> Result<(), String> {
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or("no document")?;
    let link: web_sys::HtmlLinkElement = document
        .create_element("link")
        .map_err(|_| format!("could not add {path}"))?
        .unchecked_into();
    link.set_rel("stylesheet");
    let loaded = load_event(&link);
    link.set_href(path);
    document
        .head()
        .ok_or("the page has no head")?
        .append_child(&link)
        .map_err(|_| format!("could not add {path}"))?;
    loaded
        .await
        .map(|_| ())
        .map_err(|_| format!("{path} could not be loaded"))
}

/// Settles when `element` (a script or an image, before its source is set) fires `load` (resolved)
/// or `error` (rejected).
pub fn load_event(element: &web_sys::HtmlElement) -> JsFuture {
    JsFuture::from(Promise::new(&mut |resolve, reject| {
        let on_load = Closure::once_into_js(move || {
            let _ = resolve.call0(&JsValue::NULL);
        });
        let on_error = Closure::once_into_js(move || {
            let _ = reject.call0(&JsValue::NULL);
        });
        element.set_onload(Some(on_load.unchecked_ref()));
        element.set_onerror(Some(on_error.unchecked_ref()));
    }))
}

/// The packed text (gzip, base64) of an inline block of the offline copy. That copy runs the full
/// build alone, so the small build never looks (and carries no unpacking code).
#[cfg(feature = "full")]
fn inline(path: &str) -> Option<String> {
    inline_block(&format!("code:{path}"))
}
