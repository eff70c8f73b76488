// The first view before the app runs: index.html carries the default view as the app drew it at build
// time (scripts/prerender.mjs). Without JavaScript a reader sees the real map and facts; with it, the
// live app takes over without anything on the first screen moving or changing; any other address never
// shows the default view's figures; the map's shapes come from the built view, never downloaded again.
// Hosted and offline. Expected figures come from data/ (data.mjs).
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { pathToFileURL } from "node:url";
import { ARTIFACTS, liveApp, openPage, site } from "./browser.mjs";
import { answerCounts, expectedShare, readCsv } from "./data.mjs";

const OFFLINE = pathToFileURL(new URL("../../dist/ehealth-readiness-offline.html", import.meta.url).pathname).href;
/** The first screen's regions, and a few countries of the map. */
// A list shows the option chosen (the built copy's question list holds only that one).
const FIRST_SCREEN = [".masthead", ".filters", ".fact-grid li:not([hidden])", ".tabs button", ".question-picker label > span",
  "#question-search", "select", ".map-title",
  ".map-frame", ".legend li", ".fact", 'path[data-iso3="KEN"]', 'path[data-iso3="BRA"]', 'path[data-iso3="FRA"]'];

let served;
before(async () => { served = await site(); });
after(async () => { await served?.close(); });

