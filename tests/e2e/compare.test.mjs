// The compare view: countries side by side, differing answers marked, context indicators' latest values,
// the picker and chips editing the permalink, and the "only differences" toggle. Expected figures come
// from data/ (see data.mjs).
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { ARTIFACTS, openPage, site } from "./browser.mjs";
import { answer, answers, country, indicators, latestValue, readableValue, series } from "./data.mjs";

let served;
before(async () => { served = await site(); });
after(async () => { await served?.close(); });

const responding = [...new Set(answers.map((a) => a.country))];
const yesNo = indicators.filter((i) => i.kind === "yes_no").map((i) => i.id);

/** Yes/no questions where the countries' answers are not all the same (a missing answer counts as its own). */
function differing(iso3s) {
  return yesNo.filter((id) => new Set(iso3s.map((iso3) => answer(iso3, id)?.value)).size > 1).length;
}

function yesCount(iso3) {
  return yesNo.filter((id) => answer(iso3, id)?.value === "Yes").length;
}

async function open(query, viewport) {
  const opened = await openPage(served.browser, served.url + query, viewport);
  await opened.page.waitForSelector(".compare", { timeout: 30000 });
  return opened;
}

const columns = (page) => page.locator(".compare-table thead th[data-iso3]");
const compareParam = (page) => new URL(page.url()).searchParams.get("compare");

test("two countries side by side, with the rows where they differ marked", async () => {
  const { page, errors, close } = await open("?tab=compare&compare=KEN,GHA");
  await page.waitForSelector(".compare-table");
  assert.deepEqual(await columns(page).evaluateAll((ths) => ths.map((th) => th.dataset.iso3)), ["KEN", "GHA"]);
  assert.match(await columns(page).first().innerText(), new RegExp(`^${country("KEN").name}\\s+answered Yes to ${yesCount("KEN")} of ${yesNo.length} questions$`));
  assert.equal(await page.locator(".compare-table tr.answer-row").count(), yesNo.length);
  const expected = differing(["KEN", "GHA"]);
  assert.ok(expected > 0 && expected < yesNo.length, "KEN and GHA agree on some questions and differ on others");
  assert.equal(await page.locator("tr.answer-row.differs").count(), expected);
  // Not colour alone: every differing row, and only those, carries a visible marker.
  assert.equal(await page.locator("tr.answer-row .differs-marker:visible").count(), expected);
  assert.match(await page.locator(".compare-summary").innerText(), new RegExp(`^${expected} of ${yesNo.length} questions`));

  const kenya = answer("KEN", "ehealth_policy");
  const cell = page.locator('tr[data-question="ehealth_policy"] td').first();
  assert.match(await cell.innerText(), new RegExp(`${kenya.value}\\s+Adopted ${kenya.year_adopted}`));
  assert.equal(await cell.getAttribute("data-category"), kenya.value.toLowerCase());
  assert.equal(await cell.locator(".swatch").evaluate((i) => getComputedStyle(i).backgroundColor), "rgb(0, 114, 178)");
  // The key facts come first on the page; the screenshot is of the compare view itself.
  await page.locator(".tabs").evaluate((e) => e.scrollIntoView());
  await page.screenshot({ path: `${ARTIFACTS}compare-1280x800.png` });
  assert.deepEqual(errors, []);
  await close();
});

test("the picker adds a country, a chip removes one, and the URL follows", async () => {
  const { page, errors, close } = await open("?tab=compare&compare=KEN,GHA");
  const third = "MLT";
  assert.ok(responding.includes(third), "Malta responded to the survey");
  const picker = page.locator("#compare-country");
  assert.equal(await picker.locator('option[value="KEN"]').count(), 0, "chosen countries are not offered again");
  await picker.selectOption(third);
  // Keyboard only from here: Tab to Add, Enter.
  await picker.focus();
  await page.keyboard.press("Tab");
  await page.keyboard.press("Enter");
  await page.waitForFunction(() => document.querySelectorAll(".compare-table thead th[data-iso3]").length === 3);
  assert.equal(compareParam(page), `KEN,GHA,${third}`);
  assert.equal(await page.locator("tr.answer-row.differs").count(), differing(["KEN", "GHA", third]));
  assert.equal(await picker.inputValue(), "", "the select is back on its placeholder");

  const ghana = page.getByRole("button", { name: `Remove ${country("GHA").name}` });
  await ghana.focus();
  await page.keyboard.press("Enter");
  await page.waitForFunction(() => document.querySelectorAll(".compare-table thead th[data-iso3]").length === 2);
  assert.equal(compareParam(page), `KEN,${third}`);
  assert.deepEqual(await columns(page).evaluateAll((ths) => ths.map((th) => th.dataset.iso3)), ["KEN", third]);
  assert.equal(await page.locator("tr.answer-row.differs").count(), differing(["KEN", third]));
  assert.equal(await page.evaluate(() => document.activeElement?.getAttribute("aria-label")),
    `Remove ${country(third).name}`, "focus moves to the chip that took the removed one's place");

  // Down to one country: a hint instead of the table.
  await page.getByRole("button", { name: `Remove ${country("KEN").name}` }).click();
  await page.waitForSelector(".compare-hint");
  assert.equal(await page.locator(".compare-table").count(), 0);
  assert.equal(compareParam(page), third);
  assert.deepEqual(errors, []);
  await close();
});

