//! `potluck import`: the small blogs of tests/fixtures/import (one per
//! format, written for these tests) imported into a new site, checked and
//! built; old addresses answered by redirect pages; nothing overwritten.

use std::path::{Path, PathBuf};

use crate::support::*;

/// A new site (`potluck init`) without its example story, which a blog's
/// own `welcome` post would otherwise meet.
pub fn new_site() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let site = dir.path().join("site");
    let o = potluck(&["init", site.to_str().unwrap(), "--brand", "Workshop"]);
    assert!(o.status.success(), "{}", stderr(&o));
    std::fs::remove_file(site.join("content/stories/welcome.md")).unwrap();
    dir
}

fn blog(format: &str) -> PathBuf {
    repo().join("tests/fixtures/import").join(format)
}

/// Imports `format`'s blog into `site`; the output and exit code.
fn import(format: &str, site: &Path) -> (String, Option<i32>) {
    let o = potluck(&[
        "import",
        format,
        blog(format).to_str().unwrap(),
        "--into",
        site.to_str().unwrap(),
    ]);
    (format!("{}{}", stdout(&o), stderr(&o)), o.status.code())
}

/// Imports, checks that the site passes, builds it; the site's root and output.
pub fn imported(format: &str) -> (tempfile::TempDir, PathBuf, PathBuf, String) {
    let dir = new_site();
    let site = dir.path().join("site");
    let (out, code) = import(format, &site);
    assert_eq!(code, Some(0), "{out}");
    assert!(out.contains("the site passes `potluck check`"), "{out}");
    let public = dir.path().join("public");
    build_ok(&site, &public);
    (dir, site, public, out)
}

/// The canonical link of the redirect page at `file` of the output.
pub fn redirect_target(public: &Path, file: &str) -> String {
    let doc = html(&public.join(file));
    let canonical = select(&doc, "link[rel=canonical]");
    assert_eq!(canonical.len(), 1, "{file}");
    canonical[0].attr("href").unwrap().to_string()
}

#[test]
fn a_hugo_blog_moves_in_with_its_authors_images_and_old_addresses() {
    let (_dir, site, public, out) = imported("hugo");
    let story = read(&site.join("content/stories/first-post/index.md"));
    assert!(story.contains("authors: [\"alice-nguyen\"]"), "{story}");
    assert!(
        story.contains("tags: [\"repair\", \"boots\", \"workshop\"]"),
        "{story}"
    );
    assert!(
        story.contains("![the layers of a sole](diagram.png)"),
        "{story}"
    );
    assert!(site
        .join("content/stories/first-post/diagram.png")
        .is_file());
    assert!(site.join("content/stories/trip/photo.png").is_file());
    let alice = read(&site.join("content/members/alice-nguyen.md"));
    assert!(
        alice.contains("name: \"Alice Nguyen\"") && alice.contains("avatar: alice-nguyen.png"),
        "{alice}"
    );
    assert!(read(&site.join("content/members/bob.md")).contains("x: \"https://x.com/bobstone\""));
    // The section's permalink pattern, the post's own alias, a post's `url`.
    let first = "https://community.example.com/stories/first-post/";
    // Hugo's `:slug` is the title made a slug when the post has no `slug`.
    assert_eq!(
        redirect_target(&public, "2022/02/our-first-resole/index.html"),
        first
    );
    assert_eq!(
        redirect_target(&public, "old/first-resole/index.html"),
        first
    );
    // Hugo's video shortcodes were left as text (reported, but the videos
    // lost): they are now watch links, which play as embeds.
    assert!(
        out.contains("content/posts/first-post.md: video shortcodes made watch links: 2"),
        "{out}"
    );
    assert!(!out.contains("left as text: youtube"), "{out}");
    assert!(
        story.contains("\nhttps://www.youtube.com/watch?v=dQw4w9WgXcQ\n"),
        "{story}"
    );
    let page = read(&public.join("stories/first-post/index.html"));
    assert_eq!(page.matches("class=embed data-player").count(), 2, "{page}");
    assert!(
        out.contains("content/posts/trip/index.md: left as text: figure ×1"),
        "{out}"
    );
    // Section list pages and top-level pages are not posts; a top-level
    // page was left out without a word, and now the report names it.
    assert!(!site.join("content/stories/about.md").exists());
    assert!(!site.join("content/stories/index.md").exists());
    assert!(
        out.contains("content/about.md: left out: a page outside every section"),
        "{out}"
    );
    assert!(!out.contains("_index.md: left out"), "{out}");
}

