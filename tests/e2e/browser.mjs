// Headless Chromium for the browser tests and the benchmark: Debian's /usr/bin/chromium driven by
// playwright-core (which downloads no browser), with the flags this machine needs, a fresh profile
// each launch, and the built site served from dist/.
import { chromium } from "playwright-core";
import { mkdirSync } from "node:fs";
import { serve } from "./serve.mjs";

export const ARTIFACTS = new URL("../artifacts/", import.meta.url).pathname;
mkdirSync(ARTIFACTS, { recursive: true });

const FLAGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

export function launch() {
  return chromium.launch({ executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium", args: FLAGS });
}

/** Serves dist/, launches Chromium; `close()` stops both. */
export async function site() {
  const server = await serve(new URL("../../dist/", import.meta.url).pathname);
  const browser = await launch();
  return { url: server.url, browser, close: async () => { await browser.close(); await server.close(); } };
}

/** A new page that records console errors, failed requests and every request from the start, so a
 * test can assert what the page did while loading. */
export async function openPage(browser, url, viewport = { width: 1280, height: 800 }) {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  const errors = [];
  const requests = [];
  page.on("request", (request) => requests.push(request.url()));
  page.on("console", (message) => { if (message.type() === "error") errors.push(message.text()); });
  page.on("pageerror", (error) => errors.push(error.message));
  // A request cut short by the test's own navigation (ERR_ABORTED) is not a failure the reader sees.
  page.on("requestfailed", (request) => {
    if (request.failure()?.errorText !== "net::ERR_ABORTED") errors.push(`request failed: ${request.url()}`);
  });
  await page.goto(url);
  await liveApp(page);
  return { page, errors, requests, close: () => context.close() };
}

/** Waits until index.html's built first view (a static copy of the default view) is gone: for the
 * default address, once the data have loaded and the live view is drawn in its place; for any other,
 * once the app has started (its own loading screen replaces it), so callers then wait for what they
 * need. Either way a test then speaks to the live page, never to the built copy. */
export function liveApp(page) {
  return page.waitForFunction(() => document.querySelector("main.html-first-screen") === null, null, { timeout: 30000 });
}
