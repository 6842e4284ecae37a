//! What "no live payload" means, checked on parsed HTML (never by grepping):
//! no script but the theme's own file, no event handlers, no script URLs, no
//! frames, plugins, base or refresh from content. Feeds' HTML is checked too.

use std::path::Path;

use crate::support::{files, read};

/// Attributes whose value is fetched or navigated to.
const URL_ATTRS: &[&str] = &[
    "href",
    "src",
    "action",
    "formaction",
    "xlink:href",
    "poster",
    "data",
    "srcset",
    "background",
    "cite",
    "ping",
];

/// Elements content must never produce.
const BANNED: &[&str] = &[
    "iframe", "frame", "frameset", "object", "embed", "applet", "base", "portal",
];

/// Every live payload in an HTML document or fragment, described.
pub fn live_payloads(html: &str) -> Vec<String> {
    let doc = scraper::Html::parse_document(html);
    let mut found = Vec::new();
    for el in doc
        .root_element()
        .descendants()
        .filter_map(scraper::ElementRef::wrap)
    {
        let v = el.value();
        let name = v.name();
        if BANNED.contains(&name) {
            found.push(format!("<{name}>"));
        }
        let in_head = el
            .parent()
            .and_then(scraper::ElementRef::wrap)
            .is_some_and(|p| p.value().name() == "head");
        match name {
            "script" => {
                let theirs = v.attr("src").is_some_and(|s| s.ends_with("/search.js"))
                    && el.text().all(|t| t.trim().is_empty());
                // A data block (JSON-LD, the theme's words) is never run; it
                // must still parse whole, so nothing in it closed the element.
                let text: String = el.text().collect();
                let data = matches!(
                    v.attr("type"),
                    Some("application/ld+json" | "application/json")
                ) && serde_json::from_str::<serde_json::Value>(&text).is_ok();
                if !theirs && !data {
                    found.push(format!("<script> {:?}", el.html()));
                }
            }
            "form" if v.attr("role") != Some("search") => found.push("<form>".into()),
            "meta" if v.attr("http-equiv").is_some() => found.push("<meta http-equiv>".into()),
            "style" if !in_head => found.push("<style> outside <head>".into()),
            _ => {}
        }
        for (attr, value) in v.attrs() {
            let squeezed: String = value
                .chars()
                .filter(|c| !c.is_ascii_whitespace() && !c.is_control())
                .collect::<String>()
                .to_ascii_lowercase();
            if attr.to_ascii_lowercase().starts_with("on") {
                found.push(format!("{attr}= on <{name}>"));
            }
            let scriptable = URL_ATTRS.contains(&attr)
                || matches!(attr, "style" | "values" | "to" | "from" | "by")
                || (name == "meta" && v.attr("http-equiv").is_some());
            // A URL runs script only through its scheme, as the browser's
            // URL parser reads it: `[javascript:` is a relative path.
            let runs = if URL_ATTRS.contains(&attr) {
                let page = url::Url::parse("https://fixture.example/community/stories/x/").unwrap();
                page.join(value)
                    .is_ok_and(|u| !matches!(u.scheme(), "http" | "https" | "mailto"))
            } else {
                scriptable && (squeezed.contains("javascript:") || squeezed.contains("vbscript:"))
            };
            if runs {
                found.push(format!("{attr}={value:?} on <{name}>"));
            }
            if attr == "style" && (squeezed.contains("expression(") || squeezed.contains("url(")) {
                found.push(format!("style={value:?} on <{name}>"));
            }
        }
    }
    found
}

/// Whether a link on a page of the fixture site goes to another host,
/// resolved as a browser resolves it (the WHATWG URL parser, independent of
/// potluck's own `is_external`).
fn leaves_site(href: &str) -> bool {
    let page = url::Url::parse("https://fixture.example/community/stories/x/").unwrap();
    page.join(href)
        .is_ok_and(|u| u.host_str().is_some_and(|h| h != "fixture.example"))
}

