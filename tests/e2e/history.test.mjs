// The browser's Back and Forward buttons step through the views a reader has seen: each change of
// question, filter or tab is one history entry, and going back shows that view again, address and screen.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { openPage, site } from "./browser.mjs";

let served;
before(async () => { served = await site(); });
after(async () => { await served?.close(); });

/** What the reader sees of the view: the address, the chosen question, region and tab, and the
 * headline fact (only the map tab shows it). */
async function seen(page) {
  const fact = page.locator(".fact");
  return {
    search: new URL(page.url()).search,
    question: await page.locator("#question").inputValue(),
    region: await page.locator("#region").inputValue(),
    tab: await page.locator('[role="tab"][aria-selected="true"]').innerText(),
    fact: (await fact.count()) ? await fact.innerText() : null,
  };
}

/** The view once the page has caught up with `expected` (it redraws a moment after the address
 * changes), or as it still is after 5 seconds. */
async function settled(page, expected) {
  const until = Date.now() + 5000;
  let now = await seen(page);
  while (JSON.stringify(now) !== JSON.stringify(expected) && Date.now() < until) {
    await page.waitForTimeout(50);
    now = await seen(page);
  }
  return now;
}

/** Waits for the address bar to say `search`, then returns what is on screen. */
async function changedTo(page, search) {
  await page.waitForFunction((wanted) => location.search === wanted, search);
  // The fact is redrawn after the address changes; give the page its next frame.
  await page.evaluate(() => new Promise(requestAnimationFrame));
  return seen(page);
}

test("Back and Forward restore the question, filter and tab seen before, one entry per change", async () => {
  const { page, errors, close } = await openPage(served.browser, served.url);
  await page.waitForSelector("svg.world-map path", { timeout: 30000 });
  const first = await seen(page);
  assert.equal(first.search, "");
  const entries = await page.evaluate(() => history.length);

  await page.selectOption("#question", "ehr_national");
  const question = await changedTo(page, "?q=ehr_national");
  await page.selectOption("#region", "EUR");
  const region = await changedTo(page, "?q=ehr_national&region=EUR");
  assert.notEqual(region.fact, question.fact, "the fact follows the region");
  await page.getByRole("tab", { name: "Table" }).click();
  await page.waitForSelector("table.answer-table");
  const table = await changedTo(page, "?q=ehr_national&region=EUR&tab=table");
  assert.deepEqual([question.question, region.region, table.tab], ["ehr_national", "EUR", "Table"]);
  assert.equal(await page.evaluate(() => history.length), entries + 3, "one entry per change");

  await page.goBack();
  assert.deepEqual(await settled(page, region), region, "one step back: the map of Europe");
  await page.goBack();
  assert.deepEqual(await settled(page, question), question, "two steps back: the question, all regions");
  await page.goForward();
  assert.deepEqual(await settled(page, region), region, "forward again: Europe");
  await page.goForward();
  assert.deepEqual(await settled(page, table), table, "forward again: the table");
  await page.goBack();
  await page.goBack();
  await page.goBack();
  assert.deepEqual(await settled(page, first), first, "back to the view the page opened with");
  assert.equal(await page.evaluate(() => history.length), entries + 3, "going back and forth adds no entry");
  assert.deepEqual(errors, []);
  await page.goBack();
  assert.equal(page.url(), "about:blank", "opening the page added no entry: one more Back leaves it");
  await close();
});

test("a link with an unusable parameter is cleaned in place, not kept as an entry of its own", async () => {
  const { page, close } = await openPage(served.browser, `${served.url}?q=ehr_national&colour=red`);
  await page.waitForSelector("svg.world-map path", { timeout: 30000 });
  await page.waitForFunction(() => location.search === "?q=ehr_national");
  await page.goBack();
  assert.equal(page.url(), "about:blank", "one Back leaves the page");
  await close();
});

test("a pinned country and the compare list come back with Back too", async () => {
  const { page, errors, close } = await openPage(served.browser, `${served.url}?q=telehealth_policy`);
  await page.waitForSelector("svg.world-map path", { timeout: 30000 });
  await page.locator('path[data-iso3="KEN"]').click({ force: true });
  await changedTo(page, "?q=telehealth_policy&country=KEN");
  await page.getByRole("button", { name: "Close the country panel" }).click();
  await changedTo(page, "?q=telehealth_policy");
  await page.goBack();
  await page.waitForSelector(".country-panel h3", { timeout: 5000 });
  assert.equal(new URL(page.url()).search, "?q=telehealth_policy&country=KEN");
  assert.equal(await page.locator('path[data-iso3="KEN"]').getAttribute("class"), "pinned");

  await page.goto(`${served.url}?tab=compare&compare=KEN,GHA`);
  await page.waitForSelector(".compare-table", { timeout: 30000 });
  const columns = () => page.locator(".compare-table thead th[data-iso3]").evaluateAll((ths) => ths.map((th) => th.dataset.iso3));
  await page.locator(".compare-chips button").last().click();
  await changedTo(page, "?compare=KEN&tab=compare");
  await page.goBack();
  await page.waitForSelector(".compare-table", { timeout: 5000 });
  assert.deepEqual(await columns(), ["KEN", "GHA"]);
  assert.equal(new URL(page.url()).search, "?compare=KEN,GHA&tab=compare");
  assert.deepEqual(errors, []);
  await close();
});
