// The offline copy: one HTML file opened from disk (file://), as a field office would from a USB stick,
// with no server. It must draw the same map and facts, and ask the network for nothing.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { statSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { ARTIFACTS, launch, openPage } from "./browser.mjs";
import { answerCounts, expectedShare } from "./data.mjs";

const FILE = new URL("../../dist/ehealth-readiness-offline.html", import.meta.url).pathname;
let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

test("the offline file works from file:// with no request beyond itself", async () => {
  assert.ok(statSync(FILE).size <= 3 * 1024 * 1024, "the offline file is at most 3 MB");
  const url = pathToFileURL(FILE).href;
  const { page, errors, requests, close } = await openPage(browser, url, { width: 1280, height: 800 });
  await page.waitForSelector("svg.world-map path", { timeout: 30000 });
  const expected = expectedShare("ehealth_policy");
  assert.equal(await page.locator(".fact .fact-figure").innerText(), `${expected.percent}%`);
  assert.equal(await page.locator('svg.world-map path[data-category="yes"]').count(), answerCounts("ehealth_policy").Yes);
  await page.selectOption("#question", "ehr_national");
  assert.equal(await page.locator(".fact .fact-figure").innerText(), `${expectedShare("ehr_national").percent}%`);
  assert.equal(await page.locator(".notice-problem").count(), 0, "no load problems");
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content");
  assert.match(policy, /connect-src 'none'/, "the offline copy may connect nowhere");
  assert.equal(await page.getByText("Download the offline version").count(), 0, "the offline copy does not offer itself");
  assert.ok(requests.includes(url), "the recorder saw the page load itself");
  assert.deepEqual(requests.filter((r) => r !== url && !r.startsWith("data:")), [], "nothing fetched beyond the file");
  await page.screenshot({ path: `${ARTIFACTS}offline-file-1280x800.png` });
  assert.deepEqual(errors, []);
  await close();
});
