//! `aliases:`: old addresses of stories and pages answered by redirect
//! pages, left out of the sitemap, and every alias that would clash or
//! leave the site refused by `check` and `build` where it is written.

use std::fs;
use std::path::Path;

use crate::support::*;

/// Adds `aliases: <list>` as the front matter's second line of `file`.
fn add_aliases(root: &Path, file: &str, list: &str) {
    let path = root.join("content").join(file);
    let text = read(&path).replacen("---\n", &format!("---\naliases: {list}\n"), 1);
    fs::write(path, text).unwrap();
}

#[test]
fn old_addresses_redirect_to_the_story_and_the_page() {
    let site = fixture("small");
    let root = site.path();
    add_aliases(
        root,
        "stories/first-run.md",
        "[/2022/02/22/old-post.html, /blog/old/, /blog/no-slash]",
    );
    add_aliases(root, "pages/about.md", "[/about-us/]");
    let out = tempfile::tempdir().unwrap();
    build_ok(root, out.path());
    let story = "https://fixture.example/community/stories/first-run/";
    for file in [
        "2022/02/22/old-post.html",
        "blog/old/index.html",
        "blog/no-slash/index.html",
    ] {
        let doc = html(&out.path().join(file));
        let canonical = select(&doc, "link[rel=canonical]");
        assert_eq!(canonical[0].attr("href"), Some(story), "{file}");
        let refresh = select(&doc, "meta[http-equiv=refresh]");
        assert_eq!(
            refresh[0].attr("content"),
            Some(&*format!("0; url={story}"))
        );
        let robots = select(&doc, "meta[name=robots]");
        assert_eq!(robots[0].attr("content"), Some("noindex"));
        let link = select(&doc, "body a");
        assert_eq!(link[0].attr("href"), Some("/community/stories/first-run/"));
        assert_eq!(link[0].text().collect::<String>(), "My first run");
    }
    let about = html(&out.path().join("about-us/index.html"));
    let link = select(&about, "body a");
    assert_eq!(link[0].attr("href"), Some("/community/about/"));
    let sitemap = read(&out.path().join("sitemap.xml"));
    assert!(
        sitemap.contains("/community/stories/first-run/"),
        "{sitemap}"
    );
    for old in ["old-post", "/blog/", "about-us"] {
        assert!(!sitemap.contains(old), "{old} in the sitemap: {sitemap}");
    }
}

#[test]
fn a_link_to_an_old_address_is_not_broken() {
    let site = fixture("small");
    let root = site.path();
    add_aliases(root, "stories/first-run.md", "[/2022/02/22/old-post.html]");
    let story = root.join("content/stories/sizing-feedback.md");
    let text = read(&story) + "\nAs [said before](/2022/02/22/old-post.html).\n";
    fs::write(&story, text).unwrap();
    let o = potluck_in(root, &["check"]);
    assert!(o.status.success(), "{}", stdout(&o));
}

#[test]
fn aliases_that_clash_or_leave_the_site_are_refused_where_they_are_written() {
    let site = fixture("small");
    let root = site.path();
    add_aliases(
        root,
        "stories/first-run.md",
        "[/blog/old/, /stories/, /about/]",
    );
    add_aliases(
        root,
        "stories/sizing-feedback.md",
        "[/Blog/Old/, ../up/, \"https://old.example/x/\", /feed.xml]",
    );
    let o = potluck_in(root, &["check", "--format", "json"]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let json: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    let found: Vec<(String, u64, u64, String)> = json["problems"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|p| p["code"].as_str().unwrap().contains("alias"))
        .map(|p| {
            let file = p["path"].as_str().unwrap().to_string();
            let (line, col) = (p["line"].as_u64().unwrap(), p["column"].as_u64().unwrap());
            (file, line, col, p["message"].as_str().unwrap().to_string())
        })
        .collect();
    let first = "content/stories/first-run.md";
    let second = "content/stories/sizing-feedback.md";
    let expect = [
        (
            first,
            2,
            23,
            "alias `/stories/` is a page the site already has",
        ),
        (
            first,
            2,
            34,
            "alias `/about/` is a page the site already has",
        ),
        (
            second,
            2,
            23,
            "alias `../up/` is not a path from the site's root",
        ),
        (
            second,
            2,
            32,
            "alias `https://old.example/x/` is a URL, not a path on this site",
        ),
        (
            second,
            2,
            57,
            "alias `/feed.xml` is not a page: a redirect is an HTML page",
        ),
    ];
    for (file, line, col, message) in expect {
        let hit = found
            .iter()
            .any(|f| (f.0.as_str(), f.1, f.2, f.3.as_str()) == (file, line, col, message));
        assert!(hit, "{file}:{line}:{col} {message} not in {found:#?}");
    }
    // The same old address twice (case aside): one of the two is named.
    let twice = found
        .iter()
        .filter(|f| f.3.contains("is also an alias in"))
        .count();
    assert_eq!(twice, 1, "{found:#?}");
    // A build refuses the same aliases and writes nothing.
    let out = tempfile::tempdir().unwrap();
    let o = build_with(root, &out.path().join("site"), &[]);
    assert_eq!(o.status.code(), Some(1));
    assert!(!out.path().join("site").exists());
}

#[test]
fn a_build_refuses_an_alias_on_a_generated_page() {
    let site = fixture("small");
    let root = site.path();
    add_aliases(root, "pages/about.md", "[/tags/trail-running/]");
    let out = tempfile::tempdir().unwrap();
    let o = build_with(root, &out.path().join("site"), &[]);
    assert_eq!(o.status.code(), Some(1));
    let err = stderr(&o);
    assert!(
        err.contains("content/pages/about.md:2:11")
            && err.contains("alias `/tags/trail-running/` is a page the site already has"),
        "{err}"
    );
}
