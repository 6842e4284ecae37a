//! Hostile content: payloads build, and no page carries a live script or handler.

use crate::support::*;

#[test]
fn payloads_build_and_no_page_has_live_script() {
    let site = fixture("hostile");
    let public = site.path().join("public");
    build_ok(site.path(), &public);
    let mut pages = 0;
    for (path, _) in files(&public).iter().filter(|(p, _)| p.ends_with(".html")) {
        pages += 1;
        let doc = html(&public.join(path));
        for el in select(&doc, "*") {
            let name = el.value().name();
            assert!(
                !["iframe", "object", "embed", "math", "base"].contains(&name),
                "{path}: <{name}> from content"
            );
            // The theme's search form is the only form.
            assert!(
                name != "form" || el.value().attr("role") == Some("search"),
                "{path}: <form> from content"
            );
            if name == "script" {
                // Only the theme's own script file, or a data block (JSON-LD,
                // the theme's words) that browsers never run and that still
                // parses whole as JSON, so nothing in it closed the element.
                let data = matches!(
                    el.value().attr("type"),
                    Some("application/ld+json" | "application/json")
                );
                let text: String = el.text().collect();
                assert!(
                    el.value()
                        .attr("src")
                        .is_some_and(|s| s.ends_with("search.js"))
                        || (data && serde_json::from_str::<serde_json::Value>(&text).is_ok()),
                    "{path}: inline script"
                );
            }
            for (attr, value) in el.value().attrs() {
                assert!(
                    !attr.starts_with("on"),
                    "{path}: {attr} handler on <{name}>"
                );
                let v = value.trim().to_ascii_lowercase();
                assert!(
                    !v.starts_with("javascript:")
                        && !v.starts_with("vbscript:")
                        && !v.starts_with("data:text"),
                    "{path}: {attr}={value}"
                );
                assert!(attr != "srcset", "{path}: srcset survived");
            }
        }
    }
    assert!(pages > 5);
    let story = read(&public.join("stories/payloads/index.html"));
    let doc = html(&public.join("stories/payloads/index.html"));
    assert!(
        select(&doc, "[style*=position]").is_empty(),
        "content style survived"
    );
    assert!(
        story.contains("{{ site.title }}") && story.contains("{% if true %}"),
        "template syntax was not kept as text"
    );
    assert_eq!(
        select(&doc, "#c-search-input").len(),
        1,
        "heading id not prefixed"
    );
    assert!(
        !select(
            &doc,
            "a[href='https://elsewhere.example'][rel='nofollow ugc noopener']"
        )
        .is_empty(),
        "external link without rel"
    );
    assert_eq!(
        select(&doc, "#site-header").len(),
        0,
        "content clobbered a theme id"
    );
    assert_eq!(
        select(&doc, "h1")[0].text().collect::<String>(),
        "<script>alert('title')</script>",
        "title not shown as text"
    );
}
