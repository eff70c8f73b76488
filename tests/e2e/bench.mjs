// Benchmark (not a test) for issue 15: prints each figure against its target.
// - Against the yardstick (../shared/yardstick/d3-map, a hand-made d3 page drawing the same first map, served
//   from there at run time, never copied here): the yardstick and the built site are loaded alternately in
//   one run, each load in a fresh browser context and page, both served gzipped by the same server code;
//   one warm-up round is discarded. Printed: the ratio of the median times to map (navigation start to the
//   first moment the document holds at least 150 `svg path` elements, seen by a MutationObserver installed
//   before any page script) and of the median times to interactive (navigation start to the first hover on
//   Canada that gets the page's hover response: the dashboard's tooltip, the yardstick's titled path; a
//   pointer move is dispatched at Canada's point every 5 ms from the document's start), each with a bootstrap
//   95% interval. Targets: map <= 0.5x, interactive <= 1.0x.
// - The first view's files with their gzip transfer sizes, against the 200 KB budget (and the yardstick's).
// - On the built site only: data parse time, repaints after a question, year or filter change and after an
//   index weight change, a series' first showing, the trend chart's first showing (budget 50 ms for repaints).
// - Lighthouse's performance score, LCP and CLS, mobile and desktop presets (targets: performance >= 95
//   mobile and 100 desktop, CLS <= 0.02).
// Run through `bash scripts/bench.sh`, which builds dist/ first; about 6 to 9 minutes on a 2-core machine.
// LOADS (default 15) sets the measured loads of each page; LIGHTHOUSE_RUNS (default 3) the Lighthouse runs
// per preset and address; medians are printed. YARDSTICK overrides the yardstick folder.
import { execFile } from "node:child_process";
import { existsSync, readFileSync, statSync } from "node:fs";
import { availableParallelism, loadavg } from "node:os";
import { promisify } from "node:util";
import { gzipSync } from "node:zlib";
import { launch } from "./browser.mjs";
import { serve } from "./serve.mjs";

const LOADS = Number(process.env.LOADS ?? 15);
const WARM_UP = 1;
const MAP_PATHS = 150;
const HOVER_MS = 5;
const REPAINTS = 20;
const LIGHTHOUSE_RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 3);
const BUDGET_KB = 200;
const VIEWPORT = { width: 1280, height: 800 };
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2; };
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const verdict = (ok) => (ok ? "met" : "NOT MET");
/** A median against its budget or target, e.g. "(budget <= 50 ms: met)". */
const against = (value, limit, word = "budget") => `(${word} <= ${limit} ms: ${verdict(value <= limit)})`;

const YARDSTICK = process.env.YARDSTICK ?? new URL("../../../shared/yardstick/d3-map/", import.meta.url).pathname;
if (!existsSync(`${YARDSTICK}/index.html`)) throw new Error(`the yardstick page is not at ${YARDSTICK} (set YARDSTICK)`);

// The country hovered for the time to interactive: large, in the first screen of both pages, answered "Yes".
const HOVERED = { iso3: "CAN", name: "Canada" };

