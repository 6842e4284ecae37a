// Lighthouse, as a brand's engineer would run it before publishing: the home
// page, a story, a profile and the stats page score 100 for accessibility,
// best practices and SEO, on a phone (Lighthouse's default: a mid-range
// device, 412 px) and with its desktop settings. Performance is printed, never asserted:
// it measures this shared machine as much as the page.

import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import lighthouse from "lighthouse";
import desktopConfig from "lighthouse/core/config/desktop-config.js";
import { launch as launchChrome } from "chrome-launcher";
import { CHROMIUM } from "./lib/browser.mjs";
import { serve } from "./lib/server.mjs";
import { sites } from "./lib/site.mjs";

const PAGES = [
  { name: "home", path: "/" },
  { name: "story", path: "/stories/prototype-r2-blind-test/" },
  { name: "profile", path: "/members/jose-nunez/" },
  { name: "stats", path: "/stats/" },
];
const ASSERTED = ["accessibility", "best-practices", "seo"];

let chrome, server;
before(async () => {
  server = await serve(sites().example);
  chrome = await launchChrome({
    chromePath: CHROMIUM,
    chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
  });
});
after(async () => {
  await chrome?.kill();
  await server?.close();
});

/** Each asserted category's score, and the audits that cost it points. */
async function audit(url, formFactor) {
  const base = formFactor === "desktop" ? desktopConfig : { extends: "lighthouse:default" };
  const config = { ...base, settings: { ...base.settings, onlyCategories: [...ASSERTED, "performance"] } };
  const result = await lighthouse(url, { port: chrome.port, logLevel: "error", output: "json" }, config);
  const { categories, audits } = result.lhr;
  const failing = (cat) =>
    categories[cat].auditRefs
      .filter((ref) => ref.weight > 0 && audits[ref.id].score !== null && audits[ref.id].score < 1)
      .map((ref) => `${ref.id}: ${audits[ref.id].title}`);
  return { categories, failing };
}

for (const formFactor of ["mobile", "desktop"]) {
  describe(`Lighthouse, ${formFactor}`, () => {
    for (const { name, path } of PAGES) {
      test(`${name} scores 100 for accessibility, best practices and SEO`, async (t) => {
        const { categories, failing } = await audit(server.origin + path, formFactor);
        t.diagnostic(`performance ${Math.round(categories.performance.score * 100)} (not asserted)`);
        for (const cat of ASSERTED) {
          assert.equal(Math.round(categories[cat].score * 100), 100, `${cat}: ${failing(cat).join("; ")}`);
        }
      });
    }
  });
}
