// The built sites under test and the pages every test visits.
//
// run.mjs builds the example site three times (as written, with a light brand
// colour, with a dark one) and passes the output folders in POTLUCK_SITES.

import path from "node:path";
import { fileURLToPath } from "node:url";

const HERE = path.dirname(fileURLToPath(import.meta.url));
/** tests/browser/ */
export const SUITE = path.dirname(HERE);
export const REPO = path.resolve(HERE, "../../..");
export const SCREENSHOTS = path.join(REPO, "tests/screenshots");

/** {example, lightBrand, darkBrand, german, arabic}: output folders of the builds. */
export function sites() {
  const raw = process.env.POTLUCK_SITES;
  if (!raw) {
    throw new Error("POTLUCK_SITES is not set: run the suite with `node tests/browser/run.mjs`");
  }
  return JSON.parse(raw);
}

/**
 * The pages a visitor meets, with the h1 each must show. Together they use every
 * template a community sees most: lists, a story with highlighted code, a
 * co-authored story with images, a profile, the directory, a topic, recognition
 * pages and the 404 page.
 */
export const PAGES = [
  { name: "home", path: "/", h1: "Trailhead Community" },
  {
    name: "story-with-code",
    path: "/stories/logging-shoe-mileage-with-python/",
    h1: "Logging shoe mileage with forty lines of Python",
  },
  {
    name: "co-authored-story",
    path: "/stories/prototype-r2-blind-test/",
    h1: "Blind-testing the Ridge Two prototypes: three runners, four soles, one spreadsheet",
  },
  { name: "profile", path: "/members/jose-nunez/", h1: "José Núñez" },
  { name: "members", path: "/members/", h1: "Members" },
  { name: "tag", path: "/tags/repair/", h1: "#repair" },
  { name: "leaderboard", path: "/leaderboard/", h1: "Leaderboard" },
  { name: "stats", path: "/stats/", h1: "Community stats" },
  { name: "not-found", path: "/no-such-page/", h1: "We couldn't find that page", status: 404 },
];

export const WIDTHS = [375, 1280];
export const SCHEMES = ["light", "dark"];