test("at most five countries: the Add button is disabled at five", async () => {
  const five = responding.slice(0, 5);
  const { page, close } = await open(`?tab=compare&compare=${five.join(",")}`);
  assert.deepEqual(await columns(page).evaluateAll((ths) => ths.map((th) => th.dataset.iso3)), five);
  await page.locator("#compare-country").selectOption(responding[5]);
  assert.ok(await page.locator(".compare-add-button").isDisabled());
  assert.equal(compareParam(page), five.join(","));
  await close();
});

test("“Show only differences” hides the rows where the countries agree", async () => {
  const { page, errors, close } = await open("?tab=compare&compare=KEN,GHA");
  const expected = differing(["KEN", "GHA"]);
  assert.equal(await page.locator("tr.answer-row:visible").count(), yesNo.length);
  await page.getByLabel("Show only differences").check();
  assert.equal(await page.locator("tr.answer-row:visible").count(), expected);
  assert.equal(await page.locator("tr.answer-row.differs:visible").count(), expected);
  // The toggle stays on while the comparison changes.
  await page.locator("#compare-country").selectOption("MLT");
  await page.locator(".compare-add-button").click();
  await page.waitForFunction(() => document.querySelectorAll(".compare-table thead th[data-iso3]").length === 3);
  assert.ok(await page.getByLabel("Show only differences").isChecked());
  assert.equal(await page.locator("tr.answer-row:visible").count(), differing(["KEN", "GHA", "MLT"]));
  await page.getByLabel("Show only differences").uncheck();
  assert.equal(await page.locator("tr.answer-row:visible").count(), yesNo.length);
  assert.deepEqual(errors, []);
  await close();
});

test("on a phone the table scrolls sideways inside its frame, not the page", async () => {
  const { page, errors, close } = await open(`?tab=compare&compare=${responding.slice(0, 4).join(",")}`, { width: 390, height: 844 });
  await page.waitForSelector(".compare-table");
  const frame = page.locator(".compare-scroll");
  const { scrollWidth, clientWidth } = await frame.evaluate((e) => ({ scrollWidth: e.scrollWidth, clientWidth: e.clientWidth }));
  assert.ok(scrollWidth > clientWidth, "four countries are wider than a phone");
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= 390), "the page itself does not scroll sideways");
  // The question column stays in view when the table is scrolled to its last country.
  await frame.evaluate((e) => { e.scrollLeft = e.scrollWidth; });
  const question = await page.locator("tr.answer-row .compare-question").first().boundingBox();
  const box = await frame.boundingBox();
  assert.ok(question.x >= box.x - 1 && question.x < box.x + 10, "sticky question column");
  await page.locator(".compare").evaluate((e) => e.scrollIntoView());
  await page.screenshot({ path: `${ARTIFACTS}compare-390x844.png` });
  assert.deepEqual(errors, []);
  await close();
});

// The context series the view shows, in its order, where the data package has them.
const CONTEXT = ["internet_users", "mobile_subscriptions", "broadband_subscriptions", "electricity_access",
  "health_spending_gdp", "physicians", "uhc_index", "egdi"].filter((id) => series(id));

test("context indicators give each country's latest value within 5 years of 2015, with its year", async () => {
  const { page, errors, close } = await open("?tab=compare&compare=KEN,GHA");
  await page.waitForSelector(".compare-table tr.context-row");
  // Each series' file arrives on its own; wait until none is still loading.
  await page.waitForFunction(() => [...document.querySelectorAll(".context-cell")].every((td) => !td.textContent.includes("Loading")),
    null, { timeout: 30000 });
  assert.equal(await page.locator(".context-rows .section-title").innerText(), "Context indicators: latest value within 5 years of 2015");
  assert.deepEqual(await page.locator("tr.context-row").evaluateAll((trs) => trs.map((tr) => tr.dataset.indicator)), CONTEXT);
  let older = 0;
  for (const id of CONTEXT) {
    const row = page.locator(`tr.context-row[data-indicator="${id}"]`);
    const { label, unit } = series(id);
    // The unit once: "Health spending, % of GDP" already says it.
    assert.equal(await row.locator("th").innerText(), label.includes(unit) ? label : `${label} (${unit})`);
    const expected = ["KEN", "GHA"].map((iso3) => {
      const latest = latestValue(id, iso3, 2015, 5);
      if (latest && latest.year !== "2015") older += 1;
      return latest ? `${readableValue(id, latest.value)} (${latest.year})` : "No data";
    });
    assert.deepEqual(await row.locator("td").allInnerTexts(), expected, id);
  }
  assert.ok(older > 0, "some value is from before 2015, and says so");
  // Numbers are not answers: the count of questions answered differently is unchanged.
  const expected = differing(["KEN", "GHA"]);
  assert.match(await page.locator(".compare-summary").innerText(), new RegExp(`^${expected} of ${yesNo.length} questions`));
  assert.equal(await page.locator("tr.context-row .differs-marker").count(), 0);
  // "Show only differences" is about answers; the context stays.
  await page.getByLabel("Show only differences").check();
  assert.equal(await page.locator("tr.context-row:visible").count(), CONTEXT.length);
  await page.getByLabel("Show only differences").uncheck();
  await page.locator(".tabs").evaluate((e) => e.scrollIntoView());
  await page.screenshot({ path: `${ARTIFACTS}compare-context-1280x800.png` });
  assert.deepEqual(errors, []);
  await close();
});