// Installed before any page script, the same in both pages. Records the first moment the document holds
// MAP_PATHS `svg path` elements (__mapAt); the first moment the dashboard's tooltip for the hovered
// country is in the DOM (__tooltipAt); and the first pointer move delivered to a path whose <title> names
// the hovered country (__titleHoverAt) — the yardstick's only hover response: it registers no listener and
// shows a title as the browser's native tooltip, after the browser's own delay and outside the DOM.
// The hovering: every `every` ms from the document's start, a pointer move at the country's point,
// dispatched to the element there (a hit test, as for the mouse), until the page's response is recorded.
// In the page, not through the driver: a driver's mouse move and check are round trips that took ~200 ms
// each here while the page loaded, and a mouse move sent while the navigation commits can hang.
const WATCH = ({ paths, name, point: [x, y], every, response }) => {
  const observer = new MutationObserver(() => {
    if (window.__mapAt === undefined && document.querySelectorAll("svg path").length >= paths) window.__mapAt = performance.now();
    if (window.__tooltipAt === undefined && document.querySelector(".map-frame .tooltip strong")?.textContent === name) {
      window.__tooltipAt = performance.now();
    }
  });
  observer.observe(document, { childList: true, subtree: true, characterData: true });
  addEventListener("pointermove", (event) => {
    const title = event.target instanceof SVGPathElement && event.target.querySelector(":scope > title");
    if (window.__titleHoverAt === undefined && title && title.textContent.startsWith(`${name}:`)) window.__titleHoverAt = performance.now();
  }, { capture: true, passive: true });
  const hovering = setInterval(() => {
    if (window[response] !== undefined) return clearInterval(hovering);
    const target = document.elementFromPoint(x, y);
    target?.dispatchEvent(new PointerEvent("pointermove", {
      bubbles: true, cancelable: true, composed: true, clientX: x, clientY: y, pointerId: 1, pointerType: "mouse", isPrimary: true,
    }));
  }, every);
};

const loadAtStart = loadavg()[0];
const server = await serve(new URL("../../dist/", import.meta.url).pathname, 0, { gzip: true });
const yardServer = await serve(YARDSTICK, 0, { gzip: true });
const browser = await launch();
const pages = {
  yardstick: {
    url: yardServer.url,
    country: ({ name }) => [...document.querySelectorAll("svg path")].find((p) => p.querySelector("title")?.textContent.startsWith(`${name}:`)),
    interactive: "__titleHoverAt",
    map: [], ready: [], files: null,
  },
  dashboard: {
    url: server.url,
    // The live map's path: the built first view's (from the HTML) is inert, and replaced.
    country: ({ iso3 }) => document.querySelector(`main:not(.html-first-screen) svg.world-map path[data-iso3="${iso3}"]`),
    interactive: "__tooltipAt",
    map: [], ready: [], files: null,
  },
};

/** A point of the viewport where the hovered country's path is the topmost element, nearest its box's
 * centre, found on a loaded page (the layout is the same at every load); checked with the real mouse,
 * which must get the page's hover response there. */
async function hoverPoint(spec) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  await page.goto(spec.url);
  const path = await page.waitForFunction(spec.country, HOVERED, { timeout: 30000 });
  await page.waitForLoadState("networkidle");
  const point = await page.evaluate((path) => {
    const box = path.getBoundingClientRect();
    const points = [];
    for (let i = 1; i < 20; i++) for (let j = 1; j < 20; j++) points.push([box.x + box.width * i / 20, box.y + box.height * j / 20]);
    const centre = [box.x + box.width / 2, box.y + box.height / 2];
    points.sort((a, b) => Math.hypot(a[0] - centre[0], a[1] - centre[1]) - Math.hypot(b[0] - centre[0], b[1] - centre[1]));
    return points.map((p) => p.map(Math.round)).find(([x, y]) => x >= 0 && y >= 0 && x < innerWidth - 1 && y < innerHeight
      && document.elementFromPoint(x, y) === path && document.elementFromPoint(x + 1, y) === path);
  }, path);
  if (!point) throw new Error(`${HOVERED.name} is not in the first screen of ${spec.url}`);
  await page.addInitScript(WATCH, { paths: MAP_PATHS, name: HOVERED.name, point: [-1, -1], every: 1000, response: "" });
  await page.reload();
  await page.waitForFunction(spec.country, HOVERED, { timeout: 30000 });
  await page.mouse.move(point[0], point[1]);
  await page.mouse.move(point[0] + 1, point[1]);
  await page.waitForFunction((key) => window[key] !== undefined, spec.interactive, { timeout: 5000 })
    .catch(() => { throw new Error(`no hover response to the mouse at ${point} on ${spec.url}`); });
  await context.close();
  return point;
}

