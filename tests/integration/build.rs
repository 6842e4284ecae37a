//! Building whole sites: the example community and the small fixture.

use std::path::Path;

use crate::support::*;

const CONTRACT_URLS: &[&str] = &[
    "index.html",
    "stories/index.html",
    "members/index.html",
    "tags/index.html",
    "leaderboard/index.html",
    "stats/index.html",
    "atom.xml",
    "sitemap.xml",
    "robots.txt",
    "404.html",
    "search-index.json",
    "kinds/story/index.html",
    "kinds/review/index.html",
    "kinds/tip/index.html",
    "kinds/feedback/index.html",
    "kinds/event/index.html",
    "about/index.html",
    "contributing/index.html",
    "stats.json",
];

#[test]
fn example_site_writes_every_url_of_the_contract() {
    let out = tempfile::tempdir().unwrap();
    let public = out.path().join("public");
    build_ok(&repo(), &public);
    for url in CONTRACT_URLS {
        assert!(public.join(url).is_file(), "missing {url}");
    }
    let files = files(&public);
    let stories = files
        .keys()
        .filter(|k| k.starts_with("stories/") && k.ends_with("/index.html") && !k.contains("page/"))
        .count();
    assert!(stories >= 31, "only {stories} story pages");
    assert!(
        files.contains_key("stories/page/2/index.html"),
        "pagination missing"
    );
    let profiles = files
        .keys()
        .filter(|k| k.starts_with("members/") && k.ends_with("/atom.xml"))
        .count();
    assert!(profiles >= 12, "only {profiles} member feeds");
}

/// Every `href`/`src` pointing into the site resolves to a written file.
fn assert_internal_links_resolve(public: &Path, prefix: &str) {
    let files = files(public);
    let mut checked = 0;
    for (path, _) in files.iter().filter(|(p, _)| p.ends_with(".html")) {
        let doc = html(&public.join(path));
        for el in select(&doc, "[href], [src]") {
            let url = el.value().attr("href").or(el.value().attr("src")).unwrap();
            let Some(rest) = url
                .strip_prefix(prefix)
                .filter(|_| url.starts_with('/') && !url.starts_with("//"))
            else {
                continue;
            };
            let rest = rest
                .split(['#', '?'])
                .next()
                .unwrap()
                .trim_start_matches('/');
            let target = if rest.is_empty() || rest.ends_with('/') {
                format!("{rest}index.html")
            } else {
                rest.to_string()
            };
            assert!(
                files.contains_key(&target),
                "{path}: link {url} -> {target} does not exist"
            );
            checked += 1;
        }
    }
    assert!(checked > 100, "only {checked} links checked");
}

#[test]
fn example_site_internal_links_all_resolve() {
    let out = tempfile::tempdir().unwrap();
    let public = out.path().join("public");
    build_ok(&repo(), &public);
    assert_internal_links_resolve(&public, "");
}

#[test]
fn subpath_base_url_prefixes_every_internal_link() {
    let site = fixture("small");
    let public = site.path().join("public");
    build_ok(site.path(), &public);
    // base_url is https://fixture.example/community: every internal link starts with /community/.
    let doc = html(&public.join("stories/first-run/index.html"));
    let hrefs: Vec<&str> = select(&doc, "a[href^='/']")
        .iter()
        .map(|a| a.value().attr("href").unwrap())
        .collect();
    assert!(!hrefs.is_empty());
    for h in hrefs {
        assert!(h.starts_with("/community/"), "{h}");
    }
    assert_internal_links_resolve(&public, "/community");
}

