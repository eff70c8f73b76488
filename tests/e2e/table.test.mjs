// The table view, the accessible alternative to the map: one row per responding country (for a yearly
// series, per country with a value), sortable by pointer and keyboard, downloadable as CSV. Expected
// figures come from data/ (see data.mjs).
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { pathToFileURL } from "node:url";
import { ARTIFACTS, openPage, site } from "./browser.mjs";
import {
  answer, answerCounts, answers, countries, country, expectedShare, indicators, latestValue, readableValue, readCsv, series,
  seriesValues,
} from "./data.mjs";

let served;
before(async () => { served = await site(); });
after(async () => { await served?.close(); });

const QUESTION = "ehealth_policy";
const LEGEND_ORDER = ["Yes", "No", "Don't know", "Not applicable", "Unanswered"];
const COLUMNS = ["Country", "WHO region", "Income group", "Answer", "Year adopted", "Other column of the profile"];
// The profile's marks read as words in the table, as the answers do.
const MARKS = { "N/A": "Not applicable", "‡": "Unanswered", "—": "Don't know" };

async function open(query = "", viewport) {
  const opened = await openPage(served.browser, `${served.url}?tab=table${query}`, viewport);
  await opened.page.waitForSelector("table.answer-table tbody tr", { timeout: 30000 });
  return opened;
}

const rows = (page) => page.locator("table.answer-table tbody tr");
const firstAnswer = (page) => rows(page).first().locator("td.answer").innerText();
/** Scrolls the table panel to the top of the window, so that a screenshot shows the table itself. */
const showTable = (page) => page.locator(".table-panel").evaluate((panel) => panel.scrollIntoView());
const header = (page, label) => page.locator("table.answer-table thead th", { hasText: label });

test("one row per responding country, with the question and the count in the caption", async () => {
  const { page, errors, close } = await open();
  const expected = expectedShare(QUESTION).responding;
  assert.equal(expected, 125, "the survey's 125 responding countries");
  assert.equal(await rows(page).count(), expected);
  const caption = await page.locator("table.answer-table caption").innerText();
  assert.ok(caption.includes(indicators.find((i) => i.id === QUESTION).question), caption);
  assert.match(caption, new RegExp(`\\b${expected} responding countries$`));
  // The sort arrows are CSS, not text, so the headers read as their labels.
  assert.deepEqual(await page.locator("table.answer-table thead th").allInnerTexts(), COLUMNS);
  assert.equal(await header(page, "Country").getAttribute("aria-sort"), "ascending");
  assert.equal(await header(page, "Answer").getAttribute("aria-sort"), "none");
  const kenya = rows(page).filter({ has: page.locator("th", { hasText: country("KEN").name }) });
  assert.equal(await kenya.locator("td.answer").innerText(), answer("KEN", QUESTION).value);
  assert.equal(await kenya.locator("td.answer .swatch").count(), 1);
  await showTable(page);
  await page.screenshot({ path: `${ARTIFACTS}table-1280x800.png` });
  assert.deepEqual(errors, []);
  await close();
});

test("the WHO region filter keeps that region's responding countries", async () => {
  const { page, errors, close } = await open("&region=EUR");
  assert.equal(await rows(page).count(), expectedShare(QUESTION, "EUR").responding);
  assert.match(await page.locator("table.answer-table caption").innerText(), /WHO European Region/);
  assert.equal(await rows(page).filter({ hasText: country("KEN").name }).count(), 0);
  assert.deepEqual(errors, []);
  await close();
});

test("clicking the Answer header sorts in legend order, clicking again reverses it", async () => {
  const { page, errors, close } = await open();
  const counts = answerCounts(QUESTION);
  const present = LEGEND_ORDER.filter((label) => counts[label] > 0);
  await header(page, "Answer").locator("button").click();
  assert.equal(await header(page, "Answer").getAttribute("aria-sort"), "ascending");
  assert.equal(await header(page, "Country").getAttribute("aria-sort"), "none");
  const answers = await page.locator("table.answer-table tbody td.answer").allInnerTexts();
  assert.equal(answers[0], "Yes");
  assert.deepEqual(answers.slice(0, counts.Yes), Array(counts.Yes).fill("Yes"), "all the Yes answers come first");
  const inLegendOrder = present.flatMap((label) => Array(counts[label]).fill(label));
  assert.deepEqual(answers, inLegendOrder);
  await header(page, "Answer").locator("button").click();
  assert.equal(await header(page, "Answer").getAttribute("aria-sort"), "descending");
  assert.equal(await firstAnswer(page), present.at(-1));
  assert.deepEqual(errors, []);
  await close();
});

