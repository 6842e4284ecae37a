//! Unit tests for link resolution and the help given for broken links.

use std::path::PathBuf;

use super::*;
use crate::model::Asset;
use crate::recognition::testkit::SiteBuilder;
use crate::render::markdown::outline;

fn site() -> Site {
    let mut site = SiteBuilder::new()
        .member("alice")
        .member("bob")
        .story_with("fixing-soles", "2024-01-01", &["alice"], |s| {
            s.bundle = Some(PathBuf::from("content/stories/fixing-soles"));
            s.source.path = "content/stories/fixing-soles/index.md".into();
            s.tags = vec!["repair".into()];
        })
        .story("first-run", "2024-02-01", &["bob"])
        .build();
    site.config.base_url = "https://fixture.example/community".into();
    site.assets.push(Asset {
        from: "content/stories/fixing-soles/glue.svg".into(),
        to: "stories/fixing-soles/glue.svg".into(),
    });
    site
}

/// The problems found in `md` written in the story `slug`.
fn problems(site: &Site, slug: &str, md: &str) -> Vec<(usize, usize, String, String)> {
    let index = Index::new(site, &["style.css".to_string()]);
    let mut outlines = Outlines::of(site);
    let i = site.stories.iter().position(|s| s.slug == slug).unwrap();
    let env = crate::render::markdown::OutlineEnv {
        embeds: &site.config.embeds,
        bundle: site.stories[i].bundle.is_some(),
    };
    outlines.stories[i] = outline(md, &env);
    check(site, &index, &outlines)
        .into_iter()
        .map(|d| (d.line, d.col, d.message, d.help))
        .collect()
}

#[test]
fn links_resolve_like_a_browser_would() {
    let site = site();
    let ix = Index::new(&site, &[]);
    let page = "/stories/fixing-soles/";
    let r = |u: &str| ix.resolve(u, page);
    assert_eq!(
        r("glue.svg").as_deref(),
        Some("/stories/fixing-soles/glue.svg")
    );
    assert_eq!(
        r("./glue.svg").as_deref(),
        Some("/stories/fixing-soles/glue.svg")
    );
    assert_eq!(
        r("../first-run/#top").as_deref(),
        Some("/stories/first-run/")
    );
    assert_eq!(r("/members/bob/?x=1").as_deref(), Some("/members/bob/"));
    assert_eq!(
        r("my%20photo.jpg").as_deref(),
        Some("/stories/fixing-soles/my photo.jpg")
    );
    assert_eq!(r("../../../../etc").as_deref(), Some("/etc"));
    // Absolute links to the site itself are checked; the site's path is removed.
    assert_eq!(
        r("https://FIXTURE.example/community/tags/repair/").as_deref(),
        Some("/tags/repair/")
    );
    for external in [
        "https://other.example/x",
        "https://fixture.example/elsewhere/",
        "//cdn.example/a.js",
        "mailto:a@b.example",
        "#section",
        "",
    ] {
        assert_eq!(r(external), None, "{external}");
    }
}

#[test]
fn pages_are_found_with_or_without_the_trailing_slash() {
    let site = site();
    let ix = Index::new(&site, &["style.css".to_string()]);
    for ok in [
        "/",
        "/stories/first-run/",
        "/stories/first-run",
        "/stories/first-run/index.html",
        "/members/alice/atom.xml",
        "/tags/repair/",
        "/kinds/feedback/",
        "/style.css",
        "/stories/fixing-soles/glue.svg",
    ] {
        assert!(ix.has(ok), "{ok}");
    }
    for missing in [
        "/stories/second-run/",
        "/stories/page/2/",
        "/glue.svg",
        "/tags/shoes/",
    ] {
        assert!(!ix.has(missing), "{missing}");
    }
    assert!(ix.is_generated("stories/index.html"));
    assert!(ix.is_generated("atom.xml"));
    assert!(!ix.is_generated("stories/fixing-soles/glue.svg"));
}

#[test]
fn broken_links_name_what_is_missing_and_suggest_the_closest() {
    let site = site();
    let found = problems(
        &site,
        "first-run",
        "See [this](/stories/fixing-sole/) and\n[bob](/members/bobb/) or [tag](/tags/repiar/).\n",
    );
    assert_eq!(
        found,
        [
            (
                1,
                12,
                "broken link `/stories/fixing-sole/`: there is no story `fixing-sole`".into(),
                "did you mean `/stories/fixing-soles/`?".into()
            ),
            (
                2,
                7,
                "broken link `/members/bobb/`: there is no member `bobb`".into(),
                "did you mean `/members/bob/`?".into()
            ),
            (
                2,
                32,
                "broken link `/tags/repiar/`: there is no tag `repiar`".into(),
                "did you mean `/tags/repair/`?".into()
            ),
        ]
    );
}

