// The trend chart: the chart module is not part of the first view, draws one line per country whose
// last points are the data package's, shows gaps, switches to a log axis, downloads PNG, SVG and CSV,
// and works from the offline file with no request. Expected values come from data/ (data.mjs).
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { ARTIFACTS, openPage, site } from "./browser.mjs";
import { country, seriesValues } from "./data.mjs";

let served;
before(async () => { served = await site(); });
after(async () => { await served?.close(); });

const OFFLINE = new URL("../../dist/ehealth-readiness-offline.html", import.meta.url).pathname;

async function openTrend(base, query, viewport) {
  const opened = await openPage(served.browser, base + query, viewport);
  // Drawn when the chart module has loaded and ECharts has put its SVG into the frame.
  await opened.page.waitForSelector(".trend-chart svg path", { state: "attached", timeout: 30000 });
  return opened;
}

/** The last year with a value and that value, per country, from the data file. */
function lastValue(id, iso3) {
  const rows = seriesValues(id).filter((r) => r.country === iso3);
  return rows[rows.length - 1];
}

test("the first view asks for no chart code", async () => {
  const { page, requests, close } = await openPage(served.browser, served.url);
  await page.waitForSelector("svg.world-map path");
  await page.waitForLoadState("networkidle");
  assert.deepEqual(requests.filter((r) => r.includes("/charts/")), []);
  await close();
});

test("Kenya, Ghana and Nigeria: three labelled lines, ending at the data package's last values", async () => {
  const { page, errors, requests, close } = await openTrend(served.url, "?tab=trend&q=internet_users&countries=KEN,GHA,NGA");
  // From the folder named by the content hash of the chart module's files (scripts/build.sh).
  assert.ok(requests.some((r) => /\/charts\/[0-9a-f]{16}\/echarts\.js$/.test(r)), "the chart code is loaded on demand");
  const svgText = await page.locator(".trend-chart svg").innerHTML();
  for (const iso3 of ["KEN", "GHA", "NGA"]) assert.ok(svgText.includes(country(iso3).name), `${iso3} is labelled`);
  // The accessible table's last row with a value for each country holds the file's last value.
  const table = await page.locator(".trend-table table").evaluate((t) =>
    [...t.querySelectorAll("tr")].map((tr) => [...tr.children].map((c) => c.textContent.trim())));
  const header = table[0];
  for (const iso3 of ["KEN", "GHA", "NGA"]) {
    const column = header.indexOf(country(iso3).name);
    const last = lastValue("internet_users", iso3);
    const row = table.find((cells) => cells[0] === last.year);
    assert.equal(Number(row[column].replace(/,/g, "")), Number(last.value), `${iso3} ${last.year}`);
  }
  assert.match(await page.locator(".trend-source").innerText(), /Source: World Bank, World Development Indicators \(CC BY 4\.0\)/);
  await page.screenshot({ path: `${ARTIFACTS}trend-1280x800.png` });
  assert.deepEqual(errors, []);
  await close();
});

test("a missing year is a gap in the table and the line, never a zero", async () => {
  // A country whose values of physicians skip a year between its first and last.
  const rows = seriesValues("physicians");
  const years = {};
  for (const r of rows) (years[r.country] ??= []).push(Number(r.year));
  const [iso3, gapYear] = Object.entries(years)
    .map(([c, ys]) => [c, ys.find((y, i) => i > 0 && y - ys[i - 1] > 1) - 1])
    .find(([, y]) => !Number.isNaN(y) && y > 0);
  const { page, close } = await openTrend(served.url, `?tab=trend&q=physicians&countries=${iso3}`);
  const row = await page.locator(".trend-table tr", { hasText: String(gapYear) }).first().innerText();
  assert.match(row, /No data/, `${iso3} has no value in ${gapYear}`);
  // ECharts starts a new subpath after a gap: the line has more than one move-to.
  const d = await page.locator(".trend-chart svg path[fill='none'][stroke='#0072b2']").first().getAttribute("d");
  assert.ok((d.match(/M/g) ?? []).length >= 2, `the line is broken at the gap: ${d.slice(0, 80)}`);
  await close();
});

