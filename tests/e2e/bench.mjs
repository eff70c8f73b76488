// Benchmark (not a test): prints the first view's transfer sizes, the time to the map, the time to
// repaint after a question change, the data parse time, and Lighthouse's performance score, LCP and CLS
// (mobile and desktop presets), against the budgets of DEVELOPERS.md. The site is served gzipped, as a
// static host serves it. Run through `bash scripts/bench.sh`, which builds dist/ first.
// LIGHTHOUSE_RUNS (default 3) sets the runs per preset and address; medians are printed.
import { execFile } from "node:child_process";
import { readFileSync, statSync } from "node:fs";
import { promisify } from "node:util";
import { gzipSync } from "node:zlib";
import { launch } from "./browser.mjs";
import { serve } from "./serve.mjs";

const LOADS = 12;
const REPAINTS = 20;
const LIGHTHOUSE_RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 3);
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2; };
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

// Records when the first country path enters the DOM, before any of the page's own scripts run.
const WATCH_MAP = () => {
  new MutationObserver((_, observer) => {
    if (document.querySelector("svg.world-map path")) {
      window.__mapAt = performance.now();
      observer.disconnect();
    }
  }).observe(document, { childList: true, subtree: true });
};

const server = await serve(new URL("../../dist/", import.meta.url).pathname, 0, { gzip: true });
const browser = await launch();
const firstView = [];
const mapTimes = [];
let parseTimes = [];
let page;
for (let i = 0; i < LOADS; i++) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  page = await context.newPage();
  await page.addInitScript(WATCH_MAP);
  const bodies = [];
  page.on("response", (response) => bodies.push(response.body().then((body) => [new URL(response.url()).pathname, body]).catch(() => null)));
  await page.goto(server.url);
  await page.waitForFunction(() => window.__mapAt !== undefined, null, { timeout: 30000 });
  mapTimes.push(await page.evaluate(() => window.__mapAt));
  parseTimes.push(await page.evaluate(() => performance.getEntriesByName("ehr:parse")[0]?.duration ?? NaN));
  if (i === 0) firstView.push(...(await Promise.all(bodies)).filter(Boolean));
  if (i < LOADS - 1) await context.close();
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
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
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
const lighthouse = await lighthouseFigures(server.url);
await server.close();

console.log("First view, every file the page fetched (gzip -9 as a server would send it):");
let raw = 0, gz = 0;
for (const [path, body] of firstView.sort()) {
  const zipped = gzipSync(body, { level: 9 }).length;
  raw += body.length; gz += zipped;
  console.log(`  ${path.padEnd(48)} ${kb(body.length).padStart(10)} raw ${kb(zipped).padStart(9)} gzip`);
}
const wasm = firstView.find(([path]) => path.endsWith(".wasm"));
console.log(`  ${"total".padEnd(48)} ${kb(raw).padStart(10)} raw ${kb(gz).padStart(9)} gzip   (budget 200 KB gzip)`);
if (wasm) console.log(`Release wasm (after wasm-opt): ${kb(wasm[1].length)} raw, ${kb(gzipSync(wasm[1], { level: 9 }).length)} gzip`);
const offline = statSync(new URL("../../dist/ehealth-readiness-offline.html", import.meta.url)).size;
const chartFiles = ["charts/echarts.js", "charts/charts.js", "charts/charts_bg.wasm"].map((name) => {
  const body = readFileSync(new URL(`../../dist/${name}`, import.meta.url));
  return [name, body.length, gzipSync(body, { level: 9 }).length];
});
console.log("Chart code, loaded the first time a chart is shown (not on the first view):");
for (const [name, raw, zipped] of chartFiles) console.log(`  ${name.padEnd(48)} ${kb(raw).padStart(10)} raw ${kb(zipped).padStart(9)} gzip`);
console.log(`  ${"total".padEnd(48)} ${kb(chartFiles.reduce((s, f) => s + f[1], 0)).padStart(10)} raw ${kb(chartFiles.reduce((s, f) => s + f[2], 0)).padStart(9)} gzip`);
console.log(`Trend chart, from the Trend tab to the chart drawn (chart module fetched each time), median of ${chartTimes.length}: ${median(chartTimes).toFixed(0)} ms (max ${Math.max(...chartTimes).toFixed(0)})`);
console.log(`Offline single file (dist/ehealth-readiness-offline.html): ${kb(offline)}   (budget 3 MB)`);
console.log(`Map in the page (navigation start to first country path), median of ${LOADS} fresh loads: ${median(mapTimes).toFixed(0)} ms (min ${Math.min(...mapTimes).toFixed(0)}, max ${Math.max(...mapTimes).toFixed(0)})`);
console.log(`Data parse and validation (all files), median of ${LOADS}: ${median(parseTimes).toFixed(1)} ms   (budget 100 ms)`);
console.log(`Repaint after a question change, median of ${REPAINTS}: ${median(repaints).toFixed(1)} ms (max ${Math.max(...repaints).toFixed(1)})   (budget 50 ms)`);
console.log(`Repaint after a year change (internet users), median of ${REPAINTS}: ${median(yearRepaints).toFixed(1)} ms (max ${Math.max(...yearRepaints).toFixed(1)})   (budget 50 ms)`);
console.log(`A series not loaded yet, from choosing it to its map drawn (fetch included), median of ${firstShows.length}: ${median(firstShows).toFixed(0)} ms (max ${Math.max(...firstShows).toFixed(0)})`);
console.log(`Repaint after a filter change (region, income), median of ${REPAINTS}: ${median(filterRepaints).toFixed(1)} ms (max ${Math.max(...filterRepaints).toFixed(1)})   (budget 50 ms)`);
console.log(`Index recompute after a weight change (to the next frame), median of ${INDEX_CHANGES}: ${median(indexRecomputes).toFixed(1)} ms (max ${Math.max(...indexRecomputes).toFixed(1)})   (budget 50 ms)`);
console.log(`Index uncertainty, 1,000 draws for every country scored (wall time, sliced over frames), median of ${drawRuns.length} runs: ${median(drawRuns).toFixed(0)} ms (max ${Math.max(...drawRuns).toFixed(0)})   (target 1000 ms)`);

console.log(`Lighthouse (served gzipped; simulated throttling), median of ${LIGHTHOUSE_RUNS} runs each   (budgets: CLS <= 0.02, performance >= 95 mobile, 100 desktop):`);
for (const { address, preset, runs } of lighthouse) {
  const of = (key) => median(runs.map((run) => run[key]));
  console.log(`  ${address.padEnd(30)} ${preset.padEnd(8)} performance ${String(of("score")).padStart(3)}   LCP ${(of("lcp") / 1000).toFixed(2)} s   CLS ${of("cls").toFixed(3)}   (CLS per run: ${runs.map((run) => run.cls.toFixed(3)).join(", ")})`);
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