/// Links in contributors' content (`.prose`) and profile links that leave the
/// site without `rel="nofollow ugc noopener"`.
pub fn unmarked_external_links(html: &str) -> Vec<String> {
    let doc = scraper::Html::parse_document(html);
    let links = scraper::Selector::parse(".prose a[href], .profile-links a[href]").unwrap();
    doc.select(&links)
        .filter(|a| leaves_site(a.value().attr("href").unwrap_or("")))
        .filter(|a| {
            let rel: Vec<&str> = a.value().attr("rel").unwrap_or("").split(' ').collect();
            !["nofollow", "ugc", "noopener"]
                .iter()
                .all(|r| rel.contains(r))
        })
        .map(|a| format!("external link without rel: {}", a.html()))
        .collect()
}

/// The HTML inside an Atom feed's `content` and `summary` elements.
fn feed_html(text: &str) -> Vec<String> {
    use quick_xml::events::Event;
    let mut reader = quick_xml::Reader::from_str(text);
    let mut inside = false;
    let mut out = Vec::new();
    let mut buf = String::new();
    loop {
        match reader.read_event() {
            Ok(Event::Start(e)) => {
                inside = matches!(e.name().as_ref(), b"content" | b"summary" | b"title");
            }
            Ok(Event::Text(t)) if inside => {
                let raw = String::from_utf8_lossy(&t).into_owned();
                buf.push_str(&quick_xml::escape::unescape(&raw).unwrap());
            }
            // Story HTML is written as CDATA (split around any `]]>`).
            Ok(Event::CData(t)) if inside => buf.push_str(&String::from_utf8_lossy(&t)),
            Ok(Event::End(_)) => {
                inside = false;
                if !buf.is_empty() {
                    out.push(std::mem::take(&mut buf));
                }
            }
            Ok(Event::Eof) => break,
            Ok(_) => {}
            Err(e) => panic!("invalid feed: {e}"),
        }
    }
    out
}

/// Every live payload in every page and feed of a built site, as `path: what`.
pub fn payloads_in_site(public: &Path) -> Vec<String> {
    let mut found = Vec::new();
    for path in files(public).keys() {
        let full = public.join(path);
        let pieces = if path.ends_with(".html") {
            let page = read(&full);
            found.extend(
                unmarked_external_links(&page)
                    .into_iter()
                    .map(|p| format!("{path}: {p}")),
            );
            vec![page]
        } else if path.ends_with(".xml") && read(&full).contains("<feed") {
            feed_html(&read(&full))
        } else {
            continue;
        };
        for piece in pieces {
            found.extend(
                live_payloads(&piece)
                    .into_iter()
                    .map(|p| format!("{path}: {p}")),
            );
        }
    }
    found
}

#[test]
fn the_checker_sees_every_kind_of_payload() {
    let cases = [
        ("<script>alert(1)</script>", 1),
        ("<img src=x onerror=alert(1)>", 1),
        ("<a href=' jav&#x09;ascript:alert(1)'>x</a>", 1),
        (
            "<iframe src=x></iframe><object></object><embed><base href=x>",
            4,
        ),
        ("<meta http-equiv=refresh content='0;url=x'>", 1),
        ("<img src='data:text/html,x'>", 1),
        ("<svg><a xlink:href='javascript:alert(1)'>x</a></svg>", 1),
        // A relative path that merely contains the word (proptest found it).
        ("<a href=\"[javascript:\">x</a>", 0),
        ("<p style='background:url(x)'>x</p>", 1),
        ("<form action=x></form>", 1),
        (
            "<script src='/search.js'></script><a href='https://a.example'>ok</a>",
            0,
        ),
    ];
    for (html, n) in cases {
        assert_eq!(
            live_payloads(html).len(),
            n,
            "{html}: {:?}",
            live_payloads(html)
        );
    }
}
