// Accessibility of the key pages: axe-core finds nothing serious, a keyboard
// user can reach every link and always sees where the focus is, images are
// described, and colour contrast holds in light and dark mode whatever colour
// the brand picked (a very light and a very dark brand colour are tried).

import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { launch, newContext, visit } from "./lib/browser.mjs";
import { axe, tabThrough } from "./lib/a11y.mjs";
import { serve } from "./lib/server.mjs";
import { PAGES, SCHEMES, sites } from "./lib/site.mjs";

const BRANDS = [
  ["example", "the example brand colour #0b6e4f"],
  ["lightBrand", "a light brand colour #ffe600"],
  ["darkBrand", "a dark brand colour #1a1a40"],
];

let browser;
const servers = {};
before(async () => {
  browser = await launch();
  for (const [name] of BRANDS) servers[name] = await serve(sites()[name]);
});
after(async () => {
  await browser?.close();
  for (const s of Object.values(servers)) await s.close();
});

async function open(context, brand, p) {
  return visit(context, servers[brand].origin + p.path, { expectStatus: p.status ?? 200 });
}

// axe at both widths for the example site (the phone layout stacks things
// differently), and at the laptop width for the two extreme brand colours.
for (const [brand, label] of BRANDS) {
  const widths = brand === "example" ? [375, 1280] : [1280];
  for (const width of widths) {
    for (const scheme of SCHEMES) {
      describe(`axe: ${label}, ${width} px, ${scheme}`, () => {
        let context;
        before(async () => {
          context = await newContext(browser, { width, scheme });
        });
        after(() => context.close());
        for (const p of PAGES) {
          test(`${p.name} has no serious or critical violations`, async (t) => {
            const { page } = await open(context, brand, p);
            try {
              const { blocking, minor } = await axe(page);
              if (minor.length) t.diagnostic(`minor or moderate: ${minor.join("\n")}`);
              assert.deepEqual(blocking, [], `${p.path}:\n${blocking.join("\n")}`);
            } finally {
              await page.close();
            }
          });
        }
      });
    }
  }
}

for (const scheme of SCHEMES) {
  describe(`keyboard, ${scheme}`, () => {
    let context;
    before(async () => {
      context = await newContext(browser, { width: 1280, scheme });
    });
    after(() => context.close());
    for (const p of PAGES) {
      test(`${p.name}: Tab reaches every link with a visible focus ring`, async (t) => {
        const { page } = await open(context, "example", p);
        try {
          const walk = await tabThrough(page);
          t.diagnostic(`${walk.links} links, ${walk.stops} tab stops`);
          assert.ok(walk.links > 5, "the page has links to walk through");
          assert.deepEqual(walk.missed, [], "links the keyboard never reaches");
          assert.deepEqual(walk.invisible, [], "focused elements without a visible focus ring");
        } finally {
          await page.close();
        }
      });
    }
  });
}

describe("images are described", () => {
  let context;
  before(async () => {
    context = await newContext(browser, { width: 1280 });
  });
  after(() => context.close());

  for (const p of PAGES) {
    test(`${p.name}: every image has alt text, avatars name the member`, async () => {
      const { page } = await open(context, "example", p);
      try {
        const problems = await page.$$eval("img", (imgs) =>
          imgs.flatMap((img) => {
            const src = img.getAttribute("src");
            if (!img.hasAttribute("alt")) return [`${src}: no alt attribute`];
            if (!img.classList.contains("avatar")) return [];
            // An avatar either carries the member's name itself, or is decorative
            // (alt="") and sits right beside the member's name, so a screen reader
            // says the name once rather than twice.
            const handle = src.match(/\/members\/([^/]+)\//)?.[1];
            const card = img.closest("[class]:not(.avatar):not(.avatar-stack)")?.parentElement;
            const links = [...(card?.querySelectorAll(`a[href$="/members/${handle}/"]`) ?? [])];
            const name = links.map((a) => a.textContent.trim()).find((t) => t && !t.startsWith("@"));
            if (!name) return [`${src}: no link with the member's name next to the avatar`];
            if (img.alt !== "" && img.alt !== name) return [`${src}: alt "${img.alt}" is not "${name}"`];
            return [];
          }),
        );
        assert.deepEqual(problems, []);
        if (p.name === "profile") {
          // The profile's big avatar stands alone: it is named after the member.
          assert.equal(await page.locator(".profile-header img.avatar").getAttribute("alt"), "José Núñez");
        }
      } finally {
        await page.close();
      }
    });
  }
});
