// Runs the browser suite: builds the example site, then node's test runner on
// every *.test.mjs here (or only those whose name contains an argument:
// `node tests/browser/run.mjs a11y search`).
//
// Five builds are made, because contrast depends on the brand's colour and
// the layout on the language:
//   example    - the repository's content as it is (#0b6e4f)
//   lightBrand - the same content with brand.color #ffe600 (a very light yellow)
//   darkBrand  - the same content with brand.color #1a1a40 (a very dark navy)
//   german     - the same content with language: de
//   arabic     - the same content with language: ar (right to left)
// potluck derives accessible accents from the brand colour; the light and dark
// builds check that it does so for colours at both ends.
//
// The binary is $POTLUCK_BIN, else target/debug/potluck after `cargo build`.

import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { REPO, SUITE } from "./lib/site.mjs";

function run(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { stdio: "inherit", ...opts });
  if (r.status !== 0) {
    console.error(`${cmd} ${args.join(" ")} failed (exit ${r.status ?? r.signal})`);
    process.exit(1);
  }
}

function potluckBinary() {
  if (process.env.POTLUCK_BIN) return path.resolve(process.env.POTLUCK_BIN);
  run("cargo", ["build", "--quiet", "--locked"], { cwd: REPO });
  return path.join(REPO, "target/debug/potluck");
}

/** A copy of the example site whose brand colour is `color`. */
function withBrandColor(tmp, name, color) {
  const root = path.join(tmp, name);
  for (const dir of ["content", "themes", "templates"]) {
    if (existsSync(path.join(REPO, dir))) cpSync(path.join(REPO, dir), path.join(root, dir), { recursive: true });
  }
  const yamlPath = path.join(root, "content/site.yaml");
  const yaml = readFileSync(yamlPath, "utf8");
  // The first indented `color:` is brand.color.
  const changed = yaml.replace(/^(\s+color:\s*).*$/m, `$1"${color}"`);
  if (changed === yaml) throw new Error("brand.color not found in content/site.yaml");
  writeFileSync(yamlPath, changed);
  return root;
}

/** A copy of the example site in `language` (site.yaml's `language:`). */
function withLanguage(tmp, name, language) {
  const root = path.join(tmp, name);
  for (const dir of ["content", "themes", "templates"]) {
    if (existsSync(path.join(REPO, dir))) cpSync(path.join(REPO, dir), path.join(root, dir), { recursive: true });
  }
  const yamlPath = path.join(root, "content/site.yaml");
  const yaml = readFileSync(yamlPath, "utf8");
  const changed = yaml.replace(/^language:.*$/m, `language: ${language}`);
  if (changed === yaml) throw new Error("language not found in content/site.yaml");
  writeFileSync(yamlPath, changed);
  return root;
}

const started = Date.now();
const bin = potluckBinary();
const tmp = mkdtempSync(path.join(os.tmpdir(), "potluck-browser-"));
const builds = {
  example: REPO,
  lightBrand: withBrandColor(tmp, "light-brand", "#ffe600"),
  darkBrand: withBrandColor(tmp, "dark-brand", "#1a1a40"),
  german: withLanguage(tmp, "german", "de"),
  arabic: withLanguage(tmp, "arabic", "ar"),
};
const sites = {};
for (const [name, root] of Object.entries(builds)) {
  const out = path.join(tmp, `out-${name}`);
  run(bin, ["build", "--quiet", "--root", root, "--output", out]);
  sites[name] = out;
}
console.log(`built ${Object.keys(builds).length} sites in ${Date.now() - started} ms`);

const filters = process.argv.slice(2);
const files = readdirSync(SUITE)
  .filter((f) => f.endsWith(".test.mjs"))
  .filter((f) => !filters.length || filters.some((x) => f.includes(x)))
  .sort()
  .map((f) => path.join(SUITE, f));
if (!files.length) {
  console.error(`no test file matches ${filters.join(", ")}`);
  process.exit(2);
}

// One file at a time: each starts its own Chromium, and the machine has 2 cores.
// The spec reporter is for people; the TAP copy is only read for the counts.
const tap = path.join(tmp, "report.tap");
const r = spawnSync(
  process.execPath,
  [
    "--test",
    "--test-concurrency=1",
    "--test-reporter=spec",
    "--test-reporter-destination=stdout",
    "--test-reporter=tap",
    `--test-reporter-destination=${tap}`,
    ...files,
  ],
  { stdio: "inherit", env: { ...process.env, POTLUCK_SITES: JSON.stringify(sites) } },
);
const report = existsSync(tap) ? readFileSync(tap, "utf8") : "";
const count = (what) => Number(report.match(new RegExp(`^# ${what} (\\d+)$`, "m"))?.[1] ?? 0);
rmSync(tmp, { recursive: true, force: true });
const seconds = ((Date.now() - started) / 1000).toFixed(1);
const failed = count("fail") + count("cancelled") + (r.status !== 0 && count("fail") === 0 ? 1 : 0);
console.log(`browser suite: ${count("pass")} passed, ${failed} failed (${seconds} s)`);
process.exit(r.status ?? 1);
