//! Issue 20's import trial on three real blogs (Docusaurus, Jekyll, Hugo):
//! each thing it found broken, as a small case of the fixture blogs in
//! tests/fixtures/import or of a blog written here.

use std::path::{Path, PathBuf};

use crate::import::{imported, new_site, redirect_target};
use crate::support::*;

fn write(root: &Path, rel: &str, text: &str) {
    let path = root.join(rel);
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, text).unwrap();
}

/// A new site beside an old blog made of `files` (path, text): the
/// folder holding both, the site and the blog.
fn blog(files: &[(&str, &str)]) -> (tempfile::TempDir, PathBuf, PathBuf) {
    let dir = new_site();
    let site = dir.path().join("site");
    let old = dir.path().join("old");
    for (rel, text) in files {
        write(&old, rel, text);
    }
    (dir, site, old)
}

/// Imports the blog at `old` as `format` into `site`: output and exit code.
fn import_from(format: &str, old: &Path, site: &Path, more: &[&str]) -> (String, Option<i32>) {
    let mut args = vec![
        "import",
        format,
        old.to_str().unwrap(),
        "--into",
        site.to_str().unwrap(),
    ];
    args.extend(more);
    let o = potluck(&args);
    (format!("{}{}", stdout(&o), stderr(&o)), o.status.code())
}

#[test]
fn docusaurus_require_images_come_into_the_bundle_and_are_counted() {
    let (_dir, site, public, out) = imported("docusaurus");
    let story = read(&site.join("content/stories/gallery/index.md"));
    assert!(story.contains("![Kit on the trail](kit.png)"), "{story}");
    assert!(!story.contains("require("), "{story}");
    assert!(site.join("content/stories/gallery/kit.png").is_file());
    // The avatar, the welcome post's cover and this picture.
    assert!(out.contains("(3 images)"), "{out}");
    let page = read(&public.join("stories/gallery/index.html"));
    assert!(page.contains("alt=\"Kit on the trail\""), "{page}");
}

#[test]
fn a_missing_require_image_is_reported_by_import_and_check() {
    let (_dir, site, old) = blog(&[
        ("blog/2024-01-01-pics.md", "---\ntitle: Pics\nauthors: [{name: Ann}]\n---\n<img src={require('@site/static/img/gone.png').default} />\n"),
    ]);
    let (out, code) = import_from("docusaurus", &old, &site, &[]);
    assert_eq!(code, Some(1), "{out}");
    assert!(
        out.contains("blog/2024-01-01-pics.md: image `/img/gone.png` not found in the blog"),
        "{out}"
    );
    assert!(out.contains("broken image `/img/gone.png`"), "{out}");
}

#[test]
fn an_unspaced_truncate_marker_is_removed() {
    let (_dir, site, _public, _out) = imported("docusaurus");
    let story = read(&site.join("content/stories/gallery/index.md"));
    assert!(!story.contains("truncate"), "{story}");
}

#[test]
fn jsx_inside_inline_code_is_not_reported_as_template_text() {
    let (_dir, _site, _public, out) = imported("docusaurus");
    assert!(!out.contains("<FeatureFlag>"), "{out}");
    assert!(
        !out.contains("2022-06-01-gallery.md: left as text"),
        "{out}"
    );
}

#[test]
fn a_liquid_embed_of_a_youtube_address_becomes_a_watch_link() {
    let (_dir, site, public, out) = imported("jekyll");
    let story = read(&site.join("content/stories/demo-day.md"));
    assert!(
        story.contains("\nhttps://www.youtube.com/watch?v=aeQX16HCKSs\n"),
        "{story}"
    );
    assert!(
        out.contains("_posts/2022-03-05-demo-day.md: video shortcodes made watch links: 1"),
        "{out}"
    );
    let page = read(&public.join("stories/demo-day/index.html"));
    assert_eq!(page.matches("class=embed data-player").count(), 1, "{page}");
}

#[test]
fn liquid_tags_starting_with_a_string_are_counted_by_name() {
    let (_dir, site, old) = blog(&[
        ("_config.yml", "author: Ann\n"),
        ("_posts/2024-01-01-x.md", "---\ntitle: X\n---\nSee {{ \"/a\" | append: site.b }} and {{ page.title | upcase }}.\n"),
    ]);
    let (out, _) = import_from("jekyll", &old, &site, &[]);
    assert!(
        out.contains("left as text: {{ \"…\" | append }} ×1")
            && out.contains("{{ page.title | upcase }} ×1"),
        "{out}"
    );
}

#[test]
fn a_script_src_is_not_reported_as_a_missing_image() {
    let (_dir, _site, _public, out) = imported("jekyll");
    assert!(!out.contains("platform.twitter.com"), "{out}");
}

#[test]
fn an_author_website_without_https_becomes_a_link_check_accepts() {
    let (_dir, site, _public, _out) = imported("jekyll");
    let dev = read(&site.join("content/members/dev.md"));
    assert!(
        dev.contains("website: \"https://dev.example.com\""),
        "{dev}"
    );
    let (_dir, site, _public, _out) = imported("hugo");
    let bob = read(&site.join("content/members/bob.md"));
    assert!(
        bob.contains("website: \"https://bob.example.org\""),
        "{bob}"
    );
}

#[test]
fn a_refused_author_link_is_left_out_and_reported() {
    let (_dir, site, old) = blog(&[
        (
            "_data/authors.yml",
            "ann:\n  name: Ann\n  website: \"my site\"\n",
        ),
        (
            "_posts/2024-01-01-x.md",
            "---\ntitle: X\nauthor: ann\n---\nHi.\n",
        ),
    ]);
    let (out, code) = import_from("jekyll", &old, &site, &[]);
    assert_eq!(code, Some(0), "{out}");
    assert!(
        out.contains("author `ann`: link `website: my site` left out"),
        "{out}"
    );
    assert!(!read(&site.join("content/members/ann.md")).contains("links:"));
}

