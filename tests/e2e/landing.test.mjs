// The landing page as a policy maker uses it: headline facts (world, region, income group), the legend
// as a filter, region zoom, the pinned-country panel, the breakdown by region, and the question search.
// Every expected figure is computed from data/ (data.mjs), never copied from the page.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { ARTIFACTS, openPage, site } from "./browser.mjs";
import { answer, answerCounts, country, expectedShare, indicators, respondingByName } from "./data.mjs";

let served;
before(async () => { served = await site(); });
after(async () => { await served?.close(); });

async function open(query = "", viewport) {
  const opened = await openPage(served.browser, served.url + query, viewport);
  await opened.page.waitForSelector(query.includes("tab=") ? ".fact-card" : "svg.world-map path", { timeout: 30000 });
  return opened;
}

async function checkFactCards(page, filter) {
  if ((await page.locator(".more-facts").getAttribute("aria-expanded")) === "false") await page.locator(".more-facts").click();
  const cards = page.locator(".fact-card");
  const count = await cards.count();
  assert.ok(count >= 8, `at least 8 fact cards, got ${count}`);
  for (let i = 0; i < count; i++) {
    const card = cards.nth(i);
    const id = await card.getAttribute("data-indicator");
    const expected = expectedShare(id, filter.region ?? null, filter.income ?? null);
    assert.equal(await card.locator(".fact-card-figure").innerText(), `${expected.percent}%`, id);
    assert.match(await card.locator(".fact-card-sentence").innerText(),
      new RegExp(`^${expected.yes} of ${expected.responding} responding countr(y|ies) ha(s|ve) `), id);
  }
}

test("each headline fact gives the dataset's share and denominator, for the world and a region", async () => {
  const { page, errors, close } = await open();
  const ids = await page.locator(".fact-card").evaluateAll((cards) => cards.map((c) => c.dataset.indicator));
  for (const required of ["ehealth_policy", "law_ehr_privacy", "mhealth_national", "ehr_national", "telehealth_policy"]) {
    assert.ok(ids.includes(required), `a card for ${required}`);
  }
  const sections = new Set(ids.map((id) => indicators.find((i) => i.id === id).section));
  assert.deepEqual([...sections].sort(), ["1", "2", "3", "4", "5", "6", "7", "8"], "one fact per survey section at least");
  await page.screenshot({ path: `${ARTIFACTS}landing-1280x800.png` });
  await checkFactCards(page, {});
  assert.match(await page.locator(".fact-grid-scope").innerText(), /2015 survey; all WHO regions/);

  await page.selectOption("#region", "AFR");
  await checkFactCards(page, { region: "AFR" });
  assert.match(await page.locator(".fact-grid-scope").innerText(), /WHO African Region/);
  await page.selectOption("#income", "LIC");
  await checkFactCards(page, { region: "AFR", income: "LIC" });
  assert.match(await page.locator(".active-filter").innerText(), /WHO African Region, Low income countries/);
  await page.getByRole("button", { name: "Clear filter" }).click();
  await checkFactCards(page, {});
  assert.equal(new URL(page.url()).search, "");
  assert.deepEqual(errors, []);
  await close();
});

test("pressing a fact puts its question on the map", async () => {
  const { page, close } = await open("?tab=table");
  await page.locator('.fact-card[data-indicator="ehr_national"]').click();
  assert.equal(await page.locator("#question").inputValue(), "ehr_national");
  assert.equal(await page.locator('path[data-category="yes"]').count(), answerCounts("ehr_national").Yes);
  assert.equal(await page.locator('.fact-card[data-indicator="ehr_national"]').getAttribute("aria-pressed"), "true");
  await close();
});

test("the legend doubles as a filter: pressing No highlights the countries that answered No", async () => {
  const { page, close } = await open();
  await page.locator('.legend li[data-category="no"] button').click();
  const lit = await page.locator("svg.world-map path:not(.dimmed)").evaluateAll((paths) => paths.map((p) => p.dataset.category));
  assert.equal(lit.length, answerCounts("ehealth_policy").No);
  assert.ok(lit.every((c) => c === "no"));
  assert.equal(await page.locator('.legend li[data-category="no"] button').getAttribute("aria-pressed"), "true");
  assert.match(page.url(), /show=no/);
  await page.getByRole("button", { name: "Show all answers" }).click();
  assert.equal(await page.locator("svg.world-map path.dimmed").count(), 0);
  await close();
});

test("choosing a WHO region zooms the map to it", async () => {
  const { page, close } = await open();
  const full = await page.locator("svg.world-map").getAttribute("viewBox");
  await page.selectOption("#region", "EUR");
  const zoomed = (await page.locator("svg.world-map").getAttribute("viewBox")).split(" ").map(Number);
  assert.notEqual(zoomed.join(" "), full);
  const [x, y, w, h] = zoomed;
  assert.ok(w < Number(full.split(" ")[2]) * 0.75, "the view is narrower than the world");
  // Countries without overseas parts, whose whole shape must be in view (France includes French Guiana).
  for (const iso3 of ["DEU", "POL", "ITA", "TUR", "UKR"]) {
    const box = await page.locator(`path[data-iso3="${iso3}"]`).evaluate((p) => { const b = p.getBBox(); return [b.x, b.y, b.width, b.height]; });
    assert.ok(box[0] >= x && box[1] >= y && box[0] + box[2] <= x + w && box[1] + box[3] <= y + h, `${iso3} inside the zoomed view`);
  }
  await close();
});

