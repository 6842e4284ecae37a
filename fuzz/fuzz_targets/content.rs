//! Fuzzes what a contributor's file goes through: the front matter split and
//! checks, the YAML parse, the nesting guard and Markdown rendering with
//! sanitizing. Any panic, hang or out-of-memory is a bug.
#![no_main]

use libfuzzer_sys::fuzz_target;
use potluck::render::highlight::Highlighter;
use potluck::render::markdown::{self, Context};
use potluck::render::sanitize::Sanitizer;
use scraper::{ElementRef, Html};

/// Elements the policy never lets through (docs/security.md).
const BANNED: &[&str] = &[
    "script", "style", "iframe", "frame", "object", "embed", "applet", "base", "meta", "link",
    "form", "input", "button", "textarea", "svg", "math", "template", "noscript",
];

/// The scheme a browser reads in a URL attribute: leading and trailing C0
/// controls and spaces dropped, tabs and newlines removed anywhere, then
/// ASCII letters, digits, `+ - .` up to a `:` (anything else is relative).
fn scheme(value: &str) -> Option<String> {
    let url: String = value
        .trim_matches(|c: char| c <= ' ')
        .chars()
        .filter(|c| !matches!(c, '\t' | '\n' | '\r'))
        .collect();
    let (scheme, _) = url.split_once(':')?;
    let mut chars = scheme.chars();
    (chars.next()?.is_ascii_alphabetic()
        && chars.all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.')))
    .then(|| scheme.to_ascii_lowercase())
}

/// Whether a link on a story page goes to another host, resolved as a
/// browser resolves it (the WHATWG URL parser).
fn leaves_site(href: &str) -> bool {
    let page = url::Url::parse("https://site.example/community/stories/a/").unwrap();
    page.join(href)
        .is_ok_and(|u| u.host_str().is_some_and(|h| h != "site.example"))
}

/// What a browser would run or load from this fragment, found by parsing it
/// as a browser does (html5ever, the parser ammonia uses) rather than by
/// searching the text, so that the check does not depend on how the
/// serializer escapes attribute values.
fn live_payloads(html: &str) -> Vec<String> {
    let doc = Html::parse_fragment(html);
    let mut found = Vec::new();
    for el in doc
        .root_element()
        .descendants()
        .filter_map(ElementRef::wrap)
    {
        let name = el.value().name();
        if BANNED.contains(&name) {
            found.push(format!("<{name}>"));
        }
        for (attr, value) in el.value().attrs() {
            let attr = attr.to_ascii_lowercase();
            let table_align = matches!(name, "td" | "th") && value.starts_with("text-align: ");
            if attr.starts_with("on") || attr == "srcset" || attr == "style" && !table_align {
                found.push(format!("{attr} on <{name}>"));
            }
            let bad_scheme =
                scheme(value).is_some_and(|s| !matches!(&*s, "http" | "https" | "mailto"));
            if matches!(attr.as_str(), "href" | "src") && bad_scheme {
                found.push(format!("{attr}={value:?} on <{name}>"));
            }
            if name == "a" && attr == "href" && leaves_site(value) {
                let rel = el.value().attr("rel").unwrap_or("");
                let rel: Vec<&str> = rel.split_ascii_whitespace().collect();
                if !["nofollow", "ugc", "noopener"]
                    .iter()
                    .all(|r| rel.contains(r))
                {
                    found.push(format!("external href={value:?} without rel"));
                }
            }
        }
    }
    found
}

thread_local! {
    // Built once: loading syntaxes per input would swamp the fuzzer.
    static TOOLS: (Highlighter, Sanitizer) = (Highlighter::new(), Sanitizer::new());
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let body = match potluck::load::frontmatter::split(text) {
        Ok(split) => {
            let _ =
                potluck::load::frontmatter::parse::<serde_yaml::Value>(split.yaml, split.yaml_line, &[]);
            split.body
        }
        Err(_) => text,
    };
    if markdown::too_deep(body).is_some() {
        return; // the load stage refuses it before rendering
    }
    TOOLS.with(|(highlighter, sanitizer)| {
        let is_member = |h: &str| h == "alice";
        let cx = Context {
            is_member: &is_member,
            prefix: "/community",
            bundle_url: Some("/community/stories/a/"),
            image_size: &|_| None,
            highlighter,
            sanitizer,
            embeds: &potluck::model::config::EmbedsConfig {
                peertube: vec!["tube.example.org".into()],
                allow: vec!["slides.example.com".into()],
            },
        };
        let out = markdown::render(body, &cx);
        let payloads = live_payloads(&out.html);
        assert!(payloads.is_empty(), "{payloads:?} in {}", out.html);
    });
});