/** One load in a fresh context, hovered from the document's start (WATCH) until the page's hover response
 * is recorded. Returns the page still open, the times, and (with `files`) every file fetched until the
 * network is idle. */
async function load(spec, { files = false } = {}) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  await page.addInitScript(WATCH, { paths: MAP_PATHS, name: HOVERED.name, point: spec.point, every: HOVER_MS, response: spec.interactive });
  const fetched = [];
  if (files) {
    // Every file is listed, never dropped: a body DevTools no longer holds (a preloaded response, once
    // the page has used it) has its size as sent still, and a file with no sizes at all is named.
    page.on("requestfailed", (request) => fetched.push([new URL(request.url()).pathname, null, null, null, `failed: ${request.failure()?.errorText}`]));
    page.on("requestfinished", (request) => fetched.push((async () => {
      const path = new URL(request.url()).pathname;
      const sizes = await request.sizes().catch((error) => error);
      if (sizes instanceof Error) return [path, null, null, null, sizes.message.split("\n")[0]];
      const body = await request.response().then((response) => response.body()).catch(() => null);
      return [path, body?.length ?? null, sizes.responseBodySize, sizes.responseHeadersSize];
    })()));
  }
  await page.goto(spec.url, { timeout: 30000 });
  await page.waitForFunction((key) => window.__mapAt !== undefined && window[key] !== undefined, spec.interactive, { timeout: 30000, polling: 100 });
  const [map, ready] = await page.evaluate((key) => [window.__mapAt, window[key]], spec.interactive);
  if (files) await page.waitForLoadState("networkidle");
  return { context, page, map, ready, files: files ? await Promise.all(fetched) : null };
}

for (const spec of Object.values(pages)) spec.point = await hoverPoint(spec);
const parseTimes = [];
let page;
for (let round = 0; round < WARM_UP + LOADS; round++) {
  for (const [name, spec] of Object.entries(pages)) {
    const measured = round >= WARM_UP;
    const last = name === "dashboard" && round === WARM_UP + LOADS - 1;
    const result = await load(spec, { files: round === WARM_UP });
    if (measured) {
      spec.map.push(result.map);
      spec.ready.push(result.ready);
      if (result.files) spec.files = result.files;
      if (name === "dashboard") parseTimes.push(await result.page.evaluate(() => performance.getEntriesByName("ehr:parse")[0]?.duration ?? NaN));
    }
    if (last) {
      // The pointer leaves the map, so the repaints below do not redraw the tooltip.
      page = result.page;
      await page.evaluate(() => document.querySelector("svg.world-map").dispatchEvent(new PointerEvent("pointerleave")));
      await page.waitForFunction(() => document.querySelector(".map-frame .tooltip") === null, null, { timeout: 5000 });
    } else await result.context.close();
  }
}

/** Ratio of the medians, with a percentile bootstrap 95% interval (each sample resampled on its own). */
function ratio(numerator, denominator, resamples = 4000) {
  let seed = 15;
  const random = () => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed / 2147483648; };
  const resample = (xs) => xs.map(() => xs[Math.floor(random() * xs.length)]);
  const ratios = [];
  for (let i = 0; i < resamples; i++) ratios.push(median(resample(numerator)) / median(resample(denominator)));
  ratios.sort((a, b) => a - b);
  return { value: median(numerator) / median(denominator), low: ratios[Math.floor(0.025 * resamples)], high: ratios[Math.ceil(0.975 * resamples) - 1] };
}

// Question changes on the last page: from the change event to the next frame after the DOM update.
// Survey questions only (their optgroups are the numbered sections): a series' first showing fetches.
const questions = await page.$$eval("#question optgroup", (groups) =>
  groups.filter((g) => /^\d/.test(g.label)).flatMap((g) => [...g.querySelectorAll("option")].map((o) => o.value)));