#[test]
fn a_jekyll_blog_keeps_its_dated_addresses_and_data_authors() {
    let (_dir, site, public, out) = imported("jekyll");
    let rain = "https://community.example.com/stories/meetup-in-the-rain/";
    assert_eq!(
        redirect_target(&public, "events/2022/02/22/meetup-in-the-rain.html"),
        rain
    );
    assert_eq!(
        redirect_target(&public, "2023/05/14/new-laces.html"),
        "https://community.example.com/stories/new-laces/"
    );
    let story = read(&site.join("content/stories/meetup-in-the-rain/index.md"));
    assert!(story.contains("![wet boots](rain.png)"), "{story}");
    let maren = read(&site.join("content/members/maren.md"));
    assert!(
        maren.contains("avatar: maren.png") && maren.contains("github: \"marenh\""),
        "{maren}"
    );
    // No author named: the blog's own author (`_config.yml`).
    assert!(read(&site.join("content/stories/no-author.md")).contains("authors: [\"maren\"]"));
    assert!(read(&site.join("content/stories/winter-kit.md")).contains("draft: true"));
    assert!(out.contains("left as text: include ×1"), "{out}");
    assert!(out.contains("_posts/notes.md: left out"), "{out}");
}

#[test]
fn a_zola_blog_with_toml_front_matter_moves_in() {
    let (_dir, site, public, out) = imported("zola");
    let swim = read(&site.join("content/stories/first-swim.md"));
    assert!(swim.contains("date: 2021-06-05"), "{swim}");
    assert!(
        swim.contains("authors: [\"ines-moreau\", \"tom-berg\"]"),
        "{swim}"
    );
    assert!(
        swim.contains("tags: [\"swimming\", \"cold-water\"]"),
        "{swim}"
    );
    let lake = "https://community.example.com/stories/a-day-at-the-lake/";
    assert_eq!(
        redirect_target(&public, "blog/a-day-at-the-lake/index.html"),
        lake
    );
    assert_eq!(
        redirect_target(&public, "posts/first-swim.html"),
        "https://community.example.com/stories/first-swim/"
    );
    assert!(site
        .join("content/stories/a-day-at-the-lake/lake.png")
        .is_file());
    assert!(out.contains("content/blog/broken.md: left out"), "{out}");
    assert!(
        out.contains("video shortcodes made watch links: 1")
            && out.contains("left as text: note ×1"),
        "{out}"
    );
}

#[test]
fn a_docusaurus_blog_brings_authors_yml_and_its_slugs() {
    let (_dir, site, public, out) = imported("docusaurus");
    let kit = read(&site.join("content/members/kit.md"));
    for want in [
        "name: \"Kit Reyes\"",
        "avatar: kit.png",
        "*Maintainer of the gear guide*",
        "github: \"kitreyes\"",
    ] {
        assert!(kit.contains(want), "{want} not in {kit}");
    }
    assert!(read(&site.join("content/members/ada-moss.md")).contains("*Guest writer*"));
    assert!(read(&site.join("content/members/old-timer.md")).contains("*Founder*"));
    let welcome = read(&site.join("content/stories/welcome/index.md"));
    assert!(
        welcome.contains("authors: [\"kit\", \"slorber\"]") && !welcome.contains("truncate"),
        "{welcome}"
    );
    assert!(
        welcome.contains("tags: [\"release-notes\", \"hello\"]"),
        "{welcome}"
    );
    let to = "https://community.example.com/stories/welcome/";
    assert_eq!(redirect_target(&public, "blog/welcome/index.html"), to);
    assert!(public.join("blog/2022/03/01/tabs/index.html").is_file());
    assert!(
        out.contains("picture `https://github.com/slorber.png` is on another site (import reads no network): save it as content/members/slorber.png and add `avatar: slorber.png`"),
        "{out}"
    );
    assert!(
        out.contains("left as text: MDX import ×2") && out.contains("<Tabs> ×1"),
        "{out}"
    );
    let sitemap = read(&public.join("sitemap.xml"));
    assert!(!sitemap.contains("/blog/"), "{sitemap}");
}

