// Click-to-play embeds (docs/security.md, "Embeds"): the example story with a
// YouTube <iframe> shows a facade and asks nothing of YouTube (or any other
// site) until the reader clicks; then the player comes, sandboxed. Every
// request is intercepted: third-party ones are recorded and answered with an
// empty page (the machine has no network), never let through.

import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { launch, newContext } from "./lib/browser.mjs";
import { serve } from "./lib/server.mjs";
import { sites } from "./lib/site.mjs";

const STORY = "/stories/how-a-resole-works/";

let browser, server;
before(async () => {
  server = await serve(sites().example);
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/** Opens the story with every request intercepted; `away` lists third-party ones. */
async function open(context) {
  const page = await context.newPage();
  const away = [];
  await page.route("**/*", (route) => {
    const url = route.request().url();
    if (new URL(url).origin === server.origin) return route.continue();
    away.push(url);
    return route.fulfill({ status: 200, contentType: "text/html", body: "<!doctype html><title>player</title>" });
  });
  await page.goto(server.origin + STORY, { waitUntil: "networkidle" });
  return { page, away };
}

test("the facade shows the title and provider and loads nothing from YouTube before the click", async () => {
  const context = await newContext(browser);
  try {
    const { page, away } = await open(context);
    const facade = page.locator(".prose .embed");
    assert.equal(await facade.count(), 1);
    assert.ok(await facade.isVisible());
    const text = await facade.innerText();
    assert.match(text, /A Trailhead sole coming off the heated last/);
    assert.match(text, /YouTube/);
    assert.equal(await page.locator("iframe").count(), 0, "a player before the click");
    await page.mouse.wheel(0, 2000);
    await page.waitForTimeout(300);
    assert.deepEqual(away, [], "third-party requests before the click");

    await facade.locator("a").click();
    const frame = page.locator(".prose .embed iframe");
    await frame.waitFor();
    assert.match(await frame.getAttribute("src"), /^https:\/\/www\.youtube-nocookie\.com\/embed\/aqz-KE-bpKQ\?autoplay=1/);
    assert.equal(await frame.getAttribute("referrerpolicy"), "strict-origin-when-cross-origin");
    const sandbox = (await frame.getAttribute("sandbox")).split(" ").sort();
    assert.deepEqual(sandbox, [
      "allow-popups",
      "allow-popups-to-escape-sandbox",
      "allow-presentation",
      "allow-same-origin",
      "allow-scripts",
    ]);
    assert.equal(await frame.getAttribute("allow"), "autoplay; encrypted-media; fullscreen; picture-in-picture");
    await page.waitForTimeout(300);
    assert.ok(away.length > 0 && away.every((u) => u.startsWith("https://www.youtube-nocookie.com/")), `after the click: ${away}`);
  } finally {
    await context.close();
  }
});

test("without JavaScript the facade is a link to the video", async () => {
  const context = await newContext(browser, { javaScript: false });
  try {
    const { page, away } = await open(context);
    const link = page.locator(".prose .embed a");
    assert.equal(await link.getAttribute("href"), "https://www.youtube.com/watch?v=aqz-KE-bpKQ");
    assert.deepEqual(away, []);
  } finally {
    await context.close();
  }
});
