// The first screen holds still while the page loads: every region has its final size before its
// content arrives, so nothing the reader is looking at jumps (Cumulative Layout Shift, as the browser
// reports it), on a laptop and on a phone, for the default view and for a series whose values load after
// the first view.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { launch, liveApp } from "./browser.mjs";
import { serve } from "./serve.mjs";

/** The budget of Cumulative Layout Shift (Lighthouse calls 0.1 "good"; we keep far below it). */
const MAX_CLS = 0.02;
const VIEWPORTS = [{ width: 1280, height: 800 }, { width: 390, height: 844 }];
const ADDRESSES = ["", "?q=internet_users&year=2015"];
/** The regions whose boxes must not move once the map is in the page. */
const REGIONS = [".fact", ".map-frame", ".legend-wrap"];

let server;
let browser;
// Served gzipped, as a static host serves the page.
before(async () => { server = await serve(new URL("../../dist/", import.meta.url).pathname, 0, { gzip: true }); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

/** Installed before any page script: sums the layout shifts not caused by input, and notes the boxes of
 * the regions at the moment the first country path enters the DOM. */
function watch(regions) {
  window.__shifts = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.hadRecentInput) continue;
      const sources = (entry.sources ?? []).map((s) => s.node?.nodeName + (s.node?.className ? "." + s.node.className : ""));
      window.__shifts.push({ value: entry.value, at: entry.startTime, sources });
    }
  }).observe({ type: "layout-shift", buffered: true });
  const boxes = () => Object.fromEntries(regions.map((selector) => {
    const box = document.querySelector(selector)?.getBoundingClientRect();
    return [selector, box && { x: box.x + scrollX, y: box.y + scrollY, width: box.width, height: box.height }];
  }));
  window.__boxes = boxes;
  // The boxes are noted in the first frame painted with the map and every region in the page: for the
  // default address that is the built first view, from the HTML; for any other, whose built view is
  // hidden, the app's drawing.
  const map = location.search.length > 1 ? "main:not(.html-first-screen) svg.world-map path" : "svg.world-map path";
  new MutationObserver((_, observer) => {
    if (document.querySelector(map) && regions.every((selector) => document.querySelector(selector))) {
      observer.disconnect();
      requestAnimationFrame(() => { window.__atMap = boxes(); });
    }
  }).observe(document, { childList: true, subtree: true });
}

for (const viewport of VIEWPORTS) {
  for (const address of ADDRESSES) {
    test(`${address || "/"} at ${viewport.width}x${viewport.height}: no layout shift while loading`, async () => {
      const context = await browser.newContext({ viewport });
      const page = await context.newPage();
      await page.addInitScript(watch, REGIONS);
      await page.goto(server.url + address);
      await liveApp(page);
      await page.waitForSelector("svg.world-map path", { timeout: 30000 });
      await page.waitForSelector(".legend li", { timeout: 30000 });
      if (address) {
        // The series' values arrive after the first view: wait for their colours and the legend's bins.
        await page.waitForSelector('svg.world-map path[data-category^="bin-"]', { timeout: 30000 });
        await page.waitForSelector('.legend li[data-category^="bin-"]');
      }
      await page.waitForFunction(() => document.querySelector(".map-loading") === null);
      // Two frames and a pause, so that the last layout shifts are reported.
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 300)))));
      const { shifts, atMap, loaded } = await page.evaluate(() => ({ shifts: window.__shifts, atMap: window.__atMap, loaded: window.__boxes() }));
      const cls = shifts.reduce((sum, shift) => sum + shift.value, 0);
      assert.ok(cls <= MAX_CLS, `cumulative layout shift ${cls.toFixed(4)} > ${MAX_CLS}: ${JSON.stringify(shifts)}`);
      for (const selector of REGIONS) {
        assert.ok(atMap[selector], `${selector} is in the page with the map`);
        for (const side of ["x", "y", "width", "height"]) {
          assert.ok(Math.abs(atMap[selector][side] - loaded[selector][side]) < 1,
            `${selector} ${side}: ${atMap[selector][side]} with the map, ${loaded[selector][side]} when loaded`);
        }
      }
      await context.close();
    });
  }
}