#[test]
fn posts_without_an_author_are_credited_to_the_blogs_own_profile_and_build() {
    let (dir, site, old) = blog(&[
        ("_config.yml", "title: Field Notes\n"),
        (
            "_posts/2024-01-01-team.md",
            "---\ntitle: Team\n---\nWho we are.\n",
        ),
    ]);
    let (out, code) = import_from("jekyll", &old, &site, &[]);
    assert_eq!(code, Some(0), "{out}");
    assert!(
        out.contains("_posts/2024-01-01-team.md: no author: credited to `field-notes`, the blog's own profile"),
        "{out}"
    );
    assert!(read(&site.join("content/stories/team.md")).contains("authors: [\"field-notes\"]"));
    assert!(read(&site.join("content/members/field-notes.md")).contains("name: \"Field Notes\""));
    build_ok(&site, &dir.path().join("public"));
}

#[test]
fn an_import_run_again_leaves_what_it_wrote_and_adds_what_is_new() {
    let (_dir, site, old) = blog(&[
        ("_config.yml", "author: Ann\n"),
        ("_posts/2024-01-01-one.md", "---\ntitle: One\n---\nFirst.\n"),
    ]);
    assert_eq!(import_from("jekyll", &old, &site, &[]).1, Some(0));
    write(
        &old,
        "_posts/2024-02-01-two.md",
        "---\ntitle: Two\n---\nSecond.\n",
    );
    let (out, code) = import_from("jekyll", &old, &site, &[]);
    assert_eq!(code, Some(0), "{out}");
    // The first story is there as written; Ann's profile is now the site's.
    assert!(
        out.starts_with(
            "imported 1 story and 0 member profiles (0 images), 1 file\n1 file was already there"
        ),
        "{out}"
    );
    assert!(site.join("content/stories/two.md").is_file());
    let (out, code) = import_from("jekyll", &old, &site, &[]);
    assert_eq!(code, Some(0), "{out}");
    assert!(
        out.starts_with("nothing new to import\n2 files were already there"),
        "{out}"
    );
}

#[test]
fn a_hugo_sections_slice_in_a_permalink_gives_the_old_address() {
    let (_dir, _site, public, out) = imported("hugo");
    assert_eq!(
        redirect_target(&public, "howtos/misc/sharpen-a-knife/index.html"),
        "https://community.example.com/stories/sharpen-a-knife/"
    );
    assert!(!out.contains("no file name can"), "{out}");
}

#[test]
fn an_unknown_permalink_token_is_named() {
    let (_dir, site, old) = blog(&[
        (
            "hugo.toml",
            "[permalinks]\n  posts = \"/:sections[x]/:slug/\"\n",
        ),
        (
            "content/posts/a.md",
            "+++\ntitle = \"A\"\ndate = 2024-01-01\nauthor = \"Ann\"\n+++\nHi.\n",
        ),
    ]);
    let (out, _) = import_from("hugo", &old, &site, &[]);
    assert!(
        out.contains("the permalink token `:sections[x]` is not one import knows"),
        "{out}"
    );
}

#[test]
fn a_hugo_post_named_with_its_date_gets_a_slug_without_it() {
    let (_dir, site, _public, _out) = imported("hugo");
    assert!(site.join("content/stories/happy-new-year.md").is_file());
    assert!(!site
        .join("content/stories/2023-01-20-happy-new-year.md")
        .exists());
}

#[test]
fn links_to_old_posts_point_at_their_stories_and_others_at_the_old_site() {
    let (_dir, site, _public, out) = imported("docusaurus");
    let story = read(&site.join("content/stories/gallery/index.md"));
    for want in [
        "[the welcome post](/stories/welcome/)",
        "[the packing tabs](/stories/tabs/)",
        "[the docs](https://docs.example.dev/docs/intro#start)",
    ] {
        assert!(story.contains(want), "{want} not in {story}");
    }
    assert!(
        out.contains("2 links to its posts now point at their stories, 1 link to its other pages"),
        "{out}"
    );
    let (_dir, site, _public, _out) = imported("jekyll");
    let story = read(&site.join("content/stories/demo-day.md"));
    assert!(
        story.contains("[the rainy meetup](/stories/meetup-in-the-rain/)")
            && story.contains("[our handbook](https://trail.example.net/handbook/)"),
        "{story}"
    );
    let (_dir, site, _public, _out) = imported("hugo");
    let story = read(&site.join("content/stories/sharpen-a-knife.md"));
    assert!(
        story.contains("[our first resole](/stories/first-post/)")
            && story.contains("[tool list](https://blog.example.org/tools/list/)"),
        "{story}"
    );
}

#[test]
fn a_local_avatar_absent_from_the_blog_is_said_not_found() {
    let (_dir, site, old) = blog(&[
        (
            "_data/authors.yml",
            "ann:\n  name: Ann\n  avatar: /img/ann.png\n",
        ),
        (
            "_posts/2024-01-01-x.md",
            "---\ntitle: X\nauthor: ann\n---\nHi.\n",
        ),
    ]);
    let (out, _) = import_from("jekyll", &old, &site, &[]);
    assert!(
        out.contains(
            "picture `/img/ann.png` was not found in the blog: save it as content/members/ann.png"
        ),
        "{out}"
    );
    assert!(!out.contains("reads no network"), "{out}");
}
