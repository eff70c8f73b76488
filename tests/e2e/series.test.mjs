// Yearly indicators on the map: bin colours whose legend counts are the data package's values of the
// year, a year slider that repaints, "no data" drawn as such (never as the lowest bin), old survey links
// unchanged. Expected figures come from data/ (data.mjs).
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { ARTIFACTS, openPage, site } from "./browser.mjs";
import { countries, expectedShare, series, seriesValues } from "./data.mjs";

let served;
before(async () => { served = await site(); });
after(async () => { await served?.close(); });

async function open(query, viewport) {
  const opened = await openPage(served.browser, served.url + query, viewport);
  // The series file arrives after the first view: wait until some country has a bin colour.
  await opened.page.waitForSelector('svg.world-map path[data-category^="bin-"]', { timeout: 30000 });
  return opened;
}

/** Each country's category on the map, by ISO3 (a country drawn in several paths counts once). */
async function mapCategories(page) {
  const pairs = await page.locator("svg.world-map path").evaluateAll((paths) => paths.map((p) => [p.dataset.iso3, p.dataset.category]));
  return Object.fromEntries(pairs);
}

async function legendCounts(page) {
  const items = await page.locator(".legend li").evaluateAll((lis) =>
    lis.map((li) => [li.dataset.category, Number(li.querySelector(".legend-count").textContent)]));
  return Object.fromEntries(items);
}

test("?q=internet_users&year=2015 colours the countries with a value in 2015, as many as the data package has", async () => {
  const { page, errors, close } = await open("?q=internet_users&year=2015");
  const values = seriesValues("internet_users").filter((r) => r.year === "2015");
  const categories = await mapCategories(page);
  const counts = await legendCounts(page);
  const binned = Object.entries(counts).filter(([c]) => c.startsWith("bin-"));
  assert.ok(binned.length >= 3, `several bins, got ${binned.length}`);
  assert.equal(binned.reduce((sum, [, n]) => sum + n, 0), values.length, "the bins count every value of 2015");
  for (const [category, count] of binned) {
    const onMap = Object.values(categories).filter((c) => c === category).length;
    // A country without a shape on the map (none today) would make the map count smaller.
    assert.ok(onMap <= count && onMap >= count - 2, `${category}: ${onMap} on the map, ${count} in the legend`);
  }
  for (const { country } of values.slice(0, 40)) {
    if (categories[country] !== undefined) assert.match(categories[country], /^bin-/, `${country} has a value`);
  }
  assert.equal(await page.locator(".year-control output").innerText(), "2015");
  assert.match(await page.locator(".map-title").innerText(), /^Internet users \(% of population\), 2015$/);
  assert.match(await page.locator(".legend-note").innerText(), /Values of 2015\. Colours: quintiles of all [\d,]+ values 2000–\d{4}, rounded, the same for every year\./);
  assert.deepEqual(errors, []);
  await page.screenshot({ path: `${ARTIFACTS}series-internet-2015-1280x800.png` });
  await close();
});

test("a country without a value that year is drawn and counted as no data, not as the lowest bin", async () => {
  const { page, close } = await open("?q=internet_users&year=2015");
  const withValue = new Set(seriesValues("internet_users").filter((r) => r.year === "2015").map((r) => r.country));
  const members = countries.filter((c) => c.who_region);
  const missing = members.filter((c) => !withValue.has(c.iso3));
  assert.ok(missing.length > 0, "some Member State has no 2015 value");
  const categories = await mapCategories(page);
  for (const c of missing) {
    if (categories[c.iso3] === undefined) continue;
    assert.equal(categories[c.iso3], "no-data", `${c.iso3} ${c.name}`);
  }
  assert.equal((await legendCounts(page))["no-data"], missing.length);
  const iso3 = missing.find((c) => categories[c.iso3] !== undefined).iso3;
  const path = page.locator(`svg.world-map path[data-iso3="${iso3}"]`).first();
  assert.equal(await path.getAttribute("fill"), "#e4e4e4");
  await close();
});

