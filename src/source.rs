//! The loader's browser half: gets the text of each `data/` file, either from an inline
//! `<script id="data:NAME">` block (the offline single file made by `cargo xtask bundle`, where
//! fetching local files is impossible, and `world.csv` rebuilt from the built first view's map by
//! [`keep_built_map`]) or over http from `data/NAME`, the first view's requests sent as the wasm
//! starts ([`start_reads`]). Everything after this sees only text.

use std::cell::RefCell;
use std::collections::HashMap;

use futures::future::join_all;
use js_sys::Promise;
use wasm_bindgen::prelude::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{Element, Response};

use crate::bridge::task::next_task;
use readiness_core::load::{load, path_bbox, series_file, LoadReport, Loaded, FILES, WORLD};
use readiness_core::model::Shape;

/// A request sent ahead: the promise of its response, and the handler that keeps its failure from
/// being reported as unhandled until [`read`] takes it and tells it.
type Sent = (Promise, Closure<dyn FnMut(JsValue)>);

thread_local! {
    /// The requests [`start_reads`] sent, by file, until [`read`] takes them.
    static SENT: RefCell<HashMap<&'static str, Sent>> = RefCell::default();
}

/// Sends the first view's requests (for every file but the map, which [`keep_built_map`] gives, and
/// those the page carries inline) at once, before the app mounts: their responses, preloaded by
/// index.html, then come in while the page starts instead of after.
pub fn start_reads() {
    for file in FILES {
        if file != WORLD && !has_block(&format!("data:{file}")) {
            if let Some(response) = request(file) {
                let ignore = Closure::<dyn FnMut(JsValue)>::new(|_| {});
                let _ = response.catch(&ignore);
                SENT.with(|sent| sent.borrow_mut().insert(file, (response, ignore)));
            }
        }
    }
}

/// Sends the request for `data/FILE`: a promise of its response.
fn request(file: &str) -> Option<Promise> {
    Some(web_sys::window()?.fetch_with_str(&format!("data/{file}")))
}

pub async fn load_all() -> (Loaded, LoadReport) {
    // All requests go out at once: the page waits for the slowest file, not for their sum.
    let results = join_all(FILES.map(read)).await;
    let texts: HashMap<&str, Result<String, String>> = FILES.into_iter().zip(results).collect();
    // Marked for the benchmark (scripts/bench.sh), which reads the measure back from the timeline.
    let performance = web_sys::window().and_then(|w| w.performance());
    if let Some(performance) = &performance {
        let _ = performance.mark("ehr:parse-start");
    }
    let result = load(|file| {
        texts
            .get(file)
            .cloned()
            .unwrap_or_else(|| Err("not requested".to_string()))
    });
    if let Some(performance) = &performance {
        let _ = performance.measure_with_start_mark("ehr:parse", "ehr:parse-start");
    }
    // Parsing and drawing the page are each a long task on a slow machine: one after the other, the
    // page would not answer input for their sum.
    next_task().await;
    result
}
/// The text of one series' values, fetched when the series is first shown.
pub async fn read_series(id: &str) -> Result<String, String> {
    read(&series_file(id)).await
}

#[cfg(feature = "full")]
/// The text of a data file beyond the first view's (the index's structure and its check), fetched
/// when its view is first shown.
pub async fn read_file(file: &str) -> Result<String, String> {
    read(file).await
}

async fn read(file: &str) -> Result<String, String> {
    if let Some(text) = inline(file) {
        return Ok(text);
    }
    #[cfg(feature = "full")]
    if let Some(packed) = packed(file) {
        return crate::bridge::gunzip::gunzip_text(&packed).await;
    }
    // The handler of a request sent ahead lives until its response has come.
    let (response, _handler) = match SENT.with(|sent| sent.borrow_mut().remove(file)) {
        Some((response, handler)) => (response, Some(handler)),
        None => (request(file).ok_or("no browser window")?, None),
    };
    let url = format!("data/{file}");
    let response: Response = JsFuture::from(response)
        .await
        .map_err(|e| format!("the request for {url} failed ({})", reason(&e)))?
        .unchecked_into();
    if !response.ok() {
        return Err(format!(
            "the server answered {} {} for {url}",
            response.status(),
            response.status_text()
        ));
    }
    let body = match response.text() {
        Ok(text) => JsFuture::from(text).await,
        Err(e) => Err(e),
    };
    body.map(|text| text.as_string().unwrap_or_default())
        .map_err(|e| format!("the body of {url} could not be read ({})", reason(&e)))
}

/// What a rejected promise of the browser's says (its error's message).
fn reason(error: &JsValue) -> String {
    error
        .dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.message()))
        .or_else(|| error.as_string())
        .unwrap_or_else(|| "no reason given".to_string())
}

/// An inline block holds a file: as a JSON string literal in the offline copy's HTML (so that no
/// text can close its `<script>` element early), or as plain text in the map's block that
/// [`keep_built_map`] adds through the DOM; `None` when there is no such block, i.e. on the hosted
/// site for every file but the built map's.
fn inline(file: &str) -> Option<String> {
    if file == WORLD {
        if let Some(text) = BUILT_MAP.with(|map| map.borrow_mut().take()) {
            return Some(text);
        }
    }
    inline_block(&format!("data:{file}"))
}

