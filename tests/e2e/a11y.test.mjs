// Automated accessibility check: axe-core finds no WCAG 2.1 A or AA violation in any view, neither on
// the hosted page nor in the offline file opened from disk. axe cannot judge everything (reading order,
// whether a label makes sense); the other tests check what it cannot.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { openPage, site } from "./browser.mjs";

const AXE = readFileSync(new URL("../../node_modules/axe-core/axe.min.js", import.meta.url), "utf8");
const OFFLINE = pathToFileURL(new URL("../../dist/ehealth-readiness-offline.html", import.meta.url).pathname).href;
const WCAG21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

/** Opens what the map view keeps folded (more facts, share panel), so that axe checks it too. */
async function unfold(page) {
  await page.locator(".more-facts").click();
  await page.locator(".share summary").click();
  await page.waitForSelector("#embed-code");
}

/** Each view, the element that shows it has been drawn, and what to open before the check. */
const VIEWS = [
  { name: "map, with a country pinned and an answer highlighted", query: "?q=telehealth_policy&country=KEN&show=no", ready: ".country-panel", prepare: unfold },
  { name: "table", query: "?tab=table", ready: "table.answer-table tbody tr" },
  { name: "compare, two countries", query: "?tab=compare&compare=KEN,GHA", ready: ".compare-table" },
  { name: "embedded figure", query: "?embed=1", ready: "svg.world-map path" },
  { name: "map of a yearly series", query: "?q=internet_users&year=2015", ready: 'svg.world-map path[data-category^="bin-"]' },
  { name: "country profile, with its readiness index", query: "?tab=profile&country=KEN", ready: ".profile-index-table tbody tr" },
  { name: "readiness index, with its map", query: "?tab=index", ready: '.index-map svg.world-map path[data-category^="bin-"]' },
  { name: "trend chart", query: "?tab=trend&q=internet_users&countries=KEN,GHA&group=AFR", ready: ".trend-chart svg path" },
];

let served;
before(async () => { served = await site(); });
after(async () => { await served?.close(); });

/** The rule id, impact and offending elements of each violation axe finds on the page. */
async function violations(page) {
  // Evaluated through the browser's debugging protocol, which the page's Content-Security-Policy does
  // not govern (an injected <script> would be refused): the page is checked with its policy in force.
  await page.evaluate(AXE);
  return page.evaluate(async (tags) => {
    const results = await window.axe.run(document, { runOnly: { type: "tag", values: tags } });
    return results.violations.map((v) => ({ rule: v.id, impact: v.impact, count: v.nodes.length, targets: v.nodes.slice(0, 5).map((n) => n.target.join(" ")) }));
  }, WCAG21_AA);
}

async function check(base, view) {
  const { page, errors, close } = await openPage(served.browser, base + view.query);
  await page.waitForSelector(view.ready, { state: "attached", timeout: 30000 });
  await view.prepare?.(page);
  const found = await violations(page);
  const report = found.map((v) => `${v.rule} (${v.impact}, ${v.count}): ${v.targets.join(" | ")}`).join("\n");
  assert.deepEqual(found, [], `axe found WCAG 2.1 A/AA violations:\n${report}`);
  assert.deepEqual(errors, []);
  await close();
}

for (const view of VIEWS) {
  test(`axe: no WCAG 2.1 A/AA violation on the hosted page, ${view.name}`, () => check(served.url, view));
  test(`axe: no WCAG 2.1 A/AA violation in the offline file, ${view.name}`, () => check(OFFLINE, view));
}
