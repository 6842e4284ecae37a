//! Unit tests for Markdown rendering: mentions, headings, links, code, summaries.

use super::*;

fn render_with(md: &str, bundle: Option<&str>) -> Rendered {
    let h = Highlighter::new();
    let s = Sanitizer::new();
    let is_member = |h: &str| h == "alice" || h == "bob-2";
    let cx = Context {
        is_member: &is_member,
        prefix: "",
        bundle_url: bundle,
        image_size: &|_| None,
        highlighter: &h,
        sanitizer: &s,
    };
    render(md, &cx)
}

fn html(md: &str) -> String {
    render_with(md, None).html
}

#[test]
fn mentions_link_existing_members_only() {
    assert_eq!(
        html("Thanks @alice and @bob-2, not @carol."),
        "<p>Thanks <a href=\"/members/alice/\">@alice</a> and <a href=\"/members/bob-2/\">@bob-2</a>, not @carol.</p>\n"
    );
}

#[test]
fn mentions_skip_code_links_and_emails() {
    let out =
        html("`@alice` and [@alice](https://x.example) and me@alice.example\n\n```\n@alice\n```\n");
    assert!(!out.contains("/members/alice/"), "{out}");
}

#[test]
fn headings_are_demoted_and_get_unique_ids() {
    let out = html("# Intro\n\n## Intro\n\n### Gear {#kit}\n");
    assert_eq!(out, "<h2 id=\"c-intro\">Intro</h2>\n<h3 id=\"c-intro-1\">Intro</h3>\n<h4 id=\"c-kit\">Gear</h4>\n");
}

#[test]
fn top_heading_becomes_h2_without_skipping_a_level() {
    assert_eq!(
        html("## A\n\n### B\n"),
        "<h2 id=\"c-a\">A</h2>\n<h3 id=\"c-b\">B</h3>\n"
    );
    assert_eq!(
        html("### A\n\n###### B\n"),
        "<h2 id=\"c-a\">A</h2>\n<h5 id=\"c-b\">B</h5>\n"
    );
}

#[test]
fn tables_are_keyboard_scrollable() {
    assert!(html("| a |\n|---|\n| 1 |\n").starts_with("<table tabindex=\"0\">"));
}

#[test]
fn heading_attributes_cannot_add_handlers() {
    let out = html("# Hi {#x .evil onclick=alert(1)}\n");
    assert_eq!(out, "<h2 id=\"c-x\">Hi</h2>\n");
}

#[test]
fn fenced_code_is_highlighted_and_unknown_language_is_plain() {
    let out = html("```rust\nfn main() {}\n```\n\n```gcode\nG1 <X>\n```\n");
    assert!(
        out.contains("<pre class=\"code\" data-lang=\"rust\" tabindex=\"0\"><code><c-k>fn </c-k>"),
        "{out}"
    );
    assert!(
        out.contains("<pre class=\"code\" data-lang=\"gcode\" tabindex=\"0\"><code>G1 &lt;X&gt;\n</code></pre>"),
        "{out}"
    );
}

#[test]
fn javascript_links_are_dropped_but_text_stays() {
    for md in [
        "[x](javascript:alert(1))",
        "[x](JAVASCRIPT:alert(1))",
        "[x](jav&#x61;script:alert(1))",
        "[x](java\tscript:alert(1))",
    ] {
        let out = html(md);
        // Either not a link at all (inert text) or a link without the URL.
        assert!(!out.to_lowercase().contains("href=\"jav"), "{md}: {out}");
        assert!(out.contains(">x</a>") || out.contains("[x]"), "{md}: {out}");
    }
}

#[test]
fn root_relative_links_get_the_prefix_and_bundle_links_the_bundle() {
    let h = Highlighter::new();
    let s = Sanitizer::new();
    let no = |_: &str| false;
    let cx = Context {
        is_member: &no,
        prefix: "/community",
        bundle_url: Some("/community/stories/a/"),
        image_size: &|src| (src == "/community/stories/a/map.png").then_some((600, 420)),
        highlighter: &h,
        sanitizer: &s,
    };
    let out = render("[s](/stories/b/) ![map](map.png)", &cx).html;
    assert_eq!(out, "<p><a href=\"/community/stories/b/\">s</a> <img width=\"600\" height=\"420\" src=\"/community/stories/a/map.png\" alt=\"map\"></p>\n");
}

#[test]
fn links_are_reported_with_lines() {
    let r = render_with("a\n\n[x](/stories/nope/)\n\n![i](pic.png)\n", None);
    assert_eq!(
        r.links,
        vec![
            LinkRef {
                url: "/stories/nope/".into(),
                line: 3,
                image: false
            },
            LinkRef {
                url: "pic.png".into(),
                line: 5,
                image: true
            },
        ]
    );
}

#[test]
fn outline_finds_links_with_columns_without_rendering() {
    let md = "Intro with [a link](/stories/x/) here.\nSecond line.\n\n\
              - ![pic](photo.jpg \"t\")\n\n[ref]: /members/y/\n\nSee [y][ref] and <https://e.example>.\n";
    let o = outline(md);
    let found: Vec<_> = o
        .links
        .iter()
        .map(|l| (l.url.as_str(), l.line, l.col, l.image))
        .collect();
    assert_eq!(
        found,
        [
            ("/stories/x/", 1, 21, false),
            ("photo.jpg", 4, 10, true),
            // A reference link's URL is elsewhere: the link itself is pointed at.
            ("/members/y/", 8, 5, false),
            ("https://e.example", 8, 19, false),
        ]
    );
    assert_eq!(o.lead_words, 7);
}

#[test]
fn outline_counts_the_first_paragraph_with_text() {
    assert_eq!(outline("# Title\n\none two\nthree\n\nfour\n").lead_words, 3);
    assert_eq!(outline("").lead_words, 0);
    assert_eq!(outline("```\ncode only\n```\n").lead_words, 0);
}

#[test]
fn template_syntax_stays_text() {
    assert_eq!(
        html("{{ site.title }} {% raw %}"),
        "<p>{{ site.title }} {% raw %}</p>\n"
    );
}

#[test]
fn task_lists_tables_footnotes_strikethrough() {
    let out = html("- [x] done\n- [ ] todo\n\n| a | b |\n|:-|-:|\n| 1 | 2 |\n\n~~old~~ new[^1]\n\n[^1]: note\n");
    assert!(out.contains("☑ done") && out.contains("☐ todo"), "{out}");
    assert!(
        out.contains("<th style=\"text-align: left\">a</th>"),
        "{out}"
    );
    assert!(out.contains("<del>old</del>"), "{out}");
    assert!(out.contains("footnote-definition"), "{out}");
}

#[test]
fn placeholder_characters_in_content_cannot_inject() {
    let out = html("text \u{E000}0\u{E001} more\n\n```\ncode\n```\n");
    assert_eq!(out.matches("<pre").count(), 1, "{out}");
}

#[test]
fn summaries_use_the_first_paragraph() {
    assert_eq!(
        summary_of("## Title\n\nFirst *para* here\nsecond line.\n\nNext."),
        "First para here second line."
    );
    let long = "word ".repeat(100);
    let s = summary_of(&long);
    assert!(s.ends_with('…') && s.chars().count() <= 201, "{s}");
}
