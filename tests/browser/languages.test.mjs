// The example site in German and in Arabic, as a German or Arabic reader
// gets it: every page in the language (html lang, no English heading), the
// Arabic site mirrored (dir="rtl": the brand at the right of the header,
// text starting at the right, arrows pointing the way the page reads) with
// Arabic dates; the forms' script speaks German; axe finds nothing serious
// and vnu no error; screenshots at
// 390 and 1280 px, light and dark, in tests/screenshots/ (lang-*).

import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdirSync, readdirSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { launch, newContext, visit } from "./lib/browser.mjs";
import { axe } from "./lib/a11y.mjs";
import { serve } from "./lib/server.mjs";
import { SCHEMES, SCREENSHOTS, sites } from "./lib/site.mjs";

const require = createRequire(import.meta.url);

const LANGUAGES = [
  {
    site: "german",
    lang: "de",
    dir: "ltr",
    pages: [
      { name: "home", path: "/", h1: "Trailhead Community" },
      { name: "story", path: "/stories/prototype-r2-blind-test/", h1: "Blind-testing the Ridge Two prototypes: three runners, four soles, one spreadsheet" },
      { name: "profile", path: "/members/jose-nunez/", h1: "José Núñez" },
      { name: "leaderboard", path: "/leaderboard/", h1: "Bestenliste" },
      { name: "stats", path: "/stats/", h1: "Community-Statistik" },
      { name: "not-found", path: "/no-such-page/", h1: "Diese Seite haben wir nicht gefunden", status: 404 },
    ],
    words: ["Neueste Geschichten", "Mitglieder"],
  },
  {
    site: "arabic",
    lang: "ar",
    dir: "rtl",
    pages: [
      { name: "home", path: "/", h1: "Trailhead Community" },
      { name: "story", path: "/stories/prototype-r2-blind-test/", h1: "Blind-testing the Ridge Two prototypes: three runners, four soles, one spreadsheet" },
      { name: "profile", path: "/members/jose-nunez/", h1: "José Núñez" },
      { name: "leaderboard", path: "/leaderboard/", h1: "لوحة الصدارة" },
      { name: "stats", path: "/stats/", h1: "إحصاءات المجتمع" },
      { name: "not-found", path: "/no-such-page/", h1: "لم نعثر على هذه الصفحة", status: 404 },
    ],
    words: ["أحدث القصص", "الأعضاء"],
  },
];

const ARABIC_MONTHS = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"];

let browser;
const servers = {};
before(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  browser = await launch();
  for (const l of LANGUAGES) servers[l.site] = await serve(sites()[l.site]);
});
after(async () => {
  await browser?.close();
  for (const s of Object.values(servers)) await s.close();
});

