//! The HTML policy for contributors' content, enforced by ammonia (see docs/security.md).

use std::borrow::Cow;
use std::collections::{HashMap, HashSet};

use ammonia::Builder;

/// Prefix given to every id in content, so a story cannot clobber the theme's ids.
pub const ID_PREFIX: &str = "c-";

/// Built once per run; cleaning is thread-safe.
pub struct Sanitizer {
    builder: Builder<'static>,
}

impl Default for Sanitizer {
    fn default() -> Self {
        Self::new()
    }
}

const TAGS: &[&str] = &[
    "a",
    "abbr",
    "b",
    "bdi",
    "blockquote",
    "br",
    "caption",
    "cite",
    "code",
    "col",
    "colgroup",
    "dd",
    "del",
    "details",
    "dfn",
    "div",
    "dl",
    "dt",
    "em",
    "figcaption",
    "figure",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "hr",
    "i",
    "img",
    "ins",
    "kbd",
    "li",
    "mark",
    "ol",
    "p",
    "pre",
    "q",
    "rp",
    "rt",
    "ruby",
    "s",
    "samp",
    "small",
    "span",
    "strong",
    "sub",
    "summary",
    "sup",
    "table",
    "tbody",
    "td",
    "tfoot",
    "th",
    "thead",
    "time",
    "tr",
    "u",
    "ul",
    "wbr",
];

impl Sanitizer {
    pub fn new() -> Self {
        let mut b = Builder::empty();
        b.tags(TAGS.iter().copied().collect())
            .clean_content_tags(
                [
                    "script", "style", "textarea", "title", "noscript", "template", "iframe",
                    "object", "svg", "math",
                ]
                .into_iter()
                .collect(),
            )
            .generic_attributes(["lang", "title"].into_iter().collect())
            .tag_attributes(tag_attributes())
            .allowed_classes(classes())
            .url_schemes(["http", "https", "mailto"].into_iter().collect())
            .url_relative(ammonia::UrlRelative::PassThrough)
            .link_rel(None)
            .id_prefix(Some(ID_PREFIX))
            .strip_comments(true)
            .attribute_filter(filter_attribute);
        Sanitizer { builder: b }
    }

    /// Cleans HTML rendered from a contributor's Markdown, and marks external links.
    pub fn clean(&self, html: &str) -> String {
        mark_external_links(&self.builder.clean(html).to_string())
    }
}

/// The attributes kept on each element besides `lang` and `title`.
const TAG_ATTRIBUTES: &[(&str, &[&str])] = &[
    ("a", &["href"]),
    ("img", &["src", "alt", "width", "height"]),
    ("td", &["colspan", "rowspan", "style"]),
    ("th", &["colspan", "rowspan", "style", "scope"]),
    ("ol", &["start"]),
    ("time", &["datetime"]),
    ("abbr", &["title"]),
    ("h1", &["id"]),
    ("h2", &["id"]),
    ("h3", &["id"]),
    ("h4", &["id"]),
    ("h5", &["id"]),
    ("h6", &["id"]),
    ("div", &["id"]),
    ("li", &["id"]),
];

fn tag_attributes() -> HashMap<&'static str, HashSet<&'static str>> {
    TAG_ATTRIBUTES
        .iter()
        .map(|(tag, attrs)| (*tag, attrs.iter().copied().collect()))
        .collect()
}

/// Whether the policy keeps the element `tag` (lowercase), for `check`.
pub fn keeps_tag(tag: &str) -> bool {
    TAGS.contains(&tag)
}

/// Whether the policy keeps `attr` on `tag` (both lowercase), for `check`;
/// classes count as kept only where potluck's own Markdown writes them.
pub fn keeps_attribute(tag: &str, attr: &str) -> bool {
    matches!(attr, "lang" | "title")
        || (attr == "class" && classes().contains_key(tag))
        || TAG_ATTRIBUTES
            .iter()
            .any(|(t, attrs)| *t == tag && attrs.contains(&attr))
}

fn classes() -> HashMap<&'static str, HashSet<&'static str>> {
    let mut m = HashMap::new();
    m.insert("div", ["footnote-definition"].into_iter().collect());
    m.insert(
        "sup",
        ["footnote-reference", "footnote-definition-label"]
            .into_iter()
            .collect(),
    );
    m
}

/// Keeps only table alignment styles, prefixes in-page fragments like ids, and
/// drops sizes that are not plain numbers.
fn filter_attribute<'u>(element: &str, attribute: &str, value: &'u str) -> Option<Cow<'u, str>> {
    match (element, attribute) {
        ("td" | "th", "style") => matches!(
            value,
            "text-align: left" | "text-align: center" | "text-align: right"
        )
        .then_some(Cow::Borrowed(value)),
        ("img", "width" | "height") => (value.len() <= 5
            && value.chars().all(|c| c.is_ascii_digit()))
        .then_some(Cow::Borrowed(value)),
        ("a", "href") if value.starts_with('#') && value.len() > 1 => {
            Some(Cow::Owned(format!("#{ID_PREFIX}{}", &value[1..])))
        }
        // A class the policy does not keep would leave `class=""` behind.
        (tag, "class") => {
            let kept = classes();
            let allowed = kept.get(tag)?;
            value
                .split_ascii_whitespace()
                .any(|c| allowed.contains(c))
                .then_some(Cow::Borrowed(value))
        }
        _ => Some(Cow::Borrowed(value)),
    }
}