test("the header buttons are reached with Tab and sort with Enter and Space", async () => {
  const { page, errors, close } = await open();
  const adopted = answers
    .filter((a) => a.indicator === QUESTION && a.year_adopted !== "")
    .map((a) => Number(a.year_adopted));
  // Download button, then the scrollable table region, then the first header button.
  await page.locator("button.download-csv").focus();
  await page.keyboard.press("Tab");
  await page.keyboard.press("Tab");
  assert.equal(await page.evaluate(() => document.activeElement.textContent), "Country");
  await page.keyboard.press("Enter");
  assert.equal(await header(page, "Country").getAttribute("aria-sort"), "descending");

  await header(page, "Year adopted").locator("button").focus();
  await page.keyboard.press("Enter");
  assert.equal(await header(page, "Year adopted").getAttribute("aria-sort"), "ascending");
  assert.equal(await rows(page).first().locator("td.numeric").innerText(), String(Math.min(...adopted)));
  await page.keyboard.press("Space");
  assert.equal(await header(page, "Year adopted").getAttribute("aria-sort"), "descending");
  assert.equal(await rows(page).first().locator("td.numeric").innerText(), String(Math.max(...adopted)));
  assert.deepEqual(errors, []);
  await close();
});

test("Download CSV saves the filtered table, named after the question and the filter", async () => {
  const { page, errors, close } = await open("&region=EUR");
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.locator("button.download-csv").click(),
  ]);
  assert.equal(download.suggestedFilename(), `${QUESTION}-EUR.csv`);
  // readCsv resolves its name against data/, so an absolute file URL reads the downloaded file.
  const saved = readCsv(pathToFileURL(await download.path()).href);
  assert.deepEqual(Object.keys(saved[0]), COLUMNS);
  assert.equal(saved.length, expectedShare(QUESTION, "EUR").responding);
  const malta = answer("MLT", QUESTION);
  const row = saved.find((r) => r.Country === country("MLT").name);
  assert.deepEqual(
    [row.Answer, row["Year adopted"], row["Other column of the profile"]],
    [malta.value, malta.year_adopted, MARKS[malta.detail] ?? malta.detail],
  );
  assert.equal(await page.locator(".download-error").innerText(), "");
  assert.deepEqual(errors, []);
  await close();
});

test("on a phone the table scrolls inside its box and the page stays within the screen", async () => {
  const { page, errors, close } = await open("", { width: 390, height: 844 });
  const box = await page.locator(".table-scroll").boundingBox();
  assert.ok(box.x >= 0 && box.x + box.width <= 390, JSON.stringify(box));
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= 390), "no sideways page scroll");
  // Scrolled right and down, the caption and the header row stay in view.
  const stuck = await page.locator(".table-scroll").evaluate((scroller) => {
    scroller.scrollTo(scroller.scrollWidth, 400);
    const box = scroller.getBoundingClientRect();
    const caption = scroller.querySelector("caption").getBoundingClientRect();
    const head = scroller.querySelector("thead th").getBoundingClientRect();
    return { scrolled: scroller.scrollLeft > 0, captionInside: caption.left >= box.left && caption.right <= box.right + 1, headAtTop: Math.abs(head.top - box.top) <= 2 };
  });
  assert.deepEqual(stuck, { scrolled: true, captionInside: true, headAtTop: true });
  await page.locator(".table-scroll").evaluate((scroller) => scroller.scrollTo(0, 0));
  await showTable(page);
  await page.screenshot({ path: `${ARTIFACTS}table-390x844.png` });
  assert.deepEqual(errors, []);
  await close();
});

const SERIES = "internet_users";
const SERIES_COLUMNS = ["Country", "WHO region", "Income group", `Value (${series(SERIES).unit})`, "Year"];
const values2015 = seriesValues(SERIES).filter((r) => r.year === "2015");
const asNumber = (text) => Number(text.replaceAll(",", "").replace("−", "-"));
const valueCells = (page) => page.locator("table.series-table tbody td.value").allInnerTexts();