test("the log axis switch changes the axis and the link", async () => {
  const { page, close } = await openTrend(served.url, "?tab=trend&q=gdp_per_capita&countries=KEN,USA");
  await page.locator("#trend-log").check();
  await page.waitForFunction(() => location.search.includes("scale=log"));
  await page.waitForFunction(() => [...document.querySelectorAll(".trend-chart svg text")].some((t) => /^(1|10|100|1,?000|10,?000|100,?000)$/.test(t.textContent.trim())));
  await close();
});

test("PNG, SVG and CSV downloads are files of the right type with the chart's content", async () => {
  const { page, close } = await openTrend(served.url, "?tab=trend&q=internet_users&countries=KEN,GHA&group=AFR");
  const save = async (label) => {
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: label }).click()]);
    return { name: download.suggestedFilename(), body: readFileSync(await download.path()) };
  };
  const svg = await save("Download SVG");
  assert.match(svg.name, /\.svg$/);
  assert.match(svg.body.toString("utf8"), /^<svg[\s\S]*Kenya[\s\S]*<\/svg>\s*$/);
  const png = await save("Download PNG");
  assert.match(png.name, /\.png$/);
  assert.deepEqual([...png.body.subarray(0, 4)], [0x89, 0x50, 0x4e, 0x47], "a PNG signature");
  assert.ok(png.body.length > 5000);
  const csv = (await save("Download CSV")).body.toString("utf8");
  assert.match(csv, /^# .*\n# Source: World Bank, World Development Indicators\. Licence: CC BY 4\.0\./);
  const lines = csv.split("\n").filter((l) => l && !l.startsWith("#"));
  assert.equal(lines[0], "year,Kenya,Ghana,Median of the WHO African Region,Countries in the median of the WHO African Region");
  const last = lastValue("internet_users", "KEN");
  assert.ok(lines.some((l) => l.startsWith(`${last.year},${last.value},`)), `Kenya's ${last.year} value in the CSV`);
  await close();
});

test("the offline file draws a trend chart from file:// with no request", async () => {
  const url = pathToFileURL(OFFLINE).href;
  const { page, errors, requests, close } = await openPage(served.browser, `${url}?tab=trend&q=internet_users&countries=KEN,GHA`);
  await page.waitForSelector(".trend-chart svg path", { state: "attached", timeout: 30000 });
  assert.ok((await page.locator(".trend-chart svg").innerHTML()).includes("Kenya"));
  assert.deepEqual(requests.filter((r) => !r.startsWith(url.split("?")[0]) && !r.startsWith("data:")), [], "nothing fetched");
  assert.deepEqual(errors, []);
  await close();
});

test("a trend on a phone fits the screen", async () => {
  const { page, close } = await openTrend(served.url, "?tab=trend&q=internet_users&countries=KEN,GHA,NGA", { width: 390, height: 844 });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `nothing wider than the screen (${overflow}px over)`);
  await page.screenshot({ path: `${ARTIFACTS}trend-390x844.png`, fullPage: true });
  await close();
});

test("a trend embeds as its chart alone, with its source and a link to the full page", async () => {
  const { page, errors, close } = await openTrend(served.url, "?tab=trend&q=internet_users&countries=KEN,GHA&embed=1", { width: 800, height: 620 });
  assert.equal(await page.locator(".tabs").count(), 0, "no page chrome");
  assert.match(await page.locator(".trend-source").innerText(), /World Bank/);
  assert.match(await page.locator(".embed-link a").getAttribute("href"), /tab=trend/);
  assert.deepEqual(errors, []);
  await close();
});

test("the citation of a trend view names its sources, licence and permalink", async () => {
  const query = "?tab=trend&q=internet_users&countries=KEN,GHA";
  const { page, close } = await openTrend(served.url, query);
  await page.locator(".cite summary").click();
  const apa = await page.locator("#cite-apa").inputValue();
  assert.match(apa, /eHealth Readiness/);
  assert.ok(apa.includes("q=internet_users") && apa.includes("tab=trend") && apa.includes("countries=KEN,GHA"), `permalink in: ${apa}`);
  assert.match(apa, /World Bank/);
  assert.match(apa, /CC BY 4\.0/);
  const bibtex = await page.locator("#cite-bibtex").inputValue();
  assert.match(bibtex, /^@misc\{/);
  assert.match(bibtex, /World Bank/);
  await close();
});