/// The base64 text of a gzip-packed block of the offline page (the series files), if there is one.
/// That page runs the full build alone, so the small build never looks (and carries no unpacking code).
#[cfg(feature = "full")]
fn packed(file: &str) -> Option<String> {
    inline_block(&format!("packed:{file}"))
}

/// The text of the page's `<script type="application/json" id="ID">` block (a JSON string literal)
/// or `<script type="text/plain" id="ID">` block, if it has one.
pub fn inline_block(id: &str) -> Option<String> {
    let block = web_sys::window()?.document()?.get_element_by_id(id)?;
    let text = block.text_content()?;
    match block.get_attribute("type").as_deref() {
        Some(PLAIN) => Some(text),
        _ => js_sys::JSON::parse(&text).ok()?.as_string(),
    }
}

/// Whether the page has a block with this id (without reading it).
fn has_block(id: &str) -> bool {
    web_sys::window()
        .and_then(|w| w.document())
        .is_some_and(|d| d.get_element_by_id(id).is_some())
}

/// The type of a block that holds its text as it is.
const PLAIN: &str = "text/plain";

thread_local! {
    /// The text [`keep_built_map`] made, until this build reads it.
    static BUILT_MAP: RefCell<Option<String>> = RefCell::default();
    /// The built map's path elements [`keep_built_map`] read, with their countries' codes, until the
    /// live map takes them ([`take_built_paths`]).
    static BUILT_PATHS: RefCell<Vec<(String, Element)>> = RefCell::default();
}

/// Keeps the map of index.html's built first view as the text of `world.csv`, for this build and,
/// in an inline block like the offline copy's, for the full one: each of its paths carries its label
/// point and area in `data-shape` (scripts/prerender.mjs) and gives its box, so the page never
/// downloads those 35 KB gzip again, and the full build, loaded later, finds the block too. Keeps the
/// path elements as well, for the live map to take ([`take_built_paths`]). To be called before the app
/// mounts, which removes the built view for any address but the default one. Without a built map (a
/// build without the prerender step), the file is fetched as any other.
pub fn keep_built_map() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    if has_block(&format!("data:{WORLD}")) {
        return;
    }
    let Ok(paths) =
        document.query_selector_all("main.html-first-screen svg.world-map path[data-shape]")
    else {
        return;
    };
    if paths.length() == 0 {
        return;
    }
    // `data-shape` holds label_x, label_y and area (scripts/prerender.mjs); the loader finds each
    // field by this header's names.
    let mut text = "iso3,x,y,w,h,label_x,label_y,area,path".to_string();
    for index in 0..paths.length() {
        let Some(path) = paths.item(index).and_then(|n| n.dyn_into::<Element>().ok()) else {
            continue;
        };
        let field = |name| path.get_attribute(name).unwrap_or_default();
        let (iso3, d) = (field("data-iso3"), field("d"));
        // Empty for a broken path, which the loader then names.
        let bbox = path_bbox(&d)
            .map(|[x, y, w, h]| format!("{x},{y},{w},{h}"))
            .unwrap_or_else(|| ",,,".to_string());
        text += &format!("\n{iso3},{bbox},{},{d}", field("data-shape"));
        BUILT_PATHS.with(|kept| kept.borrow_mut().push((iso3, path)));
    }
    text.push('\n');
    // Set through the DOM, not parsed from HTML: no text can end the block early.
    if let (Ok(block), Some(head)) = (document.create_element("script"), document.head()) {
        let _ = block.set_attribute("type", PLAIN);
        block.set_id(&format!("data:{WORLD}"));
        block.set_text_content(Some(&text));
        let _ = head.append_child(&block);
    }
    BUILT_MAP.with(|map| *map.borrow_mut() = Some(text));
}

/// The built map's path elements, one for each of `shapes` in their order, if [`keep_built_map`]
/// read exactly those (the loader kept every row of the text it made): the live map then moves these
/// into place, parsed and laid out already, instead of drawing each outline again. Given once.
pub fn take_built_paths(shapes: &[Shape]) -> Option<Vec<Element>> {
    let kept = BUILT_PATHS.with(|kept| std::mem::take(&mut *kept.borrow_mut()));
    let same = kept.len() == shapes.len()
        && kept
            .iter()
            .zip(shapes)
            .all(|((iso3, _), shape)| *iso3 == shape.iso3);
    same.then(|| kept.into_iter().map(|(_, path)| path).collect())
}

/// Lets go of the built map's paths if no map took them (the small build handed over before drawing
/// one): they hold the whole removed built view.
#[cfg(not(feature = "full"))]
pub fn forget_built_paths() {
    BUILT_PATHS.with(|kept| kept.borrow_mut().clear());
}

/// Whether this is the offline single-file copy (it carries its data inline).
pub fn is_offline_copy() -> bool {
    inline(readiness_core::load::COUNTRIES).is_some()
}
