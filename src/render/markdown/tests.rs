//! Unit tests for Markdown rendering: mentions, headings, links, code, summaries.

use super::*;
use crate::model::config::EmbedsConfig;

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
        embeds: &EmbedsConfig {
            peertube: vec!["tube.example.org".into()],
            allow: vec!["slides.example.com".into()],
        },
    };
    render(md, &cx)
}

fn outline(md: &str) -> Outline {
    let embeds = EmbedsConfig {
        peertube: vec![],
        allow: vec!["slides.example.com".into()],
    };
    super::outline(
        md,
        &OutlineEnv {
            embeds: &embeds,
            bundle: true,
        },
    )
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
        embeds: &EmbedsConfig {
            peertube: vec!["tube.example.org".into()],
            allow: vec!["slides.example.com".into()],
        },
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

#[test]
fn bare_addresses_become_external_links_as_on_github() {
    assert_eq!(
        html("Read https://example.com/a_b and www.example.org, thanks @alice."),
        "<p>Read <a href=\"https://example.com/a_b\" rel=\"nofollow ugc noopener\">https://example.com/a_b</a> and <a href=\"https://www.example.org\" rel=\"nofollow ugc noopener\">www.example.org</a>, thanks <a href=\"/members/alice/\">@alice</a>.</p>\n"
    );
}

#[test]
fn bare_addresses_in_code_links_and_raw_links_stay_as_written() {
    let out = html(
        "`https://a.example` [https://b.example](/stories/x/) <a href=\"/y/\">https://c.example</a>\n\n```\nhttps://d.example\n```\n\n    www.e.example\n",
    );
    for host in ["a", "b", "c", "d", "e"] {
        let href = format!("href=\"https://{}.example", host);
        let href_www = format!("href=\"https://www.{}.example", host);
        assert!(
            !out.contains(&href) && !out.contains(&href_www),
            "{host}: {out}"
        );
    }
    assert_eq!(out.matches("<a ").count(), 2, "{out}");
}

#[test]
fn youtube_iframe_and_a_link_alone_on_its_line_become_facades() {
    let out = html(
        "Check out Brendan racing Kubernetes.\n\n<iframe width=\"560\" src=\"https://www.youtube.com/embed/dQw4w9WgXcQ\" title=\"The race\" allowfullscreen></iframe>\n\nIntro line\nhttps://vimeo.com/76979871\nafter\n",
    );
    assert_eq!(out.matches("<div class=\"embed\"").count(), 2, "{out}");
    assert!(
        out.contains("<span class=\"embed-title\">The race</span>"),
        "{out}"
    );
    assert!(out.contains("<p>Intro line</p>\n<div class=\"embed\" data-player=\"https://player.vimeo.com/video/76979871?autoplay=1\""), "{out}");
    assert!(out.contains("</div>\n<p>after</p>"), "{out}");
    assert!(
        !out.contains("<iframe") && !out.contains("<p></p>"),
        "{out}"
    );
}

#[test]
fn unlisted_iframes_go_and_links_in_sentences_stay_links() {
    let out = html("<iframe src=\"https://evil.example/x\"></iframe>\n\nSee https://youtu.be/dQw4w9WgXcQ now.\n");
    assert!(
        !out.contains("<iframe") && !out.contains("class=\"embed\""),
        "{out}"
    );
    assert!(
        out.contains("<a href=\"https://youtu.be/dQw4w9WgXcQ\""),
        "{out}"
    );
}

#[test]
fn bundle_video_and_audio_keep_controls_and_other_media_go() {
    let md = "<video autoplay src=\"clip.mp4\"></video>\n\n<audio>\n<source src=\"./talk.ogg\" type=\"audio/ogg\">\n</audio>\n\n<video src=\"https://cdn.example/x.mp4\"></video>\n";
    let out = render_with(md, Some("/stories/s/")).html;
    assert!(
        out.contains("<video controls preload=\"metadata\"><source src=\"/stories/s/clip.mp4\">"),
        "{out}"
    );
    assert!(
        out.contains("<audio controls preload=\"metadata\"><source src=\"/stories/s/talk.ogg\">"),
        "{out}"
    );
    assert!(
        !out.contains("autoplay") && !out.contains("cdn.example"),
        "{out}"
    );
    assert_eq!(
        html(md).matches("<video").count(),
        0,
        "outside a bundle: {out}"
    );
}

#[test]
fn outline_reads_links_in_raw_html_with_their_columns() {
    let md = "Text.\n\n<figure>\n  <img src=\"/images/missing.png\" alt=\"x\">\n</figure>\n\nSee <a href=\"/stories/nope/\">it</a>.\n";
    let found: Vec<_> = outline(md)
        .links
        .into_iter()
        .map(|l| (l.url, l.line, l.col, l.image))
        .collect();
    assert_eq!(
        found,
        [
            ("/images/missing.png".to_string(), 4, 13, true),
            ("/stories/nope/".to_string(), 7, 14, false),
        ]
    );
}

#[test]
fn outline_names_what_the_sanitizer_removes_and_where() {
    let md = "<iframe src=\"https://www.youtube.com/embed/dQw4w9WgXcQ\"></iframe>\n\n\
              <iframe src=\"https://prezi.example/p/1\"></iframe>\n\n\
              Hi <span style=\"color:red\" onclick=\"x()\">red</span> <video src=\"clip.mp4\"></video>\n\n\
              <script>alert(1)</script>\n";
    let found: Vec<_> = outline(md)
        .removed
        .into_iter()
        .map(|r| (r.line, r.col, r.what))
        .collect();
    assert_eq!(
        found,
        [
            (3, 1, "`<iframe>` from prezi.example".to_string()),
            (5, 4, "`style`, `onclick` on `<span>`".to_string()),
            (7, 1, "`<script>`".to_string()),
        ]
    );
}

#[test]
fn a_block_of_thousands_of_media_tags_plays_each_once() {
    // Every tag once searched all the tags after it for its end (quadratic).
    let md = format!(
        "<div>\n{}\n</div>\n",
        "<video src=\"a.mp4\"></video><b>x</b>".repeat(20_000)
    );
    let out = render_with(&md, Some("/stories/s/")).html;
    assert_eq!(out.matches("<video controls").count(), 20_000);
    assert!(outline(&md).removed.is_empty());
}
