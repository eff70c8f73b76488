#!/usr/bin/env bash
# Builds the hosted site into dist/: the app's small first-view build (Trunk, release, wasm-opt -Oz;
# Trunk finds wasm-bindgen and wasm-opt on PATH), its full build into dist/full/<content hash>/ and the chart module
# into dist/charts/<content hash>/ (both loaded when first needed), the default view drawn into dist/index.html as
# static markup, then the offline single-file page dist/ehealth-readiness-offline.html.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"

# A wasm module the page loads itself: release build, wasm-bindgen glue that defines the global
# GLOBAL (which the page finds on the window), wasm-opt.
second_module() {
  local package=$1 wasm=$2 global=$3 out_dir=$4 out_name=$5
  cargo build --release --target wasm32-unknown-unknown -p "$package"
  wasm-bindgen --target no-modules --no-modules-global "$global" --no-typescript \
    --out-dir "$out_dir" --out-name "$out_name" "target/wasm32-unknown-unknown/release/$wasm.wasm"
  # The glue declares its global with `let`, which is not a property of window.
  printf '\nglobalThis.%s = %s;\n' "$global" "$global" >> "$out_dir/$out_name.js"
  wasm-opt -Oz "$out_dir/${out_name}_bg.wasm" -o "$out_dir/${out_name}_bg.wasm"
}

# Minifies a file of Trunk's output in place (esbuild: JS or CSS, by its extension) and updates its
# integrity hash in index.html. Trunk's own --minify would also rewrite index.html's markup, which the
# steps below read.
minify_in_place() {
  local file=$1 before after
  before=$(sri "$file")
  esbuild "$file" --minify --allow-overwrite --outfile="$file" --log-level=warning
  after=$(sri "$file")
  grep -q "integrity=\"$before\"" dist/index.html
  sed -i "s|integrity=\"$before\"|integrity=\"$after\"|" dist/index.html
}
sri() {
  node -e 'const c = require("crypto"); process.stdout.write("sha384-" + c.createHash("sha384").update(require("fs").readFileSync(process.argv[1])).digest("base64"))' "$1"
}

printf '\n== trunk: the small first-view build, release, into dist/\n' >&2
trunk build --release --offline
# The first view's glue and stylesheet, minified: 3-4 KB gzip fewer on the first view.
for file in dist/ehealth-readiness-*.js dist/main-*.css; do minify_in_place "$file"; done
# No preload of the wasm: on a slow link it would share the bandwidth with index.html, whose built map
# would then paint later; the glue (preloaded) fetches it once the page is parsed. (Lighthouse mobile,
# simulated slow 4G: LCP 2.6 s with the preload, 1.3 s without.)
grep -q '<link rel="preload" href="./ehealth-readiness-[0-9a-f]*_bg.wasm"' dist/index.html
sed -i 's|<link rel="preload" href="./ehealth-readiness-[0-9a-f]*_bg.wasm"[^>]*>||' dist/index.html
printf '\n== full build: every view, loaded the first time another view than the map is asked for, into dist/full/\n' >&2
second_module ehealth-readiness ehealth-readiness eh_full dist/full app
# The styles of those views come with it (the offline copy inlines them with the rest), the profile's
# print rules last, so that they win over the profile's own.
cat style/table.css style/compare.css style/profile.css style/index.css style/profile_print.css > dist/full/views.css
# Its files go under a hash of their content, named in index.html, as Trunk names the first build's.
full_hash=$(cat dist/full/app.js dist/full/app_bg.wasm dist/full/views.css | sha256sum | cut -c1-16)
mkdir "dist/full/$full_hash"
mv dist/full/app.js dist/full/app_bg.wasm dist/full/views.css "dist/full/$full_hash/"
sed -i "s|<meta name=\"eh-full-build\" content=\"full/\"|<meta name=\"eh-full-build\" content=\"full/$full_hash/\"|" dist/index.html
grep -q "content=\"full/$full_hash/\"" dist/index.html
# The chart module and the custom ECharts build, loaded by the page the first time it shows a chart.
printf '\n== chart module: wasm (charming) and the custom ECharts build into dist/charts/<content hash>/\n' >&2
second_module ehealth-readiness-charts ehealth_readiness_charts eh_charts dist/charts charts
esbuild charts/echarts-entry.js --bundle --minify --format=iife --legal-comments=eof --log-level=warning \
  --outfile=dist/charts/echarts.js
# Under a hash of their content too, named in index.html: a browser holding the glue of one build never
# pairs it with the wasm of the next.
charts_hash=$(cat dist/charts/charts.js dist/charts/charts_bg.wasm dist/charts/echarts.js | sha256sum | cut -c1-16)
mkdir "dist/charts/$charts_hash"
mv dist/charts/charts.js dist/charts/charts_bg.wasm dist/charts/echarts.js "dist/charts/$charts_hash/"
sed -i "s|<meta name=\"eh-charts\" content=\"charts/\"|<meta name=\"eh-charts\" content=\"charts/$charts_hash/\"|" dist/index.html
grep -q "content=\"charts/$charts_hash/\"" dist/index.html
printf '\n== prerender: the default view into dist/index.html as static markup\n' >&2
node scripts/prerender.mjs
printf '\n== xtask: offline single-file page\n' >&2
cargo xtask bundle
