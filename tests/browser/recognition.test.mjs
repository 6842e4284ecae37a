// Recognition that reads as earned: on a phone (390 px) and a laptop (1280 px),
// light and dark, a profile shows its level and badges in a strip in its
// header, above the member's stories (it used to come after all of them on a
// phone); each level has its own colour, rising from the lowest to the
// highest, and each badge its own. Screenshots go to tests/screenshots/.

import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { launch, newContext, visit } from "./lib/browser.mjs";
import { serve } from "./lib/server.mjs";
import { SCHEMES, SCREENSHOTS, sites } from "./lib/site.mjs";

const PROFILE = "/members/jose-nunez/";

let browser, server;
before(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  server = await serve(sites().example);
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/** WCAG contrast ratio of two computed `rgb(...)` colours. */
function contrast(a, b) {
  const lum = (c) => {
    const [r, g, bl] = c.match(/[\d.]+/g).slice(0, 3).map((v) => {
      const s = Number(v) / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/** Text and background colours of every element matching `selector`. */
function colours(page, selector) {
  return page.$$eval(selector, (els) =>
    els.map((e) => {
      const s = getComputedStyle(e);
      return { text: e.textContent.trim(), key: e.dataset.levelRank ?? e.className, fg: s.color, bg: s.backgroundColor };
    }),
  );
}

for (const width of [390, 1280]) {
  for (const scheme of SCHEMES) {
    describe(`recognition at ${width} px, ${scheme}`, () => {
      let context;
      before(async () => {
        context = await newContext(browser, { width, scheme });
      });
      after(() => context.close());

      test("the profile's strip of level and badges comes before the stories", async () => {
        const { page, problems } = await visit(context, server.origin + PROFILE);
        try {
          assert.deepEqual(problems, []);
          const strip = page.locator(".profile-header .rec-strip");
          assert.ok(await strip.isVisible(), "no recognition strip in the profile header");
          const chips = await strip.locator("li").allInnerTexts();
          for (const want of ["Ambassador", "Champion", "First story", "Co-creator"]) {
            assert.ok(chips.some((c) => c.trim() === want), `strip lacks ${want}: ${chips}`);
          }
          const stripBox = await strip.boundingBox();
          const storyBox = await page.locator(".profile-main .card").first().boundingBox();
          assert.ok(stripBox.y + stripBox.height <= storyBox.y, `strip ends at ${stripBox.y + stripBox.height}, first story starts at ${storyBox.y}`);
          // Seen without scrolling: within the first screen, phone included.
          const { innerHeight } = await page.evaluate(() => ({ innerHeight: window.innerHeight }));
          assert.ok(stripBox.y < innerHeight, `strip starts at ${stripBox.y} px, below the first screen (${innerHeight} px)`);

          // Each badge its own colour, its text readable on it.
          const badges = await colours(page, ".rec-strip .chip--badge");
          assert.ok(badges.length >= 4, `only ${badges.length} badges in the strip`);
          assert.equal(new Set(badges.map((b) => b.bg)).size, badges.length, `badges share a colour: ${JSON.stringify(badges)}`);
          for (const b of badges) {
            assert.ok(contrast(b.fg, b.bg) >= 4.5, `${b.text}: ${b.fg} on ${b.bg} is ${contrast(b.fg, b.bg).toFixed(2)}:1`);
          }
          // Each badge its own icon, hidden from screen readers (the name says it).
          const icons = await page.$$eval(".rec-strip .chip--badge svg", (svgs) =>
            svgs.map((s) => [s.getAttribute("aria-hidden"), s.querySelector("use").getAttribute("href")]),
          );
          assert.equal(icons.length, badges.length);
          assert.ok(icons.every(([hidden]) => hidden === "true"));
          assert.equal(new Set(icons.map(([, href]) => href)).size, icons.length, "badges share an icon");
        } finally {
          await page.screenshot({ path: path.join(SCREENSHOTS, `recognition-profile-${width}-${scheme}.png`), fullPage: false });
          await page.close();
        }
      });

      test("each level has its own colour, lowest to highest", async () => {
        const { page, problems } = await visit(context, server.origin + "/leaderboard/");
        try {
          assert.deepEqual(problems, []);
          const levels = await colours(page, ".level .chip--level");
          assert.deepEqual(levels.map((l) => l.key).sort(), ["1", "2", "3", "4"]);
          assert.equal(new Set(levels.map((l) => l.bg)).size, levels.length, `levels share a colour: ${JSON.stringify(levels)}`);
          for (const l of levels) {
            assert.ok(contrast(l.fg, l.bg) >= 4.5, `${l.text}: ${l.fg} on ${l.bg} is ${contrast(l.fg, l.bg).toFixed(2)}:1`);
          }
          // A member's chip elsewhere has its level's colour.
          const champion = levels.find((l) => l.key === "4");
          const onProfile = await page.$$eval('.level-member [data-level-rank="4"], .level [data-level-rank="4"]', (els) =>
            els.map((e) => getComputedStyle(e).backgroundColor),
          );
          assert.ok(onProfile.every((bg) => bg === champion.bg));
        } finally {
          const shot = path.join(SCREENSHOTS, `recognition-levels-${width}-${scheme}.png`);
          await page.locator('[aria-labelledby="levels-title"]').screenshot({ path: shot });
          await page.close();
        }
      });
    });
  }
}