#[test]
fn feeds_and_sitemap_are_well_formed_atom_and_xml() {
    let site = fixture("small");
    let public = site.path().join("public");
    build_ok(site.path(), &public);
    for feed in ["atom.xml", "members/bob/atom.xml", "tags/repair/atom.xml"] {
        let names = parse_xml(&public.join(feed));
        assert_eq!(names[0], "feed", "{feed}");
        assert!(
            names.iter().filter(|n| *n == "entry").count() >= 1,
            "{feed} has no entries"
        );
    }
    let feed = read(&public.join("atom.xml"));
    assert!(
        feed.contains("<id>https://fixture.example/community/stories/first-run/</id>"),
        "{feed}"
    );
    // Content links are absolute in feeds.
    assert!(
        feed.contains("href=\"https://fixture.example/community/members/alice/\""),
        "{feed}"
    );
    // The site feed carries each story in full; member and topic feeds carry
    // summaries and links (docs/content.md, "Feeds").
    let entries = |f: &str| {
        parse_xml(&public.join(f))
            .iter()
            .filter(|n| *n == "entry")
            .count()
    };
    let count = |f: &str, tag: &str| {
        parse_xml(&public.join(f))
            .iter()
            .filter(|n| *n == tag)
            .count()
    };
    assert_eq!(count("atom.xml", "content"), entries("atom.xml"));
    for feed in ["members/bob/atom.xml", "tags/repair/atom.xml"] {
        assert_eq!(count(feed, "content"), 0, "{feed}");
        assert_eq!(count(feed, "summary"), entries(feed), "{feed}");
    }
    let names = parse_xml(&public.join("sitemap.xml"));
    assert_eq!(names[0], "urlset");
    assert!(read(&public.join("sitemap.xml"))
        .contains("<loc>https://fixture.example/community/stories/fixing-soles/</loc>"));
}

#[test]
fn search_index_lists_stories_members_and_pages() {
    let site = fixture("small");
    let public = site.path().join("public");
    build_ok(site.path(), &public);
    let index: serde_json::Value =
        serde_json::from_str(&read(&public.join("search-index.json"))).unwrap();
    let items = index.as_array().unwrap();
    let find = |t: &str| {
        items
            .iter()
            .find(|i| i["t"] == t)
            .unwrap_or_else(|| panic!("{t} not in index"))
    };
    assert_eq!(
        find("Fixing soles together")["u"],
        "/community/stories/fixing-soles/"
    );
    assert_eq!(
        find("Fixing soles together")["g"],
        serde_json::json!(["repair"])
    );
    assert_eq!(find("Bob Okafor")["k"], "member");
    assert_eq!(find("About")["k"], "page");
    assert_eq!(items.len(), 3 + 2 + 1);
}

#[test]
fn story_page_shows_mentions_code_cover_and_bundle_images() {
    let site = fixture("small");
    let public = site.path().join("public");
    build_ok(site.path(), &public);
    let first = html(&public.join("stories/first-run/index.html"));
    assert!(
        select(&first, ".prose a[href='/community/members/alice/']")
            .iter()
            .any(|a| a.inner_html() == "@alice"),
        "mention not linked"
    );
    assert!(
        select(&first, "pre[data-lang=rust] c-k")
            .iter()
            .any(|s| s.inner_html() == "fn "),
        "code not highlighted"
    );
    let bundle = html(&public.join("stories/fixing-soles/index.html"));
    assert_eq!(
        select(
            &bundle,
            "img[src='/community/stories/fixing-soles/glue.svg']"
        )
        .len(),
        1,
        "bundle image not rewritten"
    );
    assert!(
        public.join("stories/fixing-soles/glue.svg").is_file()
            && public.join("stories/fixing-soles/cover.svg").is_file()
    );
    assert!(
        !public.join("stories/fixing-soles/index.md").exists(),
        "source Markdown published"
    );
}

#[test]
fn builds_are_byte_identical() {
    let out = tempfile::tempdir().unwrap();
    let (a, b) = (out.path().join("a"), out.path().join("b"));
    build_ok(&repo(), &a);
    build_ok(&repo(), &b);
    let (fa, fb) = (files(&a), files(&b));
    assert_eq!(fa.keys().collect::<Vec<_>>(), fb.keys().collect::<Vec<_>>());
    for (k, v) in &fa {
        assert!(v == &fb[k], "{k} differs between two builds");
    }
}

#[test]
fn drafts_are_left_out_unless_asked_for() {
    let site = fixture("small");
    let draft = site.path().join("content/stories/draft-one.md");
    std::fs::write(
        &draft,
        "---\ntitle: Not yet\nauthors: [bob]\ndate: 2024-08-01\ndraft: true\n---\nSoon.\n",
    )
    .unwrap();
    let public = site.path().join("public");
    build_ok(site.path(), &public);
    assert!(!public.join("stories/draft-one/index.html").exists());
    assert!(!read(&public.join("atom.xml")).contains("Not yet"));
    let o = potluck(&[
        "build",
        "--quiet",
        "--drafts",
        "--root",
        site.path().to_str().unwrap(),
    ]);
    assert!(o.status.success());
    assert!(public.join("stories/draft-one/index.html").is_file());
}

