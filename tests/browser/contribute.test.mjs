// Joining and writing from the site itself (/write/ and /join/): each form,
// filled in like a person would, opens exactly the forge's new-file editor
// URL for GitHub, GitLab and Forgejo (path, file name and text decoded), and
// the file it would create passes `potluck check` when written into a copy of
// the example site. Also: the page's own checks before leaving (empty title,
// unknown member, taken or look-alike handle), the draft kept across a
// reload, the path without JavaScript, and axe, keyboard and 375 px in light
// and dark.

import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { launch, newContext, visit } from "./lib/browser.mjs";
import { axe, tabThrough } from "./lib/a11y.mjs";
import { serve } from "./lib/server.mjs";
import { REPO, SCHEMES, WIDTHS } from "./lib/site.mjs";

const BIN = process.env.POTLUCK_BIN ? path.resolve(process.env.POTLUCK_BIN) : path.join(REPO, "target/debug/potluck");
const tmp = mkdtempSync(path.join(os.tmpdir(), "potluck-contribute-"));

// Each forge: its repository, and the decoded path and parameter names its
// new-file editor takes (the forges' documented shapes, written out here).
const FORGES = {
  github: { url: "https://github.com/trailhead/community", path: "/trailhead/community/new/main/content/", name: "filename", text: "value" },
  gitlab: { url: "https://gitlab.com/trailhead/community", path: "/trailhead/community/-/new/main/content/", name: "file_name", text: "content" },
  forgejo: { url: "https://codeberg.org/trailhead/community", path: "/trailhead/community/_new/main/content/", name: "filename", text: "value" },
};

function run(args) {
  return spawnSync(BIN, args, { encoding: "utf8" });
}

/** A copy of the example site whose repository is `url`. */
function siteFor(name, url) {
  const root = path.join(tmp, name);
  cpSync(path.join(REPO, "content"), path.join(root, "content"), { recursive: true });
  const yamlPath = path.join(root, "content/site.yaml");
  const yaml = readFileSync(yamlPath, "utf8").replace(/^(\s+url:\s*).*$/m, `$1${url}`);
  writeFileSync(yamlPath, yaml);
  return root;
}

/** `potluck check` on a copy of the example site with `file` added. */
function checkWith(file, text) {
  const root = siteFor(`check-${Math.random().toString(36).slice(2)}`, FORGES.github.url);
  writeFileSync(path.join(root, file), text);
  const r = run(["check", "--root", root]);
  rmSync(root, { recursive: true, force: true });
  return r;
}

/** What `potluck new story` writes for `title` in a copy of the example site. */
function newStory(title) {
  const root = siteFor(`new-${Math.random().toString(36).slice(2)}`, FORGES.github.url);
  const r = run(["new", "story", "--root", root, "--author", "aiko-tanaka", title]);
  assert.equal(r.status, 0, r.stderr);
  const file = r.stdout.trim();
  const text = readFileSync(file, "utf8");
  rmSync(root, { recursive: true, force: true });
  return { file, text };
}

function today() {
  const d = new Date();
  const pad = (n) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** Presses the submit button and returns the URL of the request that leaves the site. */
async function submitAndCatch(page) {
  const left = new Promise((resolve) => {
    page.context().route(/^https:\/\/(github\.com|gitlab\.com|codeberg\.org)\//, (route) => {
      resolve(route.request().url());
      route.abort();
    });
  });
  await page.locator("form button[type=submit]").click();
  return left;
}

const STORY_BODY = "We ran the **Langdale** loop by head torch.\n\n## What we learned\n\n- Spare batteries\n- A [map](https://example.com/map)";

async function fillStory(page) {
  await page.fill("#f-title", "Café night run: Lakes & Fells");
  await page.selectOption("#f-kind", "tip");
  await page.fill("#f-tags", "repair, Night Running");
  await page.fill("#f-summary", "Head torches, \"quotes\" and a # sign.");
  await page.fill("#f-body", STORY_BODY);
  await page.fill("#f-author", "aiko-tanaka");
  await page.fill("#f-coauthors", "Ben Carruthers");
  await page.fill("#f-thanks", "@kit-reyes");
}

