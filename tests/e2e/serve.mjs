// A static file server for dist/ on 127.0.0.1: used by `scripts/serve.sh`, the browser tests and the
// benchmark. Serves only files below its root, with the content types the page needs (wasm above all).
// With `{ gzip: true }` (the benchmark) it compresses text and wasm as a static host does; by default it
// sends files as they are, which the tests expect.
import { createServer } from "node:http";
import { gzipSync } from "node:zlib";
import { readFile } from "node:fs/promises";
import { extname, join, normalize, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".wasm": "application/wasm",
  ".css": "text/css; charset=utf-8",
  ".csv": "text/csv; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
};

/** Types a static host sends gzipped (images other than SVG are compressed already). */
const COMPRESSED = new Set([".html", ".js", ".wasm", ".css", ".csv", ".json", ".svg"]);

/** Serves `root` on 127.0.0.1:`port` (0 picks a free port); resolves to { url, close }. With
 * `gzip`, a request that accepts gzip gets the compressed file (level 9, compressed once per file, as a
 * host serving precompressed files would), with `content-encoding` and `vary` headers. */
export function serve(root, port = 0, { gzip = false } = {}) {
  const base = resolve(root);
  const zipped = new Map();
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url, "http://x").pathname);
    const file = normalize(join(base, path.endsWith("/") ? path + "index.html" : path));
    if (file !== base && !file.startsWith(base + sep)) {
      response.writeHead(403).end("forbidden");
      return;
    }
    try {
      const body = await readFile(file);
      const headers = { "content-type": TYPES[extname(file)] ?? "application/octet-stream" };
      if (gzip && COMPRESSED.has(extname(file)) && /\bgzip\b/.test(request.headers["accept-encoding"] ?? "")) {
        if (!zipped.has(file)) zipped.set(file, gzipSync(body, { level: 9 }));
        headers["content-encoding"] = "gzip";
        headers["vary"] = "accept-encoding";
        response.writeHead(200, headers);
        response.end(zipped.get(file));
        return;
      }
      response.writeHead(200, headers);
      response.end(body);
    } catch {
      response.writeHead(404, { "content-type": "text/plain" }).end(`not found: ${path}`);
    }
  });
  return new Promise((done) => {
    server.listen(port, "127.0.0.1", () => {
      const url = `http://127.0.0.1:${server.address().port}/`;
      done({ url, close: () => new Promise((closed) => server.close(closed)) });
    });
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const [root = "dist", port = "8080"] = args.filter((arg) => arg !== "--gzip");
  const { url } = await serve(root, Number(port), { gzip: args.includes("--gzip") });
  console.log(`eHealth Readiness is served at ${url} (Ctrl-C stops it)`);
}
