//! Social cards and sharing metadata, as a site shared in a chat shows
//! them: every story, profile and the home page declares a 1200x630 PNG
//! `og:image` that is in the output; a title in a script the embedded font
//! lacks is left off its card rather than drawn as boxes; a warm build
//! redraws only the card of the story edited; JSON-LD that schema.org's
//! consumers accept; Atom feeds with `icon`, `logo` and `published`.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};
use std::time::SystemTime;

use potluck::render::cards::font::Metrics;
use serde_json::Value;

use crate::support::{build_cold, build_ok, fixture, html, read, select};

const BASE: &str = "https://fixture.example/community";
const GREEK: &str = "Ὀδύσσεια с Зоей: a run in Σπάρτη";
const CJK: &str = "東京の山道を走る";

/// The small fixture with a Greek and Cyrillic title and a Japanese one.
fn site() -> tempfile::TempDir {
    let site = fixture("small");
    let stories = site.path().join("content/stories");
    for (slug, title) in [("odyssey", GREEK), ("tokyo", CJK)] {
        let text = format!(
            "---\ntitle: \"{title}\"\nauthors: [alice]\ndate: 2024-06-0{}\ntags: [trail-running]\n---\nA run.\n",
            if slug == "odyssey" { 2 } else { 3 }
        );
        fs::write(stories.join(format!("{slug}.md")), text).unwrap();
    }
    site
}

/// `(width, height)` from a PNG's header; panics when it is not a PNG.
fn png_size(bytes: &[u8]) -> (u32, u32) {
    assert_eq!(&bytes[..8], b"\x89PNG\r\n\x1a\n", "not a PNG");
    assert_eq!(&bytes[12..16], b"IHDR");
    let be = |i: usize| u32::from_be_bytes(bytes[i..i + 4].try_into().unwrap());
    (be(16), be(20))
}

/// The `content` of the page's `<meta property=NAME>` (or `name=NAME`).
fn meta(page: &Path, name: &str) -> Vec<String> {
    let doc = html(page);
    let css = format!("meta[property=\"{name}\"], meta[name=\"{name}\"]");
    select(&doc, &css)
        .iter()
        .map(|e| e.value().attr("content").unwrap_or("").to_string())
        .collect()
}

/// The output file an absolute URL of the site names.
fn local(out: &Path, url: &str) -> PathBuf {
    let rel = url
        .strip_prefix(BASE)
        .unwrap_or_else(|| panic!("{url} is not on the site"));
    out.join(rel.trim_start_matches('/'))
}

#[test]
fn stories_profiles_and_the_home_page_share_a_1200_by_630_png_that_exists() {
    let site = site();
    let out = site.path().join("public");
    build_cold(site.path(), &out);
    let pages = [
        "index.html",
        "stories/first-run/index.html",
        "stories/odyssey/index.html",
        "stories/tokyo/index.html",
        "members/alice/index.html",
        "members/bob/index.html",
    ];
    for page in pages {
        let path = out.join(page);
        let image = meta(&path, "og:image");
        assert_eq!(image.len(), 1, "{page}: one og:image");
        assert!(image[0].ends_with(".png"), "{page}: {} is a PNG", image[0]);
        let bytes = fs::read(local(&out, &image[0])).expect("the card is in the output");
        assert_eq!(png_size(&bytes), (1200, 630), "{page}");
        assert_eq!(meta(&path, "og:image:width"), ["1200"], "{page}");
        assert_eq!(meta(&path, "og:image:height"), ["630"], "{page}");
        assert!(!meta(&path, "og:image:alt")[0].is_empty(), "{page}");
        assert_eq!(
            meta(&path, "twitter:card"),
            ["summary_large_image"],
            "{page}"
        );
        assert_eq!(meta(&path, "og:site_name"), ["Fixture Community"], "{page}");
        assert_eq!(meta(&path, "og:locale"), ["en_US"], "{page}");
    }
    let member = out.join("members/alice/index.html");
    assert_eq!(meta(&member, "og:type"), ["profile"]);
    let story = out.join("stories/odyssey/index.html");
    assert_eq!(meta(&story, "og:type"), ["article"]);
    assert_eq!(
        meta(&story, "article:published_time"),
        ["2024-06-02T00:00:00+00:00"]
    );
    assert_eq!(
        meta(&story, "article:author"),
        [format!("{BASE}/members/alice/")]
    );
    assert_eq!(meta(&story, "article:tag"), ["trail-running"]);
    // A page without an image of its own makes no large-image promise.
    assert_eq!(
        meta(&out.join("tags/index.html"), "twitter:card"),
        ["summary"]
    );
}