#[test]
fn missing_bundle_files_and_markdown_file_links() {
    let site = site();
    let found = problems(
        &site,
        "fixing-soles",
        "![glue](Glue.svg)\n\n[run](../first-run.md)\n",
    );
    assert_eq!(
        found[0].2,
        "broken image `Glue.svg`: `Glue.svg` is not in content/stories/fixing-soles/"
    );
    assert_eq!(
        found[0].3,
        "did you mean `glue.svg`? (names are case-sensitive)"
    );
    assert_eq!(
        found[1].2,
        "broken link `../first-run.md`: Markdown files are not published"
    );
    assert_eq!(
        found[1].3,
        "link to the page it becomes: `/stories/first-run/`"
    );
    let found = problems(&site, "first-run", "![pic](pic.jpg)\n");
    assert_eq!(
        found[0].2,
        "broken image `pic.jpg`: `content/stories/first-run.md` is not a bundle, so it has no files"
    );
}

#[test]
fn other_paths_get_a_suggestion_only_when_close() {
    let site = site();
    let found = problems(&site, "first-run", "[a](/atom.xm) [b](/no/such/thing/)\n");
    assert_eq!(
        found[0].2,
        "broken link `/atom.xm`: nothing is published at `/atom.xm`"
    );
    assert_eq!(found[0].3, "did you mean `/atom.xml`?");
    assert_eq!(
        found[1].3,
        "link to a page of the site, such as `/stories/<slug>/`"
    );
}

#[test]
fn external_and_working_links_are_not_reported() {
    let site = site();
    let md = "[a](https://example.org) [b](/stories/) [c](#top) [d](mailto:x@y.example) \
              [e](https://fixture.example/community/members/alice/) <https://x.example>\n";
    assert!(problems(&site, "first-run", md).is_empty());
}

/// The index must list exactly what a build writes; this fails when
/// `render::jobs` gains a page the index does not know about.
#[test]
fn the_index_matches_every_page_a_build_renders() {
    let mut site = SiteBuilder::new()
        .member("alice")
        .story_with("a", "2024-01-01", &["alice"], |s| {
            s.tags = vec!["repair".into()]
        })
        .story_with("b", "2024-01-02", &["alice"], |s| {
            s.tags = vec!["repair".into()]
        })
        .story_with("c", "2024-01-03", &["alice"], |s| s.kind = Kind::Review)
        .build();
    site.config.stories_per_page = 1;
    let theme =
        crate::render::theme::load(std::path::Path::new("/nonexistent"), "default", "en").unwrap();
    let rec = crate::recognition::compute(&site);
    let images = crate::render::images::prepare(
        std::path::Path::new("/nonexistent"),
        &site,
        &Default::default(),
    )
    .unwrap();
    let md = crate::render::MdCache::default();
    let prepared = crate::render::prepare(&site, &rec, &theme, &site.config.base_url, &images, &md);
    let jobs = crate::render::jobs(&prepared);
    let index = Index::new(&site, &[]);
    for job in &jobs {
        let (path, _) = crate::render::render_job(&prepared, job).unwrap();
        assert!(
            index.is_generated(&path),
            "{path} ({job:?}) is not in the index"
        );
    }
    assert_eq!(index.generated.len(), jobs.len());
    // One story per first page, five per later page: 3 stories take 2 pages.
    assert!(index.has("/tags/repair/page/2/") && index.has("/stories/page/2/"));
    assert!(!index.has("/stories/page/3/"));
    assert!(!index.has("/kinds/review/page/2/"));
}

#[test]
fn a_host_name_without_https_is_called_that() {
    let site = site();
    let found = problems(
        &site,
        "first-run",
        "[@x](twitter.com/@x) [w](openfeature.dev) [f](notes.pdf)\n",
    );
    assert_eq!(
        found[0].2,
        "broken link `twitter.com/@x`: the address is missing `https://`, so it is read as a file beside the story"
    );
    assert_eq!(
        found[0].3,
        "write `https://twitter.com/@x` to link to the other site"
    );
    assert!(found[1].2.contains("missing `https://`"), "{:?}", found[1]);
    assert!(!found[2].2.contains("https"), "{:?}", found[2]);
}