test("moving the year repaints the map, the title and the link; the tooltip gives value, unit and year", async () => {
  const { page, close } = await open("?q=internet_users&year=2015");
  const kenya = (year) => seriesValues("internet_users").find((r) => r.country === "KEN" && r.year === year);
  await page.locator('svg.world-map path[data-iso3="KEN"]').hover();
  assert.match(await page.locator(".tooltip").innerText(), new RegExp(`Kenya\\s+${kenya("2015").value} % of population \\(2015\\)`));
  await page.locator("#year").focus();
  await page.keyboard.press("ArrowLeft");
  await page.waitForFunction(() => document.querySelector(".year-control output")?.textContent === "2014");
  assert.match(page.url(), /year=2014/);
  assert.match(await page.locator(".map-title").innerText(), /, 2014$/);
  await page.locator('svg.world-map path[data-iso3="KEN"]').hover();
  assert.match(await page.locator(".tooltip").innerText(), new RegExp(`${kenya("2014").value} % of population \\(2014\\)`));
  await close();
});

test("latest value within N years fills a gap and says so; play steps through the years", async () => {
  const { page, close } = await open("?q=egdi&year=2005");
  const before = (await legendCounts(page))["no-data"];
  await page.selectOption("#within", "3");
  await page.waitForFunction(() => /latest value within 3 years of 2005/.test(document.querySelector(".legend-note")?.textContent ?? ""));
  assert.match(page.url(), /within=3/);
  assert.ok((await legendCounts(page))["no-data"] <= before);
  const years = series("egdi").years.split(" ");
  await page.locator(".year-control .play").click();
  await page.waitForFunction((next) => document.querySelector(".year-control output")?.textContent === next, years[years.indexOf("2005") + 1], { timeout: 5000 });
  await page.locator(".year-control .play").click();
  assert.equal(await page.locator(".year-control .play").getAttribute("aria-pressed"), "false");
  await close();
});

test("the fact of a series gives the median with n, and the filter narrows it", async () => {
  const { page, close } = await open("?q=internet_users&year=2015&region=AFR");
  const african = new Set(countries.filter((c) => c.who_region === "AFR").map((c) => c.iso3));
  const values = seriesValues("internet_users").filter((r) => r.year === "2015" && african.has(r.country)).map((r) => Number(r.value)).sort((a, b) => a - b);
  const n = values.length;
  const median = n % 2 ? values[(n - 1) / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
  assert.equal(Number(await page.locator(".fact .fact-figure").innerText()), median);
  assert.match(await page.locator(".fact .fact-sentence").innerText(), new RegExp(`^Median of ${n} countries with a value, in % of population; lowest `));
  assert.match(await page.locator(".fact .fact-scope").innerText(), /World Bank, World Development Indicators; 2015; WHO African Region/);
  await close();
});

test("a survey link made before yearly indicators opens as before", async () => {
  const opened = await openPage(served.browser, `${served.url}?q=ehealth_policy&region=AFR`);
  const { page } = opened;
  await page.waitForSelector('svg.world-map path[data-category="yes"]', { timeout: 30000 });
  const expected = expectedShare("ehealth_policy", "AFR");
  assert.equal(await page.locator(".fact .fact-figure").innerText(), `${expected.percent}%`);
  assert.equal(await page.locator("#region").inputValue(), "AFR");
  assert.equal(await page.locator(".year-control").count(), 0, "a survey question has no year control");
  await opened.close();
});

test("an indicator map on a phone fits the screen", async () => {
  const { page, close } = await open("?q=health_spending_gdp&year=2020", { width: 390, height: 844 });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `nothing wider than the screen (${overflow}px over)`);
  await page.screenshot({ path: `${ARTIFACTS}series-health-spending-390x844.png`, fullPage: true });
  await close();
});
