// Valid output, checked by the reference tools rather than by eye: every HTML
// page of the example site passes the Nu HTML Checker (the W3C validator),
// every Atom feed is Atom 1.0 that feedparser reads without complaint, and the
// sitemap follows the sitemap protocol (check_xml.py). Also the budget for the
// theme's own files, and image sizes on every page, not only the ones the
// browser tests open.

import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { REPO, SUITE, sites } from "./lib/site.mjs";

const require = createRequire(import.meta.url);
const site = sites().example;

/** Every file under `dir` whose name ends with `ext`. */
function filesUnder(dir, ext) {
  return readdirSync(dir, { recursive: true })
    .map((f) => path.join(dir, f))
    .filter((f) => f.endsWith(ext) && statSync(f).isFile())
    .sort();
}

const htmlFiles = filesUnder(site, ".html");

test("every HTML page passes the Nu HTML Checker with no errors", (t) => {
  const jar = path.join(path.dirname(require.resolve("vnu-jar/package.json")), "build/dist/vnu.jar");
  assert.ok(htmlFiles.length > 50, `only ${htmlFiles.length} pages found`);
  // vnu exits 1 when it finds errors; the JSON report is what we read.
  const r = spawnSync("java", ["-jar", jar, "--errors-only", "--format", "json", ...htmlFiles], {
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  assert.ok(r.stderr.trim().startsWith("{"), `vnu did not run: ${r.error ?? r.stderr.slice(0, 500)}`);
  const errors = JSON.parse(r.stderr).messages.filter((m) => m.type === "error" || m.subType === "fatal");
  t.diagnostic(`${htmlFiles.length} pages checked, ${errors.length} errors`);
  const shown = errors
    .slice(0, 20)
    .map((m) => `${path.relative(site, new URL(m.url).pathname)}:${m.lastLine}: ${m.message}`);
  assert.deepEqual(shown, []);
});

test("feeds are valid Atom 1.0 and the sitemap follows the protocol", (t) => {
  const base = readFileSync(path.join(REPO, "content/site.yaml"), "utf8").match(/^base_url:\s*(\S+)/m)[1];
  const venv = path.join(SUITE, ".venv/bin/python");
  const python = process.env.POTLUCK_PYTHON || (existsSync(venv) ? venv : "python3");
  const out = execFileSync(python, [path.join(SUITE, "check_xml.py"), site, base], { encoding: "utf8" });
  const report = JSON.parse(out);
  t.diagnostic(`${report.feeds} feeds, ${report.entries} entries, ${report.sitemap_urls} sitemap URLs`);
  // The site feed, one per member and one per topic.
  assert.ok(report.feeds > 20, `only ${report.feeds} feeds found`);
  assert.ok(report.sitemap_urls > 50, `only ${report.sitemap_urls} URLs in the sitemap`);
  assert.deepEqual(report.problems, []);
});

test("the theme's CSS and JavaScript each download in under 10 KB", () => {
  // What a first visit downloads besides the page, kept small by hand with no
  // build step. Every static host compresses CSS and JavaScript, so the
  // budget is the gzip size (what travels); the raw size has a ceiling too.
  const gzipBudget = 10 * 1024;
  const rawBudget = 40 * 1024;
  const theme = [...filesUnder(path.join(REPO, "themes/default/static"), ".css"), ...filesUnder(path.join(REPO, "themes/default/static"), ".js")];
  const served = ["style.css", "syntax.css", "search.js"].map((f) => path.join(site, f));
  for (const f of [...theme, ...served]) {
    const bytes = readFileSync(f);
    const gz = gzipSync(bytes, { level: 9 }).length;
    assert.ok(gz < gzipBudget, `${path.relative(REPO, f)} is ${gz} bytes gzipped, over ${gzipBudget}`);
    assert.ok(bytes.length < rawBudget, `${path.relative(REPO, f)} is ${bytes.length} bytes, over ${rawBudget}`);
  }
});

test("every page only loads files from the site itself, and sizes its images", () => {
  const problems = [];
  for (const f of htmlFiles) {
    const html = readFileSync(f, "utf8");
    const rel = path.relative(site, f);
    // Anything the browser fetches while rendering: scripts, styles, images, frames.
    // Attribute values may be quoted or not (potluck drops quotes where HTML allows).
    const attr = (tag, names) =>
      tag.match(new RegExp(`\\s(?:${names})=(?:"([^"]*)"|'([^']*)'|([^\\s"'=<>\`]+))`, "i"))?.slice(1).find((v) => v !== undefined) ?? "";
    for (const m of html.matchAll(/<(script|link|img|iframe|source|video|audio)\b[^>]*>/g)) {
      const tag = m[0];
      const rel_ = attr(tag, "rel");
      const fetched = m[1] !== "link" || /stylesheet|icon|preload|modulepreload/.test(rel_);
      const url = attr(tag, "src|href");
      if (fetched && /^(https?:)?\/\//.test(url)) problems.push(`${rel}: loads ${url}`);
      if (m[1] === "img" && !(/^\d+$/.test(attr(tag, "width")) && /^\d+$/.test(attr(tag, "height")))) {
        problems.push(`${rel}: image without width and height: ${tag}`);
      }
    }
  }
  assert.deepEqual(problems.slice(0, 20), []);
});
