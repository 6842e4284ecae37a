//! Issue 20, existing communities move in: right-to-left text, embeds,
//! autolinks, raw HTML in `check`, and warnings worth reading.

use std::path::Path;

use crate::support::*;

fn write(root: &Path, rel: &str, text: &str) {
    let path = root.join(rel);
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, text).unwrap();
}

fn story(title: &str, body: &str) -> String {
    format!("---\ntitle: {title}\nauthors: [alice]\ndate: 2024-03-01\n---\n{body}")
}

#[test]
fn arabic_story_with_a_left_to_right_mark_builds() {
    let site = fixture("small");
    write(
        site.path(),
        "content/stories/arabic.md",
        &story(
            "مرحبا بالعالم\u{200E} 2024",
            "كتبت هذا النص\u{200E} (v2.0) مع\u{061C} علامة.\n\nשלום\u{200F} עולם.\n",
        ),
    );
    let out = site.path().join("public");
    build_ok(site.path(), &out);
    let page = read(&out.join("stories/arabic/index.html"));
    assert!(page.contains("كتبت هذا النص\u{200E} (v2.0)"), "{page}");
}

#[test]
fn override_in_a_body_is_refused_and_every_file_is_named() {
    let site = fixture("small");
    write(
        site.path(),
        "content/stories/trojan.md",
        &story("Trojan", "fine\nab\u{202E}cd\n"),
    );
    write(
        site.path(),
        "content/stories/isolate.md",
        &story("Isolate", "x\u{2066}y\n"),
    );
    let o = potluck(&["build", "--root", site.path().to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    let err = stderr(&o);
    assert!(
        err.contains("content/stories/trojan.md:7:3: error: the text contains the bidi control character U+202E"),
        "{err}"
    );
    assert!(
        err.contains("content/stories/isolate.md:6:2: error: the text contains the bidi control character U+2066"),
        "{err}"
    );
}

#[test]
fn youtube_iframe_builds_a_facade_that_loads_nothing_from_youtube() {
    let site = fixture("small");
    write(
        site.path(),
        "content/stories/race.md",
        &story(
            "The race",
            "Check out Brendan racing Kubernetes.\n\n<iframe src=\"https://www.youtube.com/embed/dQw4w9WgXcQ\" title=\"Brendan vs Kubernetes\"></iframe>\n\nMore at https://example.org/race.\n",
        ),
    );
    let out = site.path().join("public");
    build_ok(site.path(), &out);
    let doc = html(&out.join("stories/race/index.html"));
    let facade = select(&doc, ".prose .embed");
    assert_eq!(facade.len(), 1);
    let link = select(&doc, ".prose .embed a.embed-link");
    assert_eq!(
        link[0].value().attr("href"),
        Some("https://www.youtube.com/watch?v=dQw4w9WgXcQ")
    );
    // Before the click, nothing on the page points a browser at the player.
    let page = read(&out.join("stories/race/index.html"));
    assert!(!page.contains("<iframe") && !page.contains("<img src=\"https://i.ytimg"));
    assert_eq!(select(&doc, "script[src$='/embed.js']").len(), 1);
    let bare = select(&doc, ".prose a[href='https://example.org/race']");
    assert_eq!(bare[0].value().attr("rel"), Some("nofollow ugc noopener"));
    assert!(out.join("embed.js").is_file() && out.join("embed.css").is_file());
    // Pages without a facade do not load the script.
    let other = read(&out.join("stories/sizing-feedback/index.html"));
    assert!(!other.contains("embed.js"), "{other}");
}

#[test]
fn check_reads_raw_html_links_and_names_what_is_removed() {
    let site = fixture("small");
    write(
        site.path(),
        "content/stories/moved.md",
        &story(
            "Moved",
            "Intro.\n\n<figure><img src=\"/images/missing.png\"></figure>\n\nSee <a href=\"/stories/nope/\">this</a>.\n\n<iframe src=\"https://slides.example.net/deck\"></iframe>\n",
        ),
    );
    let o = potluck(&["check", "--root", site.path().to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    let text = format!("{}{}", stdout(&o), stderr(&o));
    for expected in [
        "error: broken image `/images/missing.png`: nothing is published at `/images/missing.png`\n --> content/stories/moved.md:8:19\n",
        "error: broken link `/stories/nope/`: there is no story `nope`\n  --> content/stories/moved.md:10:14\n",
        "warning: `<iframe>` from slides.example.net will be removed from the page\n  --> content/stories/moved.md:12:1\n",
    ] {
        assert!(text.contains(expected), "{expected}\n{text}");
    }
}

#[test]
fn a_brand_allowlisted_player_is_kept_and_not_reported() {
    let site = fixture("small");
    let yaml = read(&site.path().join("content/site.yaml"));
    write(
        site.path(),
        "content/site.yaml",
        &format!("{yaml}embeds:\n  allow: [slides.example.net]\n  peertube: [tube.example.org]\n"),
    );
    write(
        site.path(),
        "content/stories/talk.md",
        &story(
            "Talk",
            "Slides:\n\n<iframe src=\"https://slides.example.net/deck\"></iframe>\n\nhttps://tube.example.org/w/abc-123\n",
        ),
    );
    let o = potluck(&["check", "--root", site.path().to_str().unwrap(), "--strict"]);
    assert_eq!(o.status.code(), Some(0), "{}{}", stdout(&o), stderr(&o));
    let out = site.path().join("public");
    build_ok(site.path(), &out);
    let doc = html(&out.join("stories/talk/index.html"));
    let players: Vec<_> = select(&doc, ".prose .embed")
        .iter()
        .map(|e| e.value().attr("data-player").unwrap().to_string())
        .collect();
    assert_eq!(
        players,
        [
            "https://slides.example.net/deck",
            "https://tube.example.org/videos/embed/abc-123?autoplay=1"
        ]
    );
}