const repaints = [];
for (let i = 0; i < REPAINTS; i++) {
  const next = questions[(i * 7 + 3) % questions.length];
  repaints.push(await page.evaluate((value) => new Promise((done) => {
    const select = document.querySelector("#question");
    const start = performance.now();
    select.value = value;
    select.dispatchEvent(new Event("change", { bubbles: true }));
    requestAnimationFrame(() => setTimeout(() => done(performance.now() - start), 0));
  }), next));
}
// Filter changes: region and income group, each from the change event to the next frame.
const filterRepaints = [];
const filters = [["#region", "AFR"], ["#region", "EUR"], ["#income", "LIC"], ["#income", ""], ["#region", ""]];
for (let i = 0; i < REPAINTS; i++) {
  const [selector, value] = filters[i % filters.length];
  filterRepaints.push(await page.evaluate(([selector, value]) => new Promise((done) => {
    const select = document.querySelector(selector);
    const start = performance.now();
    select.value = value;
    select.dispatchEvent(new Event("change", { bubbles: true }));
    requestAnimationFrame(() => setTimeout(() => done(performance.now() - start), 0));
  }), [selector, value]));
}
// A series not yet loaded: from the change event to its first bin colour on the map (fetch included).
const seriesIds = await page.$$eval("#question optgroup", (groups) =>
  groups.filter((g) => !/^\d/.test(g.label)).flatMap((g) => [...g.querySelectorAll("option")].map((o) => o.value)));
const firstShows = [];
for (const id of seriesIds.slice(0, 10)) {
  firstShows.push(await page.evaluate((value) => new Promise((done) => {
    const select = document.querySelector("#question");
    const start = performance.now();
    select.value = value;
    select.dispatchEvent(new Event("change", { bubbles: true }));
    const check = () => document.querySelector('svg.world-map path[data-category^="bin-"]') && document.querySelector(".map-loading") === null
      ? done(performance.now() - start) : requestAnimationFrame(check);
    requestAnimationFrame(check);
  }), id));
}
// Year changes on the map of internet users: from the slider's input event to the next frame.
await page.selectOption("#question", "internet_users");
await page.waitForSelector('svg.world-map path[data-category^="bin-"]');
const yearRepaints = [];
for (let i = 0; i < REPAINTS; i++) {
  yearRepaints.push(await page.evaluate((step) => new Promise((done) => {
    const slider = document.querySelector("#year");
    const start = performance.now();
    slider.value = String((Number(slider.value) + step) % (Number(slider.max) + 1));
    slider.dispatchEvent(new Event("input", { bubbles: true }));
    requestAnimationFrame(() => setTimeout(() => done(performance.now() - start), 0));
  }), 1 + (i % 3)));
}
// The readiness index: from a weight's change event to the next frame (ranking recomputed and the
// table redrawn; the restarted uncertainty run waits for that frame), then the wall time of a whole
// run of 1,000 draws over every country scored, sliced over animation frames (the page's own measure).
const INDEX_CHANGES = 10;
await page.click("#tab-index");
const indexDone = () => page.waitForFunction(() => document.querySelector(".draw-progress")?.textContent === ""
  && document.querySelectorAll(".plot-rows li").length > 0, null, { timeout: 60000 });