#[test]
fn generated_corpus_builds() {
    let dir = tempfile::tempdir().unwrap();
    generate_corpus(dir.path(), 300, 60);
    let public = dir.path().join("public");
    build_ok(dir.path(), &public);
    let stories = files(&public)
        .keys()
        .filter(|k| {
            k.starts_with("stories/") && k.matches('/').count() == 2 && k.ends_with("index.html")
        })
        .count();
    let published = walkdir::WalkDir::new(dir.path().join("content/stories"))
        .into_iter()
        .map(Result::unwrap)
        .filter(|e| e.path().extension().is_some_and(|x| x == "md"))
        .filter(|e| !read(e.path()).contains("\ndraft: true"))
        .count();
    assert_eq!(stories, published, "one page per published story");

    // A profile shows its member's newest 6 stories as cards and every
    // older one as a line of the "Earlier stories" list: all are linked.
    let mut listed_long = false;
    for (k, _) in files(&public) {
        if !(k.starts_with("members/") && k.matches('/').count() == 2 && k.ends_with("index.html"))
        {
            continue;
        }
        let doc = html(&public.join(&k));
        let cards = select(
            &doc,
            "section[aria-labelledby='stories-title'] article.card",
        )
        .len();
        let rows = select(&doc, "ul.story-list li").len();
        let facts: String = select(&doc, ".profile-facts")
            .iter()
            .flat_map(|e| e.text())
            .collect();
        let count: usize = facts
            .split_whitespace()
            .rev()
            .skip_while(|w| !w.starts_with("stor"))
            .nth(1)
            .and_then(|n| n.parse().ok())
            .unwrap_or_else(|| panic!("{k}: no story count in {facts:?}"));
        assert_eq!(cards + rows, count, "{k}");
        assert!(
            cards <= 6 && (rows == 0 || cards == 6),
            "{k}: {cards} cards, {rows} rows"
        );
        listed_long |= rows > 0;
    }
    assert!(
        listed_long,
        "no member of the corpus has more than 6 stories"
    );
}

#[test]
fn site_template_overrides_the_theme_one_of_the_same_name() {
    let site = fixture("small");
    std::fs::create_dir(site.path().join("templates")).unwrap();
    std::fs::write(
        site.path().join("templates/page.html"),
        "{% extends \"base.html\" %}{% block content %}<h1>Custom: {{ page.title }}</h1>{{ page.content | safe }}{% endblock %}",
    )
    .unwrap();
    let public = site.path().join("public");
    build_ok(site.path(), &public);
    let about = read(&public.join("about/index.html"));
    assert!(
        about.contains("<h1>Custom: About</h1>"),
        "override not used"
    );
    assert!(about.contains("We fix shoes."));
    // Other pages still use the theme.
    assert!(read(&public.join("stories/first-run/index.html")).contains("My first run"));
}

#[test]
fn long_topic_and_kind_listings_are_paginated() {
    let site = fixture("small");
    std::fs::write(
        site.path().join("content/stories/glue-review.md"),
        "---\ntitle: Glue review\nauthors: [alice]\ndate: 2024-08-01\nkind: feedback\ntags: [repair]\n---\nToo runny.\n",
    )
    .unwrap();
    let public = site.path().join("public");
    build_ok(site.path(), &public);
    // stories_per_page is 2: three `repair` stories make two pages, newest
    // first; the first shows cards, the later ones (up to 5 × 2 stories
    // each) one-line rows.
    let first = read(&public.join("tags/repair/index.html"));
    let second = read(&public.join("tags/repair/page/2/index.html"));
    assert!(first.contains("Glue review") && !second.contains("Glue review"));
    assert!(second.contains("Fixing soles together"));
    let first_doc = html(&public.join("tags/repair/index.html"));
    let second_doc = html(&public.join("tags/repair/page/2/index.html"));
    assert_eq!(select(&first_doc, "main article.card").len(), 2);
    assert!(select(&second_doc, "main article.card").is_empty());
    let rows = select(&second_doc, "main ul.story-list li");
    assert_eq!(rows.len(), 1);
    let row: String = rows[0].text().collect();
    assert!(
        row.starts_with("Fixing soles together") && row.contains(" · "),
        "{row}"
    );
    assert!(
        !select(&first_doc, "a[href='/community/tags/repair/page/2/']").is_empty(),
        "no link to page 2"
    );
    assert!(
        public.join("kinds/feedback/index.html").is_file()
            && !public.join("kinds/feedback/page/2/index.html").exists()
    );
    assert_internal_links_resolve(&public, "/community");
}