#[test]
fn a_greek_and_cyrillic_title_is_drawn_and_a_cjk_one_left_out_without_boxes() {
    let bold = Metrics::new(true);
    assert!(bold.covers(GREEK), "the font draws Greek and Cyrillic");
    assert!(
        !bold.covers(CJK),
        "the font has no CJK: the card leaves the title out"
    );
    let site = site();
    let out = site.path().join("public");
    build_cold(site.path(), &out);
    let card = |slug: &str| fs::read(out.join(format!("stories/{slug}/social-card.png"))).unwrap();
    let (greek, cjk) = (card("odyssey"), card("tokyo"));
    assert_eq!(png_size(&greek), (1200, 630));
    assert_eq!(png_size(&cjk), (1200, 630));
    // The fallback card is the brand and the author without the title: it
    // has less ink, so it compresses smaller than a card with a title.
    assert!(cjk.len() < greek.len(), "{} < {}", cjk.len(), greek.len());
}

/// How many pixels of the title ink (#16181d) a card has in the box
/// `x0..x1` by `y0..y1`.
fn ink_in(png_bytes: &[u8], (x0, x1): (usize, usize), (y0, y1): (usize, usize)) -> usize {
    let mut decoder = png::Decoder::new(std::io::Cursor::new(png_bytes));
    decoder.set_transformations(png::Transformations::EXPAND);
    let mut reader = decoder.read_info().unwrap();
    let mut buf = vec![0; reader.output_buffer_size().unwrap()];
    let info = reader.next_frame(&mut buf).unwrap();
    let channels = info.line_size / info.width as usize;
    let px = |x: usize, y: usize| &buf[y * info.line_size + x * channels..][..3];
    let near = |p: &[u8]| {
        p.iter()
            .zip([0x16u8, 0x18, 0x1d])
            .all(|(a, b)| a.abs_diff(b) < 24)
    };
    (y0..y1)
        .flat_map(|y| (x0..x1).map(move |x| (x, y)))
        .filter(|&(x, y)| near(px(x, y)))
        .count()
}

#[test]
fn a_profile_card_whose_name_the_font_lacks_shows_the_handle() {
    let site = site();
    let bob = site.path().join("content/members/bob.md");
    let text = fs::read_to_string(&bob).unwrap();
    fs::write(&bob, text.replace("name: Bob Okafor", "name: 田中 愛子")).unwrap();
    let out = site.path().join("public");
    build_cold(site.path(), &out);
    let card = |m: &str| fs::read(out.join(format!("members/{m}/social-card.png"))).unwrap();
    // Where the name stands on a profile card: right of the avatar, above
    // the level.
    let name_box = ((358, 1112), (230, 310));
    let (alice, bob) = (
        ink_in(&card("alice"), name_box.0, name_box.1),
        ink_in(&card("bob"), name_box.0, name_box.1),
    );
    assert!(alice > 2000, "Alice's name is drawn ({alice} ink pixels)");
    assert!(
        bob > 1000,
        "Bob's card says @bob where his name cannot be drawn ({bob} ink pixels)"
    );
}

/// Each social card's modification time.
fn card_times(out: &Path) -> BTreeMap<String, SystemTime> {
    walkdir::WalkDir::new(out)
        .into_iter()
        .map(Result::unwrap)
        .filter(|e| e.file_name() == "social-card.png")
        .map(|e| {
            let rel = e
                .path()
                .strip_prefix(out)
                .unwrap()
                .to_string_lossy()
                .into_owned();
            (rel, e.metadata().unwrap().modified().unwrap())
        })
        .collect()
}

