// The country profile: the readiness index's domain scores beside region and world medians, answers
// by building block beside region and world shares, context indicators with latest value, year and rank, the country search (combobox), the printed scorecard, and the
// citation of a view. Expected figures come from data/ (data.mjs), computed here independently.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { ARTIFACTS, openPage, site } from "./browser.mjs";
import { answer, countries, country, expectedShare, indicators, readCsv, series, seriesValues } from "./data.mjs";

let served;
before(async () => { served = await site(); });
after(async () => { await served?.close(); });

// The seven building blocks of the WHO–ITU National eHealth Strategy Toolkit, in its order.
const TOOLKIT = [
  ["leadership_governance", "Leadership and governance"],
  ["strategy_investment", "Strategy and investment"],
  ["services_applications", "Services and applications"],
  ["standards_interoperability", "Standards and interoperability"],
  ["infrastructure", "Infrastructure"],
  ["legislation_policy_compliance", "Legislation, policy and compliance"],
  ["workforce", "Workforce"],
];

/** Opens a profile and waits until every series has arrived (no "Loading…" left). */
async function openProfile(query, viewport) {
  const opened = await openPage(served.browser, served.url + query, viewport);
  await opened.page.waitForSelector(".profile-sheet h2", { timeout: 30000 });
  await opened.page.waitForFunction(() => {
    const cells = [...document.querySelectorAll(".profile-value")];
    return cells.length > 0 && cells.every((c) => c.textContent !== "Loading…");
  }, null, { timeout: 30000 });
  return opened;
}

function ordinal(n) {
  const suffix = n % 100 >= 11 && n % 100 <= 13 ? "th" : { 1: "st", 2: "nd", 3: "rd" }[n % 10] ?? "th";
  return `${n}${suffix}`;
}

/** A country's latest value of a series and its competition rank among the countries with a value
 * that same year (1 = best by the series' direction). */
function expectedLatest(id, iso3) {
  const rows = seriesValues(id);
  const own = rows.filter((r) => r.country === iso3).sort((a, b) => Number(a.year) - Number(b.year)).at(-1);
  const others = rows.filter((r) => r.year === own.year && r.country !== iso3).map((r) => Number(r.value));
  const higherIsBetter = series(id).higher_is_better === "true";
  const value = Number(own.value);
  const better = others.filter((v) => (higherIsBetter ? v > value : v < value)).length;
  const tied = others.includes(value) ? " (tied)" : "";
  return { year: own.year, value: own.value, rank: `${ordinal(better + 1)} of ${others.length + 1}${tied}` };
}

test("Kenya's profile: answers by building block in toolkit order, beside region and world shares", async () => {
  const { page, errors, close } = await openProfile("?tab=profile&country=KEN");
  await page.screenshot({ path: `${ARTIFACTS}profile-KEN-1280x800.png` });
  assert.equal(await page.locator(".profile-sheet h2").innerText(), country("KEN").name);
  assert.match(await page.locator(".profile-groups").innerText(), /^WHO African Region · /);
  const questions = indicators.filter((i) => i.kind === "yes_no");
  const expectedBlocks = TOOLKIT.filter(([code]) => questions.some((q) => q.building_block === code)).map(([, name]) => name);
  if (questions.some((q) => !q.building_block)) expectedBlocks.push("Other questions");
  assert.deepEqual(await page.locator(".profile-block h4").allInnerTexts(), expectedBlocks);
  assert.equal(await page.locator(".profile-answers tbody tr").count(), questions.length, "one row per question");
  for (const id of ["ehealth_policy", questions.at(-1).id]) {
    const row = page.locator(`.profile-answers tr[data-indicator="${id}"]`);
    const given = answer("KEN", id)?.value ?? "Unanswered";
    assert.ok((await row.locator(".profile-answer").innerText()).startsWith(given), `${id}: ${given}`);
    const [region, world] = await row.locator(".profile-share").allInnerTexts();
    const r = expectedShare(id, "AFR"), w = expectedShare(id);
    assert.equal(region, `${r.percent}% (${r.yes} of ${r.responding})`);
    assert.equal(world, `${w.percent}% (${w.yes} of ${w.responding})`);
  }
  // Each answer links to its map, with Kenya pinned.
  await page.locator('.profile-answers tr[data-indicator="ehealth_policy"] a').click();
  await page.waitForSelector("svg.world-map", { timeout: 30000 });
  assert.match(page.url(), /country=KEN/);
  assert.doesNotMatch(page.url(), /tab=/);
  assert.deepEqual(errors, []);
  await close();
});