await indexDone();
const indexRecomputes = [];
for (let i = 0; i < INDEX_CHANGES; i++) {
  indexRecomputes.push(await page.evaluate((value) => new Promise((done) => {
    const slider = document.querySelector("#weight-infrastructure");
    const start = performance.now();
    slider.value = value;
    slider.dispatchEvent(new Event("change", { bubbles: true }));
    requestAnimationFrame(() => setTimeout(() => done(performance.now() - start), 0));
  }), String(1.5 + (i % 4))));
  await indexDone();
}
const drawRuns = await page.evaluate(() => performance.getEntriesByName("ehr:index-draws").map((e) => e.duration));
// The trend chart, each time in a fresh page (so the chart module is fetched and compiled): from a
// click on the Trend tab to the chart's first line in the DOM.
const chartTimes = [];
for (let i = 0; i < 10; i++) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const fresh = await context.newPage();
  await fresh.goto(`${server.url}?q=internet_users&year=2015&countries=KEN,GHA,NGA`);
  await fresh.waitForSelector('svg.world-map path[data-category^="bin-"]', { timeout: 30000 });
  chartTimes.push(await fresh.evaluate(() => new Promise((done) => {
    const start = performance.now();
    document.querySelector("#tab-trend").click();
    const check = () => document.querySelector(".trend-chart svg path") ? done(performance.now() - start) : requestAnimationFrame(check);
    requestAnimationFrame(check);
  })));
  await context.close();
}
await browser.close();
await yardServer.close();
const lighthouse = await lighthouseFigures(server.url);
await server.close();

const yard = pages.yardstick, dash = pages.dashboard;
// Absolute times and Lighthouse's scores move with whatever else the machine runs; ratios of one run less.
console.log(`Machine: ${availableParallelism()} cores; 1-minute load average ${loadAtStart.toFixed(1)} at the start, ${loadavg()[0].toFixed(1)} at the end.`);
const mapRatio = ratio(dash.map, yard.map);
const readyRatio = ratio(dash.ready, yard.ready);
const ms = (xs) => `median ${median(xs).toFixed(0)} ms (min ${Math.min(...xs).toFixed(0)}, max ${Math.max(...xs).toFixed(0)})`;
const x = ({ value, low, high }) => `${value.toFixed(2)}x (95% bootstrap interval ${low.toFixed(2)}–${high.toFixed(2)}x)`;
console.log(`Against the yardstick (${YARDSTICK}): ${LOADS} loads of each page, alternating, after ${WARM_UP} warm-up round;`);
console.log(`  a fresh browser context and page each load, viewport ${VIEWPORT.width}x${VIEWPORT.height}, both served gzipped (level 9) by tests/e2e/serve.mjs.`);
console.log(`Time to map: navigation start to the first moment the document holds >= ${MAP_PATHS} \`svg path\` elements (MutationObserver installed before any page script).`);
console.log(`  yardstick ${ms(yard.map)}`);
console.log(`  dashboard ${ms(dash.map)}`);
console.log(`  ratio dashboard/yardstick of the medians: ${x(mapRatio)}   (target <= 0.5x: ${verdict(mapRatio.value <= 0.5)})`);
console.log(`Time to interactive: navigation start to the first hover on ${HOVERED.name} that gets the page's hover response. From the document's`);
console.log(`  start until then, every ${HOVER_MS} ms, a pointer move at ${HOVERED.name}'s point is dispatched to the element there (in the page: hit test`);
console.log(`  and event; the point was checked with the real mouse on a loaded page).`);
console.log(`  Dashboard: its tooltip (.map-frame .tooltip) naming ${HOVERED.name} is in the DOM. Yardstick: it has no tooltip element and no listener;`);
console.log(`  its hover shows the path's <title> ("${HOVERED.name}: Yes") as the browser's native tooltip, after the browser's own delay and`);
console.log(`  outside the DOM, so its equivalent is the moment a pointer move is delivered to ${HOVERED.name}'s titled path (map drawn, hover dispatchable).`);
console.log(`  yardstick ${ms(yard.ready)}   (hovered at ${yard.point.join(",")} in the viewport)`);
console.log(`  dashboard ${ms(dash.ready)}   (hovered at ${dash.point.join(",")})`);
console.log(`  ratio dashboard/yardstick of the medians: ${x(readyRatio)}   (target <= 1.0x: ${verdict(readyRatio.value <= 1.0)})`);

