//! Bare addresses in text become links, as on GitHub: `http://` and
//! `https://` URLs and `www.` addresses. Found by the `linkify` crate (which
//! leaves trailing punctuation and unbalanced brackets out of the link);
//! pulldown-cmark links only `<...>` autolinks itself.

use linkify::{LinkFinder, LinkKind};

/// A piece of a text: plain, or an address and the `href` it links to.
#[derive(Debug, PartialEq, Eq)]
pub enum Piece<'t> {
    Text(&'t str),
    Link { text: &'t str, href: String },
}

/// The href a bare address found in text links to, if it is one that gets a
/// link: any case of `http://` and `https://` as written, `www.` with `https://`
/// put before it (every site worth linking answers there). Other schemes
/// (`ftp://`, `javascript:`) and bare domains (`example.com`) stay text.
fn href_of(found: &str) -> Option<String> {
    let lower = found.get(..8).unwrap_or(found).to_ascii_lowercase();
    if lower.starts_with("http://") || lower.starts_with("https://") {
        // At least one character after the scheme: `http://` alone is text.
        let host = found.split_once("://").map_or("", |(_, h)| h);
        return (!host.is_empty()).then(|| found.to_string());
    }
    let dotted = found.len() > 4 && lower.starts_with("www.");
    dotted.then(|| format!("https://{found}"))
}

/// `text` split into plain pieces and links; one plain piece when there is
/// nothing to link.
pub fn split(text: &str) -> Vec<Piece<'_>> {
    // Cheap test first: most text has no address at all.
    if !(text.contains("://") || text.contains("www.") || text.contains("WWW.")) {
        return vec![Piece::Text(text)];
    }
    let mut finder = LinkFinder::new();
    finder.kinds(&[LinkKind::Url]).url_must_have_scheme(false);
    let mut out = Vec::new();
    let mut last = 0;
    for link in finder.links(text) {
        let start = link.start();
        // Inside a word (`xhttp://`, `awww.b`) it is not an address on its own.
        let glued = text[..start]
            .chars()
            .next_back()
            .is_some_and(|c| c.is_alphanumeric() || c == '_');
        let Some(href) = href_of(link.as_str()).filter(|_| !glued) else {
            continue;
        };
        if start > last {
            out.push(Piece::Text(&text[last..start]));
        }
        out.push(Piece::Link {
            text: link.as_str(),
            href,
        });
        last = link.end();
    }
    if last < text.len() || out.is_empty() {
        out.push(Piece::Text(&text[last..]));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn links(text: &str) -> Vec<(String, String)> {
        split(text)
            .into_iter()
            .filter_map(|p| match p {
                Piece::Link { text, href } => Some((text.to_string(), href)),
                Piece::Text(_) => None,
            })
            .collect()
    }

    #[test]
    fn http_https_and_www_addresses_become_links() {
        assert_eq!(
            links("See https://example.com/a?b=1. Or www.example.org, or HTTP://X.example."),
            [
                (
                    "https://example.com/a?b=1".into(),
                    "https://example.com/a?b=1".into()
                ),
                ("www.example.org".into(), "https://www.example.org".into()),
                ("HTTP://X.example".into(), "HTTP://X.example".into()),
            ]
        );
    }

    #[test]
    fn trailing_punctuation_and_brackets_stay_text() {
        assert_eq!(
            links("(see https://en.wikipedia.org/wiki/Rust_(programming_language))!"),
            [(
                "https://en.wikipedia.org/wiki/Rust_(programming_language)".into(),
                "https://en.wikipedia.org/wiki/Rust_(programming_language)".into()
            )]
        );
    }

    #[test]
    fn other_schemes_bare_domains_and_glued_words_stay_text() {
        for text in [
            "ftp://example.com/file",
            "example.com and foo.org",
            "javascript://example.com/%0aalert(1)",
            "mail me@example.com",
            "awww.example.com",
            "http://",
        ] {
            assert_eq!(links(text), [], "{text}");
        }
        assert_eq!(split("plain words"), [Piece::Text("plain words")]);
    }
}
