// What a reader sees when data files are wrong or missing: a notice naming file, line and problem, the
// good rows still drawn, and data text never interpreted as markup.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ARTIFACTS, launch, openPage } from "./browser.mjs";
import { expectedShare } from "./data.mjs";
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

/** The page reads world.csv from its built first view when it has one (scripts/prerender.mjs): without
 * it, as from a build without that step, the page downloads the file, whose faults these cases test. */
function withoutBuiltView(data) {
  const index = join(data, "..", "index.html");
  const built = /<main class="html-first-screen">[\s\S]*?<\/main>/;
  const text = readFileSync(index, "utf8");
  assert.match(text, built);
  writeFileSync(index, text.replace(built, '<main class="html-first-screen"></main>'));
}

test("an unknown country code and a bad answer are named with their line; good rows and cells are kept", async () => {
  const question = "ehealth_policy";
  let unknownLine, badLine;
  await withEditedSite((data) => {
    const file = join(data, "goe2015.csv");
    const lines = readFileSync(file, "utf8").trimEnd().split("\n");
    const header = lines[0].split(",");
    const column = header.indexOf(question);
    // A country that did not answer Yes (and whose line holds no quoted value, so that commas split
    // it): its answer is skipped, the country still counts as responding, the share does not move.
    const row = lines.findIndex((line, i) => i > 0 && !line.includes('"') && line.split(",")[column] !== "Yes");
    const cells = lines[row].split(",");
    cells[column] = "Perhaps";
    lines[row] = cells.join(",");
    badLine = row + 1;
    lines.push(header.map((name) => (name === "country" ? "XYZ" : name === question ? "Yes" : "")).join(","));
    unknownLine = lines.length;
    writeFileSync(file, `${lines.join("\n")}\n`);
  }, async (page) => {
    const notice = page.locator(".notice-problem");
    await notice.waitFor({ timeout: 30000 });
    const message = await notice.innerText();
    assert.match(message, new RegExp(`goe2015\\.csv: line ${unknownLine}: field "country": unknown country code "XYZ"; row skipped`));
    assert.match(message, new RegExp(`goe2015\\.csv: line ${badLine}: field "${question}": "Perhaps" is not an answer category; answer skipped`));
    await page.waitForSelector("svg.world-map path");
    const { percent } = expectedShare(question);
    assert.equal(await page.locator(".fact-figure").innerText(), `${percent}%`, "the good rows still give the published share");
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

    await page.goto(`${url}?tab=trend&q=internet_users&countries=MLT,KEN`);
    await page.waitForSelector(".trend-chart svg path", { state: "attached", timeout: 30000 });
    const chart = page.locator(".trend-chart");
    const box = await chart.boundingBox();
    await page.mouse.move(box.x + box.width * 0.6, box.y + box.height * 0.5);
    assert.ok((await chart.innerText()).includes(hostile) || (await chart.innerHTML()).includes("&lt;img src=x"), "chart labels and tooltip show the name as text");

    assert.equal(await page.locator("img").count(), 0, "no element was made from the name");
    assert.equal(dialogs, 0);
    assert.deepEqual(errors, []);
  });
});

// Each data file broken in turn, five ways. The page must name the file (and the line, where there is
// one), keep drawing what is good, and never go blank.
const FILES = ["sources.csv", "countries.csv", "indicators.csv", "series.csv", "goe2015.csv", "world.csv"];

const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Breakages: each edits the file's bytes and says what the notice must match. Line numbers are
 * 1-based, as the loader counts them. */
const BREAKAGES = {
  "a stray quote": (bytes) => {
    const lines = bytes.toString("utf8").split("\n");
    lines[1] = `"${lines[1]}`;
    return { bytes: Buffer.from(lines.join("\n")), notice: (f) => new RegExp(`${escape(f)}: line 2: field "[^"]+"(: a double quote opens a value| has a double quote that is not part)`), partial: true };
  },
  "Latin-1 bytes": (bytes) => {
    const lines = bytes.toString("utf8").split("\n");
    const head = Buffer.from(lines.slice(0, 2).join("\n") + "\n");
    const rest = Buffer.from(lines.slice(2).join("\n"));
    // 0xC9 is É in Latin-1 and never valid UTF-8 on its own: the browser decodes it to U+FFFD.
    return { bytes: Buffer.concat([head, Buffer.from([0xc9]), rest]), notice: (f) => new RegExp(`${escape(f)}: line 3: has characters that are not UTF-8`), partial: true };
  },
  "a header only": (bytes) => {
    const header = bytes.toString("utf8").split("\n")[0];
    return { bytes: Buffer.from(`${header}\n`), notice: (f) => new RegExp(`${escape(f)}: has a header but no rows`), partial: false };
  },
  "a truncated last row": (bytes) => {
    const lines = bytes.toString("utf8").trimEnd().split("\n");
    lines[lines.length - 1] = lines[lines.length - 1].slice(0, 5);
    return { bytes: Buffer.from(lines.join("\n")), notice: (f) => new RegExp(`${escape(f)}: line ${lines.length}: .*row skipped`), partial: true };
  },
  "a 404": () => ({ bytes: null, notice: (f) => new RegExp(`${escape(f)}: could not be read: the server answered 404`), partial: false }),
};

for (const file of FILES) {
  for (const [name, breakage] of Object.entries(BREAKAGES)) {
    test(`${file} with ${name}: the notice names it, the rest is drawn, the page is never blank`, async () => {
      let expected;
      await withEditedSite((data) => {
        if (file === "world.csv") withoutBuiltView(data);
        const path = join(data, file);
        expected = breakage(readFileSync(path));
        if (expected.bytes === null) rmSync(path);
        else writeFileSync(path, expected.bytes);
      }, async (page) => {
        const notice = page.locator(".notice-problem");
        await notice.waitFor({ timeout: 30000 });
        const message = await notice.innerText();
        assert.match(message, expected.notice(file), message);
        const main = await page.locator("main").innerText();
        assert.ok(main.trim().length > 0, "the page is not blank");
        const drawn = await page.locator("svg.world-map path").count();
        if (!expected.partial && drawn > 0) {
          // A whole file is gone but the page can still draw the map from the others.
          assert.ok(drawn > 200, `the map draws its countries (${drawn})`);
        } else if (expected.partial) {
          await page.waitForSelector("svg.world-map path");
          const fills = await page.locator("svg.world-map .countries path").evaluateAll(
            (paths) => paths.map((p) => p.getAttribute("fill")));
          assert.ok(fills.length > 200, `the map draws its countries (${fills.length})`);
          assert.ok(new Set(fills).size >= 3, "countries are coloured by their answer");
          assert.match(await page.locator(".fact-figure").innerText(), /\d+%/, "the facts show");
        } else {
          assert.match(main, /cannot be drawn|no rows|could not/, main);
        }
      });
    });
  }
}
