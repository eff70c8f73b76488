// The readiness index tab: a ranking from ?tab=index, weights that change the ranking and the link (and
// a reopened link that restores both), the index on the world map (bands, legend counts, tooltip, a
// repaint on a change of weight, a press that opens the profile), rank intervals that contain the
// median rank, a methodology that lists every indicator of data/index.csv, the external check read
// from data/index_checks.csv, and an uncertainty analysis that never blocks the main thread for more
// than 50 ms.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { ARTIFACTS, site } from "./browser.mjs";
import { countries, readCsv } from "./data.mjs";

// The toolkit's names of its building blocks, as the page shows them.
const DOMAIN_NAMES = {
  leadership_governance: "Leadership and governance",
  strategy_investment: "Strategy and investment",
  services_applications: "Services and applications",
  standards_interoperability: "Standards and interoperability",
  infrastructure: "Infrastructure",
  legislation_policy_compliance: "Legislation, policy and compliance",
  workforce: "Workforce",
};

let served;
before(async () => { served = await site(); });
after(async () => { await served?.close(); });

// Records every long task from the start, before the page's own scripts run.
const WATCH_LONG_TASKS = () => {
  window.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: "longtask", buffered: true });
};

async function open(query, viewport = { width: 1280, height: 800 }) {
  const context = await served.browser.newContext({ viewport });
  const page = await context.newPage();
  const errors = [];
  page.on("console", (message) => { if (message.type() === "error") errors.push(message.text()); });
  page.on("pageerror", (error) => errors.push(error.message));
  await page.addInitScript(WATCH_LONG_TASKS);
  await page.goto(served.url + query);
  await page.waitForSelector(".index-table tbody tr td.rank:not(:empty)", { timeout: 60000 });
  return { page, errors, close: () => context.close() };
}

/** Waits until the uncertainty run has finished: no progress line, and the plot drawn. */
async function drawsDone(page) {
  await page.waitForFunction(() => document.querySelector(".draw-progress")?.textContent === ""
    && document.querySelectorAll(".plot-rows li").length > 0, null, { timeout: 60000 });
}

/** The table's rows in order: ISO3, rank and interval text. */
async function ranking(page) {
  return page.locator(".index-table tbody tr").evaluateAll((rows) => rows.map((r) => ({
    iso3: r.dataset.iso3,
    rank: r.querySelector("td.rank").textContent,
    interval: r.querySelector("td.interval").textContent,
  })));
}

test("?tab=index shows a ranking with scores, intervals and a caption stating settings and n", async () => {
  const { page, errors, close } = await open("?tab=index");
  await drawsDone(page);
  const rows = (await ranking(page)).filter((r) => r.rank !== "");
  assert.ok(rows.length >= 100, `many countries ranked, got ${rows.length}`);
  assert.equal(rows[0].rank, "1");
  const ranks = rows.map((r) => Number(r.rank));
  assert.deepEqual(ranks, [...ranks].sort((a, b) => a - b), "ranked best first");
  const caption = await page.locator("#index-table-caption").innerText();
  assert.match(caption, new RegExp(`${rows.length} countries scored \\(n = ${rows.length}\\)`));
  assert.match(caption, /arithmetic mean across domains/);
  assert.match(caption, /rank intervals from 1000 draws/);
  assert.match(await page.locator("#tab-index").getAttribute("aria-selected"), /true/);
  assert.deepEqual(errors, []);
  await page.screenshot({ path: `${ARTIFACTS}index-1280x800.png` });
  await page.locator(".index-map").screenshot({ path: `${ARTIFACTS}index-map-1280.png` });
  await page.screenshot({ path: `${ARTIFACTS}index-1280-full.png`, fullPage: true });
  await close();
});