#[test]
fn a_warm_build_redraws_only_the_card_of_the_story_edited() {
    let site = site();
    let out = site.path().join("public");
    build_ok(site.path(), &out);
    let before = card_times(&out);
    assert!(before.len() >= 8, "{before:?}");
    let story = site.path().join("content/stories/first-run.md");
    let text = read(&story).replace("title: My first run", "title: My very first run");
    fs::write(&story, text).unwrap();
    build_ok(site.path(), &out);
    let after = card_times(&out);
    let redrawn: Vec<&String> = after
        .keys()
        .filter(|k| before.get(*k) != after.get(*k))
        .collect();
    assert_eq!(redrawn, ["stories/first-run/social-card.png"]);
}

/// The page's JSON-LD object.
fn json_ld(page: &Path) -> Value {
    let doc = html(page);
    let scripts = select(&doc, "script[type=\"application/ld+json\"]");
    assert_eq!(scripts.len(), 1, "{}: one JSON-LD block", page.display());
    serde_json::from_str(&scripts[0].inner_html()).expect("JSON-LD parses")
}

fn is_url(v: &Value) -> bool {
    v.as_str().is_some_and(|s| s.starts_with("https://"))
}

fn is_date_time(v: &Value) -> bool {
    v.as_str()
        .is_some_and(|s| chrono::DateTime::parse_from_rfc3339(s).is_ok())
}

#[test]
fn json_ld_has_what_schema_org_expects_of_an_article_a_profile_and_a_website() {
    let site = site();
    let out = site.path().join("public");
    build_cold(site.path(), &out);
    let article = json_ld(&out.join("stories/odyssey/index.html"));
    assert_eq!(article["@context"], "https://schema.org");
    assert_eq!(article["@type"], "Article");
    assert_eq!(article["headline"], GREEK);
    assert!(article["headline"].as_str().unwrap().chars().count() <= 110);
    assert!(article["image"]
        .as_array()
        .is_some_and(|a| !a.is_empty() && a.iter().all(is_url)));
    assert!(is_date_time(&article["datePublished"]));
    assert!(is_date_time(&article["dateModified"]));
    let authors = article["author"].as_array().expect("authors");
    assert!(!authors.is_empty());
    for a in authors {
        assert_eq!(a["@type"], "Person");
        assert!(a["name"].as_str().is_some_and(|n| !n.is_empty()));
        assert!(is_url(&a["url"]));
    }
    assert_eq!(article["publisher"]["@type"], "Organization");
    assert!(is_url(&article["mainEntityOfPage"]));

    let profile = json_ld(&out.join("members/alice/index.html"));
    assert_eq!(profile["@type"], "ProfilePage");
    assert_eq!(profile["mainEntity"]["@type"], "Person");
    assert!(profile["mainEntity"]["name"]
        .as_str()
        .is_some_and(|n| !n.is_empty()));
    assert_eq!(profile["mainEntity"]["alternateName"], "alice");
    assert!(is_url(&profile["mainEntity"]["image"]));

    let home = json_ld(&out.join("index.html"));
    assert_eq!(home["@type"], "WebSite");
    assert_eq!(home["name"], "Fixture Community");
    assert!(is_url(&home["url"]));
    let action = &home["potentialAction"];
    assert_eq!(action["@type"], "SearchAction");
    let template = action["target"]["urlTemplate"].as_str().unwrap();
    assert!(template.starts_with(BASE) && template.contains("{search_term_string}"));
    assert_eq!(action["query-input"], "required name=search_term_string");
}

#[test]
fn atom_feeds_have_an_icon_a_logo_and_when_each_story_was_published() {
    let site = site();
    let out = site.path().join("public");
    build_cold(site.path(), &out);
    for feed in [
        "atom.xml",
        "members/alice/atom.xml",
        "tags/trail-running/atom.xml",
    ] {
        let xml = read(&out.join(feed));
        assert!(
            xml.contains(&format!("<icon>{BASE}/favicon.svg</icon>")),
            "{feed}"
        );
        assert!(
            xml.contains(&format!("<logo>{BASE}/social-card.png</logo>")),
            "{feed}"
        );
        let entries = xml.matches("<entry>").count();
        assert!(entries > 0);
        assert_eq!(xml.matches("<published>").count(), entries, "{feed}");
    }
}
