//! The chart module: a second, small wasm that the page loads the first time it shows a chart. It
//! reads the chart's text form (`readiness_core::figures::trend_chart::encode`), builds the ECharts
//! option with the pure, natively tested builder, and draws it through `echarts.rs`, the only code
//! that calls ECharts. The page's own wasm carries neither charming nor ECharts.

mod echarts;

use readiness_core::figures::trend_chart::{decode, option};
use wasm_bindgen::prelude::*;
use web_sys::HtmlElement;

/// Draws (or redraws) the chart described by `spec` in `element`, with the SVG renderer.
#[wasm_bindgen]
pub fn draw(element: &HtmlElement, spec: &str) -> Result<(), JsValue> {
    let chart =
        decode(spec).ok_or_else(|| JsValue::from_str("the chart's description is not valid"))?;
    let option = js_sys::JSON::parse(&option(&chart))?;
    echarts::chart(element).replace(&option);
    Ok(())
}

/// The chart as an SVG document, for download.
#[wasm_bindgen]
pub fn svg(element: &HtmlElement) -> Option<String> {
    echarts::existing(element).map(|chart| chart.svg())
}

/// Frees the chart when its element leaves the page.
#[wasm_bindgen]
pub fn dispose(element: &HtmlElement) {
    if let Some(chart) = echarts::existing(element) {
        chart.dispose();
    }
}