test("a weight changed from the keyboard changes the ranking and the link; the link restores both", async () => {
  const { page, close } = await open("?tab=index");
  const before = (await ranking(page)).slice(0, 20).map((r) => r.iso3);
  await page.locator("#weight-infrastructure").focus();
  await page.keyboard.press("End");
  await page.waitForFunction(() => new URLSearchParams(location.search).get("w") === "1,1,1,1,5,1,1");
  assert.equal(await page.locator("#weight-infrastructure").inputValue(), "5");
  const after = (await ranking(page)).slice(0, 20).map((r) => r.iso3);
  assert.notDeepEqual(after, before, "the top 20 changed");
  const url = page.url();
  await close();

  const reopened = await open(url.slice(served.url.length));
  assert.deepEqual((await ranking(reopened.page)).slice(0, 20).map((r) => r.iso3), after);
  assert.equal(await reopened.page.locator("#weight-infrastructure").inputValue(), "5");
  await reopened.page.getByRole("button", { name: "Reset to equal" }).click();
  await reopened.page.waitForFunction(() => !new URLSearchParams(location.search).has("w"));
  assert.deepEqual((await ranking(reopened.page)).slice(0, 20).map((r) => r.iso3), before);
  await reopened.close();
});

/** The band a score's text falls in, as the map's category slug: five bands of 20 points. */
function band(scoreText) {
  return `bin-${Math.min(5, Math.floor(Number(scoreText) / 20) + 1)}`;
}

/** The table's rows with score text, and each map shape's category by ISO3. */
async function tableAndMap(page) {
  const rows = await page.locator(".index-table tbody tr").evaluateAll((trs) => trs.map((r) => ({
    iso3: r.dataset.iso3,
    rank: r.querySelector("td.rank").textContent,
    score: r.querySelector("td.score").textContent,
  })));
  const map = await page.locator(".index-map svg.world-map path").evaluateAll((paths) =>
    Object.fromEntries(paths.map((p) => [p.dataset.iso3, p.dataset.category])));
  return { rows, map };
}

/** Every ranked country's shape in the band of its score, every listed country not ranked in "not scored". */
function assertMapShowsTable({ rows, map }) {
  let drawn = 0;
  for (const row of rows) {
    if (!(row.iso3 in map)) continue;
    drawn += 1;
    assert.equal(map[row.iso3], row.rank === "" ? "not-scored" : band(row.score), `${row.iso3} scored ${row.score}`);
  }
  assert.ok(drawn >= 100, `most listed countries are on the map, got ${drawn}`);
}

/** The legend's entries: category and count. */
async function legend(page) {
  return page.locator(".index-map .legend li").evaluateAll((lis) => lis.map((li) =>
    ({ category: li.dataset.category, count: Number(li.querySelector(".legend-count").textContent) })));
}

test("the index on the map: bands of the scores, legend counts equal to the ranking's, tooltip, press opens the profile", async () => {
  const { page, errors, close } = await open("?tab=index");
  await page.waitForSelector('.index-map svg.world-map path[data-category^="bin-"]');
  const shown = await tableAndMap(page);
  assertMapShowsTable(shown);
  const scored = shown.rows.filter((r) => r.rank !== "");
  const notScored = shown.rows.filter((r) => r.rank === "");
  assert.ok(notScored.length > 0, "the coverage rule leaves some countries out");
  const entries = await legend(page);
  assert.deepEqual(entries.map((e) => e.category), ["bin-1", "bin-2", "bin-3", "bin-4", "bin-5", "not-scored", "no-data"]);
  const count = (category) => entries.find((e) => e.category === category).count;
  assert.equal(entries.filter((e) => e.category.startsWith("bin-")).reduce((sum, e) => sum + e.count, 0), scored.length);
  for (const b of ["bin-1", "bin-2", "bin-3", "bin-4", "bin-5"]) {
    assert.equal(count(b), scored.filter((r) => band(r.score) === b).length, b);
  }
  assert.equal(count("not-scored"), notScored.length);
  const listed = new Set(shown.rows.map((r) => r.iso3));
  assert.equal(count("no-data"), countries.filter((c) => c.who_region && !listed.has(c.iso3)).length);
  assert.match(await page.locator(".index-map .legend-note").innerText(), /five equal bands of the 0–100 score/);

  // One Tab stop on the map, although its countries arrived after it was drawn. The keyboard reaches
  // Kenya's shape; its tooltip has the table's score and rank; Enter opens its profile.
  assert.equal(await page.locator('.index-map path[tabindex="0"]').count(), 1);
  const kenya = shown.rows.find((r) => r.iso3 === "KEN");
  await page.locator('.index-map path[data-iso3="KEN"]').focus();
  const tip = await page.locator(".tooltip").innerText();
  assert.match(tip, new RegExp(`Score ${kenya.score}, rank ${kenya.rank} of ${scored.length}`));
  assert.match(tip, /Coverage \d+%/);
  await page.keyboard.press("Enter");
  await page.waitForSelector(".profile-sheet h2");
  assert.match(page.url(), /tab=profile/);
  assert.match(page.url(), /country=KEN/);
  assert.deepEqual(errors, []);
  await close();
});

