//! The only code that calls ECharts (the custom build's global `echarts`): init with the SVG renderer,
//! setOption, resize, dispose and SVG export.

use wasm_bindgen::prelude::*;
use web_sys::HtmlElement;

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(js_namespace = echarts, js_name = init)]
    fn init(element: &HtmlElement, theme: &JsValue, options: &JsValue) -> EChart;

    #[wasm_bindgen(js_namespace = echarts, js_name = getInstanceByDom)]
    fn get_instance_by_dom(element: &HtmlElement) -> JsValue;

    pub type EChart;

    #[wasm_bindgen(method, js_name = setOption)]
    fn set_option(this: &EChart, option: &JsValue, settings: &JsValue);

    #[wasm_bindgen(method)]
    pub fn resize(this: &EChart);

    #[wasm_bindgen(method)]
    pub fn dispose(this: &EChart);

    #[wasm_bindgen(method, js_name = renderToSVGString)]
    fn render_to_svg_string(this: &EChart) -> String;
}

impl EChart {
    /// Shows `option` in place of whatever was drawn (a removed country must not linger).
    pub fn replace(&self, option: &JsValue) {
        let settings = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&settings, &"notMerge".into(), &JsValue::TRUE);
        self.set_option(option, &settings);
    }

    pub fn svg(&self) -> String {
        self.render_to_svg_string()
    }
}

/// The chart already drawn in `element`, if any.
pub fn existing(element: &HtmlElement) -> Option<EChart> {
    let instance = get_instance_by_dom(element);
    (!instance.is_undefined() && !instance.is_null()).then(|| instance.unchecked_into())
}

/// The chart of `element`, created with the SVG renderer (crisp, exportable, text selectable) if new.
pub fn chart(element: &HtmlElement) -> EChart {
    existing(element).unwrap_or_else(|| {
        let options = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&options, &"renderer".into(), &"svg".into());
        init(element, &JsValue::NULL, &options)
    })
}
