// Writes the first view into dist/index.html as static markup: serves the Trunk build, lets the app
// itself draw the default view in headless Chromium, and copies what it drew (the map, its legend, the
// headline fact, the key facts, the pickers) into index.html's <main class="html-first-screen">, after
// the script that makes it inert.
// So the first screen is the app's own output, not a second hand-written copy: it shows as soon as the
// HTML arrives, a visitor without JavaScript sees it, and the app swaps it for the live view once its
// data have loaded (src/app.rs). Each country's path carries the label point and area of its world.csv
// row, so that the page reads the map from the markup instead of downloading it again (src/source.rs);
// HTML comments
// (notes for developers) are left out. The other data
// files that view fetched are preloaded from the head. Run by
// scripts/build.sh after `trunk build` and before `cargo xtask bundle`, which copies the view into the
// offline file.
import { readFileSync, writeFileSync } from "node:fs";
import { launch } from "../tests/e2e/browser.mjs";
import { serve } from "../tests/e2e/serve.mjs";

const dist = new URL("../dist/", import.meta.url).pathname;
const indexPath = `${dist}index.html`;
// The built view goes after the script that makes it inert (index.html).
const PLACEHOLDER = /<main class="html-first-screen">(<script>[^<]*<\/script>)<\/main>/;
const index = readFileSync(indexPath, "utf8");
if (!PLACEHOLDER.test(index)) {
  throw new Error(`dist/index.html: no <main class="html-first-screen"> holding only its script, to fill (has index.html changed?)`);
}

// world.csv as the rows the map draws: the path, and for data-shape the label point and area, in the
// order of DATA_SHAPE, which src/source.rs reads (the box the page computes from the path, as the
// pipeline does). Fields are found by the header's names; no field has a comma or a quote.
const DATA_SHAPE = ["label_x", "label_y", "area"];
const [worldHeader, ...worldLines] = readFileSync(`${dist}data/world.csv`, "utf8").trimEnd().split("\n");
const columns = worldHeader.split(",");
const at = (name) => {
  const index = columns.indexOf(name);
  if (index < 0) throw new Error(`dist/data/world.csv: no column ${name}`);
  return index;
};
const shapes = worldLines.map((line) => {
  const fields = line.split(",");
  if (fields.length !== columns.length) throw new Error(`dist/data/world.csv: ${line.slice(0, 40)}… has ${fields.length} fields`);
  return { iso3: fields[at("iso3")], shape: DATA_SHAPE.map((name) => fields[at(name)]).join(","), path: fields[at("path")] };
});

const server = await serve(dist);
const browser = await launch();
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const errors = [];
  const dataFiles = [];
  page.on("request", (request) => {
    const path = new URL(request.url()).pathname;
    if (path.startsWith("/data/")) dataFiles.push(path.slice(1));
  });
  page.on("pageerror", (error) => errors.push(error.message));
  page.on("console", (message) => { if (message.type() === "error") errors.push(message.text()); });
  await page.goto(server.url);
  // The live view is in place once the built one is gone and the map, its legend and the facts are drawn.
  await page.waitForFunction(() => !document.querySelector("main.html-first-screen")
    && document.querySelectorAll("main svg.world-map path").length >= 150
    && document.querySelector("main .legend li") && document.querySelector("main .fact-figure")
    && document.querySelectorAll("main .fact-grid .fact-card").length > 0, null, { timeout: 60000 });
  if (errors.length) throw new Error(`the default view drew with errors:\n${errors.join("\n")}`);
  // The app sets a few styles from code (legend swatches, breakdown bars), which the page's
  // Content-Security-Policy allows only as CSSOM, never as style attributes in markup: in the copy each
  // becomes a class, defined in a <style> element that `cargo xtask bundle` allows by its hash.
  const drawn = await page.evaluate((shapes) => {
    const copy = document.querySelector("main").cloneNode(true);
    // The map draws world.csv's rows in their order: any other order or path would give the page
    // another file than the one it would have downloaded.
    const paths = [...copy.querySelectorAll("svg.world-map .countries path")];
    if (paths.length !== shapes.length) throw new Error(`the map drew ${paths.length} paths for ${shapes.length} rows of world.csv`);
    paths.forEach((path, i) => {
      const { iso3, shape, path: d } = shapes[i];
      if (path.dataset.iso3 !== iso3 || path.getAttribute("d") !== d) {
        throw new Error(`the map's path ${i + 1} (${path.dataset.iso3}) is not line ${i + 2} of world.csv (${iso3})`);
      }
      path.dataset.shape = shape;
    });
    // What the live view hides (the facts behind "More facts") shows nothing and does nothing here.
    for (const element of copy.querySelectorAll("[hidden]")) element.remove();
    // The share and cite boxes hold the page's own address and the day it is read, which only the app
    // knows: without it their boxes would be empty, and filled here they would give the build's.
    const addressed = copy.querySelectorAll("details.share, details.cite");
    if (addressed.length !== 2) throw new Error(`the default view has ${addressed.length} share and cite boxes, not 2`);
    for (const element of addressed) element.remove();
    // The question list keeps only the question shown (its width is set in main.css, not by the
    // longest option): choosing another needs the app, and the other 100-odd options are 2 KB gzip.
    const question = copy.querySelector("select#question");
    const shown = question?.querySelector("option[selected]");
    if (!shown) throw new Error("the question picker shows no selected question");
    question.replaceChildren(shown);
    const classes = new Map();
    for (const element of copy.querySelectorAll("[style]")) {
      const style = element.getAttribute("style");
      if (!classes.has(style)) classes.set(style, `built-${classes.size + 1}`);
      element.classList.add(classes.get(style));
      element.removeAttribute("style");
    }
    const rules = [...classes].map(([style, name]) => `.${name} { ${style} }`).join("\n");
    // Leptos's empty comments mark where its dynamic children go; markup never updated needs none.
    return `<style>\n${rules}\n</style>${copy.innerHTML.replaceAll("<!---->", "")}`;
  }, shapes);
  // The data files the default view fetches (all but world.csv, which the markup carries) are preloaded
  // from the head, so that they download while
  // the wasm does instead of after it has started; at low priority, so that they never hold back the
  // stylesheets and the first paint (Lighthouse mobile: 79-80 without, 85-88 with).
  const preloads = dataFiles.filter((file) => file !== "data/world.csv").map((file) => `<link rel="preload" href="${file}" as="fetch" crossorigin fetchpriority="low">`).join("\n    ");
  // Replacer functions, so that a "$" in the data (US$) is never read as a replacement pattern.
  writeFileSync(indexPath, index
    .replace(/<!--[\s\S]*?-->\n?\s*/g, "")
    .replace("</head>", () => `  ${preloads}\n  </head>`)
    .replace(PLACEHOLDER, (_, script) => `<main class="html-first-screen">${script}${drawn}</main>`));
  console.error(`prerender: wrote the default view into dist/index.html (${drawn.length} bytes of markup; ${preloads.length ? preloads.split("\n").length : 0} data files preloaded)`);
} finally {
  await browser.close();
  await server.close();
}