test("a weight changed repaints the map and its legend", async () => {
  const { page, close } = await open("?tab=index");
  await page.waitForSelector('.index-map svg.world-map path[data-category^="bin-"]');
  const before = await tableAndMap(page);
  const legendBefore = await legend(page);
  await page.locator("#weight-infrastructure").focus();
  await page.keyboard.press("End");
  await page.waitForFunction(() => new URLSearchParams(location.search).get("w") === "1,1,1,1,5,1,1");
  const after = await tableAndMap(page);
  assertMapShowsTable(after);
  const changed = Object.keys(after.map).filter((iso3) => after.map[iso3] !== before.map[iso3]);
  assert.ok(changed.length > 0, "some countries changed band");
  assert.notDeepEqual(await legend(page), legendBefore);
  await page.screenshot({ path: `${ARTIFACTS}index-map-weighted-1280x800.png` });
  await close();
});

test("the method's choices are in the link too", async () => {
  const { page, close } = await open("?tab=index");
  await page.selectOption("#index-agg", "geo");
  await page.selectOption("#index-norm", "rank");
  await page.waitForFunction(() => location.search.includes("agg=geo") && location.search.includes("norm=rank"));
  assert.match(await page.locator("#index-table-caption").innerText(), /geometric mean across domains/);
  await close();
});

test("rank intervals are shown and contain the median rank; pressing a country marks the indistinguishable", async () => {
  const { page, close } = await open("?tab=index");
  await drawsDone(page);
  const plotted = await page.locator(".plot-rows li").evaluateAll((lis) => lis.map((li) =>
    ({ iso3: li.dataset.iso3, median: Number(li.dataset.median), low: Number(li.dataset.low), high: Number(li.dataset.high) })));
  assert.equal(plotted.length, 30, "the top 30 by default");
  const table = Object.fromEntries((await ranking(page)).map((r) => [r.iso3, r.interval]));
  for (const p of plotted) {
    assert.ok(p.low <= p.median && p.median <= p.high, `${p.iso3}: ${p.low} ≤ ${p.median} ≤ ${p.high}`);
    assert.equal(table[p.iso3], p.low === p.high ? `${p.low}` : `${p.low}–${p.high}`, p.iso3);
  }
  await page.getByRole("button", { name: /^Show all \d+$/ }).click();
  assert.ok(await page.locator(".plot-rows li").count() > 30);

  // The fifth country's interval overlaps some others': exactly those rows are marked.
  const chosen = plotted[4];
  await page.locator(`.index-table tr[data-iso3="${chosen.iso3}"] .select-country`).click();
  const marked = await page.locator(".index-table tr.indistinct").evaluateAll((rows) => rows.map((r) => r.dataset.iso3));
  const all = await page.locator(".plot-rows li").evaluateAll((lis) => lis.map((li) =>
    ({ iso3: li.dataset.iso3, low: Number(li.dataset.low), high: Number(li.dataset.high) })));
  const expected = all.filter((o) => o.iso3 !== chosen.iso3 && o.low <= chosen.high && chosen.low <= o.high).map((o) => o.iso3);
  assert.deepEqual([...marked].sort(), [...expected].sort());
  assert.ok(marked.length > 0);
  assert.match(page.url(), new RegExp(`country=${chosen.iso3}`));
  await close();
});