/** The median of numbers; the mean of the two middle ones for an even count. */
function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const n = sorted.length;
  return n % 2 ? sorted[(n - 1) / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
}

test("Kenya's profile: index score and seven domain scores beside region and world medians, as in the ranking", async () => {
  // The ranking table with default settings: each row's score and seven domain scores (rank, interval,
  // score, the seven domains, coverage).
  const ranking = await openPage(served.browser, `${served.url}?tab=index`);
  await ranking.page.waitForSelector(".index-table tbody tr td.rank:not(:empty)", { timeout: 60000 });
  const rows = await ranking.page.locator(".index-table tbody tr").evaluateAll((trs) => trs.map((r) => {
    const cells = [...r.querySelectorAll("td")].map((td) => td.textContent);
    return { iso3: r.dataset.iso3, rank: cells[0], score: cells[2], domains: cells.slice(3, 10) };
  }));
  await ranking.close();

  const { page, errors, close } = await openProfile("?tab=profile&country=KEN");
  await page.waitForSelector(".profile-index-table tbody tr", { timeout: 60000 });
  const shown = await page.locator(".profile-index-table tbody tr").evaluateAll((trs) => trs.map((r) => ({
    domain: r.dataset.domain,
    name: r.querySelector("th").textContent,
    own: r.querySelector(".own").textContent,
    region: r.querySelector(".region").textContent,
    world: r.querySelector(".world").textContent,
  })));
  assert.deepEqual(shown.map((r) => r.domain), ["index", ...TOOLKIT.map(([code]) => code)]);
  assert.deepEqual(shown.slice(1).map((r) => r.name), TOOLKIT.map(([, name]) => name));

  const kenya = rows.find((r) => r.iso3 === "KEN");
  assert.equal(shown[0].own, kenya.score);
  assert.deepEqual(shown.slice(1).map((r) => r.own), kenya.domains);
  const scored = rows.filter((r) => r.rank !== "");
  const african = new Set(countries.filter((c) => c.who_region === country("KEN").who_region).map((c) => c.iso3));
  // Medians of the table's rounded figures may differ from the page's (of exact figures) by rounding.
  const near = (text, values, label) => {
    const present = values.filter((v) => v !== "—").map(Number);
    if (present.length === 0) return assert.equal(text, "—", label);
    assert.ok(Math.abs(Number(text) - median(present)) <= 0.11, `${label}: ${text} against ${median(present)}`);
  };
  const column = (list, i) => list.map((r) => (i === -1 ? r.score : r.domains[i]));
  shown.forEach((row, i) => {
    near(row.world, column(scored, i - 1), `${row.domain}, world`);
    near(row.region, column(scored.filter((r) => african.has(r.iso3)), i - 1), `${row.domain}, region`);
  });
  const headings = await page.locator(".profile-index-table thead th").allInnerTexts();
  assert.match(headings[2], new RegExp(`Median, WHO African Region \\(${scored.filter((r) => african.has(r.iso3)).length} scored\\)`));
  assert.match(headings[3], new RegExp(`Median, world \\(${scored.length} scored\\)`));
  assert.match(await page.locator(".profile-index-summary").innerText(),
    new RegExp(`^Score ${kenya.score} of 100, rank ${kenya.rank}( \\(tied\\))? of ${scored.length} countries scored`));
  await page.screenshot({ path: `${ARTIFACTS}profile-index-KEN-1280x800.png` });
  await page.locator(".profile-index").screenshot({ path: `${ARTIFACTS}profile-index-KEN-1280.png` });

  // The link opens the index tab with Kenya marked in the ranking.
  await page.getByRole("link", { name: "The full ranking, its weights and how the index is made" }).click();
  await page.waitForSelector('.index-table tr.selected[data-iso3="KEN"]', { timeout: 60000 });
  assert.match(page.url(), /tab=index/);
  assert.deepEqual(errors, []);
  await close();
});

