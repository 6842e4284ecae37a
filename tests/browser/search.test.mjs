// Search from the header of every page: typing shows the right result, the
// keyboard alone gets there (ArrowDown, Enter), accents don't matter, and
// without JavaScript every page still shows its content and the search form
// still leads somewhere useful.

import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { launch, newContext, visit } from "./lib/browser.mjs";
import { serve } from "./lib/server.mjs";
import { PAGES, sites } from "./lib/site.mjs";

const PYTHON_STORY = {
  title: "Logging shoe mileage with forty lines of Python",
  path: "/stories/logging-shoe-mileage-with-python/",
};

let browser, server;
before(async () => {
  server = await serve(sites().example);
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/** Types like a person (one key at a time) and waits for the results list. */
async function search(page, query) {
  const input = page.locator("#search-input");
  await input.click();
  await input.pressSequentially(query, { delay: 10 });
  await page.locator("#search-results .search-status").waitFor();
  return page.locator("#search-results .search-list a");
}

describe("search on every page", () => {
  let context;
  before(async () => {
    context = await newContext(browser, { width: 1280 });
  });
  after(() => context.close());

  for (const p of PAGES) {
    test(`${p.name}: "mileage python" finds the story; ArrowDown + Enter opens it`, async () => {
      const { page, problems } = await visit(context, server.origin + p.path, { expectStatus: p.status ?? 200 });
      try {
        const results = await search(page, "mileage python");
        assert.equal(await results.first().locator(".search-title").innerText(), PYTHON_STORY.title);

        // ArrowDown moves focus into the results, Enter follows the focused one.
        await page.keyboard.press("ArrowDown");
        const focused = await page.evaluate(() => document.activeElement?.getAttribute("href"));
        assert.equal(focused, PYTHON_STORY.path);
        await Promise.all([page.waitForURL(server.origin + PYTHON_STORY.path), page.keyboard.press("Enter")]);
        assert.equal((await page.locator("h1").innerText()).trim(), PYTHON_STORY.title);
        assert.deepEqual(problems, []);
      } finally {
        await page.close();
      }
    });
  }

  test("accents are optional: 'jose nunez' finds José Núñez's profile", async () => {
    const { page } = await visit(context, server.origin + "/");
    try {
      const results = await search(page, "jose nunez");
      const first = results.first();
      assert.equal(await first.locator(".search-title").innerText(), "José Núñez");
      assert.equal(await first.getAttribute("href"), "/members/jose-nunez/");
      // Enter in the field itself follows the best result.
      await page.locator("#search-input").focus();
      await Promise.all([page.waitForURL(/\/members\/jose-nunez\/$/), page.keyboard.press("Enter")]);
    } finally {
      await page.close();
    }
  });

  test("no match says so; Escape closes the results", async () => {
    const { page } = await visit(context, server.origin + "/");
    try {
      await search(page, "zzqx");
      assert.match(await page.locator("#search-results").innerText(), /No matches for .zzqx./);
      await page.keyboard.press("Escape");
      assert.equal(await page.locator("#search-results").innerText(), "");
    } finally {
      await page.close();
    }
  });
});

test("on a phone the results fit the screen", async () => {
  const context = await newContext(browser, { width: 375 });
  try {
    const { page } = await visit(context, server.origin + "/members/jose-nunez/");
    const results = await search(page, "resole");
    assert.ok((await results.count()) > 1, "several stories mention resoling");
    const box = await page.locator("#search-results").boundingBox();
    assert.ok(box.x >= 0 && box.x + box.width <= 375, `results box spans ${box.x}..${box.x + box.width}`);
    const wide = await page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
    assert.equal(wide, false, "opening the results made the page scroll sideways");
  } finally {
    await context.close();
  }
});

describe("without JavaScript", () => {
  let context;
  before(async () => {
    context = await newContext(browser, { width: 1280, javaScript: false });
  });
  after(() => context.close());

  for (const p of PAGES) {
    test(`${p.name} still shows its content`, async () => {
      const { page, problems } = await visit(context, server.origin + p.path, { expectStatus: p.status ?? 200 });
      try {
        assert.deepEqual(problems, []);
        assert.equal((await page.locator("h1").innerText()).trim(), p.h1);
        const text = await page.locator("main").innerText();
        assert.ok(text.length > 100, `main has only ${text.length} characters`);
        // Nothing is hidden waiting for a script to reveal it.
        const hidden = await page.$$eval("main h2, main p, main li", (els) =>
          els.filter((e) => !e.checkVisibility() && !e.closest(".visually-hidden, [hidden], [aria-hidden]")).length,
        );
        assert.equal(hidden, 0, "content hidden without JavaScript");
      } finally {
        await page.close();
      }
    });
  }

  test("the search form falls back to the story list", async () => {
    const { page } = await visit(context, server.origin + "/members/");
    try {
      await page.locator("#search-input").fill("python");
      await Promise.all([page.waitForURL(/\/stories\/\?q=python$/), page.locator("#search-input").press("Enter")]);
      assert.equal((await page.locator("h1").innerText()).trim(), "All stories");
      assert.ok((await page.locator("main .card").count()) > 0, "the story list shows stories");
    } finally {
      await page.close();
    }
  });
});
