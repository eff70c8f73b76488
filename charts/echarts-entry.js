// The entry of the custom ECharts build of the trend chart (our code, not ECharts), bundled by esbuild into
// dist/charts/<content hash>/echarts.js: only the line chart, the components it uses and the SVG renderer, exposed
// as the global `echarts` for the chart module. Loaded the first time a chart is shown, never on the
// first view.
import * as echarts from "echarts/core";
import { LineChart } from "echarts/charts";
import { AriaComponent, GridComponent, LegendComponent, TooltipComponent } from "echarts/components";
import { SVGRenderer } from "echarts/renderers";

echarts.use([LineChart, AriaComponent, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);
globalThis.echarts = echarts;