const STORY_FILE = () =>
  [
    "---",
    'title: "Café night run: Lakes & Fells"',
    "authors: [aiko-tanaka, ben-c]",
    `date: ${today()}`,
    "kind: tip",
    "tags: [repair, night-running]",
    'summary: "Head torches, \\"quotes\\" and a # sign."',
    "thanks: [kit-reyes]",
    "---",
    STORY_BODY,
    "",
  ].join("\n");

const MEMBER_FILE = () =>
  [
    "---",
    'name: "Ana Lima"',
    'location: "Porto, Portugal"',
    "links:",
    '  website: "https://ana.example"',
    "interests: [hiking, trail-running]",
    `joined: ${today()}`,
    "---",
    "I walk the *Caminho* every spring.",
    "",
  ].join("\n");

async function fillMember(page) {
  await page.fill("#f-name", "Ana Lima");
  await page.fill("#f-handle", "ana-lima");
  await page.fill("#f-location", "Porto, Portugal");
  await page.fill("#f-website", "https://ana.example");
  await page.fill("#f-interests", "hiking, Trail Running");
  await page.fill("#f-body", "I walk the *Caminho* every spring.");
}

let browser;
const servers = {};
before(async () => {
  for (const [forge, f] of Object.entries(FORGES)) {
    const root = siteFor(forge, f.url);
    const out = path.join(tmp, `out-${forge}`);
    const r = run(["build", "--quiet", "--root", root, "--output", out]);
    assert.equal(r.status, 0, r.stderr);
    servers[forge] = await serve(out);
  }
  browser = await launch();
});
after(async () => {
  await browser?.close();
  for (const s of Object.values(servers)) await s.close();
  rmSync(tmp, { recursive: true, force: true });
});

for (const [forge, f] of Object.entries(FORGES)) {
  describe(`${forge}: the forms open the new-file editor`, () => {
    test("a story from /write/ is the exact file, and it passes potluck check", async () => {
      const context = await newContext(browser);
      const { page, problems } = await visit(context, `${servers[forge].origin}/write/`);
      await fillStory(page);
      assert.equal(await page.inputValue("#f-slug"), "cafe-night-run-lakes-fells");
      assert.equal(await page.locator("#f-preview h3").innerText(), "What we learned");
      const url = new URL(await submitAndCatch(page));
      assert.equal(url.origin, new URL(f.url).origin);
      assert.equal(decodeURIComponent(url.pathname), `${f.path}stories${forge === "forgejo" ? "/" : ""}`);
      assert.deepEqual([...url.searchParams.keys()], [f.name, f.text]);
      assert.equal(url.searchParams.get(f.name), "cafe-night-run-lakes-fells.md");
      assert.equal(url.searchParams.get(f.text), STORY_FILE());
      const check = checkWith("content/stories/cafe-night-run-lakes-fells.md", url.searchParams.get(f.text));
      assert.equal(check.status, 0, check.stderr);
      // `potluck new story` names the file and writes the title and date the same way.
      const made = newStory("Café night run: Lakes & Fells");
      assert.equal(path.basename(made.file), "cafe-night-run-lakes-fells.md");
      for (const key of ["title", "date"]) {
        const line = (text) => text.split("\n").find((l) => l.startsWith(`${key}:`));
        assert.equal(line(url.searchParams.get(f.text)), line(made.text));
      }
      assert.deepEqual(problems.filter((p) => !p.includes("third-party request") && !p.includes("failed request")), []);
      await context.close();
    });

    test("a profile from /join/ is the exact file, and it passes potluck check", async () => {
      const context = await newContext(browser);
      const { page } = await visit(context, `${servers[forge].origin}/join/`);
      await fillMember(page);
      assert.equal(await page.locator("#f-handle-status").innerText(), "“ana-lima” is free.");
      const url = new URL(await submitAndCatch(page));
      assert.equal(decodeURIComponent(url.pathname), `${f.path}members${forge === "forgejo" ? "/" : ""}`);
      assert.equal(url.searchParams.get(f.name), "ana-lima.md");
      assert.equal(url.searchParams.get(f.text), MEMBER_FILE());
      const check = checkWith("content/members/ana-lima.md", url.searchParams.get(f.text));
      assert.equal(check.status, 0, check.stderr);
      await context.close();
    });
  });
}

