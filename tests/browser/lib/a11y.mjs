// Accessibility helpers that run inside the page: axe-core, and the keyboard walk.

import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const AXE = require.resolve("axe-core/axe.min.js");

/**
 * Runs every axe-core rule (WCAG 2.0/2.1/2.2 A and AA plus best practices) on the
 * page. Returns {blocking, minor}: violations of serious or critical impact (the
 * ones that stop people from using the page) and the rest, as short strings.
 */
export async function axe(page) {
  await page.addScriptTag({ path: AXE });
  const results = await page.evaluate(() =>
    // eslint-disable-next-line no-undef
    // target-size (WCAG 2.5.8) is off in axe's defaults; Lighthouse runs it,
    // and a small link squeezed under the share buttons failed it unseen.
    window.axe.run(document, { resultTypes: ["violations"], rules: { "target-size": { enabled: true } } }),
  );
  const describe = (v) =>
    `${v.id} (${v.impact}): ${v.help}\n` +
    v.nodes
      .slice(0, 5)
      .map((n) => `    ${n.target.join(" ")}: ${n.failureSummary?.split("\n").slice(1).join(" ").trim()}`)
      .join("\n");
  const blocking = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  const minor = results.violations.filter((v) => !blocking.includes(v));
  return { blocking: blocking.map(describe), minor: minor.map(describe) };
}

/**
 * Presses Tab until focus leaves the page or comes back round, and reports what
 * a keyboard user met: for every link on the page, whether it was reached, and
 * for every element reached, whether its focus was visible (an outline or a box
 * shadow that contrasts at least 3:1 with what is behind it, WCAG 2.4.7 / 1.4.11).
 */
export async function tabThrough(page) {
  // Number the links a keyboard user should be able to reach: every visible
  // link that is not explicitly taken out of the tab order.
  const linkCount = await page.evaluate(() => {
    let n = 0;
    for (const a of document.querySelectorAll("a[href]")) {
      const hidden = !a.checkVisibility({ visibilityProperty: true }) || a.closest("[inert]");
      if (!hidden && a.tabIndex >= 0) a.dataset.kbd = String(n++);
    }
    return n;
  });
  await page.evaluate(() => document.activeElement?.blur());
  const reached = new Set();
  const invisible = [];
  const seen = new Set();
  for (let i = 0; i < linkCount * 2 + 50; i++) {
    await page.keyboard.press("Tab");
    const info = await page.evaluate(() => {
      const el = document.activeElement;
      if (!el || el === document.body || el === document.documentElement) return null;
      if (!el.dataset.tabSeen) el.dataset.tabSeen = String(Math.random());

      // Colours as [r, g, b, a] (0-255, alpha 0-1) from rgb(), rgba() or color(srgb ...).
      const parse = (c) => {
        let m = c.match(/rgba?\(([\d.]+),?\s*([\d.]+),?\s*([\d.]+)(?:\s*[,/]\s*([\d.]+))?\)/);
        if (m) return [+m[1], +m[2], +m[3], m[4] === undefined ? 1 : +m[4]];
        m = c.match(/color\(srgb ([\d.]+) ([\d.]+) ([\d.]+)(?: \/ ([\d.]+))?\)/);
        if (m) return [m[1] * 255, m[2] * 255, m[3] * 255, m[4] === undefined ? 1 : +m[4]];
        return null;
      };
      const lum = ([r, g, b]) => {
        const f = (v) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
        return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
      };
      const contrast = (a, b) => {
        const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p);
        return (x + 0.05) / (y + 0.05);
      };
      // The solid colour behind the focus ring: the first ancestor with a background.
      const behind = (node) => {
        for (let n = node; n; n = n.parentElement) {
          const c = parse(getComputedStyle(n).backgroundColor);
          if (c && c[3] > 0.5) return c;
        }
        return parse(getComputedStyle(document.body).backgroundColor) || [255, 255, 255, 1];
      };

      // The ring may be drawn by the element or by its ::after / ::before (a card's
      // link draws it around the whole card); the best one counts.
      let ratio = 0;
      for (const pseudo of [null, "::after", "::before"]) {
        const s = getComputedStyle(el, pseudo);
        if (pseudo && (s.content === "none" || s.content === "normal")) continue;
        if (s.outlineStyle !== "none" && parseFloat(s.outlineWidth) > 0) {
          const ring = parse(s.outlineColor);
          // A ring drawn inside (negative offset) or by a pseudo-element over the
          // element sits on the element's background, otherwise on its parent's.
          const inside = parseFloat(s.outlineOffset) < 0 || pseudo;
          const bg = inside ? behind(el) : behind(el.parentElement);
          ratio = Math.max(ratio, ring ? contrast(ring, bg) : 0);
        } else if (s.boxShadow && s.boxShadow !== "none") {
          ratio = Math.max(ratio, 3); // box-shadow rings are not measured, only required to exist
        }
      }
      return {
        id: el.dataset.tabSeen,
        kbd: el.dataset.kbd ?? null,
        what: `${el.tagName.toLowerCase()}${el.id ? "#" + el.id : ""} "${(el.textContent || el.getAttribute("aria-label") || "").trim().slice(0, 40)}"`,
        ratio,
      };
    });
    if (!info || seen.has(info.id)) break; // focus left the page, or came round again
    seen.add(info.id);
    if (info.kbd !== null) reached.add(info.kbd);
    if (info.ratio < 3) invisible.push(`${info.what}: focus ring contrast ${info.ratio.toFixed(2)}`);
  }
  const missed = await page.evaluate(
    (got) =>
      [...document.querySelectorAll("a[data-kbd]")]
        .filter((a) => !got.includes(a.dataset.kbd))
        .map((a) => `${a.getAttribute("href")} "${a.textContent.trim().slice(0, 40)}"`),
    [...reached],
  );
  return { links: linkCount, reached: reached.size, stops: seen.size, missed, invisible };
}