async function openSeries(query = "") {
  const opened = await openPage(served.browser, `${served.url}?q=${SERIES}&year=2015&tab=table${query}`);
  // The series' file arrives after the first view; the rows come with it.
  await opened.page.waitForSelector("table.series-table tbody tr", { timeout: 30000 });
  return opened;
}

test("a series' table has a row per country with a value that year, with the value, its unit and year", async () => {
  const { page, errors, close } = await openSeries();
  assert.ok(values2015.length > 150, `most countries have a 2015 value, got ${values2015.length}`);
  assert.equal(await rows(page).count(), values2015.length);
  assert.deepEqual(await page.locator("table.answer-table thead th").allInnerTexts(), SERIES_COLUMNS);
  assert.equal(
    await page.locator("table.answer-table caption").innerText(),
    `${series(SERIES).label} (${series(SERIES).unit}), 2015: all WHO regions, ${values2015.length} countries with a value`,
  );
  for (const iso3 of ["KEN", "MLT", "GHA"]) {
    const expected = values2015.find((r) => r.country === iso3);
    const row = page.locator(`table.answer-table tbody tr[data-iso3="${iso3}"]`);
    assert.equal(await row.locator("th").innerText(), country(iso3).name);
    assert.equal(await row.locator("td.value").innerText(), readableValue(SERIES, expected.value), iso3);
    assert.equal(await row.locator("td.year").innerText(), "2015");
  }
  await showTable(page);
  await page.screenshot({ path: `${ARTIFACTS}table-series-1280x800.png` });
  assert.deepEqual(errors, []);
  await close();
});

test("with “latest within 3 years”, older values fill in and carry their own year", async () => {
  const { page, errors, close } = await openSeries("&within=3");
  const latest = countries.map((c) => latestValue(SERIES, c.iso3, 2015, 3)).filter(Boolean);
  assert.ok(latest.length > values2015.length, "some countries have an older value only");
  assert.equal(await rows(page).count(), latest.length);
  const older = latest.find((r) => r.year !== "2015");
  const row = page.locator(`table.answer-table tbody tr[data-iso3="${older.country}"]`);
  assert.equal(await row.locator("td.value").innerText(), readableValue(SERIES, older.value));
  assert.equal(await row.locator("td.year").innerText(), older.year);
  assert.match(await page.locator("table.answer-table caption").innerText(), /, latest value within 3 years of 2015: /);
  assert.deepEqual(errors, []);
  await close();
});

test("the Value header sorts numerically, by keyboard as by pointer: descending opens on the highest", async () => {
  const { page, errors, close } = await openSeries();
  const numbers = values2015.map((r) => Number(r.value));
  const value = header(page, "Value");
  await value.locator("button").focus();
  await page.keyboard.press("Enter");
  assert.equal(await value.getAttribute("aria-sort"), "ascending");
  assert.equal(asNumber((await valueCells(page))[0]), Math.min(...numbers));
  await page.keyboard.press("Space");
  assert.equal(await value.getAttribute("aria-sort"), "descending");
  const shown = (await valueCells(page)).map(asNumber);
  assert.equal(shown[0], Math.max(...numbers));
  assert.deepEqual(shown, [...shown].sort((a, b) => b - a), "every row in numeric order, not text order");
  await header(page, "Country").locator("button").click();
  assert.equal(await value.getAttribute("aria-sort"), "none");
  assert.equal(await header(page, "Country").getAttribute("aria-sort"), "ascending");
  assert.deepEqual(errors, []);
  await close();
});

test("a series' CSV has a Year column and the file's values as plain decimals", async () => {
  const { page, errors, close } = await openSeries();
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.locator("button.download-csv").click(),
  ]);
  assert.equal(download.suggestedFilename(), `${SERIES}-2015-world.csv`);
  const saved = readCsv(pathToFileURL(await download.path()).href);
  assert.deepEqual(Object.keys(saved[0]), SERIES_COLUMNS);
  assert.equal(saved.length, values2015.length);
  const iso3Of = Object.fromEntries(countries.map((c) => [c.name, c.iso3]));
  const fileValue = Object.fromEntries(values2015.map((r) => [r.country, r.value]));
  for (const row of saved) {
    assert.equal(row.Year, "2015", row.Country);
    assert.equal(row[SERIES_COLUMNS[3]], fileValue[iso3Of[row.Country]], row.Country);
  }
  assert.deepEqual(errors, []);
  await close();
});