test("the profile's index on a phone", async () => {
  const { page, errors, close } = await openProfile("?tab=profile&country=KEN", { width: 390, height: 844 });
  await page.waitForSelector(".profile-index-table tbody tr", { timeout: 60000 });
  const overflow = await page.evaluate(() => document.querySelector(".profile-index").scrollWidth - document.querySelector(".profile-index").clientWidth);
  assert.ok(overflow <= 0, `the index section fits the phone's width, got ${overflow}px more`);
  await page.locator(".profile-index").scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${ARTIFACTS}profile-index-KEN-390x844.png` });
  await page.locator(".profile-index").screenshot({ path: `${ARTIFACTS}profile-index-KEN-390.png` });
  assert.deepEqual(errors, []);
  await close();
});

test("Kenya's context indicators: latest value, year and rank as in the data package", async () => {
  const { page, errors, close } = await openProfile("?tab=profile&country=KEN");
  const catalogue = readCsv("series.csv");
  assert.equal(await page.locator(".profile-series tbody tr").count(), catalogue.length, "one row per series");
  for (const id of ["internet_users", "life_expectancy"]) {
    const expected = expectedLatest(id, "KEN");
    const row = page.locator(`.profile-series tr[data-indicator="${id}"]`);
    const value = await row.locator(".profile-value").innerText();
    assert.equal(Number(value.split(" ")[0].replaceAll(",", "")), Number(expected.value), `${id} value`);
    assert.ok(value.endsWith(series(id).unit), `${id} unit: ${value}`);
    assert.equal(await row.locator(".profile-year").innerText(), expected.year, `${id} year`);
    assert.equal(await row.locator(".profile-rank").innerText(), expected.rank, `${id} rank`);
    assert.equal(await row.locator("svg.sparkline path").count(), 1, `${id} sparkline`);
    assert.match(await row.locator(".profile-source").innerText(), /\S/);
  }
  // A series links to its map of that year.
  await page.locator('.profile-series tr[data-indicator="internet_users"] a').click();
  await page.waitForSelector('svg.world-map path[data-category^="bin-"]', { timeout: 30000 });
  assert.match(page.url(), new RegExp(`q=internet_users&year=${expectedLatest("internet_users", "KEN").year}&country=KEN`));
  assert.deepEqual(errors, []);
  await page.goBack();
  await page.waitForSelector(".profile-sheet h2");
  await close();
});

test("the search finds “cote” and “UK”; arrows, Escape and Enter follow the combobox pattern", async () => {
  const { page, errors, close } = await openPage(served.browser, `${served.url}?tab=profile`);
  await page.waitForSelector("#country-search-input", { timeout: 30000 });
  assert.match(await page.locator(".profile-hint").innerText(), /Type a country/);
  const input = page.locator("#country-search-input");
  await input.fill("UK");
  assert.equal(await input.getAttribute("aria-expanded"), "true");
  assert.ok((await page.locator('#country-search-list [role="option"]').first().innerText()).startsWith(country("GBR").name));
  await input.press("Escape");
  assert.equal(await input.getAttribute("aria-expanded"), "false");
  await input.press("Escape");
  assert.equal(await input.inputValue(), "", "a second Escape clears the box");
  await input.fill("cote");
  const first = page.locator('#country-search-list [role="option"]').first();
  assert.ok((await first.innerText()).startsWith(country("CIV").name));
  await input.press("ArrowDown");
  assert.equal(await input.getAttribute("aria-activedescendant"), "country-option-CIV");
  assert.equal(await first.getAttribute("aria-selected"), "true");
  await input.press("Enter");
  await page.waitForFunction((name) => document.querySelector(".profile-sheet h2")?.textContent === name, country("CIV").name);
  assert.match(page.url(), /country=CIV&tab=profile/);
  assert.deepEqual(errors, []);
  await close();
});

test("the map's country panel opens the profile with Enter", async () => {
  const { page, close } = await openPage(served.browser, `${served.url}?country=KEN`);
  await page.waitForSelector(".country-panel .profile-link", { timeout: 30000 });
  await page.locator(".country-panel .profile-link").focus();
  await page.keyboard.press("Enter");
  await page.waitForSelector(".profile-sheet h2");
  assert.equal(await page.locator(".profile-sheet h2").innerText(), country("KEN").name);
  assert.match(page.url(), /country=KEN&tab=profile/);
  await close();
});

test("printed, the profile is a scorecard of at most two A4 pages: no tabs, filters or search; the date shows", async () => {
  const { page, close } = await openProfile("?tab=profile&country=KEN");
  await page.emulateMedia({ media: "print" });
  for (const selector of [".tabs", ".filters", ".question-picker", ".profile-tools", ".cite", ".fact-grid"]) {
    assert.equal(await page.locator(selector).first().isVisible(), false, `${selector} hidden`);
  }
  const now = new Date();
  const iso = [now.getFullYear(), now.getMonth() + 1, now.getDate()].map((n, i) => String(n).padStart(i ? 2 : 4, "0")).join("-");
  assert.ok(await page.locator(".profile-date").isVisible());
  assert.equal(await page.locator(".profile-date time").getAttribute("datetime"), iso);
  assert.ok(await page.locator(".profile-sheet h2").isVisible());
  assert.ok(await page.locator(".profile-series .profile-rank").first().isVisible());
  await page.screenshot({ path: `${ARTIFACTS}profile-KEN-print.png`, fullPage: true });
  const pdf = (await page.pdf({ format: "A4" })).toString("latin1");
  const pages = pdf.match(/\/Type\s*\/Page(?!s)/g).length;
  assert.ok(pages <= 2, `the scorecard prints on one or two A4 pages, not ${pages}`);
  await close();
});

test("the citation of a view names its sources, its permalink, the data version and copies", async () => {
  const { page, errors, close } = await openProfile("?tab=profile&country=KEN");
  await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.locator(".cite summary").click();
  const apa = await page.locator("#cite-apa").inputValue();
  const latestSeriesYear = Math.max(...readCsv("series.csv").flatMap((s) => s.years.split(" ").map(Number)));
  assert.ok(apa.startsWith(`eHealth Readiness. (n.d.). Country profile: ${country("KEN").name} (Data package version 2015 survey + series of ${latestSeriesYear}) [Interactive dashboard]. Retrieved `), apa.split("\n")[0]);
  assert.ok(apa.split("\n")[0].endsWith(`from ${page.url()}`), "the permalink is the address shown");
  for (const source of readCsv("sources.csv")) {
    assert.ok(apa.includes(source.citation.split("\n")[0].slice(0, 40)), `cites ${source.id}`);
  }
  const bibtex = await page.locator("#cite-bibtex").inputValue();
  assert.match(bibtex, /^@misc\{ehealthreadiness\d{4}profile,/);
  assert.ok(bibtex.includes(`url = {${page.url()}}`));
  await page.locator(".cite-format .copy").first().click();
  await page.waitForFunction(() => document.querySelector("#cite-apa-status")?.textContent === "Copied.");
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), apa);
  assert.deepEqual(errors, []);
  await close();
});
