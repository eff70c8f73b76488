//! The chart module's loader and the page's calls into it. The module (its wasm, its glue and the
//! custom ECharts build, all in `charts/<content hash>/`) is fetched the first time a chart is shown;
//! the offline copy carries the same three files inline, named `charts/…`, and runs them from there.
//! Only this file and the chart module itself know that charts exist in JavaScript.

use js_sys::{Function, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use web_sys::HtmlElement;

use crate::bridge::script::{add_script, built_file, load_event, start_module};

/// The global the chart module's glue defines (wasm-bindgen `--no-modules-global`).
const GLOBAL: &str = "eh_charts";
/// Set on the window once the module is ready, so that it is loaded once per page.
const READY: &str = "eh_charts_ready";

/// Loads the chart module unless it is there already. The reason of a failure is for the reader.
pub async fn load() -> Result<(), String> {
    let window = web_sys::window().ok_or("no browser window")?;
    if Reflect::get(&window, &READY.into()).is_ok_and(|v| v.is_truthy()) {
        return Ok(());
    }
    let file = |name| built_file("eh-charts", "charts/", name);
    add_script(&file("echarts.js")).await?;
    start_module(&file("charts.js"), GLOBAL, &file("charts_bg.wasm")).await?;
    let _ = Reflect::set(&window, &READY.into(), &JsValue::TRUE);
    Ok(())
}

/// Draws the chart described by `spec` (see `trend_chart::encode`) in `element`.
pub fn draw(element: &HtmlElement, spec: &str) -> Result<(), String> {
    call("draw", element, Some(spec)).map(|_| ())
}

/// The drawn chart as an SVG document.
pub fn svg(element: &HtmlElement) -> Option<String> {
    call("svg", element, None).ok()?.as_string()
}

pub fn dispose(element: &HtmlElement) {
    let _ = call("dispose", element, None);
}

fn call(name: &str, element: &HtmlElement, text: Option<&str>) -> Result<JsValue, String> {
    let window = web_sys::window().ok_or("no browser window")?;
    let module = Reflect::get(&window, &GLOBAL.into()).map_err(|_| "no chart module")?;
    let function: Function = Reflect::get(&module, &name.into())
        .ok()
        .and_then(|f| f.dyn_into().ok())
        .ok_or("the chart module is not loaded")?;
    let result = match text {
        Some(text) => function.call2(&module, element, &text.into()),
        None => function.call1(&module, element),
    };
    result.map_err(|e| {
        e.as_string()
            .unwrap_or_else(|| "the chart could not be drawn".to_string())
    })
}

/// The chart's SVG drawn on a canvas at twice its size, as a PNG data URL. The SVG goes in as a data
/// URL (allowed by the pages' `img-src data:`), so nothing leaves the page.
pub async fn png(svg: &str, width: i32, height: i32) -> Result<String, String> {
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or("no document")?;
    let image: web_sys::HtmlImageElement = document
        .create_element("img")
        .map_err(|_| "could not prepare the image")?
        .unchecked_into();
    let loaded = load_event(&image);
    let encoded = String::from(js_sys::encode_uri_component(svg));
    image.set_src(&format!("data:image/svg+xml;charset=utf-8,{encoded}"));
    loaded
        .await
        .map_err(|_| "the chart could not be turned into an image")?;
    let canvas: web_sys::HtmlCanvasElement = document
        .create_element("canvas")
        .map_err(|_| "could not prepare the image")?
        .unchecked_into();
    let (width, height) = (width.max(1) as u32 * 2, height.max(1) as u32 * 2);
    canvas.set_width(width);
    canvas.set_height(height);
    let context: web_sys::CanvasRenderingContext2d = canvas
        .get_context("2d")
        .ok()
        .flatten()
        .ok_or("this browser cannot draw images")?
        .unchecked_into();
    context.set_fill_style_str("#ffffff");
    context.fill_rect(0.0, 0.0, f64::from(width), f64::from(height));
    context
        .draw_image_with_html_image_element_and_dw_and_dh(
            &image,
            0.0,
            0.0,
            f64::from(width),
            f64::from(height),
        )
        .map_err(|_| "the chart could not be turned into an image")?;
    canvas
        .to_data_url_with_type("image/png")
        .map_err(|_| "the image could not be made".to_string())
}