test("the methodology lists every indicator of data/index.csv, and the check of data/index_checks.csv", async () => {
  const { page, close } = await open("?tab=index");
  const structure = readCsv("index.csv");
  for (const [table, use] of [["#index-indicators", "yes"], ["#index-left-out", "no"]]) {
    const rows = await page.locator(`${table} tbody tr`).evaluateAll((trs) => trs.map((tr) => ({
      id: tr.dataset.indicator,
      domain: tr.querySelector(".domain").textContent,
      direction: tr.querySelector(".direction").textContent,
      rationale: tr.querySelector(".rationale").textContent,
    })));
    const expected = structure.filter((e) => e.use === use);
    assert.equal(rows.length, expected.length, `${table}: one row per indicator`);
    for (const e of expected) {
      const row = rows.find((r) => r.id === e.indicator);
      assert.ok(row, `${e.indicator} is listed`);
      assert.equal(row.domain, DOMAIN_NAMES[e.domain], e.indicator);
      assert.equal(row.direction, `${e.direction} is better`, e.indicator);
      assert.equal(row.rationale, e.rationale, e.indicator);
    }
  }
  const checks = readCsv("index_checks.csv");
  const shown = await page.locator(".index-checks tbody tr").evaluateAll((trs) => trs.map((tr) =>
    [tr.dataset.benchmark, ...[...tr.querySelectorAll("td")].map((td) => td.textContent)]));
  assert.deepEqual(shown, checks.map((c) => [c.benchmark, c.year, c.n, c.spearman]));
  await close();
});

test("the uncertainty analysis shows its progress and never blocks the main thread over 50 ms", async () => {
  const { page, close } = await open("?tab=index");
  await drawsDone(page);
  // A second run, started by a change of method once the page has settled.
  const mark = await page.evaluate(() => performance.getEntriesByName("ehr:index-draws-start").length);
  await page.selectOption("#index-missing", "zero");
  await page.waitForFunction((n) => performance.getEntriesByName("ehr:index-draws-start").length > n, mark);
  await drawsDone(page);
  const { starts, tasks, runs } = await page.evaluate(() => ({
    starts: performance.getEntriesByName("ehr:index-draws-start").map((e) => e.startTime),
    runs: performance.getEntriesByName("ehr:index-draws").map((e) => e.duration),
    tasks: window.__longTasks,
  }));
  assert.ok(runs.length >= 2, "both runs completed");
  // While a run goes on: from its start mark to its end (the intervals shown). A long task outside
  // those spans belongs to loading or to the change itself, not to the uncertainty analysis.
  const ends = starts.map((start, i) => start + (runs[i] ?? Infinity));
  const during = tasks.filter((t) => starts.some((start, i) => t.start + t.duration > start && t.start < ends[i]));
  assert.deepEqual(during.filter((t) => t.duration > 50), [], `long tasks while the draws ran: ${JSON.stringify(tasks)}`);
  await close();
});

test("the progress line counts the draws while they run", async () => {
  const { page, close } = await open("?tab=index");
  const seen = await page.waitForFunction(() => {
    const text = document.querySelector(".draw-progress")?.textContent ?? "";
    return /^Uncertainty analysis: [\d,]+ of 1,000 draws…$/.test(text) ? text : false;
  }, null, { timeout: 60000, polling: 1 }).then((h) => h.jsonValue()).catch(() => null);
  // A fast machine may finish within one frame of the ranking; then no progress was ever needed.
  if (seen !== null) assert.match(seen, /of 1,000 draws/);
  await drawsDone(page);
  await close();
});

test("the index tab on a phone", async () => {
  const { page, errors, close } = await open("?tab=index", { width: 390, height: 844 });
  await drawsDone(page);
  // The index's own part of the page fits; its wide tables scroll inside their own boxes.
  const overflow = await page.evaluate(() => document.querySelector(".index-page").scrollWidth - document.documentElement.clientWidth);
  assert.ok(overflow <= 0, `the index page fits the phone's width, got ${overflow}px more`);
  assert.deepEqual(errors, []);
  await page.screenshot({ path: `${ARTIFACTS}index-390x844.png` });
  await page.locator(".index-map").screenshot({ path: `${ARTIFACTS}index-map-390.png` });
  await page.screenshot({ path: `${ARTIFACTS}index-390-full.png`, fullPage: true });
  await close();
});
