//! Properties over random input: Markdown rendering and loading a site with a
//! random story never panic, and rendered HTML never carries a live payload
//! or a link leaving the site without `rel`.

use proptest::prelude::*;

use potluck::load::{load, LoadOptions};
use potluck::render::highlight::Highlighter;
use potluck::render::markdown::{render, Context};
use potluck::render::sanitize::Sanitizer;

use crate::hostile_check::{live_payloads, unmarked_external_links};
use crate::support::fixture;

/// Text made mostly of Markdown, HTML and YAML punctuation, where bugs live.
fn texty() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "<",
        ">",
        "</",
        "<a href=",
        "javascript:",
        "<img src=x onerror=",
        "<script>",
        "\"",
        "'",
        "*",
        "_",
        "`",
        "```",
        "[",
        "]",
        "(",
        ")",
        "![",
        "#",
        "> ",
        "- ",
        "1. ",
        "|",
        "---",
        "\n",
        "\n\n",
        " ",
        "&",
        "&#",
        ";",
        ":",
        "{",
        "}",
        "{{",
        "%",
        "@alice",
        "\\",
        "~~",
        "[^1]",
        "<!--",
        "-->",
        "<div>",
        "</div>",
        "<iframe src=https://www.youtube.com/embed/",
        "<iframe src=\"https://slides.example.com/",
        " title=\"",
        "</iframe>",
        "<video src=",
        "<source src=",
        "https://youtu.be/",
        "https://tube.example.org/w/",
        "www.",
        "é",
        "\u{202E}",
        "\u{0}",
        "\t",
        "a",
        "x y",
        "!!",
        "*a",
        "&a",
        "? ",
        "- [ ] ",
        "<svg>",
        "<style>",
        "<noscript>",
        "&#9;",
        "&#1;",
        "//",
        "http:",
        "evil.example",
    ]);
    prop::collection::vec(pieces, 0..120).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn rendering_never_panics_or_lets_a_payload_through(md in texty()) {
        static TOOLS: std::sync::OnceLock<(Highlighter, Sanitizer)> = std::sync::OnceLock::new();
        let (h, s) = TOOLS.get_or_init(|| (Highlighter::new(), Sanitizer::new()));
        // Embeds on: a player's facade must not let a payload through either.
        let embeds = potluck::model::config::EmbedsConfig {
            peertube: vec!["tube.example.org".into()],
            allow: vec!["slides.example.com".into()],
        };
        let cx = Context {
            is_member: &|x: &str| x == "alice",
            prefix: "",
            bundle_url: Some("/stories/a/"),
            image_size: &|_| None,
            highlighter: h,
            sanitizer: s,
            embeds: &embeds,
        };
        let html = render(&md, &cx).html;
        prop_assert_eq!(live_payloads(&html), Vec::<String>::new());
        let page = format!("<div class=\"prose\">{html}</div>");
        prop_assert_eq!(unmarked_external_links(&page), Vec::<String>::new());
    }

    #[test]
    fn loading_a_random_story_never_panics(fm in texty(), body in texty()) {
        let site = fixture("small");
        let text = format!("---\ntitle: x\nauthors: [alice]\ndate: 2024-05-01\n{fm}\n---\n{body}");
        std::fs::write(site.path().join("content/stories/random.md"), text).unwrap();
        let loaded = load(site.path(), &LoadOptions::default());
        // Either the site loads or every problem names a file.
        prop_assert!(loaded.site.is_some() || loaded.diagnostics.iter().all(|d| !d.path.is_empty()));
    }
}
