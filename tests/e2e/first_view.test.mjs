// The first view as a reader sees it: coloured map, legend, headline fact, question and region pickers,
// tooltips, small states, permalinks. Expected figures come from data/ (see data.mjs).
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { ARTIFACTS, openPage, site } from "./browser.mjs";
import { answer, answerCounts, country, expectedShare, indicators, memberStatesNotSurveyed } from "./data.mjs";

let served;
before(async () => { served = await site(); });
after(async () => { await served?.close(); });

async function open(query = "", viewport) {
  const opened = await openPage(served.browser, served.url + query, viewport);
  await opened.page.waitForSelector("svg.world-map path", { timeout: 30000 });
  return opened;
}

const text = (page, selector) => page.locator(selector).first().innerText();

test("the map is coloured by answer and the fact reads the dataset's share", async () => {
  const { page, errors, close } = await open();
  const expected = expectedShare("ehealth_policy");
  const published = indicators.find((i) => i.id === "ehealth_policy").published_share;
  // The survey's own published headline: 73 of 125 = 58%.
  assert.deepEqual([expected.yes, expected.responding, `${expected.percent}`], [73, 125, published]);

  assert.equal(await text(page, ".fact-figure"), `${expected.percent}%`);
  assert.match(await text(page, ".fact-sentence"),
    new RegExp(`^${expected.yes} of ${expected.responding} responding countries have a national eHealth policy or strategy$`));
  assert.equal(await text(page, ".fact-published"), `Published by WHO: ${published}%`);
  assert.ok((await page.locator("svg.world-map path").count()) >= 240);
  const counts = answerCounts("ehealth_policy");
  assert.equal(await page.locator('svg.world-map path[data-category="yes"]').count(), counts.Yes);
  assert.equal(await page.locator('svg.world-map path[data-category="no"]').count(), counts.No);
  const kenyaFill = await page.locator('path[data-iso3="KEN"]').getAttribute("fill");
  assert.equal(kenyaFill, "#0072b2", "Kenya answered Yes and is drawn in the Yes colour");
  assert.equal(await page.locator('.legend li[data-category="yes"] .legend-count').innerText(), String(counts.Yes));
  assert.equal(await page.locator('.legend li[data-category="not-surveyed"] .legend-count').innerText(),
    String(memberStatesNotSurveyed()), "not surveyed counts WHO Member States only");
  for (const label of ["Yes", "No", "Don't know", "Not applicable", "Unanswered", "Not surveyed"]) {
    assert.equal(await page.locator(".legend-label").getByText(label, { exact: true }).count(), 1, label);
  }
  await page.screenshot({ path: `${ARTIFACTS}first-view-1280x800.png` });
  assert.deepEqual(errors, []);
  await close();
});

test("a strict Content-Security-Policy is in force and nothing breaks it", async () => {
  const { page, errors, close } = await open();
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content");
  assert.match(policy, /default-src 'none'/);
  assert.doesNotMatch(policy, /unsafe-inline|'unsafe-eval'/);
  // Exercise what sets styles and downloads: region zoom, tooltip, table swatches.
  await page.selectOption("#region", "AFR");
  await page.locator('path[data-iso3="KEN"]').hover();
  await page.locator("#tab-table").click();
  await page.waitForSelector("table.answer-table");
  assert.deepEqual(errors, [], "a blocked script, style or request shows up as a console error");
  await close();
});

test("switching the question changes the fills and the fact without reloading data", async () => {
  const { page, errors, close } = await open();
  let dataRequests = 0;
  page.on("request", (request) => { if (request.url().includes("/data/")) dataRequests++; });
  const before = await page.locator('path[data-iso3="KEN"]').getAttribute("fill");
  // Tag every country path; after the change the same elements must still be in the page.
  const tagged = await page.locator("svg.world-map path").evaluateAll((paths) => paths.map((p, i) => { p.__tag = i; return i; }).length);
  await page.selectOption("#question", "telehealth_policy");
  const expected = expectedShare("telehealth_policy");
  assert.equal(await text(page, ".fact-figure"), `${expected.percent}%`);
  assert.match(await text(page, ".fact-sentence"), new RegExp(`^${expected.yes} of ${expected.responding} responding countries`));
  assert.equal(await page.locator('svg.world-map path[data-category="yes"]').count(), answerCounts("telehealth_policy").Yes);
  assert.notEqual(await page.locator('path[data-iso3="KEN"]').getAttribute("fill"), before, "Kenya: Yes to eHealth policy, No to telehealth");
  assert.equal(new URL(page.url()).search, "?q=telehealth_policy");
  const kept = await page.locator("svg.world-map path").evaluateAll((paths) => paths.filter((p) => p.__tag !== undefined).length);
  assert.equal(kept, tagged, "the paths were updated in place, not rebuilt");
  assert.equal(dataRequests, 0);
  assert.deepEqual(errors, []);
  await close();
});