const listFiles = (label, files) => {
  console.log(label);
  let raw = 0, sent = 0, headers = 0, unmeasured = 0, bodiless = 0;
  for (const [path, size, transfer, head, error] of [...files].sort((a, b) => a[0].localeCompare(b[0]))) {
    if (error) {
      unmeasured++;
      console.log(`  ${path.padEnd(48)} NOT MEASURED: ${error}`);
      continue;
    }
    if (size === null) bodiless++;
    raw += size ?? 0; sent += transfer; headers += head;
    console.log(`  ${path.padEnd(48)} ${(size === null ? "?" : kb(size)).padStart(10)} raw ${kb(transfer).padStart(9)} gzip`);
  }
  return { raw: `${kb(raw)}${bodiless ? " + ?" : ""}`, sent, headers, unmeasured };
};
const firstView = listFiles("First view of the dashboard, every file fetched until the network is idle after the tooltip (body bytes as sent, gzip):", dash.files);
console.log(`  ${"total".padEnd(48)} ${firstView.raw.padStart(10)} raw ${kb(firstView.sent).padStart(9)} gzip   (target <= ${BUDGET_KB} KB gzip: ${firstView.unmeasured ? `INCOMPLETE, ${firstView.unmeasured} file(s) not measured` : verdict(firstView.sent <= BUDGET_KB * 1024)}; headers ${kb(firstView.headers)} more)`);
const yardView = listFiles("First view of the yardstick, the same way:", yard.files);
console.log(`  ${"total".padEnd(48)} ${yardView.raw.padStart(10)} raw ${kb(yardView.sent).padStart(9)} gzip   (${yardView.unmeasured ? `INCOMPLETE, ${yardView.unmeasured} file(s) not measured; ` : ""}headers ${kb(yardView.headers)} more)`);
const wasm = readFileSync(new URL(`../../dist/${dash.files.find(([path]) => path.endsWith(".wasm"))[0].slice(1)}`, import.meta.url));
console.log(`Release wasm (after wasm-opt): ${kb(wasm.length)} raw, ${kb(gzipSync(wasm, { level: 9 }).length)} gzip`);
const offline = statSync(new URL("../../dist/ehealth-readiness-offline.html", import.meta.url)).size;
const chartsFolder = readFileSync(new URL("../../dist/index.html", import.meta.url), "utf8").match(/<meta name="eh-charts" content="([^"]+)"/)[1];
const chartFiles = ["echarts.js", "charts.js", "charts_bg.wasm"].map((file) => `${chartsFolder}${file}`).map((name) => {
  const body = readFileSync(new URL(`../../dist/${name}`, import.meta.url));
  return [name, body.length, gzipSync(body, { level: 9 }).length];
});
console.log("Chart code, loaded the first time a chart is shown (not on the first view):");
for (const [name, raw, zipped] of chartFiles) console.log(`  ${name.padEnd(48)} ${kb(raw).padStart(10)} raw ${kb(zipped).padStart(9)} gzip`);
console.log(`  ${"total".padEnd(48)} ${kb(chartFiles.reduce((s, f) => s + f[1], 0)).padStart(10)} raw ${kb(chartFiles.reduce((s, f) => s + f[2], 0)).padStart(9)} gzip`);
console.log(`Trend chart, from the Trend tab to the chart drawn (chart module fetched each time), median of ${chartTimes.length}: ${median(chartTimes).toFixed(0)} ms (max ${Math.max(...chartTimes).toFixed(0)})`);
console.log(`Offline single file (dist/ehealth-readiness-offline.html): ${kb(offline)}   (budget <= 3 MB: ${verdict(offline <= 3 * 1024 * 1024)})`);
console.log(`Data parse and validation (all files), median of ${LOADS}: ${median(parseTimes).toFixed(1)} ms   ${against(median(parseTimes), 100)}`);
console.log(`Repaint after a question change, median of ${REPAINTS}: ${median(repaints).toFixed(1)} ms (max ${Math.max(...repaints).toFixed(1)})   ${against(median(repaints), 50)}`);
console.log(`Repaint after a year change (internet users), median of ${REPAINTS}: ${median(yearRepaints).toFixed(1)} ms (max ${Math.max(...yearRepaints).toFixed(1)})   ${against(median(yearRepaints), 50)}`);
console.log(`A series not loaded yet, from choosing it to its map drawn (fetch included), median of ${firstShows.length}: ${median(firstShows).toFixed(0)} ms (max ${Math.max(...firstShows).toFixed(0)})`);
console.log(`Repaint after a filter change (region, income), median of ${REPAINTS}: ${median(filterRepaints).toFixed(1)} ms (max ${Math.max(...filterRepaints).toFixed(1)})   ${against(median(filterRepaints), 50)}`);
console.log(`Index recompute after a weight change (to the next frame), median of ${INDEX_CHANGES}: ${median(indexRecomputes).toFixed(1)} ms (max ${Math.max(...indexRecomputes).toFixed(1)})   ${against(median(indexRecomputes), 50)}`);
console.log(`Index uncertainty, 1,000 draws for every country scored (wall time, sliced over frames), median of ${drawRuns.length} runs: ${median(drawRuns).toFixed(0)} ms (max ${Math.max(...drawRuns).toFixed(0)})   ${against(median(drawRuns), 1000, "target")}`);

