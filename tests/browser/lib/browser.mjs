// Headless Chromium (Debian's, never a downloaded one) driven by playwright-core,
// and a page loader that records everything a visitor would suffer from:
// console errors, failed requests, error responses and requests that leave the site.

import { chromium } from "playwright-core";

export const CHROMIUM = process.env.CHROMIUM || "/usr/bin/chromium";

// The flags this machine needs: no sandbox as root, no GPU, and no background
// connections to Google's services (the network is closed; they would only add noise).
const ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export function launch() {
  return chromium.launch({ executablePath: CHROMIUM, args: ARGS, headless: true });
}

/** A browsing context: a phone (375 px) or a laptop (1280 px), light or dark. */
export async function newContext(browser, { width = 1280, scheme = "light", javaScript = true } = {}) {
  const context = await browser.newContext({
    viewport: { width, height: width < 600 ? 740 : 800 },
    deviceScaleFactor: 1,
    colorScheme: scheme,
    reducedMotion: "reduce",
    javaScriptEnabled: javaScript,
  });
  return context;
}

/**
 * Opens `url` in a new page of `context` and waits until the network is idle.
 * Returns {page, problems}: `problems` lists console errors, page errors, failed
 * requests, HTTP errors (except `expectStatus` for the page itself) and any request
 * to another origin than the site's (a third-party request would block rendering
 * and leak visitors' data).
 */
export async function visit(context, url, { expectStatus = 200 } = {}) {
  const page = await context.newPage();
  const origin = new URL(url).origin;
  const problems = [];
  page.on("console", (m) => {
    if (m.type() !== "error") return;
    // Chromium logs the 404 page's own status as an error; that one is expected.
    const own404 = expectStatus === 404 && m.location().url === url && /status of 404/.test(m.text());
    if (!own404) problems.push(`console error: ${m.text()}`);
  });
  page.on("pageerror", (e) => problems.push(`uncaught exception: ${e.message}`));
  page.on("request", (r) => {
    const u = new URL(r.url());
    if (u.protocol !== "data:" && u.origin !== origin) problems.push(`third-party request: ${r.url()}`);
  });
  page.on("requestfailed", (r) => problems.push(`failed request: ${r.url()} (${r.failure()?.errorText})`));
  page.on("response", (r) => {
    // `expectStatus` is for the page asked for; anything it loads or links to must be 200
    const want = r.url() === url ? expectStatus : 200;
    // 3xx are fine (a redirect to the slash form); anything else must be what we expect
    if (!(r.status() >= 300 && r.status() < 400) && r.status() !== want) {
      problems.push(`HTTP ${r.status()} for ${r.url()}`);
    }
  });
  await page.goto(url, { waitUntil: "load" });
  // Lazy images below the fold load only when scrolled to: load them all now,
  // so every image is checked and full-page screenshots are complete.
  await page.evaluate(() => {
    for (const img of document.querySelectorAll('img[loading="lazy"]')) img.loading = "eager";
  });
  // After `load` the page's own files are in; what is left are those images.
  await page.waitForFunction(() => [...document.images].every((i) => i.complete));
  await page.evaluate(() => document.fonts.ready);
  return { page, problems };
}