/// Whether a browser would leave the site for `href`: any case of `http:` or
/// `https:` (`http:evil.example` included), and `//`, `/\\` or `\\` (browsers
/// read a backslash as a slash in web URLs). The href is read as the URL
/// parser reads it: leading C0 controls and spaces dropped, and tabs and
/// newlines removed anywhere (`h&#9;ttp://`, `/&#10;/host`).
pub fn is_external(href: &str) -> bool {
    let h: String = href
        .trim_start_matches(|c: char| c <= ' ' || c.is_whitespace())
        .chars()
        .filter(|c| !matches!(c, '\t' | '\n' | '\r'))
        .take("https:".len())
        .collect::<String>()
        .to_ascii_lowercase();
    h.starts_with("http:")
        || h.starts_with("https:")
        || h.starts_with("//")
        || h.starts_with("/\\")
        || h.starts_with('\\')
}

/// One pass over ammonia's serialised output, whose tags come in a fixed form
/// (`<a` carries only `href`, the one attribute the policy allows on links;
/// `<table>` none): links leaving the site get `rel="nofollow ugc noopener"`,
/// and tables, which scroll inside their box, become keyboard-focusable.
fn mark_external_links(html: &str) -> String {
    let mut out = String::with_capacity(html.len() + 64);
    let mut rest = html;
    while let Some(i) = rest.find('<') {
        let (before, after) = rest.split_at(i);
        out.push_str(before);
        if let Some(tail) = after.strip_prefix("<table>") {
            out.push_str("<table tabindex=\"0\">");
            rest = tail;
        } else if let Some(value) = after.strip_prefix("<a href=\"") {
            let end = value.find('"').unwrap_or(value.len());
            let href = &value[..end];
            let external = is_external(href);
            let taken = "<a href=\"".len() + (end + 1).min(value.len());
            out.push_str(&after[..taken]);
            if external {
                out.push_str(" rel=\"nofollow ugc noopener\"");
            }
            rest = &after[taken..];
        } else {
            out.push('<');
            rest = &after[1..];
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scripts_and_handlers_are_removed() {
        let s = Sanitizer::new();
        let out = s.clean(
            "<p onclick=\"x()\">hi<script>alert(1)</script><img src=x onerror=alert(1)></p>",
        );
        assert_eq!(out, "<p>hi<img src=\"x\"></p>");
    }

    #[test]
    fn a_class_that_is_not_kept_leaves_no_empty_class_attribute() {
        let s = Sanitizer::new();
        assert_eq!(
            s.clean(
                "<div class=\"tweet wide\">x</div><div class=\"footnote-definition other\">y</div>"
            ),
            "<div>x</div><div class=\"footnote-definition\">y</div>"
        );
    }

    #[test]
    fn dangerous_urls_are_dropped() {
        let s = Sanitizer::new();
        for url in [
            "javascript:alert(1)",
            "JaVaScRiPt:alert(1)",
            "data:text/html,x",
            "vbscript:x",
        ] {
            let out = s.clean(&format!("<a href=\"{url}\">x</a>"));
            assert_eq!(out, "<a>x</a>", "{url}");
        }
    }

    #[test]
    fn external_links_get_rel_and_ids_get_prefix() {
        let s = Sanitizer::new();
        assert_eq!(
            s.clean("<a href=\"https://example.com\">x</a> <a href=\"/stories/a/\">y</a>"),
            "<a href=\"https://example.com\" rel=\"nofollow ugc noopener\">x</a> <a href=\"/stories/a/\">y</a>"
        );
        assert_eq!(
            s.clean("<h2 id=\"search\">x</h2><a href=\"#search\">s</a>"),
            "<h2 id=\"c-search\">x</h2><a href=\"#c-search\">s</a>"
        );
    }

    #[test]
    fn every_way_out_of_the_site_gets_rel() {
        let s = Sanitizer::new();
        for href in [
            "HTTPS://evil.example",
            "http:evil.example",
            "/\\evil.example",
            "\\\\evil.example",
            "h\tttp://evil.example",
            "\u{1}//evil.example",
            "/\t/evil.example",
            "/\n\\evil.example",
            " \u{c}https://evil.example",
        ] {
            let out = s.clean(&format!("<a href=\"{href}\">x</a>"));
            assert!(
                out.contains("rel=\"nofollow ugc noopener\""),
                "{href}: {out}"
            );
        }
        assert_eq!(
            s.clean("<a href=\"/stories/a/\">x</a>"),
            "<a href=\"/stories/a/\">x</a>"
        );
    }

    #[test]
    fn forms_iframes_and_styles_are_removed() {
        let s = Sanitizer::new();
        let out = s.clean("<form action=x><input name=a></form><iframe src=x></iframe><p style=\"color:red\">t</p><style>p{}</style>");
        assert_eq!(out, "<p>t</p>");
    }
}
