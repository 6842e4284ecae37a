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
