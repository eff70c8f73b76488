// Two builds, one page: the first view downloads only the small build (the map tab and what surrounds
// it); the first other view asked for loads the full build, which takes over without the reader losing
// their place: same address, focus on the control they used, filters kept, Back and Forward working.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { openPage, site } from "./browser.mjs";

let served;
before(async () => { served = await site(); });
after(async () => { await served?.close(); });

const fullBuild = (requests) => requests.filter((url) => new URL(url).pathname.startsWith("/full/"));

test("the map view never downloads the full build; another view loads it and keeps the reader's place", async () => {
  const { page, errors, requests, close } = await openPage(served.browser, `${served.url}?region=AFR`);
  await page.waitForSelector("svg.world-map path");
  await page.selectOption("#question", "ehr_national");
  await page.locator('path[data-iso3="KEN"]').hover();
  assert.deepEqual(fullBuild(requests), [], "the map view needs only the small build");

  await page.locator("#tab-table").focus();
  await page.keyboard.press("Enter");
  await page.waitForSelector("table.answer-table tbody tr", { timeout: 30000 });
  // From one folder named by the content's hash, so a cached file of another build is never paired.
  assert.deepEqual(fullBuild(requests).map((url) => new URL(url).pathname.replace(/^\/full\/[0-9a-f]{16}\//, "")).sort(),
    ["app.js", "app_bg.wasm", "views.css"]);
  assert.equal(new Set(fullBuild(requests).map((url) => new URL(url).pathname.split("/")[2])).size, 1);
  assert.equal(new URL(page.url()).search, "?q=ehr_national&region=AFR&tab=table");
  assert.equal(await page.evaluate(() => document.activeElement?.id), "tab-table", "focus stays on the tab pressed");
  assert.equal(await page.locator("#region").inputValue(), "AFR", "the filter is kept");
  assert.equal(await page.locator("#question").inputValue(), "ehr_national", "the question is kept");
  // One page: one masthead, one main, one footer, nothing left of the small build.
  assert.deepEqual(await page.evaluate(() => ["header.masthead", "main", "footer", "#explorer"].map((s) => document.querySelectorAll(s).length)), [1, 1, 1, 1]);

  await page.goBack();
  await page.waitForSelector("svg.world-map path");
  assert.equal(new URL(page.url()).search, "?q=ehr_national&region=AFR");
  assert.equal(await page.locator("#tab-map").getAttribute("aria-selected"), "true");
  await page.goForward();
  await page.waitForSelector("table.answer-table tbody tr");
  assert.deepEqual(errors, []);
  await close();
});

test("an address of another view opens it through the full build", async () => {
  const { page, errors, requests, close } = await openPage(served.browser, `${served.url}?tab=compare&compare=KEN,GHA`);
  await page.waitForSelector(".compare-table", { timeout: 30000 });
  assert.equal(fullBuild(requests).length, 3);
  assert.equal(await page.locator("main").count(), 1);
  assert.deepEqual(errors, []);
  await close();
});

test("the map view looks the same in both builds: no style it uses comes only with the full build", async () => {
  const { page, errors, close } = await openPage(served.browser, `${served.url}?country=KEN`);
  await page.waitForSelector(".country-panel .profile-link");
  // Every element of the page's main region: its tag, class and box.
  const boxes = () => page.evaluate(() => [...document.querySelectorAll("main *")].map((e) => {
    const box = e.getBoundingClientRect();
    return `${e.tagName}.${e.getAttribute("class") ?? ""} ${box.x.toFixed(1)},${box.y.toFixed(1)} ${box.width.toFixed(1)}x${box.height.toFixed(1)}`;
  }));
  const small = await boxes();
  await page.locator("#tab-table").click();
  await page.waitForSelector("table.answer-table tbody tr", { timeout: 30000 });
  await page.locator("#tab-map").click();
  await page.waitForSelector(".country-panel .profile-link");
  const full = await boxes();
  assert.ok(small.length > 500);
  assert.deepEqual(full, small);
  assert.deepEqual(errors, []);
  await close();
});

test("what the address it was opened with could not use is still told after the full build takes over", async () => {
  const { page, errors, close } = await openPage(served.browser, `${served.url}?tab=table&colour=red`);
  await page.waitForSelector("table.answer-table tbody tr", { timeout: 30000 });
  assert.equal(new URL(page.url()).search, "?tab=table", "the address is cleaned");
  assert.match(await page.locator("section.notice[role=status]").innerText(), /colour/);
  assert.deepEqual(errors, []);
  await close();
});

test("back on the map before the full build is ready, the reader keeps what they typed until they ask again", async () => {
  const { page, errors, close } = await openPage(served.browser, served.url);
  await page.waitForSelector("svg.world-map path");
  let release;
  const held = new Promise((done) => { release = done; });
  await page.route(/\/full\/.*app_bg\.wasm$/, async (route) => { await held; await route.continue(); });
  await page.locator("#tab-table").click();
  await page.getByText("Loading this view…").waitFor();
  await page.locator("#tab-map").click();
  await page.locator("#question-search").fill("privacy");
  release();
  // The full build has parsed its data (the second parse of the page), yet it does not take over.
  await page.waitForFunction(() => performance.getEntriesByName("ehr:parse").length === 2, null, { timeout: 30000 });
  await page.waitForTimeout(500);
  assert.equal(await page.locator(".full-build").getAttribute("hidden"), "");
  assert.equal(await page.locator("#question-search").inputValue(), "privacy");
  await page.locator("#tab-table").click();
  await page.waitForSelector("table.answer-table tbody tr", { timeout: 30000 });
  assert.equal(await page.locator(".full-build").getAttribute("hidden"), null);
  assert.deepEqual(errors, []);
  await close();
});