for (const l of LANGUAGES) {
  for (const width of [390, 1280]) {
    for (const scheme of SCHEMES) {
      describe(`${l.lang}, ${width} px, ${scheme}`, () => {
        let context;
        before(async () => {
          context = await newContext(browser, { width, scheme });
        });
        after(() => context.close());

        for (const p of l.pages) {
          test(`${p.name} reads in ${l.lang} and passes axe`, async (t) => {
            const { page, problems } = await visit(context, servers[l.site].origin + p.path, {
              expectStatus: p.status ?? 200,
            });
            try {
              assert.deepEqual(problems, [], `${p.path}: ${problems.join("\n")}`);
              const html = await page.evaluate(() => ({
                lang: document.documentElement.lang,
                dir: document.documentElement.dir,
                direction: getComputedStyle(document.body).direction,
              }));
              assert.deepEqual(html, { lang: l.lang, dir: l.dir, direction: l.dir });
              const h1s = await page.locator("h1").allInnerTexts();
              assert.deepEqual(h1s.map((x) => x.trim()), [p.h1]);
              const { scrollWidth, clientWidth } = await page.evaluate(() => ({
                scrollWidth: document.documentElement.scrollWidth,
                clientWidth: document.documentElement.clientWidth,
              }));
              assert.ok(scrollWidth <= clientWidth, `page is ${scrollWidth}px wide in a ${clientWidth}px window`);
              const { blocking, minor } = await axe(page);
              if (minor.length) t.diagnostic(`minor or moderate: ${minor.join("\n")}`);
              assert.deepEqual(blocking, [], `${p.path}:\n${blocking.join("\n")}`);
              if (["home", "profile"].includes(p.name)) {
                await page.screenshot({ path: path.join(SCREENSHOTS, `lang-${l.lang}-${p.name}-${width}-${scheme}.png`), fullPage: true });
              }
            } finally {
              await page.close();
            }
          });
        }

        test(`the home page speaks ${l.lang}${l.dir === "rtl" ? ", mirrored, with Arabic dates" : ""}`, async () => {
          const { page } = await visit(context, servers[l.site].origin + "/");
          try {
            const text = await page.locator("body").innerText();
            for (const w of l.words) assert.ok(text.includes(w), `no "${w}" on the home page`);
            if (l.dir !== "rtl") return;
            assert.ok(ARABIC_MONTHS.some((m) => text.includes(m)), "no Arabic month on the home page");
            // The brand starts the header: at its right edge in a mirrored page.
            const brand = await page.locator(".site-header .brand").boundingBox();
            const header = await page.locator(".site-header-inner").boundingBox();
            assert.ok(brand.x + brand.width > header.x + header.width / 2, `the brand is at x=${brand.x}, on the left half of the header`);
            // A heading's text starts at the right.
            const align = await page.locator("#latest-title").evaluate((e) => getComputedStyle(e).textAlign);
            assert.ok(["start", "right"].includes(align), `headings are aligned ${align}`);
            // The "all stories" arrow points the way the page reads (to the left).
            const flip = await page.locator(".section-more .icon").evaluate((e) => getComputedStyle(e).transform);
            assert.match(flip, /^matrix\(-1, 0, 0, 1,/, `the arrow is not mirrored: ${flip}`);
          } finally {
            await page.close();
          }
        });
      });
    }
  }
}

test("the German /join/ form says what to fix in German", async () => {
  const context = await newContext(browser);
  const { page } = await visit(context, servers.german.origin + "/join/");
  try {
    const status = page.locator("#f-handle-status");
    await page.fill("#f-handle", "aiko-tanaka");
    assert.equal(await status.innerText(), "„aiko-tanaka“ ist schon vergeben: Wähl ein anderes Handle.");
    await page.fill("#f-handle", "Ana_Lima");
    assert.equal(
      await status.innerText(),
      "„Ana_Lima“ ist kein gültiges Handle: Erlaubt sind Kleinbuchstaben, Ziffern und einzelne Bindestriche, etwa „ana-lima“.",
    );
    await page.fill("#f-handle", "ana-lima");
    assert.equal(await status.innerText(), "„ana-lima“ ist noch frei.");
    await page.fill("#f-handle", "");
    await page.fill("#f-name", "");
    await page.click("#contribute-form [type=submit]");
    const problems = await page.locator("#form-problems-list").innerText();
    assert.ok(problems.includes("Gib deinen Namen an.") && problems.includes("Wähl ein Handle."), problems);
  } finally {
    await context.close();
  }
});

test("every page of the German and Arabic sites passes the Nu HTML Checker", (t) => {
  const jar = path.join(path.dirname(require.resolve("vnu-jar/package.json")), "build/dist/vnu.jar");
  for (const l of LANGUAGES) {
    const root = sites()[l.site];
    const files = readdirSync(root, { recursive: true })
      .map((f) => path.join(root, f))
      .filter((f) => f.endsWith(".html") && statSync(f).isFile());
    const r = spawnSync("java", ["-jar", jar, "--errors-only", "--format", "json", ...files], {
      encoding: "utf8",
      maxBuffer: 64 * 1024 * 1024,
    });
    assert.ok(r.stderr.trim().startsWith("{"), `vnu did not run: ${r.error ?? r.stderr.slice(0, 500)}`);
    const errors = JSON.parse(r.stderr).messages.filter((m) => m.type === "error" || m.subType === "fatal");
    t.diagnostic(`${l.lang}: ${files.length} pages checked, ${errors.length} errors`);
    const shown = errors.slice(0, 20).map((m) => `${path.relative(root, new URL(m.url).pathname)}:${m.lastLine}: ${m.message}`);
    assert.deepEqual(shown, []);
  }
});