test("clicking a country pins it and lists its answers to the question's section", async () => {
  const { page, close } = await open("?q=telehealth_policy");
  await page.locator('path[data-iso3="KEN"]').click({ force: true });
  const panel = page.locator(".country-panel");
  assert.equal(await panel.locator("h3").innerText(), country("KEN").name);
  const section = indicators.filter((i) => i.section === "1" && i.kind === "yes_no");
  assert.equal(await panel.locator(".answers li").count(), section.length);
  assert.match(await panel.locator(".answers li.current").innerText(), new RegExp(answer("KEN", "telehealth_policy").value));
  assert.match(page.url(), /country=KEN/);
  assert.equal(await page.locator('path[data-iso3="KEN"]').getAttribute("class"), "pinned");
  await panel.getByRole("button", { name: "Close the country panel" }).click();
  assert.equal(await page.locator(".country-panel").count(), 0);
  assert.equal(await page.evaluate(() => document.activeElement?.dataset?.iso3), "KEN", "focus returns to the country");

  await page.locator('path[data-iso3="GHA"]').focus();
  assert.match(await page.locator(".tooltip").innerText(), new RegExp(`${country("GHA").name}\\s+${answer("GHA", "telehealth_policy").value}`),
    "keyboard focus shows the tooltip");
  await page.keyboard.press("Enter");
  assert.equal(await page.locator(".country-panel h3").innerText(), country("GHA").name);

  // One Tab stop for the map; the arrows walk the responding countries by name.
  assert.equal(await page.locator('svg.world-map path[tabindex="0"]').count(), 1);
  const byName = respondingByName();
  const after = byName[(byName.indexOf("GHA") + 1) % byName.length];
  await page.locator('path[data-iso3="GHA"]').focus();
  await page.keyboard.press("ArrowRight");
  assert.equal(await page.evaluate(() => document.activeElement?.dataset?.iso3), after);
  await page.keyboard.press("ArrowLeft");
  assert.equal(await page.evaluate(() => document.activeElement?.dataset?.iso3), "GHA");
  await close();
});

test("the breakdown shows the Yes share of each WHO region beside the world's, with n", async () => {
  const { page, close } = await open("?q=law_ehr_privacy");
  const bars = page.locator(".breakdown li");
  const regions = [null, "AFR", "AMR", "SEAR", "EUR", "EMR", "WPR"];
  assert.equal(await bars.count(), regions.length);
  for (const [i, region] of regions.entries()) {
    const expected = expectedShare("law_ehr_privacy", region);
    assert.match(await bars.nth(i).locator(".bar-value").innerText(), new RegExp(`^${expected.percent}% ${expected.yes} of ${expected.responding}$`));
  }
  await close();
});

test("the tabs follow the keyboard pattern: one Tab stop, arrow keys switch", async () => {
  const { page, close } = await open();
  await page.locator("#tab-map").focus();
  await page.keyboard.press("ArrowRight");
  assert.equal(await page.evaluate(() => document.activeElement.id), "tab-table");
  await page.waitForSelector("table.answer-table");
  assert.equal(await page.locator("#explorer-panel").getAttribute("aria-labelledby"), "tab-table");
  assert.deepEqual(await page.locator('[role="tab"]').evaluateAll((tabs) => tabs.map((t) => t.tabIndex)), [-1, 0, -1, -1, -1, -1], "one Tab stop among the six tabs");
  await close();
});

test("the question search narrows the list, and questions can be grouped by building block", async () => {
  const { page, close } = await open();
  await page.fill("#question-search", "privacy");
  const labels = await page.locator("#question option").allInnerTexts();
  assert.ok(labels.length >= 3);
  assert.ok(labels.every((l) => /privacy/i.test(l) || l === "National eHealth policy or strategy"), labels.join(" | "));
  await page.fill("#question-search", "");
  await page.getByLabel("Building block").check();
  const groups = await page.locator("#question optgroup").evaluateAll((gs) => gs.map((g) => g.label));
  assert.ok(groups.includes("Legislation, policy and compliance"), groups.join(" | "));
  await close();
});

test("the landing page on a phone: facts first, nothing wider than the screen", async () => {
  const { page, errors, close } = await open("", { width: 390, height: 844 });
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(width <= 390, `page is ${width}px wide`);
  await page.screenshot({ path: `${ARTIFACTS}landing-390x844.png` });
  await page.screenshot({ path: `${ARTIFACTS}landing-390x844-full.png`, fullPage: true });
  assert.deepEqual(errors, []);
  await close();
});
