// Sharing one exact view: the permalink and iframe code offered on the page, and the embedded figure
// (?embed=1) they lead to, with minimal chrome but its source and disclaimer.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { ARTIFACTS, openPage, site } from "./browser.mjs";
import { expectedShare } from "./data.mjs";

let served;
before(async () => { served = await site(); });
after(async () => { await served?.close(); });

test("the page offers a permalink and iframe code for the view on screen", async () => {
  const { page, errors, close } = await openPage(served.browser, `${served.url}?q=ehr_national&region=EUR`);
  await page.waitForSelector("svg.world-map path", { timeout: 30000 });
  await page.locator(".share summary").click();
  assert.equal(await page.locator("#permalink").inputValue(), page.url());
  const code = await page.locator("#embed-code").inputValue();
  const src = code.match(/src="([^"]+)"/)[1];
  assert.equal(src, `${served.url}?q=ehr_national&region=EUR&embed=1`);
  assert.match(code, /^<iframe .*title="eHealth Readiness: world map".*><\/iframe>$/);
  assert.deepEqual(errors, []);
  await close();
});

test("the embedded figure shows the map, legend and fact of that view, without the page's chrome", async () => {
  const { page, errors, close } = await openPage(served.browser, `${served.url}?q=ehr_national&region=EUR&embed=1`, { width: 800, height: 620 });
  await page.waitForSelector("svg.world-map path", { timeout: 30000 });
  for (const chrome of [".masthead", ".filters", ".fact-grid", ".tabs", ".question-picker"]) {
    assert.equal(await page.locator(chrome).count(), 0, `${chrome} is left out`);
  }
  const expected = expectedShare("ehr_national", "EUR");
  assert.equal(await page.locator(".fact .fact-figure").innerText(), `${expected.percent}%`);
  assert.match(await page.locator(".fact .fact-sentence").innerText(), new RegExp(`^${expected.yes} of ${expected.responding} `));
  assert.match(await page.locator(".credits").innerText(), /Atlas of eHealth country profiles 2015/);
  const full = await page.getByRole("link", { name: "Open in eHealth Readiness" }).getAttribute("href");
  assert.equal(full, `${served.url}?q=ehr_national&region=EUR`);
  await page.screenshot({ path: `${ARTIFACTS}embed-800x620.png` });
  assert.deepEqual(errors, []);
  await close();
});