for (const [where, address] of [["hosted", () => served.url], ["offline", () => OFFLINE]]) {
  test(`${where}: without JavaScript the built first view shows the coloured map and the 58% fact`, async () => {
    const context = await served.browser.newContext({ viewport: { width: 1280, height: 800 }, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(address());
    const expected = expectedShare("ehealth_policy");
    assert.equal(await page.locator(".fact-figure").innerText(), `${expected.percent}%`);
    assert.match(await page.locator(".fact-sentence").innerText(), new RegExp(`^${expected.yes} of ${expected.responding} responding countries`));
    const counts = answerCounts("ehealth_policy");
    assert.equal(await page.locator('svg.world-map path[data-category="yes"][fill="#0072b2"]').count(), counts.Yes);
    assert.equal(await page.locator('.legend li[data-category="yes"] .legend-count').innerText(), String(counts.Yes));
    assert.ok((await page.locator("svg.world-map path").count()) >= 240);
    // Not inert without JavaScript: readable by assistive technology, selectable, found by find-in-page.
    assert.equal(await page.locator("main.html-first-screen").evaluate((main) => main.inert), false);
    // What needs JavaScript is said, under the masthead; the share and cite boxes, which only the app
    // can fill (the page's address, the day), are not offered empty.
    assert.match(await page.locator(".no-script").innerText(), /sharing or citing one, needs JavaScript and WebAssembly\.$/);
    assert.equal(await page.locator("details.share, details.cite, #permalink, #cite-apa").count(), 0);
    assert.ok(await page.locator(".no-script").isVisible());
    await page.screenshot({ path: `${ARTIFACTS}built-first-view-${where}-no-js.png` });
    await context.close();
  });

  test(`${where}: the live app takes over without moving or changing the first screen`, async () => {
    for (const viewport of [{ width: 1280, height: 800 }, { width: 390, height: 844 }]) {
      const context = await served.browser.newContext({ viewport });
      const page = await context.newPage();
      const errors = [];
      page.on("pageerror", (error) => errors.push(error.message));
      page.on("console", (message) => { if (message.type() === "error") errors.push(message.text()); });
      // The built view is seen the moment the HTML is parsed, before any of the page's scripts runs
      // (readyState turns "interactive" before deferred and module scripts); hosted, the wasm is also
      // held back until then, so the stylesheets are surely in.
      await page.addInitScript(seeFirstScreen, FIRST_SCREEN);
      const release = where === "hosted" ? await holdWasm(page) : () => {};
      await page.goto(address());
      await page.waitForFunction(() => window.__seen !== undefined);
      const before = where === "hosted"
        ? await page.evaluate(() => window.__see())
        : await page.evaluate(() => window.__seen);
      release();
      await liveApp(page);
      const after = await page.evaluate(() => window.__see());
      assert.ok(before.flat().length >= FIRST_SCREEN.length, "every region is in the built view");
      assert.deepEqual(after, before, `${viewport.width}x${viewport.height}: same boxes, colours and texts`);
      assert.deepEqual(errors, []);
      await context.close();
    }
  });
}

test("hosted: the live map is the built view's own paths, moved into place, all there in its first frame", async () => {
  const context = await served.browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const release = await holdWasm(page);
  await page.goto(served.url);
  const built = await page.locator("main.html-first-screen svg.world-map .countries path").count();
  await page.evaluate(() => {
    for (const path of document.querySelectorAll("main.html-first-screen svg.world-map .countries path")) path.__built = true;
    // The frame after the built view leaves is the live view's first.
    new MutationObserver((_, observer) => {
      if (document.querySelector("main.html-first-screen")) return;
      observer.disconnect();
      requestAnimationFrame(() => {
        const live = [...document.querySelectorAll("main svg.world-map .countries path")];
        window.__firstFrame = { paths: live.length, built: live.filter((path) => path.__built).length };
      });
    }).observe(document.body, { childList: true, subtree: true });
  });
  release();
  await page.waitForFunction(() => window.__firstFrame, null, { timeout: 30000 });
  assert.ok(built >= 240);
  assert.deepEqual(await page.evaluate(() => window.__firstFrame), { paths: built, built });
  await context.close();
});

test("at another address the built paths take that view's look", async () => {
  const context = await served.browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const release = await holdWasm(page);
  await page.goto(`${served.url}?q=internet_users&year=2015`);
  const built = await page.locator("main.html-first-screen svg.world-map .countries path").evaluateAll((paths) => {
    for (const path of paths) path.__built = true;
    return paths.length;
  });
  release();
  await page.waitForSelector('main svg.world-map path[data-category^="bin-"]', { timeout: 30000 });
  const live = await page.locator("main svg.world-map .countries path").evaluateAll((paths) => paths.map((path) => [path.__built === true, path.dataset.category]));
  assert.equal(live.length, built);
  assert.ok(live.every(([fromBuilt]) => fromBuilt));
  // Internet users' bins, not the built view's survey answers.
  assert.equal(live.filter(([, category]) => category === "yes" || category === "no").length, 0);
  assert.ok(live.filter(([, category]) => category.startsWith("bin-")).length >= 150);
  await context.close();
});

/** Holds the page's wasm back until the returned function is called: the built view is what shows. */
async function holdWasm(page) {
  let release;
  const held = new Promise((done) => { release = done; });
  await page.route(/\.wasm$/, async (route) => { await held; await route.continue(); });
  return release;
}

/** Installed before any page script: `window.__see()` lists each region's box, colour and text, and
 * `window.__seen` holds that list as the HTML finished parsing. */
function seeFirstScreen(selectors) {
  window.__see = () => selectors.map((selector) => [...document.querySelectorAll(selector)].map((e) => {
    const box = e.getBoundingClientRect();
    return `${selector} ${box.x.toFixed(1)},${box.y.toFixed(1)} ${box.width.toFixed(1)}x${box.height.toFixed(1)} ${e.getAttribute("fill") ?? (e instanceof HTMLSelectElement ? `shows ${e.selectedOptions[0]?.text}` : e.innerText?.replace(/\s+/g, " ")) ?? ""}`;
  }));
  document.addEventListener("readystatechange", () => {
    if (document.readyState === "interactive") window.__seen = window.__see();
  });
}

test("any other address hides the built view's figures until the app draws its own", async () => {
  const context = await served.browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const release = await holdWasm(page);
  await page.goto(`${served.url}?q=internet_users&year=2015`);
  // With JavaScript, its controls are inert until the app takes over.
  assert.equal(await page.locator("main.html-first-screen").evaluate((main) => main.inert), true);
  // Nothing that tells which view, question, filter or figure is shown; the page's frame stays.
  for (const selector of [".board", ".fact-grid ul", ".fact-grid-scope", ".active-filter", "#question", "#region", ".tabs"]) {
    assert.equal(await page.locator(`main.html-first-screen ${selector}`).evaluate((e) => getComputedStyle(e).visibility), "hidden", selector);
  }
  assert.equal(await page.locator("main.html-first-screen .fact-grid h2").evaluate((e) => getComputedStyle(e).visibility), "visible");
  release();
  await liveApp(page);
  await page.waitForSelector('svg.world-map path[data-category^="bin-"]', { timeout: 30000 });
  await context.close();
});

test("a link from a newsletter (tracking parameters only) shows the built view at once, and the app keeps it", async () => {
  const context = await served.browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const release = await holdWasm(page);
  // Set if the app ever put its own loading screen in place of the built view.
  await page.addInitScript(() => new MutationObserver(() => {
    if (document.querySelector(".first-screen")) window.__loadingScreen = true;
  }).observe(document, { childList: true, subtree: true }));
  await page.goto(`${served.url}?utm_source=newsletter&utm_medium=email&mc_cid=4f2a`);
  // Before the wasm: the built figures are shown, as for the bare address.
  assert.equal(await page.locator("html").evaluate((html) => html.classList.contains("deep-link")), false);
  assert.equal(await page.locator("main.html-first-screen .board").evaluate((e) => getComputedStyle(e).visibility), "visible");
  assert.match(await page.locator("main.html-first-screen .fact").innerText(), /58%/);
  release();
  await liveApp(page);
  await page.waitForSelector('svg.world-map path[data-iso3="KEN"][tabindex]', { timeout: 30000 });
  // The built view stayed until the live one replaced it: no loading screen came between.
  assert.equal(await page.evaluate(() => window.__loadingScreen), undefined);
  // No notice of unknown parameters, and the address bar keeps only the view's own (none).
  assert.equal(await page.locator(".notice").count(), 0);
  assert.equal(new URL(page.url()).search, "");
  assert.match(await page.locator("main .fact").innerText(), /58%/);
  await context.close();
});

test("the page reads the map from its built view: world.csv is never downloaded, by the map or by another view", async () => {
  for (const query of ["", "?q=internet_users&year=2015", "?tab=table"]) {
    const { page, requests, errors, close } = await openPage(served.browser, `${served.url}${query}`);
    await page.waitForSelector(query.includes("tab=") ? "table.answer-table" : 'svg.world-map path[data-iso3="KEN"][tabindex]', { timeout: 30000 });
    if (!query.includes("tab=")) {
      // The live map works: Kenya's shape is drawn from the built view's path, and hovering it tells.
      const path = page.locator('svg.world-map path[data-iso3="KEN"]');
      assert.equal(await path.getAttribute("d"), readCsv("world.csv").find((row) => row.iso3 === "KEN").path);
      await path.hover();
      assert.match(await page.locator(".tooltip strong").innerText(), /^Kenya$/);
    }
    assert.deepEqual(requests.filter((url) => url.includes("world.csv")), [], query);
    // The file rebuilt from the built map loads as the real one does: every shape, no problem told.
    assert.equal(await page.locator(".notice-problem").count(), 0, query);
    assert.deepEqual(errors, [], query);
    await close();
  }
});
