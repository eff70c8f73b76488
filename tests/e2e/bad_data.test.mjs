// What a reader sees when data files are wrong or missing: a notice naming file, line and problem, the
// good rows still drawn, and data text never interpreted as markup.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ARTIFACTS, launch, openPage } from "./browser.mjs";
import { serve } from "./serve.mjs";

const DIST = new URL("../../dist/", import.meta.url).pathname;
let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/** A copy of dist/ with `edit(dataDir)` applied, served for the duration of `body(page, errors, url)`. */
async function withEditedSite(edit, body) {
  const root = mkdtempSync(join(tmpdir(), "ehr-site-"));
  cpSync(DIST, root, { recursive: true });
  edit(join(root, "data"));
  const server = await serve(root);
  const { page, errors, close } = await openPage(browser, server.url);
  try {
    await body(page, errors, server.url);
  } finally {
    await close();
    await server.close();
    rmSync(root, { recursive: true, force: true });
  }
}

const lineCount = (file) => readFileSync(file, "utf8").trimEnd().split("\n").length;

test("an unknown country code and a bad answer are named with their line; good rows are kept", async () => {
  let unknownLine, badLine;
  await withEditedSite((data) => {
    const file = join(data, "goe2015.csv");
    appendFileSync(file, "XYZ,ehealth_policy,2015,Yes,,\n");
    unknownLine = lineCount(file);
    appendFileSync(file, "GHA,ehealth_policy,2015,Perhaps,,\n");
    badLine = lineCount(file);
  }, async (page) => {
    const notice = page.locator(".notice-problem");
    await notice.waitFor({ timeout: 30000 });
    const message = await notice.innerText();
    assert.match(message, new RegExp(`goe2015\\.csv: line ${unknownLine}: unknown country code "XYZ"; row skipped`));
    assert.match(message, new RegExp(`goe2015\\.csv: line ${badLine}: field "value": "Perhaps" is not an answer category; row skipped`));
    await page.waitForSelector("svg.world-map path");
    assert.equal(await page.locator(".fact-figure").innerText(), "58%", "the good rows still give the published share");
    await page.screenshot({ path: `${ARTIFACTS}bad-row-notice.png` });
  });
});

test("a missing file is named, and the page says what failed instead of going blank", async () => {
  await withEditedSite((data) => rmSync(join(data, "indicators.csv")), async (page) => {
    const notice = page.locator(".notice-problem");
    await notice.waitFor({ timeout: 30000 });
    assert.match(await notice.innerText(), /indicators\.csv: could not be read: the server answered 404/);
    assert.match(await page.locator("main").innerText(), /cannot be drawn/);
  });
});

test("markup in a country name is shown as text, never run, in every view", async () => {
  const hostile = "<img src=x onerror=alert(1)>";
  await withEditedSite((data) => {
    const file = join(data, "countries.csv");
    writeFileSync(file, readFileSync(file, "utf8").replace(",Malta,", `,${hostile},`));
  }, async (page, errors, url) => {
    let dialogs = 0;
    page.on("dialog", async (dialog) => { dialogs++; await dialog.dismiss(); });
    await page.waitForSelector("svg.world-map path", { timeout: 30000 });
    await page.locator('circle.dot[data-iso3="MLT"]').hover({ force: true });
    assert.equal(await page.locator(".tooltip strong").innerText(), hostile);
    assert.ok((await page.locator('path[data-iso3="MLT"]').getAttribute("aria-label")).startsWith(`${hostile}: `));
    await page.locator('circle.dot[data-iso3="MLT"]').click({ force: true });
    assert.equal(await page.locator(".country-panel h3").innerText(), hostile, "pinned-country panel");

    await page.goto(`${url}?tab=table`);
    await page.waitForSelector("table.answer-table");
    assert.equal(await page.locator("table.answer-table tbody th", { hasText: "onerror" }).innerText(), hostile, "table");

    await page.goto(`${url}?tab=compare&compare=MLT,KEN`);
    await page.waitForSelector(".compare-table, table");
    assert.ok((await page.locator("main").innerText()).includes(hostile), "compare view");

    assert.equal(await page.locator("img").count(), 0, "no element was made from the name");
    assert.equal(dialogs, 0);
    assert.deepEqual(errors, []);
  });
});
