#!/usr/bin/env bash
# Builds the hosted site into dist/ (release, wasm-opt -Oz; Trunk finds wasm-bindgen and wasm-opt on
# PATH), the chart module into dist/charts/, the default view drawn into dist/index.html as static
# markup, then the offline single-file page dist/ehealth-readiness-offline.html.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
printf '\n== trunk: release build into dist/\n' >&2
trunk build --release --offline
# The chart module and the custom ECharts build, loaded by the page the first time it shows a chart.
printf '\n== chart module: wasm (charming) and the custom ECharts build into dist/charts/\n' >&2
cargo build --release --target wasm32-unknown-unknown -p ehealth-readiness-charts
wasm-bindgen --target no-modules --no-modules-global eh_charts --no-typescript \
  --out-dir dist/charts --out-name charts target/wasm32-unknown-unknown/release/ehealth_readiness_charts.wasm
# The glue declares its global with `let`, which is not a property of window; the page finds it there.
printf '\nglobalThis.eh_charts = eh_charts;\n' >> dist/charts/charts.js
wasm-opt -Oz dist/charts/charts_bg.wasm -o dist/charts/charts_bg.wasm
esbuild charts/echarts-entry.js --bundle --minify --format=iife --legal-comments=eof --log-level=warning \
  --outfile=dist/charts/echarts.js
printf '\n== prerender: the default view into dist/index.html as static markup\n' >&2
node scripts/prerender.mjs
printf '\n== xtask: offline single-file page\n' >&2
cargo xtask bundle