test("the WHO region filter narrows the fact and dims the rest of the map", async () => {
  const { page, errors, close } = await open();
  await page.selectOption("#region", "EUR");
  const expected = expectedShare("ehealth_policy", "EUR");
  assert.equal(await text(page, ".fact-figure"), `${expected.percent}%`);
  assert.match(await text(page, ".fact-sentence"), new RegExp(`^${expected.yes} of ${expected.responding} responding countries`));
  assert.match(await text(page, ".fact-scope"), /WHO European Region/);
  assert.equal(await page.locator('path[data-iso3="KEN"]').getAttribute("class"), "dimmed");
  assert.equal(await page.locator('path[data-iso3="FRA"]').getAttribute("class"), null);
  assert.deepEqual(errors, []);
  await close();
});

test("hovering a country shows its name, answer and year adopted", async () => {
  const { page, close } = await open();
  await page.locator('path[data-iso3="KEN"]').hover();
  const tooltip = page.locator(".tooltip");
  const kenya = answer("KEN", "ehealth_policy");
  await assert.doesNotReject(tooltip.waitFor());
  assert.match(await tooltip.innerText(), new RegExp(`${country("KEN").name}\\s+${kenya.value}\\s+Adopted ${kenya.year_adopted}`));
  await close();
});

test("small states are on the map with a dot that can be hovered", async () => {
  const { page, close } = await open();
  for (const iso3 of ["MLT", "MDV", "SYC", "SMR", "SGP", "KIR"]) {
    const dot = page.locator(`circle.dot[data-iso3="${iso3}"]`);
    assert.equal(await dot.count(), 1, `${iso3} has a dot`);
    await dot.hover({ force: true });
    assert.match(await page.locator(".tooltip strong").innerText(), new RegExp(country(iso3).name.replace(/[()]/g, ".")));
  }
  // A dot shows what its path shows, as the view changes: colour with the question (both answer "No"
  // to the default question and "Yes" to law_privacy), dimming with the filter (Malta is in the
  // European Region, Seychelles in the African), emphasis when pinned.
  const looks = (iso3) => page.evaluate((iso3) => [...document.querySelectorAll(`svg.world-map [data-iso3="${iso3}"]`)]
    .map((e) => [e.getAttribute("fill"), e.classList.contains("dimmed"), e.classList.contains("pinned")]), iso3);
  const before = { MLT: (await looks("MLT"))[1][0], SYC: (await looks("SYC"))[1][0] };
  for (const iso3 of ["MLT", "SYC"]) assert.notEqual(answer(iso3, "law_privacy").value, answer(iso3, "ehealth_policy").value);
  await page.selectOption("#question", "law_privacy");
  await page.selectOption("#region", "AFR");
  await page.locator('circle.dot[data-iso3="SYC"]').click({ force: true });
  for (const [iso3, dimmed, pinned] of [["MLT", true, false], ["SYC", false, true]]) {
    const [path, dot] = await looks(iso3);
    assert.deepEqual(dot, path, `${iso3}: its dot looks as its path`);
    assert.notEqual(dot[0], before[iso3], `${iso3}: its dot's colour changed with the question`);
    assert.deepEqual(path.slice(1), [dimmed, pinned], iso3);
  }
  await close();
});

test("a permalink restores the view; a wrong one falls back with a notice", async () => {
  let { page, close } = await open("?q=ehr_national&region=AFR");
  assert.equal(await page.locator("#question").inputValue(), "ehr_national");
  assert.equal(await page.locator("#region").inputValue(), "AFR");
  assert.equal(await text(page, ".fact-figure"), `${expectedShare("ehr_national", "AFR").percent}%`);
  await close();
  ({ page, close } = await open("?q=no_such_question&region=XX"));
  assert.equal(await page.locator("#question").inputValue(), "ehealth_policy");
  const notice = await text(page, ".notice");
  assert.match(notice, /question “no_such_question”/);
  assert.match(notice, /WHO region “XX”/);
  await close();
});

test("the phone layout puts the headline fact above the map, within the screen width", async () => {
  const { page, errors, close } = await open("", { width: 390, height: 844 });
  const map = await page.locator(".map-panel").boundingBox();
  const fact = await page.locator(".fact").boundingBox();
  assert.ok(map.y >= fact.y + fact.height - 1, "the fact comes first");
  assert.ok(map.width <= 390);
  await page.screenshot({ path: `${ARTIFACTS}first-view-390x844.png`, fullPage: true });
  assert.deepEqual(errors, []);
  await close();
});