describe("the forms check before leaving, and keep the draft", () => {
  test("an empty title and unknown members are named, and nothing leaves the page", async () => {
    const context = await newContext(browser);
    const { page } = await visit(context, `${servers.github.origin}/write/`);
    const left = [];
    page.on("request", (r) => !r.url().startsWith(servers.github.origin) && left.push(r.url()));
    await page.fill("#f-body", "Some text.");
    await page.fill("#f-author", "aiko-tanak");
    await page.fill("#f-coauthors", "Nobody Here");
    await page.locator("form button[type=submit]").click();
    const listed = await page.locator("#form-problems-list li").allInnerTexts();
    assert.deepEqual(listed, [
      "Give your story a title.",
      "Give the story an address: lowercase letters, digits and hyphens (the title has none we can use).",
      "No member has the handle “aiko-tanak”: check the spelling, or join first.",
      "“Nobody Here” is not a member's name or handle: check the spelling, or remove it.",
    ]);
    assert.equal(await page.evaluate(() => document.activeElement?.id), "form-problems");
    await page.fill("#f-title", "Ridge One at 3000 km");
    await page.locator("form button[type=submit]").click();
    assert.ok((await page.locator("#form-problems-list").innerText()).includes("A story at “ridge-one-at-3000-km” already exists"));
    assert.deepEqual(left, []);
    // The draft is kept in this browser: a reload (or a sign-in) loses nothing.
    await page.reload();
    assert.equal(await page.inputValue("#f-title"), "Ridge One at 3000 km");
    assert.equal(await page.inputValue("#f-body"), "Some text.");
    await context.close();
  });

  test("/join/ refuses a taken handle and one that looks like a member's", async () => {
    const context = await newContext(browser);
    const { page } = await visit(context, `${servers.github.origin}/join/`);
    const status = page.locator("#f-handle-status");
    await page.fill("#f-handle", "aiko-tanaka");
    assert.equal(await status.innerText(), "“aiko-tanaka” is taken: choose another handle.");
    await page.fill("#f-handle", "aik0tanaka");
    assert.equal(await status.innerText(), "“aik0tanaka” looks too much like “aiko-tanaka”, who is already a member: choose a handle that does not.");
    await page.fill("#f-handle", "Ana_Lima");
    assert.equal(await status.innerText(), "“Ana_Lima” is not a handle: use lowercase letters, digits and single hyphens, like “ana-lima”.");
    await context.close();
  });

  test("without JavaScript the pages explain the way and link to a template on the forge", async () => {
    const context = await newContext(browser, { javaScript: false });
    for (const [page, folder, name] of [["write", "stories", "your-story.md"], ["join", "members", "your-handle.md"]]) {
      const { page: p, problems } = await visit(context, `${servers.github.origin}/${page}/`);
      assert.equal(await p.locator("#contribute-form").isVisible(), false);
      const href = await p.locator(".contribute-nojs a").first().getAttribute("href");
      const url = new URL(href);
      assert.equal(url.pathname, `/trailhead/community/new/main/content/${folder}`);
      assert.equal(url.searchParams.get("filename"), name);
      assert.ok(url.searchParams.get("value").startsWith("---\n"));
      assert.deepEqual(problems, []);
      await p.close();
    }
    await context.close();
  });
});

describe("the pages meet the theme's standards", () => {
  for (const width of WIDTHS) {
    for (const scheme of SCHEMES) {
      for (const name of ["write", "join"]) {
        test(`/${name}/ at ${width} px, ${scheme}: axe finds nothing, the keyboard reaches every link, nothing scrolls sideways`, async () => {
          const context = await newContext(browser, { width, scheme });
          const { page, problems } = await visit(context, `${servers.github.origin}/${name}/`);
          await page.locator("#contribute-form").waitFor();
          const found = await axe(page);
          assert.deepEqual([...found.blocking, ...found.minor], []);
          const wide = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
          assert.ok(wide <= 0, `scrolls sideways by ${wide} px`);
          const kbd = await tabThrough(page);
          assert.deepEqual(kbd.missed ?? [], []);
          assert.deepEqual(kbd.invisible ?? [], []);
          assert.deepEqual(problems, []);
          await context.close();
        });
      }
    }
  }
});
