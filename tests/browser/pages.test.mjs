// The site as people see it: every key page on a phone (375 px) and a laptop
// (1280 px), in light and dark mode, loads cleanly, fits the screen, shows the
// right heading and keeps its images from shifting the layout. Screenshots go
// to tests/screenshots/ for a human to look at (CI keeps them).

import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { launch, newContext, visit } from "./lib/browser.mjs";
import { serve } from "./lib/server.mjs";
import { PAGES, SCHEMES, SCREENSHOTS, WIDTHS, sites } from "./lib/site.mjs";

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

for (const width of WIDTHS) {
  for (const scheme of SCHEMES) {
    describe(`${width} px, ${scheme}`, () => {
      let context;
      before(async () => {
        context = await newContext(browser, { width, scheme });
      });
      after(() => context.close());

      for (const p of PAGES) {
        test(`${p.name} (${p.path})`, async () => {
          const { page, problems } = await visit(context, server.origin + p.path, {
            expectStatus: p.status ?? 200,
          });
          try {
            // Loads without console errors, failed or third-party requests.
            assert.deepEqual(problems, [], `${p.path}: ${problems.join("\n")}`);

            // Shows the expected page: exactly one h1, with the expected text.
            const h1s = await page.locator("h1").allInnerTexts();
            assert.deepEqual(h1s.map((t) => t.trim()), [p.h1]);

            // Nothing sticks out sideways: a phone never scrolls horizontally.
            const { scrollWidth, clientWidth } = await page.evaluate(() => ({
              scrollWidth: document.documentElement.scrollWidth,
              clientWidth: document.documentElement.clientWidth,
            }));
            assert.ok(scrollWidth <= clientWidth, `page is ${scrollWidth}px wide in a ${clientWidth}px window`);

            // Images in the content say how big they are, so the text does not
            // jump when they arrive (layout shift).
            const unsized = await page.$$eval("main img", (imgs) =>
              imgs.filter((i) => !i.getAttribute("width") || !i.getAttribute("height")).map((i) => i.src),
            );
            assert.deepEqual(unsized, [], "images without width and height");

            // Every image actually loaded (a broken image has no natural width).
            const broken = await page.$$eval("img", (imgs) =>
              imgs.filter((i) => !i.complete || i.naturalWidth === 0).map((i) => i.src),
            );
            assert.deepEqual(broken, [], "broken images");
          } finally {
            await page.screenshot({
              path: path.join(SCREENSHOTS, `${p.name}-${width}-${scheme}.png`),
              fullPage: true,
            });
            await page.close();
          }
        });
      }
    });
  }
}

// The stats charts drew their labels at about 10 px on a laptop and 6 px on
// a phone (the SVG scaled its 12-unit text with its width): every label must
// be drawn at 12 CSS px or more, at a small phone's width too.
describe("stats charts are readable", () => {
  for (const width of [320, 390, 1280]) {
    test(`chart text is at least 12 px at ${width} px`, async () => {
      const context = await newContext(browser, { width, scheme: "light" });
      const { page, problems } = await visit(context, server.origin + "/stats/");
      try {
        assert.deepEqual(problems, []);
        const sizes = await page.$$eval("svg.chart text", (texts) =>
          texts.map((t) => ({
            text: t.textContent,
            px: parseFloat(getComputedStyle(t).fontSize) * t.ownerSVGElement.getScreenCTM().a,
          })),
        );
        assert.ok(sizes.length > 20, `only ${sizes.length} chart labels`);
        const small = sizes.filter((s) => s.px < 12);
        assert.deepEqual(small, [], "chart labels under 12 px");
        const { scrollWidth, clientWidth } = await page.evaluate(() => ({
          scrollWidth: document.documentElement.scrollWidth,
          clientWidth: document.documentElement.clientWidth,
        }));
        assert.ok(scrollWidth <= clientWidth, `page is ${scrollWidth}px wide in a ${clientWidth}px window`);
      } finally {
        await page.screenshot({ path: path.join(SCREENSHOTS, `stats-charts-${width}.png`), fullPage: true });
        await context.close();
      }
    });
  }
});

// On a phone the navigation took two wrapped rows above every page: it now
// folds behind a Menu button that works without JavaScript (<details>), and
// on a laptop it is always shown, with no button.
describe("the navigation folds on a phone", () => {
  for (const [width, folded] of [[375, true], [1280, false]]) {
    test(`at ${width} px the menu is ${folded ? "folded" : "open"}`, async () => {
      const context = await newContext(browser, { width, scheme: "light", javaScript: false });
      const { page } = await visit(context, server.origin + "/");
      try {
        const stories = page.locator(".site-nav a", { hasText: "Stories" });
        const button = page.locator(".site-menu-button");
        assert.equal(await stories.isVisible(), !folded);
        assert.equal(await button.isVisible(), folded);
        if (folded) {
          await button.focus();
          await page.keyboard.press("Enter");
          assert.ok(await stories.isVisible(), "Enter on Menu did not open the navigation");
        }
      } finally {
        await page.close();
        await context.close();
      }
    });
  }
});
