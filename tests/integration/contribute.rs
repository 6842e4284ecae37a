//! Joining and writing from the site itself (site.yaml `repository:`): the
//! edit links point at the forge's editor for the exact file, and a site
//! without `repository:` shows none of it.

use std::path::Path;

use crate::support::{build_ok, copy_dir, html, potluck_in, read, repo, select, stderr, stdout};

/// A copy of the example site with `repository:` replaced by `yaml` (or removed).
fn example_with(repository: Option<&str>) -> tempfile::TempDir {
    let site = tempfile::tempdir().unwrap();
    copy_dir(&repo().join("content"), &site.path().join("content"));
    let path = site.path().join("content/site.yaml");
    let text = read(&path);
    let start = text
        .find("repository:")
        .expect("the example site sets repository:");
    let end = text[start..].find("\nrecognition:").unwrap() + start + 1;
    let text = format!(
        "{}{}{}",
        &text[..start],
        repository.unwrap_or(""),
        &text[end..]
    );
    std::fs::write(&path, text).unwrap();
    site
}

fn edit_links(out: &Path, page: &str) -> Vec<String> {
    let doc = html(&out.join(page));
    select(&doc, ".edit-link a")
        .iter()
        .map(|a| a.value().attr("href").unwrap().to_string())
        .collect()
}

#[test]
fn edit_links_open_the_forges_editor_on_the_file_the_page_was_made_from() {
    let site = example_with(Some(
        "repository:\n  url: https://codeberg.org/trailhead/community\n  branch: live\n",
    ));
    let out = site.path().join("public");
    build_ok(site.path(), &out);
    let base = "https://codeberg.org/trailhead/community/_edit/live/content";
    for (page, file) in [
        (
            "stories/kita-alps-traverse/index.html",
            "stories/kita-alps-traverse/index.md",
        ),
        (
            "stories/the-swap-shelf/index.html",
            "stories/the-swap-shelf.md",
        ),
        ("members/aiko-tanaka/index.html", "members/aiko-tanaka.md"),
        ("about/index.html", "pages/about.md"),
    ] {
        assert_eq!(edit_links(&out, page), [format!("{base}/{file}")], "{page}");
    }
    let nav = read(&out.join("index.html"));
    assert!(nav.contains(">Share your story</a>") && nav.contains("href=/join/"));
    let json: serde_json::Value =
        serde_json::from_str(&read(&out.join("contribute.json"))).unwrap();
    assert!(json["slugs"]
        .as_array()
        .unwrap()
        .iter()
        .any(|s| s == "the-swap-shelf"));
    assert!(json["members"]
        .as_array()
        .unwrap()
        .iter()
        .any(|m| m["handle"] == "aiko-tanaka"));
}

#[test]
fn a_site_without_repository_renders_no_write_join_or_edit_links() {
    let site = example_with(None);
    let out = site.path().join("public");
    build_ok(site.path(), &out);
    for gone in [
        "write/index.html",
        "join/index.html",
        "contribute.json",
        "contribute/contribute.js",
    ] {
        assert!(!out.join(gone).exists(), "{gone}");
    }
    for page in [
        "index.html",
        "stories/kita-alps-traverse/index.html",
        "members/aiko-tanaka/index.html",
        "about/index.html",
    ] {
        let text = read(&out.join(page));
        assert!(!text.contains("edit-link"), "{page}");
        assert!(
            !text.contains("/write/") && !text.contains("/join/"),
            "{page}"
        );
    }
    assert!(!read(&out.join("sitemap.xml")).contains("/write/"));
}

#[test]
fn a_clone_address_in_repository_is_refused_with_its_line_and_the_fix() {
    let site = example_with(Some(
        "repository:\n  url: https://github.com/trailhead/community.git\n",
    ));
    let o = potluck_in(site.path(), &["check"]);
    assert_eq!(o.status.code(), Some(1));
    let err = format!("{}{}", stdout(&o), stderr(&o));
    assert!(err.contains("content/site.yaml:15:3"), "{err}");
    assert!(
        err.contains("url: https://github.com/trailhead/community"),
        "{err}"
    );
}