console.log(`Lighthouse (served gzipped; simulated throttling), median of ${LIGHTHOUSE_RUNS} runs each   (targets: performance >= 95 mobile, 100 desktop; CLS <= 0.02):`);
for (const { address, preset, runs } of lighthouse) {
  const of = (key) => median(runs.map((run) => run[key]));
  const score = of("score"), cls = of("cls"), target = preset === "desktop" ? 100 : 95;
  console.log(`  ${address.padEnd(30)} ${preset.padEnd(8)} performance ${String(score).padStart(3)} (>= ${target}: ${verdict(score >= target)})   LCP ${(of("lcp") / 1000).toFixed(2)} s   CLS ${cls.toFixed(3)} (<= 0.02: ${verdict(cls <= 0.02)})   (per run: performance ${runs.map((run) => run.score).join(", ")}; CLS ${runs.map((run) => run.cls.toFixed(3)).join(", ")})`);
}

/** Lighthouse's figures for the default view and a series view (whose values load after the first
 * view), mobile and desktop presets. The CLI launches Chromium itself through chrome-launcher, which
 * finds the browser through CHROME_PATH. Runs alternate between presets so that a busy spell of the
 * machine does not fall on one preset only. */
async function lighthouseFigures(url) {
  const bin = new URL("../../node_modules/.bin/lighthouse", import.meta.url).pathname;
  const env = { ...process.env, CHROME_PATH: process.env.CHROME_PATH ?? process.env.CHROMIUM ?? "/usr/bin/chromium" };
  const figures = [];
  for (const address of ["/", "/?q=internet_users&year=2015"]) {
    for (const preset of ["mobile", "desktop"]) figures.push({ address, preset, runs: [] });
  }
  for (let run = 0; run < LIGHTHOUSE_RUNS; run++) {
    for (const figure of figures) {
      const args = [new URL(figure.address.slice(1), url).href, "--only-categories=performance", "--output=json",
        "--output-path=stdout", "--quiet", "--chrome-flags=--headless=new --no-sandbox --disable-gpu"];
      if (figure.preset === "desktop") args.push("--preset=desktop");
      const { stdout } = await promisify(execFile)(bin, args, { env, maxBuffer: 256 * 1024 * 1024 });
      const report = JSON.parse(stdout);
      figure.runs.push({
        score: Math.round(report.categories.performance.score * 100),
        lcp: report.audits["largest-contentful-paint"].numericValue,
        cls: report.audits["cumulative-layout-shift"].numericValue,
      });
    }
  }
  return figures;
}