#[test]
fn import_never_overwrites_a_file_and_names_the_ones_in_the_way() {
    let dir = tempfile::tempdir().unwrap();
    let site = dir.path().join("site");
    let o = potluck(&["init", site.to_str().unwrap(), "--brand", "Workshop"]);
    assert!(o.status.success());
    // The new site's own example story is called `welcome`, as is the blog's first post.
    let before = files(&site);
    let (out, code) = import("docusaurus", &site);
    assert_eq!(code, Some(2), "{out}");
    assert!(
        out.contains("already exists: content/stories/welcome.md (wanted by blog/2021-08-26-welcome/index.md)"),
        "{out}"
    );
    assert_eq!(files(&site), before, "nothing may be written");
    std::fs::remove_file(site.join("content/stories/welcome.md")).unwrap();
    assert_eq!(import("docusaurus", &site).1, Some(0));
    // A story changed since: a second run is refused and names it.
    let welcome = site.join("content/stories/welcome/index.md");
    std::fs::write(&welcome, read(&welcome) + "\nEdited.\n").unwrap();
    let before = files(&site);
    let (out, code) = import("docusaurus", &site);
    assert_eq!(code, Some(2), "{out}");
    assert!(
        out.contains("content/stories/welcome/index.md (wanted by"),
        "{out}"
    );
    assert_eq!(files(&site), before);
}

#[test]
fn a_post_without_a_date_is_imported_and_check_lists_what_to_fix() {
    let dir = new_site();
    let site = dir.path().join("site");
    let old = dir.path().join("old");
    std::fs::create_dir_all(old.join("content/posts")).unwrap();
    std::fs::write(
        old.join("content/posts/undated.md"),
        "---\ntitle: Undated\nauthor: Someone\n---\nText.\n",
    )
    .unwrap();
    let o = potluck(&[
        "import",
        "hugo",
        old.to_str().unwrap(),
        "--into",
        site.to_str().unwrap(),
    ]);
    let out = stdout(&o);
    assert_eq!(o.status.code(), Some(1), "{out}");
    assert!(out.contains("content/posts/undated.md: no date"), "{out}");
    assert!(
        out.contains("content/stories/undated.md:2:1")
            || out.contains("--> content/stories/undated.md"),
        "{out}"
    );
    assert!(out.contains("missing field `date`"), "{out}");
}

#[cfg(unix)]
#[test]
fn links_out_of_the_old_blog_are_not_followed() {
    let dir = new_site();
    let site = dir.path().join("site");
    let old = dir.path().join("old");
    let outside = dir.path().join("outside");
    std::fs::create_dir_all(old.join("content/posts")).unwrap();
    std::fs::create_dir_all(old.join("static/img")).unwrap();
    std::fs::create_dir_all(&outside).unwrap();
    std::fs::copy(
        blog("hugo").join("static/img/diagram.png"),
        outside.join("secret.png"),
    )
    .unwrap();
    std::fs::write(
        outside.join("secret.md"),
        "---\ntitle: Secret\n---\nPrivate.\n",
    )
    .unwrap();
    std::os::unix::fs::symlink(
        outside.join("secret.png"),
        old.join("static/img/secret.png"),
    )
    .unwrap();
    std::os::unix::fs::symlink(
        outside.join("secret.md"),
        old.join("content/posts/secret.md"),
    )
    .unwrap();
    let post = "---\ntitle: Post\ndate: 2024-01-01\nauthor: Someone\n---\n![s](/img/secret.png)\n";
    std::fs::write(old.join("content/posts/post.md"), post).unwrap();
    let o = potluck(&[
        "import",
        "hugo",
        old.to_str().unwrap(),
        "--into",
        site.to_str().unwrap(),
    ]);
    let out = stdout(&o);
    assert!(
        out.contains("image `/img/secret.png` not found in the blog"),
        "{out}"
    );
    assert!(!site.join("content/stories/secret.md").exists());
    assert!(!site.join("content/stories/post").exists());
    assert!(site.join("content/stories/post.md").is_file());
}
